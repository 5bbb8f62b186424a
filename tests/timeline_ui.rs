//! The timeline as a user drives it: keys and buttons move the date, and the map, legend and
//! panels follow.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::StartOptions;
use csto_atlas::dataset::{Date, Standing, Status};
use egui_kittest::kittest::Queryable;

fn count(harness: &egui_kittest::Harness<'_, csto_atlas::app::AtlasApp>, status: Status) -> usize {
    let entry = harness
        .state()
        .scene()
        .legend
        .iter()
        .find(|e| e.standing == Standing::Held(status))
        .unwrap();
    entry.count
}

#[test]
fn stepping_through_events_tells_the_membership_story() {
    let mut harness = common::harness_on(Date::from_ymd(1992, 5, 15).unwrap());
    let mut seen = Vec::new();
    for _ in 0..200 {
        let date = harness.state().date();
        seen.push((
            date.first_day().to_string(),
            count(&harness, Status::Member),
            count(&harness, Status::Former),
            count(&harness, Status::Frozen),
            count(&harness, Status::Observer),
        ));
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
        if harness.state().date() == date {
            break;
        }
    }
    let at = |day: &str| {
        seen.iter()
            .find(|s| s.0.as_str() == day)
            .unwrap_or_else(|| panic!("no stop at {day}: {seen:?}"))
    };
    assert_eq!(at("1992-05-15").1, 6, "the six CST signatories");
    assert_eq!(
        at("1993-01-01").1,
        9,
        "Azerbaijan, Belarus and Georgia join"
    );
    assert_eq!(
        (at("1999-01-01").1, at("1999-01-01").2),
        (6, 3),
        "the 1999 withdrawals"
    );
    assert_eq!(at("2006-01-01").1, 7, "Uzbekistan returns");
    assert_eq!(
        (at("2012-01-01").1, at("2012-01-01").2),
        (6, 3),
        "Uzbekistan out again"
    );
    assert_eq!(at("2013-01-01").4, 2, "the 2013 observers");
    assert_eq!(
        (at("2024-02-01").1, at("2024-02-01").3),
        (5, 1),
        "Armenia frozen"
    );
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0),
        "each step moves forward"
    );
}

#[test]
fn the_panels_follow_the_date() {
    let mut harness = common::harness_on(Date::from_ymd(2012, 5, 12).unwrap());
    common::click_in_lists(&mut harness, "Uzbekistan");
    harness.get_by_label_contains(
        "Former member since 2012 (sources differ on the status), as of 12 May 2012",
    );

    harness.get_by_label("Previous event").click();
    harness.run();
    assert!(harness.state().date() < Date::from_ymd(2012, 1, 2).unwrap());
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    let date = harness.state().date();
    assert!(date.year() >= 2006 && date.year() < 2012, "{date}");
    harness.get_by_label_contains(&format!("Member since 2006, as of {date}"));
}

#[test]
fn space_plays_and_pauses() {
    let mut harness = common::harness_on(Date::from_ymd(2000, 1, 1).unwrap());
    harness.key_press(egui::Key::Space);
    harness.step();
    assert!(harness.state().is_playing());
    for _ in 0..30 {
        harness.step();
    }
    assert!(
        harness.state().date() > Date::from_ymd(2000, 1, 1).unwrap(),
        "the date moved on"
    );
    harness.key_press(egui::Key::Space);
    harness.step();
    assert!(!harness.state().is_playing());
    let stopped = harness.state().date();
    harness.step();
    assert_eq!(harness.state().date(), stopped);
}

#[test]
fn exercise_markers_appear_only_from_their_dates() {
    let harness = common::harness_on(Date::from_ymd(2020, 1, 1).unwrap());
    assert!(
        harness.state().scene().markers.is_empty(),
        "no exercise of the dataset had happened yet"
    );
    let harness = common::harness_on(Date::from_ymd(2024, 9, 1).unwrap());
    let markers = &harness.state().scene().markers;
    assert!(
        markers
            .iter()
            .any(|m| m.exercise_id == "interaction-2024" && m.opacity == 1.0)
    );
}

