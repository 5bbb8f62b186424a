//! Presentation mode as a teacher uses it: F5 or P starts it, the clicker keys walk the slides, a
//! number and Enter jump, B blanks, and Esc returns to exactly the view that was left.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::AtlasApp;
use csto_atlas::app::state::TextSize;
use csto_atlas::dataset::Date;
use csto_atlas::earth::camera::Camera;
use csto_atlas::facts::selection::Selection;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn presenting_harness(size: [f32; 2]) -> Harness<'static, AtlasApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = csto_atlas::app::StartOptions {
                date: Date::from_ymd(2008, 6, 1),
                typed_paths_only: true,
                ..common::options()
            };
            AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    harness
}

fn press(harness: &mut Harness<'static, AtlasApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn the_clicker_keys_walk_the_slides_and_esc_restores_the_view_exactly() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    common::click_in_lists(&mut harness, "Uzbekistan");
    let before = harness.state().saved().clone();
    assert_eq!(
        before.view.selection,
        Some(Selection::Country("UZB".into()))
    );

    press(&mut harness, Key::F5);
    assert_eq!(harness.state().presented_slide(), Some(0));
    harness.get_by_label_contains("1 / ");
    let last = harness.state().slide_count() - 1;
    assert!(last >= 1);

    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presented_slide(), Some(1));
    press(&mut harness, Key::Space);
    let after_space = 2.min(last);
    assert_eq!(harness.state().presented_slide(), Some(after_space));
    press(&mut harness, Key::PageUp);
    assert_eq!(harness.state().presented_slide(), Some(after_space - 1));
    press(&mut harness, Key::End);
    assert_eq!(harness.state().presented_slide(), Some(last));
    press(&mut harness, Key::Home);
    assert_eq!(harness.state().presented_slide(), Some(0));
    assert!(
        !harness.state().is_playing(),
        "Space moved the slides, it did not play the timeline"
    );

    // "2" then Enter jumps to the second slide.
    press(&mut harness, Key::Num2);
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().presented_slide(), Some(1));

    press(&mut harness, Key::B);
    press(&mut harness, Key::B);
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().presented_slide(), None);
    assert_eq!(
        harness.state().saved(),
        &before,
        "view, date, panels and selection restored"
    );
    harness.get_by_label("Membership history");
}

#[test]
fn p_starts_the_presentation_and_the_sources_close_it() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    press(&mut harness, Key::P);
    assert_eq!(harness.state().presented_slide(), Some(0));
    harness.get_by_label_contains("Collective Security Treaty Organization");
    press(&mut harness, Key::End);
    harness.get_by_label("Sources");
    harness.get_by_label_contains("The Diplomat · 1 July 2025");
}

#[test]
fn presentation_snapshots_of_the_title_a_middle_and_the_sources_slide() {
    let mut harness = presenting_harness([1920.0, 1080.0]);
    press(&mut harness, Key::F5);
    harness.snapshot("present_title");
    let middle = harness
        .state()
        .dataset()
        .data
        .story
        .iter()
        .position(|s| s.id == "slide-1999-departures")
        .expect("the 1999 slide")
        + 1;
    for _ in 0..middle {
        press(&mut harness, Key::ArrowRight);
    }
    harness.get_by_label_contains("1999: the treaty expires");
    harness.snapshot("present_1999");
    press(&mut harness, Key::End);
    harness.snapshot("present_sources");
}

#[test]
fn the_app_can_start_presenting_at_a_given_slide() {
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_max_steps(16)
        .build_eframe(|cc| {
            let options = csto_atlas::app::StartOptions {
                present: Some(3),
                typed_paths_only: true,
                ..common::options()
            };
            AtlasApp::new(&cc.egui_ctx, None, options)
        });
    harness.run();
    assert_eq!(harness.state().presented_slide(), Some(3));
    let slide = &harness.state().dataset().data.story[2];
    assert_eq!(
        harness.state().date(),
        slide.date,
        "the slide's date, at its precision"
    );
}

/// The camera and date one frame after pressing Right on the title slide, and once settled.
fn glide_to_the_first_story_slide(
    harness: &mut Harness<'static, AtlasApp>,
) -> ((Camera, Date), (Camera, Date)) {
    press(harness, Key::F5);
    let view =
        |h: &Harness<'static, AtlasApp>| (h.state().saved().view.camera.unwrap(), h.state().date());
    harness.key_press(Key::ArrowRight);
    harness.step();
    harness.step();
    let during = view(harness);
    harness.run();
    (during, view(harness))
}

