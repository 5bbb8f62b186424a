//! Writing the story as a teacher does: add the map as a slide, give it a title, caption and
//! excerpt, move it, save; the file keeps everything else byte for byte, a save that fails leaves
//! it as it was, an edit made on disk meanwhile is never lost, and unsaved slides are not dropped
//! without asking.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use csto_atlas::app::AtlasApp;
use csto_atlas::app::state::DatasetSource;
use csto_atlas::dataset::LoadedDataset;
use csto_atlas::earth::world::world;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const CSTO: &str = include_str!("../data/csto.json");

/// Clicks the widget labelled `label`, scrolling it into view first.
fn click(harness: &mut Harness<'static, AtlasApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Puts `text` into the text field labelled `label`, as typing it would.
fn type_into(harness: &mut Harness<'static, AtlasApp>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Adds the map, with Uzbekistan selected, as a slide with a title, a caption and an excerpt.
fn add_a_slide(harness: &mut Harness<'static, AtlasApp>) {
    common::ctrl(harness, Key::Num5);
    common::click_in_lists(harness, "Uzbekistan");
    click(harness, "Add current view as slide");
    harness.get_by_label_contains("Still needs a caption");
    type_into(harness, "Caption", "Uzbekistan left the treaty in 1999.");
    harness
        .get_all_by_role(Role::CheckBox)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with('“'))
        })
        .expect("an excerpt about Uzbekistan to pick")
        .click();
    harness.run();
}

/// The file's text outside the value of `story`.
fn outside_story(text: &str) -> (String, String) {
    let start = text.find("\"story\": ").expect("a story") + "\"story\": ".len();
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let story = serde_json::to_string_pretty(&value["story"]).unwrap();
    let end_marker = text[start..].find("\n  ]").expect("the story's end") + start + 4;
    assert!(story.starts_with('['));
    (text[..start].to_owned(), text[end_marker..].to_owned())
}

fn story_ids(path: &Path) -> Vec<String> {
    let world = world();
    let dataset = LoadedDataset::from_path(path, &|iso| world.knows_iso(iso)).unwrap();
    dataset.data.story.iter().map(|s| s.id.clone()).collect()
}

#[test]
fn add_edit_move_save_and_reload_gives_the_same_story_and_the_rest_of_the_file_unchanged() {
    let path = common::csto_copy("authoring-round-trip");
    let mut harness = common::harness_on_file(&path);
    let before = harness.state().dataset().data.story.len();
    add_a_slide(&mut harness);
    harness.get_by_label("Title").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Title")
        .type_text("My slide: Uzbekistan leaves");
    harness.run();
    click(&mut harness, "Move up");
    let app = harness.state();
    assert!(app.unsaved());
    assert!(
        app.window_title().starts_with("● csto.json"),
        "{}",
        app.window_title()
    );
    let story = app.dataset().data.story.clone();
    assert_eq!(story.len(), before + 1);
    let mine = &story[before - 1];
    assert_eq!(mine.title, "My slide: Uzbekistan leaves");
    assert_eq!(mine.caption, "Uzbekistan left the treaty in 1999.");
    assert_eq!(mine.highlight, ["UZB"]);
    assert_eq!(mine.excerpts.len(), 1);

    common::ctrl(&mut harness, Key::S);
    harness.get_by_label_contains("Saved the story");
    assert!(!harness.state().unsaved());
    assert!(!harness.state().window_title().starts_with('●'));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        outside_story(&saved),
        outside_story(CSTO),
        "only the story changed"
    );
    let mut backup = path.clone().into_os_string();
    backup.push(".bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), CSTO);

    let reopened = common::harness_on_file(&path);
    assert_eq!(reopened.state().dataset().data.story, story);
    // Its own write is not taken for an edit on disk.
    harness.run();
    assert!(
        harness
            .state()
            .notice()
            .is_some_and(|n| n.text.starts_with("Saved"))
    );
}

#[test]
fn undo_takes_back_each_change_and_redo_does_it_again() {
    let path = common::csto_copy("authoring-undo");
    let mut harness = common::harness_on_file(&path);
    let original = harness.state().dataset().data.story.clone();
    add_a_slide(&mut harness);
    click(&mut harness, "Delete");
    assert_eq!(harness.state().dataset().data.story, original);
    common::ctrl(&mut harness, Key::Z);
    assert_eq!(
        harness.state().dataset().data.story.len(),
        original.len() + 1
    );
    for _ in 0..3 {
        common::ctrl(&mut harness, Key::Z);
    }
    assert_eq!(harness.state().dataset().data.story, original);
    assert!(!harness.state().unsaved());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().dataset().data.story.len(),
        original.len() + 1
    );
}

