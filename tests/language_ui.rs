//! The window in Russian: started in it (as `--lang ru` or a Russian system does), its menus,
//! panels, legend and dates read in Russian, an action is found and clicked by its Russian name,
//! and View ▸ Язык switches to English at once and is remembered.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::StartOptions;
use csto_atlas::i18n::Language;
use egui_kittest::kittest::Queryable;

fn in_russian() -> StartOptions {
    StartOptions {
        system_language: Language::Russian,
        ..common::options()
    }
}

#[test]
fn a_russian_system_gets_the_window_in_russian() {
    let mut harness = common::harness_with(in_russian());
    for label in [
        "Слои",
        "Легенда",
        "Члены и наблюдатели",
        "Государства-члены",
        "Пуск",
    ] {
        harness.get_by_label(label);
    }
    // The legend's status words, with their counts, and the date on the timeline.
    harness.get_by_label_contains("Член (");
    harness.get_by_label_contains("Участие заморожено (");
    harness.get_by_label("1 июля 2025");
    // Help ▸ Keyboard shortcuts, found and clicked by their Russian names, lists the actions in
    // Russian.
    common::open_menu(&mut harness, "Справка");
    harness.get_by_label_contains("Сочетания клавиш").click();
    harness.run();
    assert!(harness.state().help_window().is_some());
    harness.get_by_label_contains("Экспорт карты…");
}

#[test]
fn the_view_menu_switches_the_language_at_once_and_remembers_it() {
    let mut harness = common::harness_with(in_russian());
    common::open_menu(&mut harness, "Вид");
    common::open_menu(&mut harness, "Язык");
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Layers");
    harness.get_by_label("1 July 2025");
    assert!(harness.query_by_label("Слои").is_none());
    assert_eq!(
        harness.state().saved().preferences.language,
        Some(Language::English),
        "the choice is remembered"
    );
}

/// The window in Russian at a small and a full-HD screen: long Russian words fit their buttons
/// and panels.
fn snapshot_in_russian(name: &str, size: [f32; 2]) {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = StartOptions {
                date: Some(common::test_date()),
                typed_paths_only: true,
                ..in_russian()
            };
            csto_atlas::app::AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    harness.snapshot(name);
}

#[test]
fn russian_snapshot_at_1280x720() {
    snapshot_in_russian("russian_1280x720", [1280.0, 720.0]);
}

#[test]
fn russian_snapshot_at_1920x1080() {
    snapshot_in_russian("russian_1920x1080", [1920.0, 1080.0]);
}
