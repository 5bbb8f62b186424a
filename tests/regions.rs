//! Any organisation anywhere: made-up datasets in four regions (`tests/fixtures/regions/`, across
//! the Atlantic, the Pacific across 180°, Africa with 55 members, the Arctic), and one named in
//! its members' own scripts (Armenian, Georgian, Azerbaijani, Cyrillic), get a projection
//! that suits them, keep their shapes with north up, join the countries cut at 180°, draw every
//! small state as a circle with a name, fill the frame, and look right in the window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;

use csto_atlas::app::StartOptions;
use csto_atlas::dataset::{Date, LoadedDataset};
use csto_atlas::earth::projection::{EARTH_RADIUS_KM, Projection, lon_lat};
use csto_atlas::earth::world::{World, world};
use csto_atlas::export::figure::figure;
use csto_atlas::map::dataset_geometry::home_camera;
use csto_atlas::map::region::{ProjectionChoice, world_for};
use csto_atlas::map::small_states::small_states;
use csto_atlas::page::figure::{FigureOptions, FigureView};
use csto_atlas::render::display::Item;
use geo::Coord;

const REGIONS: [&str; 4] = ["transatlantic", "pacific", "africa", "arctic"];

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/regions/{name}.json"))
}

fn load(name: &str) -> (LoadedDataset, std::sync::Arc<World>) {
    let dataset = LoadedDataset::from_path(&fixture(name), &|iso| world().knows_iso(iso)).unwrap();
    let world = world_for(&dataset.data, ProjectionChoice::Automatic);
    (dataset, world)
}

fn date() -> Date {
    Date::from_ymd(2024, 6, 1).unwrap()
}

#[test]
fn each_region_is_drawn_centred_on_its_members() {
    let centre = |name: &str| {
        let (_, world) = load(name);
        world.geometry.projection.centre().expect("a regional map")
    };
    let atlantic = centre("transatlantic");
    assert!(
        (-60.0..0.0).contains(&atlantic.x) && (40.0..70.0).contains(&atlantic.y),
        "{atlantic:?}"
    );
    let pacific = centre("pacific");
    assert!(
        pacific.x.abs() > 150.0 && (-30.0..10.0).contains(&pacific.y),
        "{pacific:?}"
    );
    let africa = centre("africa");
    assert!(
        (0.0..40.0).contains(&africa.x) && (-15.0..20.0).contains(&africa.y),
        "{africa:?}"
    );
    let arctic = centre("arctic");
    assert!(arctic.y > 60.0, "{arctic:?}");
    // The CSTO keeps the centre its file names.
    assert_eq!(
        world_for(&world().csto().data, ProjectionChoice::Automatic)
            .geometry
            .projection,
        Projection::csto()
    );
}

