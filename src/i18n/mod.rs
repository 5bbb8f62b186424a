//! The languages the app speaks: its messages in Fluent files (`assets/i18n/<code>.ftl`, compiled
//! in), with plural rules, and a fallback chain: a classroom whose language has no file of its own
//! (Kazakh, Kyrgyz, Tajik, Belarusian, Armenian) gets Russian, the lingua franca of the CSTO's
//! members; a message missing in Russian is given in English. Adding a language is adding a file
//! and a [`Language`].
//!
//! The language is the current thread's (the window's thread, a command's, a test's), set from
//! the user's choice or the system's locale: every message and date drawn on that thread is in it.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language the app's messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// English: every message has it.
    #[default]
    English,
    /// Russian.
    Russian,
}

/// The languages whose classrooms read Russian when the app has no file in their own.
const READ_IN_RUSSIAN: [&str; 6] = ["ru", "kk", "ky", "tg", "be", "hy"];

impl Language {
    /// Every language, in the order the View menu lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Russian];

    /// Its BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Russian => "ru",
        }
    }

    /// Its name in itself, as a menu offers it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Russian => "Русский",
        }
    }

    /// The language for a locale such as `ru_RU.UTF-8`, `kk-KZ` or `en_GB`: its own if the app
    /// has it, Russian for the CSTO's other classroom languages, otherwise English.
    pub fn for_locale(locale: &str) -> Language {
        let code = primary_code(locale);
        if READ_IN_RUSSIAN.contains(&code.as_str()) {
            Language::Russian
        } else {
            Language::English
        }
    }

    /// The language a code names (`en`, `ru`, or a locale as [`Self::for_locale`] reads it), for
    /// `--lang`.
    pub fn parse(code: &str) -> Result<Language, String> {
        let primary = primary_code(code);
        let known = Self::ALL.iter().any(|l| l.code() == primary)
            || READ_IN_RUSSIAN.contains(&primary.as_str());
        if known {
            Ok(Self::for_locale(code))
        } else {
            Err(format!(
                "no messages in {code:?}: the languages are {}",
                Self::ALL.map(Language::code).join(", ")
            ))
        }
    }

    /// The language of the system's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set, read through `var`.
    pub fn of_system(var: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .map_or(Language::English, |locale| Self::for_locale(&locale))
    }

    fn index(self) -> usize {
        match self {
            Self::English => 0,
            Self::Russian => 1,
        }
    }
}

/// A locale's language code, lower case: `ru` of `ru_RU.UTF-8`, `kk` of `kk-KZ`.
fn primary_code(locale: &str) -> String {
    locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The current thread's language.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Makes `language` the current thread's.
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// The message files, in [`Language::ALL`]'s order.
const FILES: [&str; 2] = [
    include_str!("../../assets/i18n/en.ftl"),
    include_str!("../../assets/i18n/ru.ftl"),
];

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL.map(|language| {
            let tag: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // No invisible isolation marks around arguments: they would reach figures and files.
            bundle.set_use_isolating(false);
            let file = FILES[language.index()].to_owned();
            // The files are compiled in and checked by the tests.
            let resource = FluentResource::try_new(file).unwrap_or_else(|(resource, errors)| {
                log::error!("{} messages: {errors:?}", language.code());
                resource
            });
            if let Err(errors) = bundle.add_resource(resource) {
                log::error!("{} messages: {errors:?}", language.code());
            }
            bundle
        })
    })
}

/// The message `key` in the current language (in English if that language lacks it).
pub fn tr(key: &str) -> String {
    tr_with(key, &[])
}

/// The message `key` in the current language, with its arguments (numbers choose plural forms).
pub fn tr_with(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let chain = [language(), Language::English];
    for bundle in chain.map(|l| &bundles()[l.index()]) {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                log::warn!("message {key}: {errors:?}");
            }
            return text.into_owned();
        }
    }
    log::error!("no message {key}");
    key.to_owned()
}

/// The keys of a language's file, for the tests that hold the files complete.
pub fn keys(language: Language) -> Vec<String> {
    let resource = match FluentResource::try_new(FILES[language.index()].to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The message files' text, for the test that the fonts draw every letter of them.
pub fn files() -> &'static [&'static str] {
    &FILES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classrooms_get_their_language_or_russian_or_english() {
        assert_eq!(Language::for_locale("ru_RU.UTF-8"), Language::Russian);
        assert_eq!(Language::for_locale("kk_KZ.UTF-8"), Language::Russian);
        assert_eq!(Language::for_locale("hy-AM"), Language::Russian);
        assert_eq!(Language::for_locale("en_GB.UTF-8"), Language::English);
        assert_eq!(Language::for_locale("tr_TR"), Language::English);
        assert_eq!(Language::for_locale("C"), Language::English);
        let system = |vars: &'static [(&'static str, &'static str)]| {
            Language::of_system(move |name| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            })
        };
        assert_eq!(system(&[("LANG", "ru_RU.UTF-8")]), Language::Russian);
        assert_eq!(
            system(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ru_RU.UTF-8")]),
            Language::English,
            "LC_ALL wins"
        );
        assert_eq!(system(&[]), Language::English);
        assert_eq!(Language::parse("ru"), Ok(Language::Russian));
        assert!(Language::parse("xx").unwrap_err().contains("en, ru"));
    }

    #[test]
    fn a_message_is_in_the_threads_language_with_russian_plurals() {
        let count = |n: i64| tr_with("layer-list-entries", &[("count", n.into())]);
        std::thread::spawn(move || {
            set_language(Language::Russian);
            assert_eq!(count(1), "1 запись, по дате");
            assert_eq!(count(3), "3 записи, по дате");
            assert_eq!(count(5), "5 записей, по дате");
            assert_eq!(count(21), "21 запись, по дате");
            assert_eq!(tr("menu-file"), "Файл");
        })
        .join()
        .unwrap();
        assert_eq!(
            count(1),
            "1 entry, by date",
            "this thread is still in English"
        );
        assert_eq!(count(5), "5 entries, by date");
        assert_eq!(tr("no-such-message"), "no-such-message");
    }
}
