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

/// On the world map (Equal Earth) nothing runs from one edge to the other: the base map's lines
/// that step across 180° (Chukotka's coast, Antarctica's) part there, and the areas that cross it
/// (Russia, Fiji) are cut into a piece on each side, at every level of detail.
#[test]
fn on_the_world_map_no_line_or_area_spans_the_seam() {
    use csto_atlas::earth::projection::Projection;
    use csto_atlas::earth::world::World;
    let world = World::in_projection(Projection::World);
    let geometry = &world.geometry;
    let width = {
        let east = geometry.projection.project(lon_lat(179.9, 0.0)).unwrap();
        let west = geometry.projection.project(lon_lat(-179.9, 0.0)).unwrap();
        (east.x - west.x).abs()
    };
    // Antarctica's ring runs along the map's bottom edge, the pole line, from one side to the
    // other: that is the map's edge, not a line across it.
    let pole = geometry.projection.project(lon_lat(0.0, -90.0)).unwrap().y;
    let at_a_pole = |p: &geo::Coord<f64>| (p.y.abs() - pole.abs()).abs() < 1.0;
    let spans = |points: &[geo::Coord<f64>]| {
        points.windows(2).any(|pair| {
            (pair[0].x - pair[1].x).abs() > width / 2.0
                && !(at_a_pole(&pair[0]) && at_a_pole(&pair[1]))
        })
    };
    for level in 0..4 {
        let across = geometry
            .arcs(level)
            .iter()
            .filter(|arc| spans(&arc.points))
            .count();
        assert_eq!(across, 0, "level {level}: lines across the whole map");
        for (index, country) in geometry.countries.iter().enumerate() {
            let Some(area) = geometry.country_area(level, index) else {
                continue;
            };
            let across = area
                .shape
                .iter()
                .any(|polygon| spans(&polygon.exterior().0));
            assert!(!across, "level {level}: {} spans the map", country.name);
        }
    }
}
