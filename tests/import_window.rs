//! File ▸ Import table… in the window: a spreadsheet becomes a dataset saved where the teacher
//! says and opened on the map; a table with mistakes is reported cell by cell, nothing is written
//! and the dataset on screen stays open.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use csto_atlas::app::AtlasApp;
use csto_atlas::dataset::LoadedDataset;
use csto_atlas::earth::world::world;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Types `path` into the typed-path window whose field holds `offered`, and presses `button`.
fn type_path(harness: &mut Harness<'static, AtlasApp>, offered: &str, path: &Path, button: &str) {
    let field = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with(offered)))
        .expect("the typed-path window");
    field.set_text_value_accesskit(path.to_str().unwrap());
    harness.run();
    harness.get_by_label(button).click();
    harness.run();
}

#[test]
fn a_spreadsheet_is_imported_saved_where_asked_and_opened_on_the_map() {
    let target = common::temp_dir("import-window").join("members from the class.json");
    let _ = std::fs::remove_file(&target);
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "File");
    harness.get_by_label_contains("Import table…").click();
    harness.run();
    type_path(&mut harness, "", &fixture("members.xlsx"), "Import");
    // The dataset's name is offered beside the table; the teacher saves it elsewhere.
    type_path(&mut harness, "members.json", &target, "Save");

    let app = harness.state();
    let notice = app.notice().expect("a banner");
    assert!(!notice.is_error, "{}: {:?}", notice.text, notice.details);
    assert!(
        notice.text.starts_with("Imported ") && notice.text.contains("saved as"),
        "{}",
        notice.text
    );
    assert!(
        notice.details.iter().any(|line| line.contains("“country”")),
        "the match report says how the columns were read: {:?}",
        notice.details
    );
    let saved = LoadedDataset::from_path(&target, &|iso| world().knows_iso(iso)).unwrap();
    assert_eq!(
        app.dataset().data,
        saved.data,
        "what is shown is what was saved"
    );
    assert!(
        saved
            .data
            .countries
            .iter()
            .any(|c| c.iso_a3.as_deref() == Some("KGZ")),
        "Kyrgyzstan is in it"
    );
    assert!(
        harness.get_all_by_label_contains("Kyrgyzstan").count() > 0,
        "and on screen"
    );
}

#[test]
fn a_table_with_mistakes_is_reported_by_cell_and_the_dataset_on_screen_stays_open() {
    let dir = common::temp_dir("import-window-bad");
    let table = dir.join("class list.csv");
    std::fs::write(
        &table,
        "country,status,from,source,source date,headline,quote\n\
         Azerbajan,member,1994,The Diplomat,2025-07-01,A headline,\"A quote.\"\n",
    )
    .unwrap();
    let mut harness = common::new_harness();
    let before = harness.state().dataset().data.clone();
    common::open_menu(&mut harness, "File");
    harness.get_by_label_contains("Import table…").click();
    harness.run();
    type_path(&mut harness, "", &table, "Import");

    let app = harness.state();
    let notice = app.notice().expect("a banner");
    assert!(notice.is_error);
    assert!(notice.text.contains("stays open"), "{}", notice.text);
    let line = format!("{}:2:A: unknown country “Azerbajan”", table.display());
    assert!(
        notice
            .details
            .iter()
            .any(|d| d.starts_with(&line) && d.contains("did you mean Azerbaijan?")),
        "{:?}",
        notice.details
    );
    assert_eq!(app.dataset().data, before);
    assert!(
        harness
            .query_by_label("Save the imported dataset as")
            .is_none(),
        "nothing to save"
    );
    assert!(!dir.join("class list.json").exists());
}

#[test]
fn a_table_dropped_on_the_window_is_imported_not_opened_as_a_dataset() {
    let mut harness = common::new_harness();
    let dropped: egui::DroppedFileHandle =
        std::sync::Arc::new(common::DroppedPath(fixture("members.ods")));
    harness.input_mut().dropped_files.push(dropped);
    harness.run();
    assert!(
        harness.state().notice().is_none_or(|n| !n.is_error),
        "{:?}",
        harness.state().notice()
    );
    // Read and waiting for a place to be saved.
    harness.get_by_label("Save the imported dataset as");
}
