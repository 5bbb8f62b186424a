//! Shared set-up for the app tests: one way to build a harness, one fixed "today" and one fixed
//! date shown, so that no test depends on the machine's clock.

#![allow(clippy::unwrap_used, clippy::expect_used)]
// Each test crate uses some of these helpers.
#![allow(dead_code)]

pub mod synthetic;

use csto_atlas::app::{AtlasApp, StartOptions};
use csto_atlas::dataset::Date;
use egui_kittest::Harness;

/// The day every test takes as today: where the timeline ends.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 25).expect("a valid date")
}

/// The date every app test shows, so that text and snapshots do not change from day to day.
pub fn test_date() -> Date {
    Date::from_ymd(2025, 7, 1).expect("a valid date")
}

/// Start options on the pinned today, with nothing else asked for.
pub fn options() -> StartOptions {
    StartOptions::new(today())
}

/// The whole app in a 1400×860 window, rendered with wgpu, on the embedded dataset.
pub fn new_harness() -> Harness<'static, AtlasApp> {
    harness_with(options())
}

/// The whole app showing `date`.
pub fn harness_on(date: Date) -> Harness<'static, AtlasApp> {
    harness_with(StartOptions {
        date: Some(date),
        ..options()
    })
}

/// Opens a menu of the menu bar (or a submenu of an open menu) by its label.
pub fn open_menu(harness: &mut Harness<'static, AtlasApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).click();
    harness.run();
}

/// The whole app with the given start options (the test date and typed paths are filled in).
pub fn harness_with(options: StartOptions) -> Harness<'static, AtlasApp> {
    harness_with_storage(None, options)
}

/// The whole app started from saved state in `storage`, as after a restart.
pub fn harness_with_storage(
    storage: Option<Box<dyn eframe::Storage>>,
    options: StartOptions,
) -> Harness<'static, AtlasApp> {
    let options = StartOptions {
        date: options.date.or(if storage.is_some() {
            None
        } else {
            Some(test_date())
        }),
        typed_paths_only: true,
        ..options
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_eframe(move |cc| AtlasApp::new(&cc.egui_ctx, storage.as_deref(), options));
    harness.run();
    harness
}

/// Clicks the first widget with this label (the entry in the left-hand lists, where a name also
/// appears elsewhere, such as the history strips on the right), scrolling it into view first.
pub fn click_in_lists(harness: &mut Harness<'static, AtlasApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no {label}"))
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no {label}"))
        .click();
    harness.run();
}

/// What eframe saves between runs, kept in memory: save into one, start a harness from it.
#[derive(Default)]
pub struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// A copy of the CSTO dataset file in a fresh folder (`name`), to edit and save.
pub fn csto_copy(name: &str) -> std::path::PathBuf {
    let path = temp_dir(name).join("csto.json");
    std::fs::write(&path, include_str!("../../data/csto.json")).unwrap();
    path
}

/// The app opened on the dataset file at `path`.
pub fn harness_on_file(path: &std::path::Path) -> Harness<'static, AtlasApp> {
    harness_with(StartOptions {
        dataset: Some(path.to_path_buf()),
        ..options()
    })
}

/// Presses Ctrl (⌘) and `key`, and runs the frames that follow.
pub fn ctrl(harness: &mut Harness<'static, AtlasApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.run();
}

/// A fresh folder for a test's files, named for this test process and `name`.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-atlas-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `csto-atlas export …` with no display at all.
pub fn export_command(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .arg("export")
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

/// A file dropped on the window from a path, as a desktop drops it.
#[derive(Debug)]
pub struct DroppedPath(pub std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}