/// The angles of a triangle of unit vectors on the sphere, at each corner.
fn sphere_angles(corners: [Coord<f64>; 3]) -> [f64; 3] {
    let unit = |c: Coord<f64>| {
        let (lon, lat) = (c.x.to_radians(), c.y.to_radians());
        [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
    };
    let v = corners.map(unit);
    let dot = |a: [f64; 3], b: [f64; 3]| a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    let tangent = |at: [f64; 3], to: [f64; 3]| {
        let d = dot(at, to);
        [to[0] - d * at[0], to[1] - d * at[1], to[2] - d * at[2]]
    };
    let angle = |a: [f64; 3], b: [f64; 3]| {
        (dot(a, b) / (dot(a, a).sqrt() * dot(b, b).sqrt()))
            .clamp(-1.0, 1.0)
            .acos()
            .to_degrees()
    };
    [0, 1, 2].map(|i| {
        let (at, p, q) = (v[i], v[(i + 1) % 3], v[(i + 2) % 3]);
        angle(tangent(at, p), tangent(at, q))
    })
}

fn plane_angles(corners: [Coord<f64>; 3]) -> [f64; 3] {
    [0, 1, 2].map(|i| {
        let (at, p, q) = (corners[i], corners[(i + 1) % 3], corners[(i + 2) % 3]);
        let (a, b) = (p - at, q - at);
        ((a.x * b.x + a.y * b.y) / (a.x.hypot(a.y) * b.x.hypot(b.y)))
            .clamp(-1.0, 1.0)
            .acos()
            .to_degrees()
    })
}

#[test]
fn the_projection_keeps_the_shapes_of_triangles_of_capitals_with_north_up() {
    for name in REGIONS {
        let (dataset, world) = load(name);
        let projection = world.geometry.projection;
        let centre = projection.centre().unwrap();
        // North is up: a point south of the centre lies straight below it.
        let south = projection
            .project(lon_lat(centre.x, centre.y - 1.0))
            .unwrap();
        assert!(
            south.y < -100.0 && south.x.abs() < 1e-6,
            "{name}: north is not up"
        );
        // The members' capitals within 45° of the centre.
        let reach = |at: Coord<f64>| {
            let pos = projection.project(at).unwrap();
            2.0 * (pos.x.hypot(pos.y) / (2.0 * EARTH_RADIUS_KM)).asin()
        };
        let capitals: Vec<Coord<f64>> = world
            .basemap
            .places
            .iter()
            .filter(|p| p.capital)
            .filter(|p| {
                dataset
                    .data
                    .countries
                    .iter()
                    .any(|c| c.iso_a3.as_deref() == Some(&p.iso_a3))
            })
            .map(|p| p.at)
            .filter(|at| reach(*at) < 45f64.to_radians())
            .collect();
        assert!(
            capitals.len() >= 3,
            "{name}: {} capitals near the centre",
            capitals.len()
        );
        let mut checked = 0;
        for triangle in capitals.windows(3) {
            let corners = [triangle[0], triangle[1], triangle[2]];
            let sphere = sphere_angles(corners);
            if sphere.iter().any(|a| *a < 10.0) {
                continue; // a sliver: its angles say little
            }
            // An equal-area azimuthal map bends angles by at most 2·asin((k − h)/(k + h)) at an
            // arc c from its centre (h = cos(c/2), k = 1/h); and a triangle on the sphere has
            // angles that sum to more than 180° by its excess.
            let c = corners.iter().map(|&at| reach(at)).fold(0.0, f64::max);
            let (h, k) = ((c / 2.0).cos(), 1.0 / (c / 2.0).cos());
            let bend = (2.0 * ((k - h) / (k + h)).asin()).to_degrees();
            let excess = sphere.iter().sum::<f64>() - 180.0;
            let plane = plane_angles(corners.map(|c| projection.project(c).unwrap()));
            for (s, p) in sphere.iter().zip(plane) {
                assert!(
                    (s - p).abs() <= bend + excess + 0.5,
                    "{name}: {s:.1}° on the sphere, {p:.1}° on the map (allowed {bend:.1}° + {excess:.1}°)"
                );
            }
            checked += 1;
        }
        assert!(checked > 0, "{name}: no triangle checked");
    }
}

#[test]
fn countries_across_180_degrees_are_one_joined_shape() {
    let (_, pacific) = load("pacific");
    let (_, arctic) = load("arctic");
    for (world, iso, widest_km) in [(&pacific, "FJI", 800.0), (&pacific, "KIR", 5000.0)] {
        let geometry = &world.geometry;
        let index = geometry.country_index(iso).unwrap();
        let bounds = geometry.countries[index].area.bounds;
        assert!(
            bounds.width() < widest_km,
            "{iso} is {:.0} km wide: split at 180°",
            bounds.width()
        );
    }
    for world in [&pacific, &arctic] {
        let geometry = &world.geometry;
        // Chukotka either side of 180° is Russia's land, one fill, picked as Russia.
        if let Some(russia) = geometry.country_index("RUS") {
            for lon in [179.95, -179.95] {
                let at = geometry.projection.project(lon_lat(lon, 67.0)).unwrap();
                assert_eq!(geometry.country_at(at), Some(russia), "at {lon}° 67° N");
            }
        }
        // No border is drawn along the seam where Natural Earth cuts the shapes.
        let seam = |c: Coord<f64>| 180.0 - c.x.abs() < 1e-6;
        for arc in geometry.arcs(2) {
            for pair in arc.points.windows(2) {
                let ends = [pair[0], pair[1]].map(|p| geometry.projection.unproject(p).unwrap());
                let along = seam(ends[0]) && seam(ends[1]) && (ends[0].y - ends[1].y).abs() > 1e-3;
                assert!(!along, "a line along 180° at {:?}", ends[0]);
            }
        }
    }
    // Samoa (172° W) lies east of Fiji (178° E).
    let geometry = &pacific.geometry;
    let x = |iso| {
        geometry.countries[geometry.country_index(iso).unwrap()]
            .area
            .label_anchor
            .x
    };
    assert!(x("WSM") > x("FJI"));
}

/// The texts of a figure's items.
fn texts(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Text { lines, .. } => Some(
                lines
                    .iter()
                    .map(|l| l.text.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        })
        .collect()
}

#[test]
fn every_small_state_gets_a_circle_and_a_name() {
    let (dataset, world) = load("pacific");
    let options = FigureOptions::new([1920, 1080]);
    let figure = figure(&world, &dataset, date(), &options);
    let view = figure.map.unwrap();
    let geometry = &world.geometry;
    let dataset_geometry =
        csto_atlas::map::dataset_geometry::DatasetGeometry::new(&dataset, &world.basemap, geometry);
    let scene = csto_atlas::map::scene::Scene::build(
        &dataset,
        geometry,
        &dataset_geometry,
        date(),
        csto_atlas::map::layers::Layers::default(),
        None,
    );
    let small: Vec<_> = small_states(&scene, geometry, view.camera.pixels_per_km).collect();
    assert!(small.len() >= 8, "only {} small states", small.len());
    let circles: Vec<[f32; 2]> = figure
        .drawing
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Circle { centre, .. } => Some(*centre),
            _ => None,
        })
        .collect();
    let words = texts(&figure.drawing.items).join(" | ");
    for (index, at) in small {
        let country = &geometry.countries[index];
        let [x, y] = figure.pixel_of(at).unwrap();
        let circled = circles.iter().any(|c| (c[0] - x).hypot(c[1] - y) < 0.5);
        assert!(circled, "{} has no circle", country.name);
        let name = &dataset
            .data
            .countries
            .iter()
            .find(|c| c.iso_a3 == country.iso_a3)
            .unwrap()
            .name;
        assert!(
            words.contains(name.as_str()),
            "{name} is not named: {words}"
        );
    }
    assert!(words.contains("Small states drawn as circles"));
}

