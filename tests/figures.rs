//! Map figures leave the app clean and citable: the same layout as SVG (real text), PNG (exact
//! size, the right colours at the date) and PDF (one page), from the command line with no display.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{export_command, temp_dir};

use csto_atlas::dataset::{Date, LoadedDataset, Standing, Status};
use csto_atlas::earth::projection::lon_lat;
use csto_atlas::earth::world::world;
use csto_atlas::export::figure::{self as export, FigureFormat};
use csto_atlas::map::palette::MapPalette;
use csto_atlas::page::figure::FigureOptions;
use csto_atlas::page::title::default_title;

/// Figures are drawn in the light palette.
const PALETTE: MapPalette = MapPalette::LIGHT;

fn csto() -> LoadedDataset {
    world().csto()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn the_svg_parses_and_carries_title_date_legend_and_credit_as_text() {
    let dataset = csto();
    let figure = export::figure(
        world(),
        &dataset,
        date("2008-06-01"),
        &FigureOptions::new([1920, 1080]),
    );
    let svg = String::from_utf8(export::encode(&figure, FigureFormat::Svg).unwrap()).unwrap();
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
    assert_eq!(
        (tree.size().width(), tree.size().height()),
        (1920.0, 1080.0)
    );
    for text in [
        ">Collective Security Treaty Organization, 1 June 2008</text>",
        ">Member (7)</text>",
        ">Former member (2)</text>",
        ">Border of interest</text>",
        "Base map: Natural Earth. Places: GeoNames (CC BY 4.0). Sources: ",
        ">Uzbekistan</text>",
        ">Tajik-Afghan frontier</text>",
    ] {
        assert!(svg.contains(text), "{text} is not in the SVG");
    }
}

#[test]
fn the_png_has_the_size_asked_and_uzbekistan_changes_colour_between_dates() {
    let dataset = csto();
    // A point in Karakalpakstan (western Uzbekistan), found through the projection, not
    // hard-coded in pixels, away from its label.
    let inside = world()
        .geometry
        .projection
        .project(lon_lat(59.5, 43.0))
        .unwrap();
    for (at, standing) in [
        ("2008-06-01", Standing::Held(Status::Member)),
        ("2013-06-01", Standing::Held(Status::Former)),
    ] {
        let figure = export::figure(
            world(),
            &dataset,
            date(at),
            &FigureOptions::new([1280, 720]),
        );
        let png = export::encode(&figure, FigureFormat::Png).unwrap();
        let image = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!((image.width(), image.height()), (1280, 720));
        let [x, y] = figure.pixel_of(inside).unwrap();
        let pixel = image.get_pixel(x as u32, y as u32).0;
        let [r, g, b, _] = PALETTE.standing_fill(standing).0;
        assert_eq!(
            pixel,
            [r, g, b, 255],
            "Uzbekistan on {at}, in the light palette"
        );
    }
}

#[test]
fn the_pdf_is_one_page_sized_at_96_pixels_per_inch() {
    let figure = export::figure(
        world(),
        &csto(),
        date("2024"),
        &FigureOptions::new([1920, 1080]),
    );
    let pdf = export::encode(&figure, FigureFormat::Pdf).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.starts_with("%PDF-"));
    assert!(text.contains("/Type/Pages/Count 1/"), "one page");
    assert!(
        text.contains("/MediaBox[0 0 1440 810]"),
        "1920×1080 px is 1440×810 pt"
    );
}

