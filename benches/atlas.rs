//! Load, frame and export costs: `cargo bench`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use csto_atlas::app::{AtlasApp, AuthorCommand, ExploreCommand, StartOptions};
use csto_atlas::basemap::BaseMap;
use csto_atlas::dataset::{Date, FactEdit, FactRef, LoadedDataset, PlacePrecision, TextField};
use csto_atlas::earth::camera::{Camera, MapTransform, ScreenPos};
use csto_atlas::earth::geometry::MapGeometry;
use csto_atlas::earth::geometry::detail_level;
use csto_atlas::earth::projection::{Projection, lon_lat};
use csto_atlas::earth::world::{World, world};
use csto_atlas::export::figure::{self as export, FigureFormat};
use csto_atlas::export::handout::handout_pdf;
use csto_atlas::facts::search::SearchIndex;
use csto_atlas::facts::selection::Selection;
use csto_atlas::map::dataset_geometry::{DatasetGeometry, home_camera};
use csto_atlas::map::layers::Layers;
use csto_atlas::map::pick::pick;
use csto_atlas::map::placement::place_labels;
use csto_atlas::map::region::ProjectionChoice;
use csto_atlas::map::scene::{Marker, Scene};
use csto_atlas::page::figure::FigureOptions;
use csto_atlas::render::font::map_font;
use egui_kittest::Harness;

#[path = "../tests/common/synthetic.rs"]
mod synthetic;
use synthetic::large_dataset_json;

/// The day the benchmarks take as today, so they measure the same timeline on any day.
fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap()
}

fn load(c: &mut Criterion) {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    c.bench_function("load/embedded dataset (parse + validate)", |b| {
        b.iter(|| LoadedDataset::embedded(&is_known).unwrap())
    });
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("base map (decode the baked file)", |b| {
        b.iter(|| BaseMap::embedded().unwrap())
    });
    group.bench_function("project the reference level", |b| {
        b.iter(|| MapGeometry::new(Arc::clone(&world.basemap), Projection::csto()))
    });
    group.finish();
}

fn scene(c: &mut Criterion) {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    let dataset = LoadedDataset::embedded(&is_known).unwrap();
    let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
    let date = Date::from_ymd(2025, 7, 1).unwrap();
    let selection = Selection::Country("TJK".into());
    c.bench_function("scene/build for a date", |b| {
        b.iter(|| {
            Scene::build(
                black_box(&dataset),
                &world.geometry,
                &dataset_geometry,
                date,
                Layers::default(),
                Some(&selection),
            )
        })
    });
}

/// Hover picking at the CSTO view in a 1400x860 map: on the real scene, and among 10,000
/// synthetic markers spread over Central Asia (test load, not facts). The pointer walks a fixed
/// grid over the map, so most picks end in a country's polygon, as a hover does.
fn picking(c: &mut Criterion) {
    let world = world();
    let dataset = world.csto();
    let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
    let date = Date::from_ymd(2025, 7, 1).unwrap();
    let scene = Scene::build(
        &dataset,
        &world.geometry,
        &dataset_geometry,
        date,
        Layers::default(),
        None,
    );
    let size = [1400.0, 860.0];
    let camera = home_camera(&dataset, &world.geometry, size);
    let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
    let pointers: Vec<ScreenPos> = (0..997)
        .map(|i| ScreenPos {
            x: f64::from(i * 37 % 997) / 997.0 * size[0],
            y: f64::from(i * 101 % 997) / 997.0 * size[1],
        })
        .collect();
    let mut group = c.benchmark_group("pick");
    let mut hover = |name: &str, scene: &Scene| {
        let mut next = pointers.iter().cycle();
        group.bench_function(name, |b| {
            b.iter(|| {
                let pointer = *next.next().unwrap();
                pick(scene, &world.geometry, &dataset_geometry, &view, pointer)
            })
        });
    };
    hover("hover on the real scene (CSTO view)", &scene);
    let markers = synthetic::sites(10_000)
        .into_iter()
        .enumerate()
        .map(|(i, (lon, lat))| Marker {
            exercise_id: format!("synthetic-{i}"),
            name: format!("Synthetic exercise {i}"),
            pos: world
                .geometry
                .projection
                .project(lon_lat(lon, lat))
                .unwrap(),
            precision: PlacePrecision::Point,
            selected: false,
            opacity: 1.0,
        })
        .collect();
    hover(
        "hover among 10,000 markers (CSTO view)",
        &scene.clone().with_markers(markers),
    );
    group.finish();
}

