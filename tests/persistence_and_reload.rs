//! Work is never lost: the app remembers its state between runs (and shrugs off a corrupt saved
//! state), follows edits to the open dataset file, and keeps the last good data when an edit breaks it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::MemoryStorage;

use std::path::PathBuf;
use std::time::Duration;

use csto_atlas::app::state::{DatasetSource, Panels};

/// Where versions before the split saved the whole state as one value.
const OLD_KEY: &str = "csto-atlas-state";
use csto_atlas::app::timeline::PlaySpeed;
use csto_atlas::app::{AtlasApp, StartOptions};
use csto_atlas::dataset::{Date, SAMPLES};
use csto_atlas::earth::camera::Camera;
use csto_atlas::facts::selection::Selection;
use csto_atlas::map::layers::Layers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-atlas-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_date_selection_layers_and_dataset_come_back_next_time() {
    let mut harness = common::harness_on(Date::from_ymd(2006, 3, 1).unwrap());
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Country names")
        .click();
    harness.run();
    common::click_in_lists(&mut harness, "Uzbekistan");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    let harness = common::harness_with_storage(Some(Box::new(storage)), common::options());
    let app = harness.state();
    assert_eq!(app.date(), Date::from_ymd(2006, 3, 1).unwrap());
    assert!(!app.layers().labels);
    assert_eq!(app.selection(), Some(&Selection::Country("UZB".into())));
    assert_eq!(
        app.saved().documents.dataset,
        Some(DatasetSource::Sample("csto".into()))
    );
}

/// What version 0.1.0 saved (captured from it), with the sample dataset by index.
const SAVED_BY_0_1: &str = r#"(camera:Some((centre:(-812.5,1204.25),pixels_per_km:0.42)),date:Some("2006-03-01"),layers:(members:true,borders:false,exercises:true,labels:false),panels:(lists:true,details:false,timeline:true),speed:TwoYears,selection:Some(Country("UZB")),dataset:Some(Sample(1)),recent_files:["/home/teacher/csto-edited.json","/tmp/ots.json"])"#;

fn storage_with(saved: &str) -> Box<dyn eframe::Storage> {
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(&mut storage, OLD_KEY, saved.into());
    Box::new(storage)
}

#[test]
fn settings_saved_by_the_previous_version_keep_every_value() {
    let harness = common::harness_with_storage(Some(storage_with(SAVED_BY_0_1)), common::options());
    let app = harness.state();
    assert!(app.notice().is_none(), "{:?}", app.notice());
    let saved = app.saved();
    let (view, preferences, documents) = (&saved.view, &saved.preferences, &saved.documents);
    assert_eq!(
        view.camera,
        Some(Camera {
            centre: [-812.5, 1204.25],
            pixels_per_km: 0.42
        }),
        "the view is where the user left it"
    );
    assert_eq!(view.date, Date::from_ymd(2006, 3, 1));
    assert_eq!(
        view.layers,
        Layers {
            members: true,
            borders: false,
            exercises: true,
            labels: false,
            ..Layers::default()
        }
    );
    assert_eq!(
        preferences.panels,
        Panels {
            lists: true,
            details: false,
            timeline: true,
            sources: false,
            slides: false,
            facts: false,
        }
    );
    assert_eq!(preferences.speed, PlaySpeed::TwoYears);
    assert_eq!(documents.dataset, Some(DatasetSource::Sample("ots".into())));
    assert_eq!(app.dataset().data.organisation.id, "ots");
    assert_eq!(
        documents.recent_files,
        [
            PathBuf::from("/home/teacher/csto-edited.json"),
            PathBuf::from("/tmp/ots.json")
        ]
    );
    // Uzbekistan is a member of the Organization of Turkic States too, so it stays selected.
    assert_eq!(view.selection, Some(Selection::Country("UZB".into())));
}

