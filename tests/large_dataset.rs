//! A dataset with 10,000 exercises and 50,000 excerpts loads, and the app stays usable on it.
//! (How fast is measured by `cargo bench`, not here.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::synthetic::large_dataset_json;
use csto_atlas::app::StartOptions;
use csto_atlas::dataset::{Date, LoadedDataset};
use csto_atlas::earth::world::world;
use egui_kittest::kittest::Queryable;

#[test]
fn a_very_large_dataset_loads_and_the_app_works_on_it() {
    let real = world().csto().data.exercises.len();
    let json = large_dataset_json(10_000, 50_000);
    let dataset = LoadedDataset::from_bytes("large.json", json.as_bytes(), &|_| true).unwrap();
    assert_eq!(dataset.data.exercises.len(), 10_000 + real);
    assert!(dataset.data.excerpts.len() >= 50_000);

    let path = std::env::temp_dir().join(format!("csto-atlas-large-{}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    let mut harness = common::harness_with(StartOptions {
        dataset: Some(path),
        date: Date::from_ymd(2010, 6, 1),
        ..common::options()
    });
    assert_eq!(
        harness.state().dataset().data.exercises.len(),
        10_000 + real
    );
    assert!(!harness.state().scene().markers.is_empty());
    harness.get_by_label(&format!("{} entries, by date", 10_000 + real));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert!(harness.state().date() > Date::from_ymd(2010, 6, 1).unwrap());
}
