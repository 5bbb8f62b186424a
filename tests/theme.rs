//! View ▸ Theme: the map and the window go dark for a dim room, stay dark next time, and the
//! legend explains everything the map draws.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::MemoryStorage;
use csto_atlas::app::AtlasApp;
use csto_atlas::dataset::Date;
use csto_atlas::map::palette::{MapPalette, Theme};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn choose_theme(harness: &mut Harness<'static, AtlasApp>, label: &str) {
    common::open_menu(harness, "View");
    common::open_menu(harness, "Theme");
    harness.get_by_label(label).click();
    harness.run();
}

fn is_dark(harness: &Harness<'static, AtlasApp>) -> bool {
    harness.ctx.global_style().visuals.dark_mode
}

#[test]
fn the_dark_theme_is_chosen_from_the_view_menu_and_remembered_next_time() {
    let mut harness = common::new_harness();
    assert!(!is_dark(&harness), "light by default");
    assert_eq!(harness.state().palette(), &MapPalette::LIGHT);

    choose_theme(&mut harness, "Dark");
    assert!(is_dark(&harness), "the window's widgets are dark");
    assert_eq!(
        harness.state().palette(),
        &MapPalette::DARK,
        "so is the map"
    );

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let mut harness = common::harness_with_storage(Some(Box::new(storage)), common::options());
    assert_eq!(harness.state().saved().preferences.theme, Theme::Dark);
    assert!(is_dark(&harness), "dark again after a restart");

    choose_theme(&mut harness, "Light");
    assert!(!is_dark(&harness));
    assert_eq!(harness.state().palette(), &MapPalette::LIGHT);
}

#[test]
fn the_legend_explains_the_dashed_site_ring_and_disputed_territory_only_when_drawn() {
    let harness = common::harness_on(Date::from_ymd(2024, 9, 1).unwrap());
    harness.get_by_label("Site known only roughly");
    harness.get_by_label("Disputed territory");

    let harness = common::harness_on(Date::from_ymd(2008, 6, 1).unwrap());
    assert!(
        harness.query_by_label("Site known only roughly").is_none(),
        "no exercise is drawn in 2008"
    );
}

#[test]
fn dark_overview_snapshot() {
    let mut harness = common::new_harness();
    choose_theme(&mut harness, "Dark");
    harness.snapshot("overview_dark");
}
