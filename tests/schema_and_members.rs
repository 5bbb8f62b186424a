//! The committed JSON Schema matches the Rust types, the datasets point editors at it, and the
//! `members` table says what the map shows.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use csto_atlas::dataset::{Date, LoadedDataset, SAMPLES, STANDING_WORDS, json_schema, members_at};
use csto_atlas::earth::world::world;
use csto_atlas::map::dataset_geometry::DatasetGeometry;
use csto_atlas::map::layers::Layers;
use csto_atlas::map::palette::Fill;
use csto_atlas::map::scene::Scene;

#[test]
fn the_committed_schema_matches_the_types() {
    let committed: serde_json::Value = serde_json::from_str(include_str!("../data/schema.json"))
        .expect("data/schema.json is JSON");
    assert!(
        committed == json_schema(),
        "data/schema.json is out of date: run `cargo run --release -- schema > data/schema.json`"
    );
}

#[test]
fn every_dataset_names_the_schema_and_its_version() {
    for sample in SAMPLES {
        let value: serde_json::Value = serde_json::from_str(sample.json).unwrap();
        assert_eq!(value["$schema"], "schema.json", "{}", sample.origin);
        assert_eq!(value["schema_version"], 3, "{}", sample.origin);
    }
}

/// A dataset file as version 0.1 of CSTO Atlas wrote it (format version 1).
const VERSION_1: &str = include_str!("fixtures/csto-v1.json");

#[test]
fn a_version_1_file_opens_upgraded_with_a_note() {
    let dataset = LoadedDataset::from_bytes("old.json", VERSION_1.as_bytes(), &|_| true).unwrap();
    assert_eq!(dataset.data.schema_version, 3);
    assert!(
        dataset.notes[0].contains("format version 1"),
        "{:?}",
        dataset.notes
    );
    assert!(
        dataset.notes[0].contains("csto-atlas upgrade"),
        "{:?}",
        dataset.notes
    );
    assert_eq!(dataset.data.countries.len(), 11);
}

#[test]
fn upgrade_rewrites_a_version_1_file_and_keeps_a_backup() {
    let dir = std::env::temp_dir().join(format!("csto-atlas-upgrade-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.json");
    std::fs::write(&path, VERSION_1).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
            // The messages the assertions read are the English ones, whatever the locale.
            .env("LC_ALL", "C")
            .args(args)
            .output()
            .unwrap()
    };
    let output = run(&["upgrade", path.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let upgraded: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(upgraded["schema_version"], 3);
    assert_eq!(upgraded["$schema"], "schema.json");
    let backup = dir.join("old.json.bak");
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), VERSION_1);
    let check = run(&["check", path.to_str().unwrap()]);
    let summary = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success() && !summary.contains("note:"),
        "{summary}"
    );
    let again = run(&["upgrade", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("already dataset format version 3"));
}

#[test]
fn a_newer_format_gets_an_upgrade_message_at_its_version() {
    let text = SAMPLES[0]
        .json
        .replacen("\"schema_version\": 3", "\"schema_version\": 4", 1);
    let err = LoadedDataset::from_bytes("future.json", text.as_bytes(), &|_| true).unwrap_err();
    let lines = err.lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("future.json:3:21: schema_version 4 is newer"),
        "{lines:?}"
    );
    assert!(lines[0].contains("update CSTO Atlas"), "{lines:?}");
}

