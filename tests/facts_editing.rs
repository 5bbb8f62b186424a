//! Correcting and adding facts in the Facts panel as a teacher does: a date typed wrong is refused
//! with the reason beside it and the map keeps what it showed; a date typed right changes the
//! map, is undone and redone, and is saved into the file with everything else in it unchanged; a
//! new dataset gets a country resting on a sentence quoted from a source, and saves as a file
//! `check` accepts.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::AtlasApp;
use csto_atlas::dataset::{Date, LoadedDataset, Reliability, Status};
use csto_atlas::earth::world::world;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const CSTO: &str = include_str!("../data/csto.json");

fn is_text_field(role: Role) -> bool {
    matches!(role, Role::TextInput | Role::MultilineTextInput)
}

/// Replaces the text of the first field labelled `label` with `text`, as selecting it all and
/// typing would.
fn set_field(harness: &mut Harness<'static, AtlasApp>, label: &str, text: &str) {
    let field = harness
        .get_all_by_label(label)
        .find(|node| is_text_field(node.accesskit_node().role()))
        .unwrap_or_else(|| panic!("no field {label}"));
    field.scroll_to_me();
    harness.run();
    let field = harness
        .get_all_by_label(label)
        .find(|node| is_text_field(node.accesskit_node().role()))
        .unwrap();
    field.set_text_value_accesskit(text);
    harness.run();
}

fn click(harness: &mut Harness<'static, AtlasApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Opens the list labelled `list` and picks `choice` in it.
fn pick(harness: &mut Harness<'static, AtlasApp>, list: &str, choice: &str) {
    for (label, role) in [(list, Role::ComboBox), (choice, Role::Button)] {
        for scroll_first in [true, false] {
            let node = harness
                .get_all_by_label(label)
                .find(|node| node.accesskit_node().role() == role)
                .unwrap_or_else(|| panic!("no {label} ({list})"));
            if scroll_first {
                node.scroll_to_me();
            } else {
                node.click();
            }
            harness.run();
        }
    }
}

fn armenia_joined(app: &AtlasApp) -> Date {
    let armenia = app.dataset().country("ARM").expect("Armenia");
    armenia.periods[0].from
}

#[test]
fn a_date_typed_wrong_is_refused_beside_its_field_and_one_typed_right_is_saved_alone() {
    let path = common::csto_copy("facts-date");
    let mut harness = common::harness_on_file(&path);
    common::ctrl(&mut harness, Key::Num6);
    common::click_in_lists(&mut harness, "Armenia");
    harness.get_by_label("Period 1");
    let joined = armenia_joined(harness.state());

    set_field(&mut harness, "From", "spring 1992");
    harness.get_by_label_contains("“spring 1992” is not a date");
    harness.snapshot("facts_panel_refuses_a_date");
    assert_eq!(armenia_joined(harness.state()), joined, "nothing changed");
    assert!(!harness.state().unsaved());

    set_field(&mut harness, "To (empty: until the next period)", "1980");
    harness.get_by_label_contains("Not changed:");
    assert_eq!(
        harness.state().dataset().country("ARM").unwrap().periods[0].to,
        None,
        "a period cannot end before it begins"
    );

    set_field(&mut harness, "From", "1992-05");
    let edited = Date::parse("1992-05").unwrap();
    assert_eq!(
        armenia_joined(harness.state()),
        edited,
        "kept at the month typed"
    );
    assert!(harness.state().unsaved());
    common::ctrl(&mut harness, Key::Z);
    assert_eq!(armenia_joined(harness.state()), joined, "undone");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(armenia_joined(harness.state()), edited, "redone");

    common::ctrl(&mut harness, Key::S);
    harness.get_by_label_contains("Saved the facts");
    assert!(!harness.state().unsaved());
    let saved = std::fs::read_to_string(&path).unwrap();
    let countries = saved.find("\"countries\"").unwrap();
    assert_eq!(
        &saved[..countries],
        &CSTO[..countries],
        "the file before the countries is unchanged"
    );
    let after = |text: &str| text[text.find("\"borders\"").unwrap()..].to_owned();
    assert_eq!(after(&saved), after(CSTO), "and everything after them");
    let reread = LoadedDataset::from_path(&path, &|iso| world().knows_iso(iso)).unwrap();
    assert_eq!(reread.data, harness.state().dataset().data);
}

#[test]
fn a_new_dataset_gets_a_country_resting_on_a_quoted_sentence_and_saves_as_a_valid_file() {
    let target = common::temp_dir("facts-new").join("our alliance.json");
    let _ = std::fs::remove_file(&target);
    let mut harness = common::new_harness();
    common::ctrl(&mut harness, Key::N);
    assert!(harness.state().dataset().data.countries.is_empty());
    set_field(&mut harness, "Name", "Our Alliance");
    set_field(&mut harness, "Abbreviation", "OA");
    let organisation = &harness.state().dataset().data.organisation;
    assert_eq!(
        (organisation.name.as_str(), organisation.short_name.as_str()),
        ("Our Alliance", "OA")
    );
    click(&mut harness, "Add a country");
    pick(&mut harness, "Country", "Kenya");
    pick(&mut harness, "Status", "Member");
    set_field(&mut harness, "From", "2001");
    set_field(&mut harness, "Outlet", "Class notes");
    set_field(&mut harness, "Headline", "Members we read about");
    set_field(
        &mut harness,
        "The sentence, word for word",
        "Kenya joined in 2001.",
    );
    click(&mut harness, "Add the country");
    let app = harness.state();
    let kenya = app
        .dataset()
        .country("KEN")
        .expect("Kenya is in the dataset");
    assert_eq!(kenya.periods[0].status, Status::Member);
    assert_eq!(kenya.periods[0].from.to_iso(), "2001");
    let excerpt = app.dataset().excerpt(&kenya.periods[0].sources[0]).unwrap();
    assert_eq!(excerpt.text, "Kenya joined in 2001.");
    let article = app.dataset().excerpt_article(&excerpt.id).unwrap();
    assert_eq!(article.reliability, Reliability::News);
    assert!(app.unsaved());

    common::ctrl(&mut harness, Key::S);
    let field = harness
        .get_all_by_role(Role::TextInput)
        .find(|node| {
            node.value()
                .is_some_and(|v| v.ends_with("/oa.json") || v == "oa.json")
        })
        .expect("a typed path offering a file name");
    field.set_text_value_accesskit(target.to_str().unwrap());
    harness.run();
    click(&mut harness, "Save");
    let saved = LoadedDataset::from_path(&target, &|iso| world().knows_iso(iso)).unwrap();
    assert_eq!(saved.data, harness.state().dataset().data);
    assert!(!harness.state().unsaved());
}