#[test]
fn a_save_that_fails_half_way_leaves_the_file_byte_identical_and_says_why() {
    let path = common::csto_copy("authoring-fails");
    // A folder where the backup would go: the save fails after the new file is written.
    let mut blocker = path.clone().into_os_string();
    blocker.push(".bak");
    std::fs::create_dir_all(PathBuf::from(&blocker).join("in-the-way")).unwrap();
    let mut harness = common::harness_on_file(&path);
    add_a_slide(&mut harness);
    common::ctrl(&mut harness, Key::S);
    harness.get_by_label_contains("Could not save; the file is as it was");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), CSTO);
    let litter: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(litter.len(), 2, "no temporary file left: {litter:?}");
    assert!(
        harness.state().unsaved(),
        "the slides are still there to save"
    );
}

#[test]
fn an_edit_made_on_disk_meanwhile_is_kept_when_keeping_my_slides() {
    let path = common::csto_copy("authoring-conflict");
    let mut harness = common::harness_on_file(&path);
    add_a_slide(&mut harness);
    let edited = CSTO.replacen("\"headline\": \"", "\"headline\": \"Edited: ", 1);
    std::fs::write(&path, &edited).unwrap();
    common::ctrl(&mut harness, Key::S);
    harness.get_by_label("The file changed on disk");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        edited,
        "nothing written yet"
    );
    click(&mut harness, "Keep my changes");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("\"headline\": \"Edited: "),
        "the edit on disk is kept"
    );
    assert!(story_ids(&path).contains(&"my-slide".to_owned()));
    assert!(!harness.state().unsaved());
}

#[test]
fn opening_another_dataset_with_unsaved_slides_asks_first() {
    let path = common::csto_copy("authoring-ask");
    let mut harness = common::harness_on_file(&path);
    add_a_slide(&mut harness);
    common::open_menu(&mut harness, "File");
    common::open_menu(&mut harness, "Sample datasets");
    click(&mut harness, "OTS (Organization of Turkic States)");
    harness.get_by_label("Save your changes?");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().dataset().data.organisation.id, "csto");
    assert!(harness.state().unsaved());

    common::ctrl(&mut harness, Key::Q);
    harness.get_by_label_contains("before closing");
    click(&mut harness, "Save");
    assert!(!harness.state().unsaved());
    assert!(story_ids(&path).contains(&"my-slide".to_owned()));
}

#[test]
fn the_embedded_dataset_is_saved_as_a_copy_that_becomes_the_open_file() {
    let target = common::csto_copy("authoring-copy").with_file_name("my-csto.json");
    let mut harness = common::harness_with(common::options());
    add_a_slide(&mut harness);
    common::ctrl(&mut harness, Key::S);
    let field = harness
        .get_all_by_role(Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with("csto.json")))
        .expect("a typed path offering a file name");
    field.set_text_value_accesskit(target.to_str().unwrap());
    harness.run();
    click(&mut harness, "Save");
    harness.get_by_label_contains("Saved the story");
    assert_eq!(
        harness.state().saved().documents.dataset,
        Some(DatasetSource::File(target.clone()))
    );
    let saved = std::fs::read_to_string(&target).unwrap();
    assert_eq!(outside_story(&saved), outside_story(CSTO));
    assert!(story_ids(&target).contains(&"my-slide".to_owned()));
}

#[test]
fn the_slides_panel_lists_the_story_and_edits_the_picked_slide() {
    let mut harness = common::harness_with(common::options());
    common::ctrl(&mut harness, Key::Num5);
    click(
        &mut harness,
        "3. 1999: the treaty expires and three states leave   1999",
    );
    harness.get_by_label("Slide 3");
    harness.get_by_label_contains("Frames Azerbaijan, Georgia, Uzbekistan");
    assert_eq!(harness.state().date().to_string(), "1999");
    harness.snapshot("slides_panel");
}

#[test]
fn a_version_2_file_opens_upgraded_and_saving_a_story_writes_version_3_with_a_backup() {
    let path = common::csto_copy("authoring-v2");
    let version_2 = include_str!("fixtures/csto-v2.json");
    std::fs::write(&path, version_2).unwrap();
    let mut harness = common::harness_on_file(&path);
    let notes = &harness.state().dataset().notes;
    assert!(notes.iter().any(|n| n.contains("version 2")), "{notes:?}");
    assert!(harness.state().dataset().data.story.is_empty());
    assert_eq!(
        harness.state().slide_count(),
        2,
        "the title and sources slides"
    );
    add_a_slide(&mut harness);
    common::ctrl(&mut harness, Key::S);
    harness.get_by_label_contains("now dataset format version 3");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["schema_version"], 3);
    assert_eq!(story_ids(&path), ["my-slide"]);
    let mut backup = path.clone().into_os_string();
    backup.push(".bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), version_2);
}