fn parse(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn the_members_table_agrees_with_the_map_colours() {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    for sample in SAMPLES {
        let dataset = LoadedDataset::sample(&sample, &is_known).unwrap();
        let borders = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        for date in [
            "1992-06-01",
            "1993-06",
            "2000",
            "2007",
            "2013-06",
            "2019-06",
            "2024-06",
            "2025-07-01",
        ] {
            let date = parse(date);
            let scene = Scene::build(
                &dataset,
                &world.geometry,
                &borders,
                date,
                Layers::default(),
                None,
            );
            for row in members_at(&dataset, date) {
                let Some(index) = world.geometry.country_index(&row.country) else {
                    continue;
                };
                let standing = STANDING_WORDS
                    .iter()
                    .find(|w| w.code == row.status)
                    .unwrap()
                    .standing;
                let fill = Fill {
                    standing,
                    uncertain: row.uncertain,
                };
                assert_eq!(
                    scene.country_fills[index], fill,
                    "{} on {date}: table says {}",
                    row.name, row.status
                );
                assert_eq!(
                    scene.dashed_countries.contains(&index),
                    row.uncertain || row.status == "unknown",
                    "{} on {date}: uncertain or unknown ones are outlined dashed",
                    row.name
                );
            }
        }
    }
}

#[test]
fn the_membership_story_plays_out_over_time() {
    let dataset = world().csto();
    let status = |iso: &str, date: &str| {
        members_at(&dataset, parse(date))
            .into_iter()
            .find(|r| r.country == iso)
            .unwrap()
            .status
    };
    assert_eq!(status("UZB", "1992-05-15"), "member", "CST signatory");
    assert_eq!(status("BLR", "1992-06"), "none", "joined in 1993");
    assert_eq!(status("BLR", "1993-06"), "member");
    assert_eq!(status("GEO", "2000"), "former", "1999 withdrawals");
    assert_eq!(status("UZB", "2007"), "member", "returned in 2006");
    assert_eq!(status("UZB", "2013"), "former", "out in 2012");
    assert_eq!(status("AFG", "2013-06"), "observer");
    assert_eq!(status("ARM", "2024-06"), "frozen");
    assert_eq!(status("ARM", "2023-06"), "member");
}

#[test]
fn members_command_prints_json_for_scripts() {
    let output = Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .args(["members", "--at", "2013-06", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let afghanistan = rows.iter().find(|r| r["country"] == "AFG").unwrap();
    assert_eq!(afghanistan["status"], "observer");
    assert_eq!(afghanistan["name"], "Afghanistan");
    assert_eq!(afghanistan["since"], "2013");
    assert_eq!(
        afghanistan["uncertain"], true,
        "it rests on one undated fragment"
    );
    assert!(!afghanistan["sources"].as_array().unwrap().is_empty());
    let russia = rows.iter().find(|r| r["country"] == "RUS").unwrap();
    assert_eq!(
        (russia["since"].as_str(), russia["uncertain"].as_bool()),
        (Some("1992-05-15"), Some(false))
    );
}

#[test]
fn members_table_keeps_each_dates_precision_and_warns_before_the_first_date() {
    let run = |at: &str| {
        Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
            // The messages the assertions read are the English ones, whatever the locale.
            .env("LC_ALL", "C")
            .args(["members", "--at", at])
            .output()
            .unwrap()
    };
    let output = run("1995");
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(
        table.starts_with("Collective Security Treaty, in 1995\n"),
        "the name before 2002, and the year as a year: {table}"
    );
    assert!(table.contains(" 15 May 1992 "), "{table}");
    let azerbaijan = table.lines().find(|l| l.starts_with("AZE")).unwrap();
    assert!(
        azerbaijan.contains(" 1993 ") && !azerbaijan.contains("1 January"),
        "{azerbaijan}"
    );

    let table = String::from_utf8(run("2024-03").stdout).unwrap();
    assert!(
        table.starts_with("Collective Security Treaty Organization, in March 2024\n"),
        "{table}"
    );
    let armenia = table.lines().find(|l| l.starts_with("ARM")).unwrap();
    assert!(
        armenia.contains("frozen") && armenia.contains("February 2024"),
        "{armenia}"
    );
    let afghanistan = table.lines().find(|l| l.starts_with("AFG")).unwrap();
    assert!(
        afghanistan.contains("unknown"),
        "not an observer today: {afghanistan}"
    );

    let early = run("1990");
    assert!(early.status.success());
    let warning = String::from_utf8_lossy(&early.stderr);
    assert!(
        warning.contains("before the dataset's first date (15 May 1992)"),
        "{warning}"
    );
}

#[test]
fn members_command_prints_csv_and_rejects_a_bad_date() {
    let output = Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .args(["members", "--at", "1999", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(output.stdout).unwrap();
    assert!(
        csv.starts_with("country,name,status,since,uncertain,disputed,sources\n"),
        "{csv}"
    );
    assert!(
        csv.lines().any(|l| l.starts_with("GEO,Georgia,former,")),
        "{csv}"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .args(["members", "--at", "12/05/2012"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a date"));
}