#[test]
fn the_fitted_view_fills_the_frame_and_stays_on_the_globe() {
    for name in REGIONS {
        let (dataset, world) = load(name);
        let geometry = &world.geometry;
        for size in [[1920.0, 1080.0], [1280.0, 720.0]] {
            let camera = home_camera(&dataset, geometry, size);
            let codes = dataset
                .data
                .countries
                .iter()
                .filter_map(|c| c.iso_a3.as_deref());
            let bounds = geometry.bounds_of(codes).unwrap();
            let filled = [
                bounds.width() * camera.pixels_per_km / size[0],
                bounds.height() * camera.pixels_per_km / size[1],
            ];
            assert!(
                filled[0].max(filled[1]) > 0.8,
                "{name}: the members fill only {filled:?}"
            );
        }
    }
}

#[test]
fn a_figure_of_each_region_has_its_members_in_its_frame() {
    for name in REGIONS {
        let (dataset, world) = load(name);
        let mut options = FigureOptions::new([1600, 900]);
        options.view = FigureView::FitMembers;
        let figure = figure(&world, &dataset, date(), &options);
        let view = figure.map.unwrap();
        let geometry = &world.geometry;
        let inside = dataset
            .data
            .countries
            .iter()
            .filter_map(|c| geometry.country_index(c.iso_a3.as_deref()?))
            .filter(|&i| {
                let at = view.screen_from_world(geometry.countries[i].area.label_anchor);
                at.x >= view.origin.x
                    && at.x <= view.origin.x + view.size[0]
                    && at.y >= view.origin.y
                    && at.y <= view.origin.y + view.size[1]
            })
            .count();
        assert_eq!(inside, dataset.data.countries.len(), "{name}");
    }
}

#[test]
fn an_unknown_projection_is_a_located_error() {
    let text = std::fs::read_to_string(fixture("arctic"))
        .unwrap()
        .replacen(
            "\"as_of\": \"2025\",",
            "\"as_of\": \"2025\",\n  \"map\": { \"projection\": \"mercator\" },",
            1,
        );
    let error = LoadedDataset::from_bytes("arctic.json", text.as_bytes(), &|iso| {
        world().knows_iso(iso)
    })
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("arctic.json:4:") && error.contains("mercator"),
        "{error}"
    );
}

/// A snapshot of the window opened at `size` on a region's dataset, at its fitted view.
fn snapshot_region(name: &str, [width, height]: [f32; 2]) {
    let mut harness = egui_kittest::Harness::builder()
        .with_size([width, height])
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = StartOptions {
                dataset: Some(fixture(name)),
                date: Some(date()),
                typed_paths_only: true,
                ..common::options()
            };
            csto_atlas::app::AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    harness.snapshot(format!("region_{name}_{width}x{height}"));
}

const FULL_HD: [f32; 2] = [1920.0, 1080.0];
const HD: [f32; 2] = [1280.0, 720.0];

#[test]
fn transatlantic_snapshot() {
    snapshot_region("transatlantic", FULL_HD);
}

#[test]
fn transatlantic_snapshot_at_1280x720() {
    snapshot_region("transatlantic", HD);
}

#[test]
fn pacific_snapshot() {
    snapshot_region("pacific", FULL_HD);
}

#[test]
fn pacific_snapshot_at_1280x720() {
    snapshot_region("pacific", HD);
}

#[test]
fn africa_snapshot() {
    snapshot_region("africa", FULL_HD);
}

#[test]
fn africa_snapshot_at_1280x720() {
    snapshot_region("africa", HD);
}

#[test]
fn arctic_snapshot() {
    snapshot_region("arctic", FULL_HD);
}

#[test]
fn arctic_snapshot_at_1280x720() {
    snapshot_region("arctic", HD);
}

