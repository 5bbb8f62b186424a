//! The map as an atlas: snapshots at the world, CSTO and Pamir zooms in both themes and at
//! 1280×720, and the zoom limit where the 1:10m detail runs out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::{AtlasApp, ExploreCommand, ShellCommand};
use csto_atlas::earth::camera::Camera;
use csto_atlas::earth::projection::lon_lat;
use csto_atlas::earth::world::world;
use csto_atlas::map::palette::Theme;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// Moves the app's camera to `lon`, `lat` at `pixels_per_km` and shows it in `theme`.
fn show(
    harness: &mut Harness<'static, AtlasApp>,
    lon: f64,
    lat: f64,
    pixels_per_km: f64,
    theme: Theme,
) {
    let centre = world()
        .geometry
        .projection
        .project(lon_lat(lon, lat))
        .unwrap();
    let ctx = harness.ctx.clone();
    let app = harness.state_mut();
    app.apply(&ctx, ShellCommand::SetTheme(theme).into());
    app.apply(
        &ctx,
        ExploreCommand::SetCamera(Camera {
            centre: [centre.x, centre.y],
            pixels_per_km,
        })
        .into(),
    );
    harness.run();
}

#[test]
fn snapshots_at_the_world_the_csto_and_the_pamir_zooms_in_both_themes() {
    let views = [
        ("world", 60.0, 40.0, 0.06),
        ("csto", 70.0, 50.0, 0.14),
        ("pamirs", 71.5, 38.0, 1.6),
    ];
    let mut harness = common::new_harness();
    for (name, lon, lat, zoom) in views {
        for theme in Theme::ALL {
            show(&mut harness, lon, lat, zoom, theme);
            let suffix = theme.label().to_lowercase();
            harness.snapshot(format!("atlas_{name}_{suffix}"));
        }
    }
}

#[test]
fn the_csto_view_at_1280_by_720_keeps_the_map_readable() {
    let mut harness = common::new_harness();
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.run();
    harness.get_by_label("Map");
    harness.snapshot("atlas_csto_1280x720");
}

#[test]
fn the_zoom_in_button_says_when_the_base_map_has_no_finer_detail() {
    let mut harness = common::new_harness();
    show(&mut harness, 71.5, 38.0, 1.6, Theme::Light);
    for _ in 0..4 {
        harness.get_by_label("+").click();
        harness.run();
    }
    let plus = harness.get_by_label("+");
    assert!(
        plus.accesskit_node().is_disabled(),
        "no closer than 1:10m allows"
    );
    harness.get_by_label("Closest zoom: 1:10m detail");
}