#[test]
fn export_writes_one_file_per_date_named_by_the_date_as_given_without_a_display() {
    let dir = temp_dir("series");
    let out = dir.join("map.png");
    let output = export_command(&[
        "--at",
        "1995",
        "--at",
        "2008-06",
        "--at",
        "2024-02-15",
        "--size",
        "640x360",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for name in ["map-1995.png", "map-2008-06.png", "map-2024-02-15.png"] {
        let image = image::open(dir.join(name)).unwrap();
        assert_eq!((image.width(), image.height()), (640, 360), "{name}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "no half-written files");
}

#[test]
fn export_defaults_to_the_date_the_sources_reach_and_writes_svg_and_pdf() {
    let dir = temp_dir("formats");
    for name in ["map.svg", "map.pdf"] {
        let out = dir.join(name);
        let output = export_command(&["--out", out.to_str().unwrap()]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(std::fs::metadata(&out).unwrap().len() > 10_000);
    }
    let svg = std::fs::read_to_string(dir.join("map.svg")).unwrap();
    assert!(svg.contains(&default_title(&csto(), date("2025-08"))));
}

#[test]
fn every_bad_argument_exits_2_and_names_it() {
    let out = temp_dir("bad").join("map.png");
    let out = out.to_str().unwrap();
    for (args, named) in [
        (vec!["--size", "10x10", "--out", out], "10"),
        (vec!["--size", "wide", "--out", out], "wide"),
        (vec!["--at", "12/05/2012", "--out", out], "12/05/2012"),
        (vec!["--view", "200,40,3000", "--out", out], "200,40,3000"),
        (vec!["--out", "map.jpeg"], "map.jpeg"),
    ] {
        let output = export_command(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(named), "{args:?}: {stderr}");
    }
    assert!(!Path::new(out).exists());
}

#[test]
fn an_invalid_dataset_exits_1_with_located_problems() {
    let dir = temp_dir("invalid");
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"schema_version\": 3,\n  \"organisation\": 5\n}\n",
    )
    .unwrap();
    let output = export_command(&[
        broken.to_str().unwrap(),
        "--out",
        dir.join("map.png").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("broken.json:3:"));
}

#[test]
fn the_figure_legend_explains_the_dashed_site_ring_and_disputed_territory() {
    // In September 2024 the sources place Interaction-2024 only in a region and two exercises
    // only in a country; Crimea is drawn as disputed.
    let figure = export::figure(
        world(),
        &csto(),
        date("2024-09"),
        &FigureOptions::new([1920, 1080]),
    );
    let svg = String::from_utf8(export::encode(&figure, FigureFormat::Svg).unwrap()).unwrap();
    for text in [
        ">Site known only roughly</text>",
        ">Disputed territory</text>",
    ] {
        assert!(svg.contains(text), "{text} is not in the SVG");
    }
    let at_2008 = export::figure(
        world(),
        &csto(),
        date("2008-06-01"),
        &FigureOptions::new([1920, 1080]),
    );
    let svg = String::from_utf8(export::encode(&at_2008, FigureFormat::Svg).unwrap()).unwrap();
    assert!(
        !svg.contains("Site known only roughly"),
        "no exercise is drawn in 2008, so no row explains its ring"
    );
}

#[test]
fn figure_snapshot() {
    let figure = export::figure(
        world(),
        &csto(),
        date("2024-03"),
        &FigureOptions::new([1280, 720]),
    );
    let png = export::encode(&figure, FigureFormat::Png).unwrap();
    let image = image::load_from_memory(&png).unwrap().to_rgba8();
    egui_kittest::image_snapshot(&image, "figure_2024_03");
}

#[test]
fn the_export_dialog_previews_and_saves_an_svg_where_the_user_says() {
    use egui_kittest::kittest::Queryable;
    let dir = temp_dir("dialog");
    let target = dir.join("worksheet.svg");
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1400.0, 860.0])
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = csto_atlas::app::StartOptions {
                date: Some(date("2008-06-01")),
                typed_paths_only: true,
                ..csto_atlas::app::StartOptions::new(date("2026-11-25"))
            };
            csto_atlas::app::AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness.get_by_label("Preview");
    harness.get_by_label("SVG").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    let field = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with(".svg")))
        .expect("the typed path offers an .svg name");
    field.set_text_value_accesskit(target.to_str().unwrap());
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();

    let svg = std::fs::read_to_string(&target).expect("the figure was written");
    assert!(svg.contains("Collective Security Treaty Organization, 1 June 2008"));
    harness.get_by_label_contains(&format!("Exported the map to {}", target.display()));
    harness.get_by_label("Open folder");
    harness.get_by_label("Copy path");
    assert_eq!(
        harness.state().saved().export.folder.as_deref(),
        Some(dir.as_path()),
        "the folder is remembered"
    );
}

#[test]
fn an_animation_is_a_gif_of_one_frame_per_step_or_a_folder_of_frames() {
    let dir = temp_dir("animation");
    let gif = dir.join("csto.gif");
    let output = export_command(&[
        "--from",
        "1992",
        "--to",
        "2000",
        "--step",
        "2y",
        "--size",
        "320x180",
        "--out",
        gif.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let decoder = image::codecs::gif::GifDecoder::new(std::io::BufReader::new(
        std::fs::File::open(&gif).unwrap(),
    ))
    .unwrap();
    let frames = image::AnimationDecoder::into_frames(decoder)
        .collect_frames()
        .unwrap();
    assert_eq!(frames.len(), 5, "1992, 1994, 1996, 1998, 2000");
    assert_eq!(frames[0].buffer().dimensions(), (320, 180));

    let folder = dir.join("frames");
    let output = export_command(&[
        "--from",
        "2024-01",
        "--to",
        "2024-03",
        "--step",
        "1m",
        "--size",
        "320x180",
        "--out",
        folder.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for name in [
        "frame-001-2024-01.png",
        "frame-002-2024-02.png",
        "frame-003-2024-03.png",
    ] {
        assert!(folder.join(name).exists(), "{name}");
    }

    let frames = export::series(date("2024-01"), date("2024-03"), export::Step::Months(1));
    let world = world();
    let dataset = csto();
    let options = FigureOptions::new([320, 180]);
    let captions: Vec<String> = export::animation_frames(world, &dataset, &frames, &options)
        .map(|f| {
            f.drawing
                .items
                .iter()
                .filter_map(|i| match i {
                    csto_atlas::render::display::Item::Text { lines, .. } => {
                        Some(lines[0].text.clone())
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    assert!(
        captions[1].contains("Armenia: "),
        "February 2024 says what changed: {}",
        captions[1]
    );
    assert!(
        captions[2].contains("No change in membership"),
        "{}",
        captions[2]
    );
}

#[test]
fn animation_arguments_that_do_not_fit_exit_2() {
    let out = temp_dir("bad-animation").join("csto.png");
    for args in [
        vec![
            "--from",
            "1992",
            "--to",
            "2000",
            "--out",
            out.to_str().unwrap(),
        ],
        vec!["--from", "1992", "--out", "csto.gif"],
        vec![
            "--from",
            "1992",
            "--to",
            "2000",
            "--step",
            "fortnight",
            "--out",
            "csto.gif",
        ],
        vec![
            "--at", "1995", "--from", "1992", "--to", "2000", "--out", "csto.gif",
        ],
        vec!["--at", "1995", "--out", "folder-without-extension"],
    ] {
        let output = export_command(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn export_compare_writes_one_figure_and_needs_exactly_one_other_date() {
    let out = temp_dir("compare").join("before-after.png");
    let out = out.to_str().unwrap();
    let output = export_command(&[
        "--compare",
        "1998",
        "--at",
        "2000",
        "--size",
        "960x540",
        "--out",
        out,
    ]);
    assert!(output.status.success(), "{output:?}");
    let image = image::open(out).unwrap();
    assert_eq!((image.width(), image.height()), (960, 540));

    for (args, named) in [
        (vec!["--compare", "1998", "--out", out], "--at"),
        (
            vec![
                "--compare",
                "1998",
                "--at",
                "2000",
                "--at",
                "2006",
                "--out",
                out,
            ],
            "exactly one --at",
        ),
        (
            vec!["--compare", "1998", "--at", "1998", "--out", out],
            "same date",
        ),
        (
            vec![
                "--compare",
                "1998",
                "--from",
                "1992",
                "--to",
                "2000",
                "--out",
                "a.gif",
            ],
            "--compare",
        ),
        (vec!["--compare", "98", "--at", "2000", "--out", out], "98"),
    ] {
        let output = export_command(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
    }
}

/// The picture a teacher hands out is the picture on the screen: for one view, the window's map
/// widget and an exported figure draw the very same display items (only the figure's frame,
/// title, legend and credit are its own).
#[test]
fn the_window_and_a_figure_of_the_same_view_draw_the_same_items() {
    use csto_atlas::page::figure::FigureView;
    use csto_atlas::render::display::Item;
    let harness = common::new_harness();
    let app = harness.state();
    let camera = app.saved().view.camera.expect("the map has been laid out");
    let options = FigureOptions {
        view: FigureView::Window {
            camera,
            width_px: 1100.0,
        },
        ..FigureOptions::new([1920, 1080])
    };
    let figure = export::figure(world(), app.dataset(), app.date(), &options);
    assert_eq!(
        figure.scale, 1.0,
        "a 1080-pixel figure is laid out at its own size"
    );
    let view = figure.map.expect("a figure of a map has its view");
    let items = &figure.drawing.items;
    let start = items
        .iter()
        .position(|item| matches!(item, Item::Clip { .. }))
        .unwrap();
    let end = start
        + items[start..]
            .iter()
            .position(|i| *i == Item::EndClip)
            .unwrap();
    let figure_map = &items[start + 1..end];
    let window_map: Vec<Item> = app.map_symbols(&view).items().cloned().collect();
    assert!(window_map.len() > 1000, "{} items", window_map.len());
    assert_eq!(window_map.len(), figure_map.len());
    for (i, (window, figure)) in window_map.iter().zip(figure_map).enumerate() {
        assert_eq!(window, figure, "item {i} differs");
    }
}

/// A dataset that dates nothing yet (File ▸ New dataset's, saved) still exports a map: the world
/// as it is today, not nothing.
#[test]
fn a_dataset_without_dates_exports_the_map_as_it_is_today() {
    let dir = temp_dir("figure-new-dataset");
    let dataset = dir.join("new.json");
    std::fs::write(&dataset, include_str!("../data/new.json")).unwrap();
    let out = dir.join("new.png");
    let _ = std::fs::remove_file(&out);
    let output = export_command(&["--out", out.to_str().unwrap(), dataset.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let image = image::open(&out).expect("a PNG is written");
    assert_eq!((image.width(), image.height()), (1920, 1080));
}
