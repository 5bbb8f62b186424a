//! The message files (`assets/i18n/`) are complete: Russian has every message English has and no
//! other, every action's name and tooltip is there, and every date reads in either language.

use csto_atlas::app::actions::Action;
use csto_atlas::dataset::Date;
use csto_atlas::i18n::{Language, keys, set_language, tr};

#[test]
fn russian_has_every_message_english_has() {
    let mut english = keys(Language::English);
    let mut russian = keys(Language::Russian);
    english.sort();
    russian.sort();
    let missing: Vec<_> = english.iter().filter(|k| !russian.contains(k)).collect();
    let extra: Vec<_> = russian.iter().filter(|k| !english.contains(k)).collect();
    assert!(missing.is_empty(), "missing in ru.ftl: {missing:?}");
    assert!(extra.is_empty(), "in ru.ftl only: {extra:?}");
    assert!(english.len() > 100, "{} messages", english.len());
}

#[test]
fn every_action_is_named_and_explained_in_both_languages() {
    for language in Language::ALL {
        set_language(language);
        for action in Action::ALL {
            let (text, tooltip) = (action.text(), action.tooltip());
            assert!(
                !text.starts_with("action-") && !tooltip.starts_with("action-"),
                "{action:?} has no message in {language:?}"
            );
        }
    }
    set_language(Language::Russian);
    assert_eq!(Action::ExportMap.text(), "Экспорт карты…");
    set_language(Language::English);
    assert_eq!(Action::ExportMap.text(), "Export map…");
}

#[test]
fn dates_read_in_the_language_at_their_precision() {
    let date = |text: &str| Date::parse(text).unwrap().to_string();
    set_language(Language::Russian);
    assert_eq!(date("2025-07-01"), "1 июля 2025");
    assert_eq!(date("2024-02"), "февраль 2024");
    assert_eq!(date("2024"), "2024");
    assert_eq!(tr("standing-frozen"), "Участие заморожено");
    set_language(Language::English);
    assert_eq!(date("2025-07-01"), "1 July 2025");
    assert_eq!(date("2024-02"), "February 2024");
}
