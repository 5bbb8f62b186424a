//! Comparing two dates as a teacher does: View ▸ Compare dates splits the map, the left date is
//! set with its slider, the Changes list says who left or joined with the excerpts, clicking a
//! change selects the country on both maps, and Ctrl+D brings the single map back. A compare
//! slide is drawn split, and a compare figure shows the two dates side by side.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::AtlasApp;
use csto_atlas::dataset::Date;
use csto_atlas::earth::world::world;
use csto_atlas::export::figure::{self as export, FigureFormat};
use csto_atlas::facts::selection::Selection;
use csto_atlas::page::figure::FigureOptions;
use csto_atlas::page::title::compare_title;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn harness_at(text: &str, size: [f32; 2]) -> Harness<'static, AtlasApp> {
    let options = csto_atlas::app::StartOptions {
        date: Some(date(text)),
        typed_paths_only: true,
        ..common::options()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_eframe(move |cc| AtlasApp::new(&cc.egui_ctx, None, options));
    harness.run();
    harness
}

#[test]
fn the_view_menu_splits_the_map_and_the_changes_list_names_who_left_with_excerpts() {
    let mut harness = harness_at("2000", [1400.0, 860.0]);
    common::open_menu(&mut harness, "View");
    harness.get_by_label("Compare dates Ctrl+D").click();
    harness.run();
    assert!(harness.state().saved().view.compare.on);

    // Left alone, the left map shows the date just before the last change: 1998.
    harness.get_by_label("Map at 1998");
    harness.get_by_label("Map at 2000");
    harness.get_by_label("Between 1998 and 2000");
    for country in ["Azerbaijan", "Georgia", "Uzbekistan"] {
        harness.get_by_label(&format!("{country}: from member to former member, 1999"));
    }
    // Clicking a change selects the country on both maps and opens its excerpts.
    harness
        .get_by_label("Uzbekistan: from member to former member, 1999")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Country("UZB".into()))
    );
    assert!(
        harness
            .query_all_by_label_contains("“Uzbekistan had been party to the CST")
            .next()
            .is_some(),
        "the Diplomat's excerpt is quoted under the change"
    );

    // The slider sets the left date; the year it gives is kept and saved.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Compare with")
        .set_value_accesskit(1992.0);
    harness.run();
    assert_eq!(
        harness.state().saved().view.compare.date,
        Some(date("1992"))
    );
    harness.get_by_label("Between 1992 and 2000");
    harness.get_by_label("Belarus: from not a member to member, 1993");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    assert!(!harness.state().saved().view.compare.on);
    harness.get_by_label("Map");
    assert!(harness.query_by_label("Changes").is_none());
}

#[test]
fn compare_view_snapshot() {
    let mut harness = harness_at("2000", [1920.0, 1080.0]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    harness
        .get_by_label("Uzbekistan: from member to former member, 1999")
        .click();
    harness.run();
    harness.snapshot("compare_1998_2000");
}

#[test]
fn the_1999_slide_compares_1998_and_1999_side_by_side() {
    let mut harness = harness_at("2008", [1400.0, 860.0]);
    let index = harness
        .state()
        .dataset()
        .data
        .story
        .iter()
        .position(|slide| slide.id == "slide-1999-departures")
        .unwrap();
    harness.key_press(Key::F5);
    harness.run();
    for digit in (index + 2).to_string().chars() {
        harness.key_press(Key::from_name(&digit.to_string()).unwrap());
    }
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().compare_date(), Some(date("1998")));
    harness.get_by_label("Map at 1998");
    harness.get_by_label("Map at 1999");
    // tests/presentation.rs snapshots this slide (present_1999).
}

#[test]
fn compare_figure_snapshot() {
    let dataset = world().csto();
    let geometry = csto_atlas::map::dataset_geometry::DatasetGeometry::new(
        &dataset,
        &world().basemap,
        &world().geometry,
    );
    let figure = export::compare_figure_with(
        world(),
        &dataset,
        &geometry,
        [date("2006"), date("2012")],
        &FigureOptions::new([1280, 720]),
    );
    assert_eq!(
        figure.drawing.title,
        compare_title(&dataset, date("2006"), date("2012"))
    );
    assert_eq!(
        figure.drawing.title,
        "Collective Security Treaty Organization: 2006 and 2012"
    );
    let svg = String::from_utf8(export::encode(&figure, FigureFormat::Svg).unwrap()).unwrap();
    assert!(
        svg.contains("Former member (2006: 2, 2012: 3)"),
        "one legend counts both"
    );
    let png = export::encode(&figure, FigureFormat::Png).unwrap();
    let image = image::load_from_memory(&png).unwrap().to_rgba8();
    egui_kittest::image_snapshot(&image, "figure_compare_2006_2012");
}
