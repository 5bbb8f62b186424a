//! Sources a teacher can trust: each fix to the data that a careful reading of the sources asked
//! for, and how the app shows the weight of the evidence (uncertain, unknown, as of the sources).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::dataset::{Date, LoadedDataset, SAMPLES, Standing, Status, members_at};
use csto_atlas::earth::world::world;
use csto_atlas::facts::describe;
use csto_atlas::map::palette::Fill;
use egui_kittest::kittest::Queryable;

fn csto() -> LoadedDataset {
    world().csto()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// Every text the app shows a student, with where it comes from.
fn student_texts(dataset: &LoadedDataset) -> Vec<String> {
    let data = &dataset.data;
    let mut texts = vec![data.organisation.summary.clone()];
    for country in &data.countries {
        for period in &country.periods {
            texts.push(period.event.clone());
            texts.extend(period.disputed_from.iter().map(|c| c.note.clone()));
        }
    }
    texts.extend(
        data.events
            .iter()
            .flat_map(|e| [e.title.clone(), e.summary.clone()]),
    );
    texts.extend(
        data.exercises
            .iter()
            .flat_map(|e| [e.name.clone(), e.summary.clone()]),
    );
    for disagreement in &data.disagreements {
        texts.push(disagreement.topic.clone());
        texts.extend(disagreement.claims.iter().map(|c| c.says.clone()));
    }
    texts
}

#[test]
fn the_1300_km_frontier_is_a_second_figure_that_disagrees_not_a_rounding() {
    let dataset = csto();
    let border = dataset.border("tjk-afg").unwrap();
    assert!(border.figures.iter().all(|f| !f.value.contains("1,300")));
    assert!(dataset.disputes("tjk-afg"));
    let length = dataset
        .data
        .disagreements
        .iter()
        .find(|d| d.about.contains(&"tjk-afg".to_owned()) && d.topic.contains("long"))
        .unwrap();
    let cited = |claim: &csto_atlas::dataset::Claim| -> String {
        claim
            .sources
            .iter()
            .map(|id| dataset.excerpt(id).unwrap().text.clone())
            .collect()
    };
    assert!(length.claims.iter().any(|c| cited(c).contains("1374.2 km")));
    assert!(
        length
            .claims
            .iter()
            .any(|c| cited(c).contains("1,300-kilometer"))
    );
}

#[test]
fn afghanistan_and_serbia_are_observers_in_2013_per_one_undated_source_and_unknown_after() {
    let dataset = csto();
    for (at, status, uncertain) in [
        ("2013-06", "observer", true),
        ("2025-07-01", "unknown", false),
    ] {
        let rows = members_at(&dataset, date(at));
        for iso in ["AFG", "SRB"] {
            let row = rows.iter().find(|r| r.country == iso).unwrap();
            assert_eq!(
                (row.status, row.uncertain),
                (status, uncertain),
                "{iso} in {at}"
            );
        }
    }
    let afghanistan = dataset.country("AFG").unwrap();
    assert_eq!(
        describe::status_phrase(&dataset, afghanistan, date("2013-06")),
        "Observer since 2013 (per one undated source)"
    );
    assert!(
        describe::status_phrase(&dataset, afghanistan, date("2020"))
            .starts_with("Status unknown after 2013"),
    );
}

#[test]
fn articles_without_a_date_in_their_text_say_undated_or_after() {
    let dataset = csto();
    let when = |id: &str| describe::article_date(dataset.article(id).unwrap());
    assert_eq!(when("tca-2024-08-series-of-exercises"), "undated");
    assert_eq!(when("tca-2025-01-border-2025"), "after December 2024");
    assert!(dataset.article("web-fragments-003").unwrap().date.is_none());
    assert_eq!(when("diplomat-2025-07-01"), "1 July 2025");
}

#[test]
fn claims_say_no_more_than_the_excerpts_they_cite() {
    let dataset = csto();
    let cites = |sources: &[String], words: &str| {
        sources
            .iter()
            .any(|id| dataset.excerpt(id).unwrap().text.contains(words))
    };
    let deliveries = dataset.event("tip-deliveries-2026").unwrap();
    assert!(
        deliveries
            .sources
            .iter()
            .all(|id| dataset.excerpt(id).unwrap().text.contains("2026")),
        "every excerpt cited for deliveries in 2026 says 2026"
    );
    let rahmon = dataset.event("dushanbe-meeting-2025-04").unwrap();
    assert!(!rahmon.title.contains("Secretary"), "{}", rahmon.title);
    let crisis = dataset.event("kyrgyz-crisis-2010").unwrap();
    if crisis.summary.contains("April 2010") {
        assert!(cites(&crisis.sources, "April 2010"), "{}", crisis.summary);
    }
    let ministers = dataset.event("defence-ministers-2025-05").unwrap();
    assert!(!format!("{} {}", ministers.title, ministers.summary).contains("chairmanship"));
    assert!(
        dataset.exercise("birlestik-2024").is_none(),
        "its source does not call it a CSTO exercise"
    );
    assert!(
        student_texts(&dataset)
            .iter()
            .all(|t| !t.contains("Belousov")),
        "no year is inferred from who was defence minister"
    );
}

#[test]
fn the_disagreements_a_careful_reader_finds_are_shown_side_by_side() {
    let dataset = csto();
    for about in [
        "csto",
        "UZB",
        "ARM",
        "tip-implementation-2025-2029",
        "tjk-afg",
    ] {
        assert!(dataset.disputes(about), "sources differ about {about}");
    }
    let armenia: Vec<String> = dataset
        .data
        .disagreements
        .iter()
        .filter(|d| d.about.contains(&"ARM".to_owned()))
        .flat_map(|d| d.claims.iter().flat_map(|c| c.sources.clone()))
        .map(|id| dataset.excerpt(&id).unwrap().text.clone())
        .collect();
    assert!(armenia.iter().any(|t| t.contains("full-fledged member")));
    assert!(
        armenia
            .iter()
            .any(|t| t.contains("suspension of its membership"))
    );
}

#[test]
fn facts_the_sources_hold_are_in_the_data() {
    let dataset = csto();
    let summary = &dataset.data.organisation.summary;
    for name in ["Bordyuzha", "Zas", "Tasmagambetov"] {
        assert!(summary.contains(name), "Secretary-General {name}");
    }
    for id in [
        "kyrgyzstan-chairmanship-2025",
        "leaders-summit-kyrgyzstan-2025",
        "tjk-border-forces-2025",
        "armenia-ditched-meeting-2025",
        "bakiyev-asylum-2010",
    ] {
        assert!(dataset.event(id).is_some(), "{id}");
    }
    let big_exercise = dataset.event("large-exercise-2011").unwrap();
    assert!(dataset.rests_on_fragments_only(&big_exercise.sources));
    assert!(
        big_exercise.summary.contains("fragment"),
        "it says it is weak"
    );
    let ots = LoadedDataset::sample(&SAMPLES[1], &|_| true).unwrap();
    assert!(ots.data.organisation.summary.contains("full membership"));
}

#[test]
fn no_text_a_student_reads_carries_an_internal_id() {
    for sample in &SAMPLES {
        let dataset = LoadedDataset::sample(sample, &|_| true).unwrap();
        for text in student_texts(&dataset) {
            assert!(!text.contains("(00") && !text.contains(", 00"), "{text}");
        }
    }
}

#[test]
fn the_map_never_claims_more_than_its_sources_reach() {
    let dataset = csto();
    assert_eq!(dataset.data.as_of, Some(date("2025-08")));
    assert_eq!(
        describe::organisation_as_of(&dataset, date("2025-07-01")),
        "CSTO as of 1 July 2025"
    );
    assert_eq!(
        describe::organisation_as_of(&dataset, date("2026-11-25")),
        "CSTO as of the sources (August 2025); nothing later is known"
    );
    assert_eq!(
        describe::organisation_as_of(&dataset, date("1995-06-01")),
        "CST as of 1 June 1995",
        "before 2002 it was the Collective Security Treaty"
    );
}

#[test]
fn weak_standings_are_drawn_lighter_and_dashed_and_unknown_ones_apart() {
    let world = world();
    let mut harness = common::harness_on(date("2013-06-01"));
    let afghanistan = world.geometry.country_index("AFG").unwrap();
    let scene = harness.state().scene();
    assert!(scene.dashed_countries.contains(&afghanistan));
    assert_eq!(
        scene.country_fills[afghanistan],
        Fill {
            standing: Standing::Held(Status::Observer),
            uncertain: true
        }
    );
    harness.get_by_label_contains("Lighter, dashed: one weak source (2)");
    common::click_in_lists(&mut harness, "Afghanistan");
    harness.get_by_label_contains("Observer since 2013 (per one undated source)");

    let harness = common::harness_on(date("2025-07-01"));
    let scene = harness.state().scene();
    assert_eq!(
        scene.country_fills[afghanistan],
        Fill {
            standing: Standing::Unknown,
            uncertain: false
        }
    );
    assert!(scene.dashed_countries.contains(&afghanistan));
    harness.get_by_label("Status unknown (2)");
}

#[test]
fn past_the_sources_the_legend_says_how_far_they_reach() {
    // In the legend and above the overview alike.
    let harness = common::harness_on(common::today());
    let past = "CSTO as of the sources (August 2025); nothing later is known";
    assert_eq!(harness.query_all_by_label(past).count(), 2);
    let harness = common::harness_on(date("1995-06-01"));
    assert_eq!(
        harness.query_all_by_label("CST as of 1 June 1995").count(),
        2
    );
}

#[test]
fn the_sources_panel_lists_every_article_and_finds_a_quote() {
    let mut harness = common::new_harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    harness.run();
    let articles = harness.state().dataset().data.articles.len();
    harness.get_by_label_contains(&format!("{articles} articles, "));
    assert!(harness.query_all_by_label_contains("undated ·").count() >= 2);

    let search = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .unwrap();
    search.focus();
    harness.run();
    harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .unwrap()
        .type_text("Bordyuzha");
    harness.run();
    harness.get_by_label_contains("1 articles, ");
    let quote = harness
        .get_all_by_label_contains("Nikolai Bordyuzha was appointed")
        .next()
        .unwrap();
    quote.click();
    harness.run();
    harness.get_by_label_contains("Cited for (");
}

#[test]
fn afghanistan_in_2013_snapshot() {
    let mut harness = common::harness_on(date("2013-06-01"));
    common::click_in_lists(&mut harness, "Afghanistan");
    harness.snapshot("afghanistan_2013_one_weak_source");
}
