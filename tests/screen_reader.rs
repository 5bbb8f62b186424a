//! What a screen reader hears of the map: its accessible description says what the map shows at
//! the date (each standing with its countries, marked where the sources differ or are weak) and
//! what is selected, and changes with both.

mod common;

use csto_atlas::dataset::Date;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn map_description(harness: &Harness<'static, csto_atlas::app::AtlasApp>) -> String {
    harness
        .get_by_label("Map")
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_map_describes_what_it_shows_at_the_date_and_what_is_selected() {
    let mut harness = common::harness_on(common::test_date());
    harness.run();
    let at_the_date = "CSTO as of 1 July 2025. \
        Member (5): Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan. \
        Participation frozen (1): Armenia (sources differ). \
        Former member (3): Azerbaijan, Georgia, Uzbekistan (sources differ). \
        Status unknown (2): Afghanistan (uncertain), Serbia (uncertain).";
    assert_eq!(map_description(&harness), at_the_date);

    common::click_in_lists(&mut harness, "Armenia");
    assert_eq!(
        map_description(&harness),
        format!("{at_the_date} Selected: Armenia.")
    );
}

#[test]
fn the_description_follows_the_date() {
    let mut harness = common::harness_on(Date::from_ymd(2000, 1, 1).expect("a valid date"));
    harness.run();
    assert_eq!(
        map_description(&harness),
        "CST as of 1 January 2000. \
         Member (6): Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan. \
         Former member (3): Azerbaijan, Georgia, Uzbekistan."
    );
}
