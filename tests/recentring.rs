//! The map's centre follows the view: finding a country far away, resetting the view, panning far
//! and presenting a slide each draw the map in a projection centred on what is framed, and the
//! centre travels there with the glide rather than jumping.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::MemoryStorage;
use csto_atlas::app::{AtlasApp, StartOptions};
use csto_atlas::earth::camera::MapView;
use csto_atlas::earth::projection::Projection;
use csto_atlas::earth::sphere::{arc_degrees, spherical_centre};
use csto_atlas::earth::world::{World, world};
use csto_atlas::map::region::{ProjectionChoice, outline_points};
use csto_atlas::map::story::slide_projection;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Finds `name` with Ctrl+F and chooses the first result.
fn find(harness: &mut Harness<'static, AtlasApp>, name: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(name);
    harness.run();
    harness.key_press(Key::Enter);
}

/// Runs frames until the glide under way has arrived.
fn settle(harness: &mut Harness<'static, AtlasApp>) {
    harness.run_steps(60);
    harness.run();
}

/// The centre of a projection, which the map's must have.
fn centre(projection: Projection) -> geo::Coord<f64> {
    projection.centre().expect("an azimuthal map")
}

/// The view the app shows.
fn view(harness: &Harness<'static, AtlasApp>) -> MapView {
    MapView {
        projection: harness.state().projection(),
        camera: harness.state().saved().view.camera.expect("a camera"),
    }
}

/// Where a country's outline is centred on the sphere.
fn centre_of(iso: &str) -> geo::Coord<f64> {
    spherical_centre(&outline_points(&world().basemap, iso))
        .unwrap()
        .0
}

/// Whether the middle of the view lies in the country's box, in the map's projection.
fn frames(harness: &Harness<'static, AtlasApp>, iso: &str) -> bool {
    let view = view(harness);
    let bounds = World::in_projection(view.projection)
        .geometry
        .bounds_of([iso])
        .unwrap();
    let [x, y] = view.camera.centre;
    geo::Contains::contains(&bounds, &geo::coord! { x: x, y: y })
}

#[test]
fn a_country_found_on_the_far_side_of_the_globe_is_reached_by_a_glide_and_drawn_centred_on_it() {
    let mut harness = common::new_harness();
    let home = harness.state().projection();
    assert_eq!(home, Projection::csto(), "the CSTO file names its centre");
    find(&mut harness, "Argentina");
    // Frame by frame: the centre leaves Central Asia and travels, never jumping far.
    let mut centres = vec![centre(home)];
    for _ in 0..20 {
        harness.step();
        centres.push(centre(harness.state().projection()));
    }
    settle(&mut harness);
    let argentina = centre_of("ARG");
    let arrived = centre(harness.state().projection());
    assert!(arc_degrees(arrived, argentina) < 1.0, "{arrived:?}");
    assert!(frames(&harness, "ARG"), "Argentina is in the middle");
    let longest = centres
        .windows(2)
        .map(|pair| arc_degrees(pair[0], pair[1]))
        .fold(0.0, f64::max);
    let whole = arc_degrees(centre(home), argentina);
    assert!(
        centres
            .iter()
            .any(|c| arc_degrees(*c, centre(home)) > 10.0 && arc_degrees(*c, argentina) > 10.0),
        "the centre passes between the two: {centres:?}"
    );
    assert!(
        longest < whole / 3.0,
        "no jump: the longest step is {longest:.1}° of {whole:.1}°"
    );

    // Reset view glides back to the dataset's home projection.
    common::open_menu(&mut harness, "View");
    harness.get_by_label("Reset view").click();
    settle(&mut harness);
    assert_eq!(harness.state().projection(), home);
}

#[test]
fn a_country_near_home_is_framed_in_the_home_projection_and_one_farther_in_its_own() {
    let mut harness = common::new_harness();
    find(&mut harness, "Kazakhstan");
    settle(&mut harness);
    assert_eq!(harness.state().projection(), Projection::csto());
    // Mongolia lies more than 15° from 70° E, 50° N: its own centre.
    find(&mut harness, "Mongolia");
    settle(&mut harness);
    let centred = centre(harness.state().projection());
    assert!(arc_degrees(centred, centre_of("MNG")) < 1.0, "{centred:?}");
    assert!(frames(&harness, "MNG"));
    // Remembered with the camera, as it is drawn.
    assert_eq!(
        harness.state().saved().view.projection,
        Some(harness.state().projection())
    );
}

#[test]
fn kept_centred_on_one_place_the_map_frames_a_country_without_recentring() {
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "View");
    common::open_menu(&mut harness, "Projection");
    harness.get_by_label("Keep centred on 70° E, 50° N").click();
    harness.run();
    assert_eq!(
        harness.state().saved().preferences.projection,
        ProjectionChoice::Fixed {
            centre: [70.0, 50.0]
        }
    );
    find(&mut harness, "Mongolia");
    settle(&mut harness);
    assert_eq!(harness.state().projection(), Projection::csto());
    assert!(frames(&harness, "MNG"));
}

#[test]
fn a_pan_that_ends_far_from_the_centre_is_centred_again_where_it_stopped() {
    let mut harness = common::new_harness();
    let map = harness.get_by_label("Map").rect();
    let start = map.center();
    // Drag the map to the left, a few times: the view moves east, over China and beyond.
    let mut at = start;
    harness.hover_at(at);
    harness.drag_at(at);
    harness.step();
    for _ in 0..6 {
        at = Pos2::new(at.x - 100.0, at.y);
        harness.hover_at(at);
        harness.step();
    }
    let stopped = view(&harness);
    assert_eq!(
        stopped.projection,
        Projection::csto(),
        "not while the button is down"
    );
    let looks_at = stopped.looks_at().unwrap();
    assert!(
        arc_degrees(looks_at, centre(Projection::csto())) > 20.0,
        "{looks_at:?}"
    );
    harness.drop_at(at);
    settle(&mut harness);
    let recentred = view(&harness);
    assert!(
        arc_degrees(centre(recentred.projection), looks_at) < 1.0,
        "centred where the pan stopped: {:?}",
        recentred.projection
    );
    assert!(
        arc_degrees(recentred.looks_at().unwrap(), looks_at) < 1.0,
        "and still looking there"
    );
    assert!((recentred.camera.pixels_per_km - stopped.camera.pixels_per_km).abs() < 1e-9);

    // After a restart the map is drawn as it was left.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let restarted = common::harness_with_storage(Some(Box::new(storage)), common::options());
    assert_eq!(restarted.state().projection(), recentred.projection);
    assert_eq!(
        restarted.state().saved().view.camera,
        Some(recentred.camera)
    );
}

#[test]
fn a_slide_far_from_home_is_presented_centred_on_what_it_shows() {
    let dataset = world().csto();
    let home = Projection::csto();
    let (index, slide) = dataset
        .data
        .story
        .iter()
        .enumerate()
        .find(|(_, slide)| {
            slide_projection(
                &dataset,
                &world().basemap,
                slide,
                home,
                ProjectionChoice::Automatic,
            ) != home
        })
        .expect("a slide of the CSTO's story lies far from Central Asia");
    let projection = slide_projection(
        &dataset,
        &world().basemap,
        slide,
        home,
        ProjectionChoice::Automatic,
    );
    assert!(arc_degrees(centre(projection), centre(home)) > 15.0);
    // Slide numbers count the title slide.
    let mut harness = common::harness_with(StartOptions {
        present: Some(index + 1),
        ..common::options()
    });
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(index + 1));
    assert_eq!(harness.state().projection(), projection, "{}", slide.id);
}