/// Names in Armenian, Georgian, Azerbaijani, Uzbek and Cyrillic drawn as letters, not boxes.
#[test]
fn scripts_snapshot() {
    snapshot_region("scripts", FULL_HD);
}

#[test]
fn scripts_snapshot_at_1280x720() {
    snapshot_region("scripts", HD);
}

#[test]
fn the_projection_can_be_chosen_from_the_view_menu_and_is_remembered() {
    use egui_kittest::kittest::Queryable;
    let mut harness = common::harness_with(StartOptions {
        dataset: Some(fixture("pacific")),
        ..common::options()
    });
    let centre = harness
        .state()
        .projection()
        .centre()
        .expect("a regional map");
    assert!(centre.x.abs() > 150.0, "{centre:?}");
    common::open_menu(&mut harness, "View");
    common::open_menu(&mut harness, "Projection");
    harness.get_by_label("Whole world").click();
    harness.run();
    assert_eq!(harness.state().projection(), Projection::World);
    assert_eq!(
        harness.state().saved().preferences.projection,
        ProjectionChoice::World
    );
    // The world map still names the members and frames them.
    harness.get_by_label("Map");
    common::open_menu(&mut harness, "View");
    common::open_menu(&mut harness, "Projection");
    harness
        .get_by_label("Follow the view (centred on what is framed)")
        .click();
    harness.run();
    assert_eq!(harness.state().projection().centre(), Some(centre));
}

#[test]
fn a_dataset_spread_over_the_globe_gets_the_world_map_and_frames_what_it_can() {
    // The transatlantic members with the Pacific's: no hemisphere holds them all.
    let atlantic = std::fs::read_to_string(fixture("transatlantic")).unwrap();
    let pacific: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("pacific")).unwrap()).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&atlantic).unwrap();
    let mut countries = pacific["countries"].as_array().unwrap().clone();
    for country in &mut countries {
        country["periods"][0]["sources"] = serde_json::json!(["transatlantic-fixture"]);
    }
    // And one country the base map does not have.
    countries.push(serde_json::json!({
        "id": "atlantis", "name": "Atlantis", "periods": [
            {"from": "2000", "status": "member", "event": "Joins (made up)", "sources": ["transatlantic-fixture"]}
        ]
    }));
    data["countries"].as_array_mut().unwrap().extend(countries);
    let bytes = serde_json::to_vec(&data).unwrap();
    let dataset =
        LoadedDataset::from_bytes("spread.json", &bytes, &|iso| world().knows_iso(iso)).unwrap();
    let world = world_for(&dataset.data, ProjectionChoice::Automatic);
    assert_eq!(world.geometry.projection, Projection::World);
    let figure = figure(&world, &dataset, date(), &FigureOptions::new([1920, 1080]));
    let words = texts(&figure.drawing.items).join(" | ");
    for name in ["Australia", "Canada", "Spain", "Fiji"] {
        assert!(words.contains(name), "{name} is not named: {words}");
    }
}

#[test]
fn at_a_continental_view_every_transatlantic_and_pacific_member_is_named() {
    for name in ["transatlantic", "pacific"] {
        every_member_is_named(name);
    }
}

/// Every member of a region's dataset is named, by its name or its ISO code, in figures of its
/// fitted view at 1920×1080 and 1280×720.
fn every_member_is_named(name: &str) {
    let (dataset, world) = load(name);
    for size in [[1920, 1080], [1280, 720]] {
        let figure = figure(&world, &dataset, date(), &FigureOptions::new(size));
        let words = texts(&figure.drawing.items);
        for country in &dataset.data.countries {
            let iso = country.iso_a3.as_deref().unwrap();
            let named = words.iter().any(|w| *w == country.name || w == iso);
            assert!(named, "{} is not named at {size:?}", country.name);
        }
    }
}

#[test]
fn a_name_written_as_its_iso_code_is_explained_in_the_legend() {
    let (dataset, world) = load("africa");
    let row = "ABC: ISO code, no room for the name";
    for size in [[1280, 720], [3840, 2160]] {
        let figure = figure(&world, &dataset, date(), &FigureOptions::new(size));
        let words = texts(&figure.drawing.items);
        let coded = dataset.data.countries.iter().any(|c| {
            words
                .iter()
                .any(|w| Some(w.as_str()) == c.iso_a3.as_deref())
        });
        assert_eq!(words.iter().any(|w| w == row), coded, "at {size:?}");
    }
    // The window's legend says so too, where its map writes a code.
    use egui_kittest::kittest::Queryable;
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 720.0])
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = StartOptions {
                dataset: Some(fixture("africa")),
                date: Some(date()),
                typed_paths_only: true,
                ..common::options()
            };
            csto_atlas::app::AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    assert!(
        harness.query_by_label(row).is_some(),
        "the window's legend does not explain codes"
    );
}