/// The whole app, without a renderer (tessellation is measured apart).
fn app_harness(dataset: Option<std::path::PathBuf>, date: Date) -> Harness<'static, AtlasApp> {
    let options = StartOptions {
        dataset,
        date: Some(date),
        typed_paths_only: true,
        ..StartOptions::new(today())
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| AtlasApp::new(&cc.egui_ctx, cc.storage, options));
    harness.run();
    harness
}

/// Runs a frame and tessellates its shapes, as eframe does before handing them to the GPU.
fn frame_and_tessellate(harness: &mut Harness<'static, AtlasApp>) {
    harness.step();
    let output = harness.output();
    let ctx = harness.ctx.clone();
    ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
}

/// Frames of a pan: each moves the camera 4 pixels (back and forth, so the view stays where it
/// is over many frames), then makes and tessellates the frame's shapes.
fn pan_frames<'a>(harness: &'a mut Harness<'static, AtlasApp>) -> impl FnMut() + 'a {
    let mut frames = 0_u32;
    move || {
        frames += 1;
        let step = if frames.is_multiple_of(2) { 4.0 } else { -4.0 };
        pan_frame(harness, step);
    }
}

/// One frame of a pan by `step` pixels.
fn pan_frame(harness: &mut Harness<'static, AtlasApp>, step: f64) {
    let camera = harness.state().saved().view.camera.unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        ExploreCommand::SetCamera(camera.panned(step, 0.0)).into(),
    );
    frame_and_tessellate(harness);
}

fn frame(c: &mut Criterion) {
    let mut harness = app_harness(None, Date::from_ymd(2025, 7, 1).unwrap());
    c.bench_function("frame/whole app 1400x860: layout and map shapes", |b| {
        b.iter(|| harness.step())
    });
    c.bench_function("frame/tessellate the frame's shapes", |b| {
        b.iter(|| frame_and_tessellate(&mut harness))
    });

    let mut group = c.benchmark_group("frame 1920x1080, shapes and tessellation");
    let mut harness = app_harness(None, Date::from_ymd(2025, 7, 1).unwrap());
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.run();
    group.bench_function("CSTO view", |b| {
        b.iter(|| frame_and_tessellate(&mut harness))
    });
    group.bench_function("pan frame at the CSTO view", |b| {
        b.iter(pan_frames(&mut harness))
    });
    // The frame of a pan that leaves the margin the base layer was made with (every 240th frame
    // of a pan 4 pixels a frame in one direction): the base is made again, with its margin.
    let mut away = false;
    group.bench_function("pan frame leaving the base's margin, CSTO view", |b| {
        b.iter(|| {
            away = !away;
            pan_frame(&mut harness, if away { 1200.0 } else { -1200.0 });
        })
    });
    // A frame of a zoom (the scroll wheel, a pinch): the base is made again for every frame.
    let mut zoomed_in = false;
    group.bench_function("zoom frame at the CSTO view", |b| {
        b.iter(|| {
            zoomed_in = !zoomed_in;
            let camera = harness.state().saved().view.camera.unwrap();
            let factor = if zoomed_in { 1.1 } else { 1.0 / 1.1 };
            let camera = Camera {
                pixels_per_km: camera.pixels_per_km * factor,
                ..camera
            };
            let ctx = harness.ctx.clone();
            harness
                .state_mut()
                .apply(&ctx, ExploreCommand::SetCamera(camera).into());
            frame_and_tessellate(&mut harness);
        })
    });
    let pamirs = world()
        .geometry
        .projection
        .project(lon_lat(71.5, 38.0))
        .unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        ExploreCommand::SetCamera(Camera {
            centre: [pamirs.x, pamirs.y],
            pixels_per_km: 2.0,
        })
        .into(),
    );
    harness.run();
    group.bench_function("Pamir zoom (1:10m detail)", |b| {
        b.iter(|| frame_and_tessellate(&mut harness))
    });
    group.bench_function("pan frame at a Pamir zoom", |b| {
        b.iter(pan_frames(&mut harness))
    });
    group.finish();
}

