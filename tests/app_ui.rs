//! The app driven as a user drives it: by the labels on screen, through AccessKit.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::facts::selection::Selection;
use egui_kittest::kittest::Queryable;

#[test]
fn selecting_tajikistan_shows_its_history_and_excerpts() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Tajikistan");

    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Country("TJK".into()))
    );
    harness.get_by_label_contains("Member since 15 May 1992");
    harness.get_by_label("Membership history");
    harness.get_by_label_contains("Signed the Collective Security Treaty");
    // The excerpt the signature rests on, right under it, with its outlet.
    harness.get_by_label_contains("was signed in Tashkent between Armenia, Kazakhstan");
    assert!(
        harness
            .query_all_by_label_contains("The Times of Central Asia · ")
            .count()
            >= 1
    );
}

#[test]
fn clicking_an_excerpt_shows_every_statement_that_cites_it() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Tajikistan");
    harness
        .get_all_by_label_contains("was signed in Tashkent between Armenia, Kazakhstan")
        .next()
        .unwrap()
        .click();
    harness.run();

    assert!(matches!(
        harness.state().selection(),
        Some(Selection::Excerpt(_))
    ));
    harness.get_by_label_contains("Cited for (");
    // The same sentence supports the signature of every founding state.
    for founder in [
        "Armenia (15 May 1992)",
        "Tajikistan (15 May 1992)",
        "Uzbekistan (15 May 1992)",
    ] {
        harness.get_by_label_contains(founder);
    }
    harness
        .get_by_label_contains("Tajikistan (15 May 1992)")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Country("TJK".into())),
        "a citing statement leads back to what it is about"
    );
}

#[test]
fn armenia_shows_both_dates_the_sources_give_for_its_freeze() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Armenia");

    harness.get_by_label_contains(
        "Participation frozen since some time between February 2024 and 31 August 2024 \
         (sources differ on the date and the status)",
    );
    harness.get_by_label_contains("Sources differ on the date: another gives 31 August 2024");
}

#[test]
fn hiding_the_exercises_layer_removes_the_markers() {
    let mut harness = common::new_harness();
    assert!(!harness.state().scene().markers.is_empty());

    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Exercises")
        .click();
    harness.run();

    assert!(!harness.state().layers().exercises);
    assert!(harness.state().scene().markers.is_empty());
}

#[test]
fn hiding_the_members_layer_hides_the_legend() {
    let mut harness = common::new_harness();
    harness.get_by_label("Member (5)");

    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Member states")
        .click();
    harness.run();

    assert!(harness.query_by_label("Member (5)").is_none());
}

#[test]
fn selecting_an_exercise_shows_its_place_participants_observers_and_size() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Interaction-2024");

    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Exercise("interaction-2024".into()))
    );
    harness.get_by_label_contains(
        "Edelweiss military training ground, Issyk-Kul region (somewhere in this region",
    );
    harness.get_by_label_contains("Kyrgyzstan, Russia, Kazakhstan, Belarus, Tajikistan");
    harness.get_by_label("Observers");
    let observers = harness
        .state()
        .dataset()
        .exercise("interaction-2024")
        .unwrap()
        .observers
        .join(", ");
    assert!(observers.starts_with("Algeria, China"));
    harness.get_by_label(&observers);
    harness.get_by_label_contains(
        "over five thousand people and 900 units of military equipment, in all the joint exercises",
    );
}

#[test]
fn an_exercise_known_only_by_country_says_so() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Unbreakable Brotherhood-2024");
    harness.get_by_label_contains(
        "somewhere in Republic of Kazakhstan (the sources name only the country)",
    );
}

#[test]
fn selecting_the_frontier_shows_both_lengths_and_why_they_differ() {
    let mut harness = common::new_harness();
    common::click_in_lists(&mut harness, "Tajik-Afghan frontier");

    harness.get_by_label("1374.2 km");
    harness.get_by_label("1171.6 km");
    harness.get_by_label_contains("smooths the river meanders");
}

#[test]
fn a_broken_dataset_is_reported_and_the_open_one_stays() {
    let dir = tempdir();
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"schema_version\": 3,\n  \"organisation\": 5\n}\n",
    )
    .unwrap();

    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "File");
    harness.get_by_label_contains("Open dataset…").click();
    harness.run();
    harness.get_by_label_contains("No file dialog can be shown");
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .set_text_value_accesskit(&broken.display().to_string());
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();

    let expected = format!("{}:3:19:", broken.display());
    harness.get_by_label_contains(&expected);
    harness.get_by_label_contains("the one on screen stays open");
    assert_eq!(harness.state().dataset().data.organisation.id, "csto");
}

