//! File ▸ Import table… in the window: a table opens the Import table preview, which shows how
//! it was read, the dataset it makes and every problem by cell; a country the importer does not
//! recognise is picked from the base map's states there, rows without a quote wait for the
//! unsourced box, and only Create dataset… writes anything (where the teacher says, then opens
//! it). Cancel and Escape write nothing and keep the dataset on screen.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use csto_atlas::app::AtlasApp;
use csto_atlas::dataset::{LoadedDataset, Reliability};
use csto_atlas::earth::world::world;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type AppHarness = Harness<'static, AtlasApp>;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Types `path` into the typed-path window whose field holds `offered`, and presses `button`.
fn type_path(harness: &mut AppHarness, offered: &str, path: &Path, button: &str) {
    let field = harness
        .get_all_by_role(Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with(offered)))
        .expect("the typed-path window");
    field.set_text_value_accesskit(path.to_str().unwrap());
    harness.run();
    harness.get_by_label(button).click();
    harness.run();
}

/// File ▸ Import table…, then the table at `table`: the Import table window opens.
fn import(harness: &mut AppHarness, table: &Path) {
    common::open_menu(harness, "File");
    harness.get_by_label_contains("Import table…").click();
    harness.run();
    type_path(harness, "", table, "Import");
    harness.get_by_label("Import table");
}

/// The app with the Import table window open on `table`, and a path in a fresh folder to save
/// the dataset at.
fn importing(table: &Path, saved_as: &str) -> (AppHarness, PathBuf) {
    let target = common::temp_dir(saved_as).join(saved_as);
    let _ = std::fs::remove_file(&target);
    let mut harness = common::new_harness();
    import(&mut harness, table);
    (harness, target)
}

/// Whether the Import table window's Create dataset… button can be pressed.
fn can_create(harness: &AppHarness) -> bool {
    !harness
        .get_by_label("Create dataset…")
        .accesskit_node()
        .is_disabled()
}

/// Create dataset…, then the save window with `offered`, saving at `target`.
fn create_at(harness: &mut AppHarness, offered: &str, target: &Path) {
    harness.get_by_label("Create dataset…").click();
    harness.run();
    type_path(harness, offered, target, "Save");
}

/// The dataset saved at `path`.
fn saved(path: &Path) -> LoadedDataset {
    LoadedDataset::from_path(path, &|iso| world().knows_iso(iso)).unwrap()
}

#[test]
fn a_spreadsheet_is_previewed_then_saved_where_asked_and_opened_on_the_map() {
    let (mut harness, target) = importing(&fixture("members.xlsx"), "members from the class.json");
    // The preview says how the columns were read and what the dataset holds, named after the file.
    harness.get_by_label_contains("B “country”: country");
    harness.get_by_label_contains("11 countries, 17 status periods");
    let name = harness.get_by_role_and_label(Role::TextInput, "Name");
    assert_eq!(name.value().as_deref(), Some("members"));
    assert!(can_create(&harness));
    // The dataset's name is offered beside the table; the teacher saves it elsewhere.
    create_at(&mut harness, "members.json", &target);

    assert!(harness.query_by_label("Import table").is_none(), "closed");
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
    let saved = saved(&target);
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
fn a_country_not_recognised_is_located_and_picked_from_the_base_maps_states() {
    let (mut harness, target) = importing(&fixture("unknown-country.csv"), "picked.json");

    harness.get_by_label_contains(
        "unknown-country.csv:5:B: unknown country “Kyrgyz SSR” (did you mean Kyrgyzstan?)",
    );
    assert!(!can_create(&harness), "refused while a country is unknown");
    let picker = harness.get_by_role_and_label(Role::ComboBox, "“Kyrgyz SSR”");
    assert_eq!(picker.value().as_deref(), Some("Pick a country…"));
    picker.click();
    harness.run();
    // The search field has the keyboard; typing narrows the list.
    harness
        .get_all_by_role(Role::TextInput)
        .find(|node| node.is_focused())
        .expect("the picker's search field")
        .type_text("kyrg");
    harness.run();
    harness.get_by_label("Kyrgyzstan (KGZ)").click();
    harness.run();

    let picker = harness.get_by_role_and_label(Role::ComboBox, "“Kyrgyz SSR”");
    assert_eq!(picker.value().as_deref(), Some("Kyrgyzstan (KGZ)"));
    assert!(harness.query_by_label_contains("unknown country").is_none());
    harness.get_by_label_contains("“Kyrgyz SSR” read as Kyrgyzstan (KGZ), picked by you");
    assert!(can_create(&harness));
    create_at(&mut harness, "unknown-country.json", &target);

    let app = harness.state();
    let notice = app.notice().expect("a banner");
    assert!(!notice.is_error, "{}: {:?}", notice.text, notice.details);
    assert!(
        notice.details.iter().any(|d| d.contains("picked by you")),
        "{:?}",
        notice.details
    );
    let kyrgyzstan = app
        .dataset()
        .data
        .countries
        .iter()
        .find(|c| c.iso_a3.as_deref() == Some("KGZ"))
        .expect("Kyrgyzstan is in the dataset opened");
    assert_eq!(kyrgyzstan.name, "Kyrgyzstan");
    assert_eq!(kyrgyzstan.periods.len(), 1);
    assert_eq!(app.dataset().data, saved(&target).data);
}

#[test]
fn rows_without_a_quote_are_refused_until_the_unsourced_box_is_ticked() {
    let (mut harness, target) = importing(&fixture("no-quotes.csv"), "unsourced.json");

    harness.get_by_label_contains("no-quotes.csv:2: no quote");
    harness.get_by_label_contains("6 problems");
    assert!(!can_create(&harness));
    harness
        .get_by_label("Import rows without a quote, marked unsourced")
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("no quote").is_none());
    harness.get_by_label_contains("6 countries, 6 status periods");
    assert!(can_create(&harness));
    create_at(&mut harness, "no-quotes.json", &target);

    let data = &harness.state().dataset().data;
    assert_eq!(data.countries.len(), 6);
    assert!(!data.articles.is_empty());
    assert!(
        data.articles
            .iter()
            .all(|a| a.reliability == Reliability::Unsourced),
        "{:?}",
        data.articles
    );
    assert_eq!(*data, saved(&target).data);
}