/// Everything the app does before its first frame goes to the GPU, on fresh copies: decode the
/// base map, project its reference level, load the dataset, its geometry and labels, the first
/// scene, and the first frame's areas at its level of detail and label placement at the home view.
fn start_up(c: &mut Criterion) {
    let mut group = c.benchmark_group("start-up");
    group.sample_size(20);
    group.bench_function("base map to first frame's geometry, in process", |b| {
        b.iter(|| {
            let basemap = Arc::new(BaseMap::embedded().unwrap());
            let geometry = MapGeometry::new(basemap, Projection::csto());
            let dataset =
                LoadedDataset::embedded(&|iso| geometry.country_index(iso).is_some()).unwrap();
            let dataset_geometry = DatasetGeometry::new(&dataset, geometry.basemap(), &geometry);
            let date = Date::from_ymd(2025, 7, 1).unwrap();
            let scene = Scene::build(
                &dataset,
                &geometry,
                &dataset_geometry,
                date,
                Layers::default(),
                None,
            );
            let size = [1400.0, 860.0];
            let camera = home_camera(&dataset, &geometry, size);
            let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
            let level = detail_level(camera.pixels_per_km);
            for index in 0..geometry.countries.len() {
                black_box(
                    geometry
                        .country_area(level, index)
                        .filter(|a| view.sees(&a.bounds)),
                );
            }
            black_box(geometry.arcs(level));
            place_labels(
                &dataset_geometry.labels,
                &geometry,
                &view,
                map_font(),
                1.0,
                (&[], &[]),
            );
            black_box(scene)
        })
    });
    group.finish();
}

/// Projecting the decoded base map for another region, as opening a dataset elsewhere or
/// choosing View ▸ Projection does: the reference level, then the arcs drawn at its home view.
fn recentre(c: &mut Criterion) {
    let mut group = c.benchmark_group("recentre");
    group.sample_size(20);
    let basemap = Arc::clone(&world().basemap);
    for (name, projection) in [
        (
            "Pacific (azimuthal at 172° E, 13° S)",
            Projection::centred_on(lon_lat(172.6, -12.9)),
        ),
        ("whole world (Equal Earth)", Projection::World),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let geometry = MapGeometry::new(Arc::clone(&basemap), projection);
                black_box(geometry.arcs(1).len());
                geometry
            })
        });
    }
    // One frame of a glide from Central Asia towards the Caucasus: the base map, the dataset's
    // borders and labels, and its scene, all in a projection of a new centre.
    let dataset = world().csto();
    let date = Date::from_ymd(2025, 7, 1).unwrap();
    group.bench_function("a glide's frame: base map, CSTO geometry and scene", |b| {
        let mut step = 0.0;
        b.iter(|| {
            step += 0.01;
            let projection = Projection::centred_on(lon_lat(60.0 - step, 45.0));
            let world = World {
                geometry: MapGeometry::new(Arc::clone(&basemap), projection),
                basemap: Arc::clone(&basemap),
            };
            let geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
            let scene = Scene::build(
                &dataset,
                &world.geometry,
                &geometry,
                date,
                Layers::default(),
                None,
            );
            black_box(world.geometry.arcs(1).len());
            (world, geometry, scene)
        })
    });
    group.finish();
}

