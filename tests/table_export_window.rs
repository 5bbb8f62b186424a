//! File ▸ Export table… and Export history table… in the window: the data behind the map as a
//! spreadsheet, the statuses at the date shown as `csto-atlas members` writes them, and the whole
//! history in the layout Import table reads back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use csto_atlas::app::AtlasApp;
use csto_atlas::earth::world::world;
use csto_atlas::import::table_out::members_csv_bytes;
use csto_atlas::import::{ImportOptions, import_table};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Chooses `entry` in the File menu, types `path` where the typed-path window offers `offered`,
/// and presses Export.
fn export_to(harness: &mut Harness<'static, AtlasApp>, entry: &str, offered: &str, path: &Path) {
    common::open_menu(harness, "File");
    harness.get_by_label_contains(entry).click();
    harness.run();
    let field = harness
        .get_all_by_role(Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with(offered)))
        .expect("the typed-path window offering a file name");
    field.set_text_value_accesskit(path.to_str().unwrap());
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
}

#[test]
fn the_statuses_at_the_date_shown_are_saved_as_members_writes_them() {
    let path = common::temp_dir("table-export").join("members.csv");
    let mut harness = common::new_harness();
    let offered = format!("csto-members-{}.xlsx", common::test_date().to_iso());
    export_to(&mut harness, "Export table…", &offered, &path);
    let app = harness.state();
    let notice = app.notice().expect("a banner");
    assert!(!notice.is_error, "{}", notice.text);
    assert!(
        notice.text.starts_with("Exported the statuses on"),
        "{}",
        notice.text
    );
    let written = std::fs::read(&path).unwrap();
    assert_eq!(written, members_csv_bytes(app.dataset(), app.date()));
    assert!(
        written.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for Excel"
    );
}

#[test]
fn the_history_saved_reads_back_as_the_same_periods() {
    let path = common::temp_dir("table-export").join("history.xlsx");
    let mut harness = common::new_harness();
    export_to(
        &mut harness,
        "Export history table…",
        "csto-history.xlsx",
        &path,
    );
    let bytes = std::fs::read(&path).unwrap();
    let world = world();
    let imported = import_table("history.xlsx", &bytes, &ImportOptions::default(), &|iso| {
        world.knows_iso(iso)
    })
    .unwrap();
    let shown = &harness.state().dataset().data;
    let periods = |countries: &[csto_atlas::dataset::Country]| -> Vec<(String, String, String)> {
        let mut all: Vec<_> = countries
            .iter()
            .flat_map(|c| {
                c.periods
                    .iter()
                    .map(|p| (c.id.clone(), p.from.to_iso(), format!("{:?}", p.status)))
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(
        periods(&imported.dataset.countries),
        periods(&shown.countries)
    );
}