#[test]
fn the_turkic_states_sample_loads_with_entities_that_have_no_map_geometry() {
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "File");
    harness.get_by_label("Sample datasets").hover();
    harness.run();
    harness
        .get_by_label("OTS (Organization of Turkic States)")
        .click();
    harness.run();

    assert_eq!(harness.state().dataset().data.organisation.id, "ots");
    common::click_in_lists(&mut harness, "Economic Cooperation Organization");
    harness.get_by_label_contains("Observer since 2023");
    harness.get_by_label_contains("Not on the map");
    assert_eq!(count(&harness, Status::Member), 5);
    // Hungary and Turkmenistan; Northern Cyprus and the ECO are listed but not counted as
    // countries on the map.
    assert_eq!(count(&harness, Status::Observer), 2);
    harness.get_by_label_contains("2 other entities without a place on the map");
    // The OTS dataset has no borders of interest and no exercises: those layers are not offered.
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::CheckBox, "Exercises")
            .is_none()
    );
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::CheckBox, "Borders of interest")
            .is_none()
    );
}

#[test]
fn the_timeline_ends_on_the_today_it_is_given_not_on_the_machine_clock() {
    for today in [
        Date::from_ymd(2027, 8, 1).unwrap(),
        Date::from_ymd(2040, 1, 1).unwrap(),
    ] {
        let mut harness = common::harness_with(StartOptions {
            today,
            ..common::options()
        });
        assert_eq!(harness.state().timeline().end, today.first_day());
        harness.get_by_label("Today").click();
        harness.run();
        assert_eq!(harness.state().date(), today);
    }
}

#[test]
fn an_event_dated_to_the_month_is_shown_as_that_month_not_its_first_day() {
    let mut harness = common::harness_on(Date::from_ymd(2024, 1, 15).unwrap());
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let date = harness.state().date();
    assert_eq!(
        date.to_string(),
        "February 2024",
        "Armenia's freeze, dated to the month"
    );
    harness.get_by_label("February 2024");
    assert!(harness.query_by_label_contains("1 February 2024").is_none());
    assert_eq!(
        harness
            .query_all_by_label("CSTO as of February 2024")
            .count(),
        2
    );
}

#[test]
fn stepping_to_an_event_names_it_on_the_map_and_moving_the_slider_clears_it() {
    let mut harness = common::harness_on(Date::from_ymd(1998, 6, 1).unwrap());
    assert_eq!(harness.state().event_caption(), None);
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let caption = "1999 · Treaty expires; Uzbekistan, Azerbaijan and Georgia leave";
    assert_eq!(harness.state().event_caption(), Some(caption));
    // On the map, besides its row in the list of meetings and events.
    assert_eq!(harness.get_all_by_label(caption).count(), 2);
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().event_caption(),
        Some("2002 · The treaty becomes the Collective Security Treaty Organization")
    );
    common::open_menu(&mut harness, "Today");
    assert_eq!(harness.state().event_caption(), None);
}

#[test]
fn clicking_an_exercise_or_a_meeting_in_the_lists_moves_the_timeline_to_its_date() {
    let mut harness = common::harness_on(Date::from_ymd(1998, 6, 1).unwrap());
    common::click_in_lists(&mut harness, "Interaction-2024");
    assert_eq!(harness.state().date().to_string(), "2024");
    let caption = harness.state().event_caption().unwrap().to_owned();
    // The caption names what the day holds: the exercise among the year's other events.
    assert!(
        caption.starts_with("2024 · ") && caption.contains("Interaction-2024"),
        "{caption}"
    );
    common::click_in_lists(&mut harness, "2009 · Belarus boycotts the CSTO summit");
    assert_eq!(harness.state().date().to_string(), "2009");
    // A membership change in the selected country's history.
    common::click_in_lists(&mut harness, "Uzbekistan");
    common::click_in_lists(&mut harness, "2006 · Member");
    assert_eq!(harness.state().date().to_string(), "2006");
    assert_eq!(
        harness.state().event_caption(),
        Some("2006 · Uzbekistan: Joined the CSTO as a full member")
    );
}