#[test]
fn a_setting_missing_from_the_saved_state_takes_its_default_and_the_rest_stay() {
    let saved = r#"(date:Some("2012-05-12"),layers:(borders:false),selection:Some(Country("UZB")),future_setting:42)"#;
    let harness = common::harness_with_storage(Some(storage_with(saved)), common::options());
    let app = harness.state();
    assert!(app.notice().is_none(), "{:?}", app.notice());
    assert_eq!(app.date(), Date::from_ymd(2012, 5, 12).unwrap());
    assert!(!app.layers().borders);
    assert!(
        app.layers().members && app.layers().labels,
        "unsaved layers are shown"
    );
    assert_eq!(app.selection(), Some(&Selection::Country("UZB".into())));
    assert_eq!(app.saved().preferences.speed, PlaySpeed::default());
}

#[test]
fn the_state_is_saved_as_the_app_holds_it() {
    let mut harness = common::harness_on(Date::from_ymd(2006, 3, 1).unwrap());
    common::click_in_lists(&mut harness, "Uzbekistan");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let restored = common::harness_with_storage(Some(Box::new(storage)), common::options());
    assert_eq!(restored.state().saved(), harness.state().saved());
}

#[test]
fn a_corrupt_saved_state_is_ignored_with_a_note() {
    let harness = common::harness_with_storage(
        Some(storage_with("(camera: Some(garbage")),
        common::options(),
    );
    let notice = harness.state().notice().expect("a note about the settings");
    assert!(notice.text.contains("could not be read"), "{notice:?}");
    assert_eq!(harness.state().dataset().data.organisation.id, "csto");
}

#[test]
fn the_last_dataset_file_and_recent_files_are_remembered() {
    let path = temp_file("ots-copy.json", SAMPLES[1].json);
    let mut harness = common::harness_with(StartOptions {
        dataset: Some(path.clone()),
        ..common::options()
    });
    assert_eq!(harness.state().dataset().data.organisation.id, "ots");
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    let mut harness = common::harness_with_storage(Some(Box::new(storage)), common::options());
    assert_eq!(harness.state().dataset().data.organisation.id, "ots");
    common::open_menu(&mut harness, "File");
    harness.get_by_label("Open recent").hover();
    harness.run();
    harness.get_by_label(&path.display().to_string());
}

#[test]
fn an_edited_file_reloads_and_a_broken_edit_keeps_the_last_good_data() {
    let path = temp_file("edited.json", SAMPLES[0].json);
    let mut harness = common::harness_with(StartOptions {
        dataset: Some(path.clone()),
        ..common::options()
    });
    common::click_in_lists(&mut harness, "Armenia");

    let renamed = SAMPLES[0].json.replacen(
        "\"short_name\": \"CSTO\"",
        "\"short_name\": \"CSTO (edited)\"",
        1,
    );
    std::fs::write(&path, &renamed).unwrap();
    let reloaded = wait_until(&mut harness, |app| {
        app.dataset().data.organisation.short_name == "CSTO (edited)"
    });
    assert!(reloaded, "the map follows the edit within a second");
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Country("ARM".into())),
        "the selection stays"
    );

    std::fs::write(
        &path,
        renamed.replacen("\"iso_a3\": \"TJK\"", "\"iso_a3\": \"TJX\"", 1),
    )
    .unwrap();
    let reported = wait_until(&mut harness, |app| app.notice().is_some_and(|n| n.is_error));
    assert!(reported, "the broken edit is reported");
    let notice = harness.state().notice().unwrap().clone();
    assert!(
        notice
            .text
            .contains("the last good version stays on screen"),
        "{notice:?}"
    );
    assert!(
        notice
            .details
            .iter()
            .any(|l| l.contains("unknown country code “TJX”")),
        "{notice:?}"
    );
    assert_eq!(
        harness.state().dataset().data.organisation.short_name,
        "CSTO (edited)"
    );
}

/// Steps the app for up to a second (in real time) until `done` holds.
fn wait_until(harness: &mut Harness<'static, AtlasApp>, done: impl Fn(&AtlasApp) -> bool) -> bool {
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
        if done(harness.state()) {
            return true;
        }
    }
    false
}