#[test]
fn cancel_and_escape_write_nothing_and_keep_the_dataset_on_screen() {
    let dir = common::temp_dir("import-window-cancel");
    let table = dir.join("class list.csv");
    std::fs::write(
        &table,
        "country,status,from,source,source date,headline,quote\n\
         Azerbajan,member,1994,The Diplomat,2025-07-01,A headline,\"A quote.\"\n",
    )
    .unwrap();
    let mut harness = common::new_harness();
    let before = harness.state().dataset().data.clone();
    import(&mut harness, &table);
    // The problem is in the window, by cell, with what it resembles; the banner stays quiet.
    harness.get_by_label_contains(
        "class list.csv:2:A: unknown country “Azerbajan” (did you mean Azerbaijan?)",
    );
    assert!(harness.state().notice().is_none_or(|n| !n.is_error));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Import table").is_none(), "closed");

    import(&mut harness, &table);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Import table").is_none(), "closed");

    assert_eq!(harness.state().dataset().data, before);
    assert!(
        harness
            .query_by_label("Save the imported dataset as")
            .is_none(),
        "nothing to save"
    );
    let written: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(written.len(), 1, "only the table: {written:?}");
}

#[test]
fn a_table_dropped_on_the_window_is_previewed_not_opened_as_a_dataset() {
    let mut harness = common::new_harness();
    let before = harness.state().dataset().data.clone();
    let dropped: egui::DroppedFileHandle =
        std::sync::Arc::new(common::DroppedPath(fixture("members.ods")));
    harness.input_mut().dropped_files.push(dropped);
    harness.run();
    assert!(
        harness.state().notice().is_none_or(|n| !n.is_error),
        "{:?}",
        harness.state().notice()
    );
    harness.get_by_label("Import table");
    harness.get_by_label("members.ods");
    assert!(can_create(&harness));
    assert_eq!(harness.state().dataset().data, before, "nothing opened yet");
}

#[test]
fn import_preview_snapshot() {
    // The window shows the folder: one named the same in every checkout, not the fixtures' own.
    let dir = std::env::temp_dir().join("csto-atlas-import-preview");
    std::fs::create_dir_all(&dir).unwrap();
    let table = dir.join("unknown-country.csv");
    std::fs::copy(fixture("unknown-country.csv"), &table).unwrap();
    let mut harness = common::new_harness();
    import(&mut harness, &table);
    harness.snapshot("import_preview");
}