#[test]
fn save_window_screenshot_writes_a_png_of_the_window() {
    let dir = tempdir();
    let target = dir.join("slide.png");

    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "File");
    harness
        .get_by_label_contains("Save window screenshot…")
        .click();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .set_text_value_accesskit(&target.display().to_string());
    harness.run();
    harness.get_by_label("Save").click();
    for _ in 0..5 {
        harness.step();
        harness.render().ok();
    }
    harness.run();

    let image = image::open(&target).expect("the screenshot was saved as a PNG");
    assert_eq!((image.width(), image.height()), (1400, 860));
    harness.get_by_label_contains("Saved the window to");
}

#[test]
fn overview_snapshot() {
    let mut harness = common::new_harness();
    harness.snapshot("overview");
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "csto-atlas-test-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn uzbekistan_in_2008_snapshot() {
    let mut harness = common::harness_on(csto_atlas::dataset::Date::from_ymd(2008, 6, 1).unwrap());
    common::click_in_lists(&mut harness, "Uzbekistan");
    harness.snapshot("uzbekistan_2008");
}

#[test]
fn turkic_states_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ots.json");
    let mut harness = common::harness_with(csto_atlas::app::StartOptions {
        dataset: Some(path),
        ..common::options()
    });
    harness.snapshot("turkic_states");
}

#[test]
fn at_1280_by_720_the_map_keeps_most_of_the_width_and_does_not_jump_on_selection() {
    use egui_kittest::kittest::Queryable;
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 720.0])
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = csto_atlas::app::StartOptions {
                date: Some(common::test_date()),
                typed_paths_only: true,
                ..common::options()
            };
            csto_atlas::app::AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    let width = |h: &egui_kittest::Harness<'_, csto_atlas::app::AtlasApp>| {
        h.get_by_label("Map").rect().width()
    };
    let before = width(&harness);
    assert!(before >= 0.6 * 1280.0, "the map is {before} px wide");
    for name in ["Uzbekistan", "Tajik-Afghan frontier", "Interaction-2024"] {
        common::click_in_lists(&mut harness, name);
        assert_eq!(
            width(&harness),
            before,
            "the map moved when {name} was selected"
        );
    }
}

#[test]
fn ctrl_f_finds_armenia_and_enter_selects_it_and_flies_there() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    let mut harness = common::new_harness();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();

    let field = harness.get_by_role(Role::TextInput);
    assert!(
        field.is_focused(),
        "Ctrl+F puts the keyboard focus in the box"
    );
    field.type_text("Armen");
    harness.run();
    harness.get_by_label("Country Armenia");
    harness.key_press(Key::Enter);
    harness.run();

    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Country("ARM".into()))
    );
    harness.get_by_label("Membership history");
    harness.get_by_label_contains("Participation frozen since some time between February 2024");
    assert!(
        harness.query_by_role(Role::TextInput).is_none(),
        "the box closes once a result is chosen"
    );
    let camera = harness.state().saved().view.camera.unwrap();
    // In the projection the map is drawn in: centred on Armenia, far from Central Asia.
    let armenia = csto_atlas::earth::world::World::in_projection(harness.state().projection())
        .geometry
        .bounds_of(["ARM"])
        .unwrap();
    let centre = geo::coord! { x: camera.centre[0], y: camera.centre[1] };
    assert!(
        geo::Contains::contains(&armenia, &centre),
        "the map flew to Armenia"
    );
}

#[test]
fn a_clicked_search_result_moves_the_timeline_to_it_and_escape_closes_the_box() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "Edit");
    harness.get_by_label_contains("Find…").click();
    harness.run();
    harness
        .get_by_role(Role::TextInput)
        .type_text("INTERACTION-2024");
    harness.run();
    harness
        .get_by_label_contains("Exercise Interaction-2024")
        .click();
    harness.run();

    assert_eq!(
        harness.state().selection(),
        Some(&Selection::Exercise("interaction-2024".into()))
    );
    let start = harness
        .state()
        .dataset()
        .exercise("interaction-2024")
        .unwrap()
        .start;
    assert_eq!(harness.state().date(), start);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert!(harness.query_by_role(Role::TextInput).is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_role(Role::TextInput).is_none());
}