#[test]
fn the_map_and_the_date_glide_between_slides_unless_motion_is_reduced() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    let first = harness.state().dataset().data.story[0].clone();
    let ((camera_during, date_during), (camera_after, date_after)) =
        glide_to_the_first_story_slide(&mut harness);
    assert_eq!(
        date_after, first.date,
        "arrives at the slide's date, at its precision"
    );
    assert_ne!(camera_during, camera_after, "on the way, not there yet");
    assert!(
        date_during.first_day() > first.date.first_day(),
        "the date runs back from today's to 1992: {date_during}"
    );

    let mut harness = presenting_harness([1400.0, 860.0]);
    common::open_menu(&mut harness, "View");
    harness.get_by_label("Reduce motion").click();
    harness.run();
    let ((camera_during, date_during), (camera_after, _)) =
        glide_to_the_first_story_slide(&mut harness);
    assert_eq!(
        (camera_during, date_during),
        (camera_after, first.date),
        "a cut"
    );
}

#[test]
fn back_row_text_is_remembered_and_enlarges_the_slides() {
    let mut harness = presenting_harness([1920.0, 1080.0]);
    common::open_menu(&mut harness, "View");
    common::open_menu(&mut harness, "Text size");
    harness.get_by_label("Back row").click();
    harness.run();
    assert_eq!(
        harness.state().saved().preferences.text_size,
        TextSize::BackRow
    );
    press(&mut harness, Key::F5);
    let title = harness.get_by_label("Collective Security Treaty Organization");
    let normal_height = 34.0;
    assert!(
        title.rect().height() > normal_height * 1.5,
        "the slide title is written larger: {:?}",
        title.rect()
    );
}

#[test]
fn n_shows_the_speaker_notes_and_the_next_slides_title() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    press(&mut harness, Key::F5);
    let story = harness.state().dataset().data.story.clone();
    assert!(
        harness.query_by_label_contains("Next: ").is_none(),
        "where windows are embedded, the notes wait for N rather than cover the slides"
    );
    press(&mut harness, Key::N);
    harness.get_by_label(&format!("Next: {}", story[0].title));
    press(&mut harness, Key::ArrowRight);
    harness.get_by_label(&story[0].notes);
    harness.get_by_label(&format!("Next: {}", story[1].title));
    harness.get_by_label("Next slide").click();
    harness.run();
    assert_eq!(harness.state().presented_slide(), Some(2));
    press(&mut harness, Key::N);
    assert!(harness.query_by_label_contains("Next: ").is_none());
}

#[test]
fn the_present_button_on_the_menu_bar_starts_the_presentation() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    harness.get_by_label("Present").click();
    harness.run();
    assert_eq!(harness.state().presented_slide(), Some(0));
}

#[test]
fn a_slide_resting_only_on_fragments_says_so() {
    let mut harness = presenting_harness([1400.0, 860.0]);
    press(&mut harness, Key::F5);
    let story = &harness.state().dataset().data.story;
    let weak = story
        .iter()
        .position(|s| s.id == "slide-2010-kyrgyz-crisis")
        .expect("the 2010 slide");
    let strong = story
        .iter()
        .position(|s| s.id == "slide-1999-departures")
        .expect("the 1999 slide");
    jump_to(&mut harness, weak + 2);
    harness.get_by_label_contains("Weakly sourced: this slide rests only on fragments");
    harness.get_by_label_contains("(fragment of unknown date and quality)");
    jump_to(&mut harness, strong + 2);
    assert!(harness.query_by_label_contains("Weakly sourced").is_none());
}

/// Types a slide's number (1: the title slide) and Enter, as a presenter does.
fn jump_to(harness: &mut Harness<'static, AtlasApp>, number: usize) {
    for digit in number.to_string().chars() {
        let key = Key::from_name(&digit.to_string()).expect("a digit key");
        press(harness, key);
    }
    press(harness, Key::Enter);
}

#[test]
fn a_dataset_dropped_while_presenting_ends_the_presentation_and_stays_open_after_escape() {
    use csto_atlas::app::state::DatasetSource;
    let dir = common::temp_dir("drop-while-presenting");
    let path = dir.join("turkic.json");
    let ots = csto_atlas::dataset::SAMPLES
        .iter()
        .find(|sample| sample.id == "ots")
        .unwrap();
    std::fs::write(&path, ots.json).unwrap();

    let mut harness = presenting_harness([1400.0, 860.0]);
    press(&mut harness, Key::F5);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presented_slide(), Some(1));

    let dropped: egui::DroppedFileHandle = std::sync::Arc::new(common::DroppedPath(path.clone()));
    harness.input_mut().dropped_files.push(dropped);
    harness.run();
    let opened = Some(DatasetSource::File(path.clone()));
    assert_eq!(harness.state().dataset().data.organisation.id, "ots");
    assert_eq!(
        harness.state().presented_slide(),
        None,
        "the presentation belonged to the dataset before"
    );
    assert_eq!(harness.state().saved().documents.dataset, opened);

    // Esc no longer brings back the old dataset's source: the file watched is the one shown.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().dataset().data.organisation.id, "ots");
    assert_eq!(harness.state().saved().documents.dataset, opened);
    std::fs::remove_dir_all(dir).ok();
}