fn large_dataset(c: &mut Criterion) {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    let json = large_dataset_json(10_000, 50_000);
    let mut group = c.benchmark_group("large dataset (10,000 exercises, 50,000 excerpts)");
    group.sample_size(10);
    group.bench_function("load (parse + validate + index)", |b| {
        b.iter(|| LoadedDataset::from_bytes("large.json", json.as_bytes(), &is_known).unwrap())
    });
    let dataset = LoadedDataset::from_bytes("large.json", json.as_bytes(), &is_known).unwrap();
    let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
    let date = Date::from_ymd(2010, 6, 1).unwrap();
    group.bench_function("scene build for a date", |b| {
        b.iter(|| {
            Scene::build(
                &dataset,
                &world.geometry,
                &dataset_geometry,
                date,
                Layers::default(),
                None,
            )
        })
    });
    group.bench_function(
        "search: index every name and quote (on first Ctrl+F)",
        |b| b.iter(|| SearchIndex::new(&dataset, &world.basemap)),
    );
    let search = SearchIndex::new(&dataset, &world.basemap);
    group.bench_function("search: find \"armen\" (each keystroke)", |b| {
        b.iter(|| search.find(black_box("armen"), 50).len())
    });
    let path = std::env::temp_dir().join("csto-atlas-bench-large.json");
    std::fs::write(&path, &json).unwrap();
    let mut harness = app_harness(Some(path), date);
    group.bench_function("frame: layout, shapes and tessellation", |b| {
        b.iter(|| frame_and_tessellate(&mut harness))
    });
    group.finish();
}

fn export(c: &mut Criterion) {
    let snapshot = image::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/snapshots/overview.png"
    ))
    .unwrap()
    .to_rgba8();
    let size = [snapshot.width() as usize, snapshot.height() as usize];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, snapshot.as_raw());
    let path = std::env::temp_dir().join("csto-atlas-bench.png");
    let mut group = c.benchmark_group("export");
    group.sample_size(20);
    group.bench_function("screenshot of the map window, PNG 1400x860", |b| {
        b.iter(|| csto_atlas::app::export::screenshot::save_png(&image, &path).unwrap())
    });
    let world = world();
    let dataset = world.csto();
    let date = Date::from_ymd(2025, 7, 1).unwrap();
    let options = FigureOptions::new([3840, 2160]);
    group.bench_function("figure layout 3840x2160 (scene, labels, legend)", |b| {
        b.iter(|| export::figure(world, &dataset, date, &options))
    });
    let figure = export::figure(world, &dataset, date, &options);
    for format in [FigureFormat::Svg, FigureFormat::Png, FigureFormat::Pdf] {
        group.bench_function(format!("figure 3840x2160 as {format:?}"), |b| {
            b.iter(|| export::encode(black_box(&figure), format).unwrap())
        });
    }
    group.finish();
}

fn handout(c: &mut Criterion) {
    let world = world();
    let dataset = world.csto();
    let mut group = c.benchmark_group("handout");
    group.sample_size(10);
    group.bench_function(
        format!(
            "whole story as PDF, {} pages 1920x1080 (layout and encoding)",
            dataset.data.story.len() + 1
        ),
        |b| {
            b.iter(|| {
                handout_pdf(
                    world,
                    black_box(&dataset),
                    [1920, 1080],
                    ProjectionChoice::Automatic,
                )
                .unwrap()
            })
        },
    );
    group.finish();
}

/// A date typed into the Facts panel: the edit checked as `check` checks a file, the dataset
/// indexed again and what is drawn of it made again, then the frame drawn. Each keystroke pays it.
fn facts(c: &mut Criterion) {
    let mut harness = app_harness(None, today());
    let countries = &harness.state().dataset().data.countries;
    let country = countries.iter().position(|c| c.id == "ARM").unwrap();
    let fact = FactRef::Period { country, period: 0 };
    let mut typed = 0_u32;
    c.bench_function(
        "facts/a date typed: checked, indexed, drawn again, frame",
        |b| {
            b.iter(|| {
                typed += 1;
                let text = if typed.is_multiple_of(2) {
                    "1992-05"
                } else {
                    "1992-05-15"
                };
                let edit = FactEdit::SetText {
                    fact,
                    field: TextField::From,
                    text: text.into(),
                };
                let ctx = harness.ctx.clone();
                harness
                    .state_mut()
                    .apply(&ctx, AuthorCommand::EditFact(edit).into());
                frame_and_tessellate(&mut harness);
            });
        },
    );
}

criterion_group!(
    benches,
    facts,
    load,
    start_up,
    recentre,
    scene,
    picking,
    frame,
    large_dataset,
    export,
    handout
);
criterion_main!(benches);
