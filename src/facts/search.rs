//! Finding things by what they are called: countries (the dataset's and the base map's), borders
//! of interest, exercises, meetings and other events, and the text of the quoted excerpts (and
//! their articles' headlines and outlets). Case- and accent-insensitive, best matches first: a
//! name that starts with the query, then a word of a name that does, then a name that holds it,
//! then other text that holds it. Pure: the search box (`app::search`) shows what this finds.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::describe;
use super::selection::Selection;
use crate::basemap::{AreaKind, BaseMap};
use crate::dataset::{Date, LoadedDataset};

/// What kind of thing a result is, in the order results of one match quality are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A country or territory.
    Country,
    /// A border of interest.
    Border,
    /// An exercise.
    Exercise,
    /// A meeting, summit, decision or other event.
    Event,
    /// A quoted excerpt of a source article.
    Excerpt,
}

impl Kind {
    /// Its name in the results list.
    pub fn word(self) -> &'static str {
        match self {
            Self::Country => "Country",
            Self::Border => "Border",
            Self::Exercise => "Exercise",
            Self::Event => "Event",
            Self::Excerpt => "Excerpt",
        }
    }
}

/// What choosing a result does.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Select this thing of the dataset and move the map to it.
    Select(Selection),
    /// Select this dated thing, move the map to it and the timeline to its date.
    SelectAt(Selection, Date),
    /// Frame this base-map country (its index in the base map's areas): a place the dataset has
    /// nothing to select for.
    Frame(usize),
}

/// One thing a search can find.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its kind.
    pub kind: Kind,
    /// Its name as listed.
    pub name: String,
    /// When, at the precision the sources give, where it has a date.
    pub when: Option<String>,
    /// What choosing it does.
    pub target: Target,
    /// Its names, folded ([`fold`]): matched from their start, a word's start, or inside.
    names: Vec<String>,
    /// Other text about it, folded: matched anywhere, after every name match.
    text: String,
}

/// How well an entry matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    NameStart,
    WordStart,
    InName,
    InText,
}

impl Entry {
    fn new(kind: Kind, name: &str, when: Option<String>, target: Target) -> Self {
        Self {
            kind,
            name: name.to_owned(),
            when,
            target,
            names: vec![fold(name)],
            text: String::new(),
        }
    }

    fn also_named(mut self, name: &str) -> Self {
        let folded = fold(name);
        if !self.names.contains(&folded) {
            self.names.push(folded);
        }
        self
    }

    fn with_text<'a>(mut self, text: impl IntoIterator<Item = &'a str>) -> Self {
        self.text = fold(&text.into_iter().collect::<Vec<_>>().join(FIELDS));
        self
    }

    fn match_of(&self, query: &str) -> Option<Match> {
        let word_start = |name: &str| {
            name.match_indices(query).any(|(at, _)| {
                name[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_alphanumeric())
            })
        };
        if self.names.iter().any(|n| n.starts_with(query)) {
            Some(Match::NameStart)
        } else if self.names.iter().any(|n| word_start(n)) {
            Some(Match::WordStart)
        } else if self.names.iter().any(|n| n.contains(query)) {
            Some(Match::InName)
        } else if self.text.contains(query) {
            Some(Match::InText)
        } else {
            None
        }
    }
}

/// Everything a dataset on the base map lets a user find, folded once.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// What separates the texts of an entry, so that no query matches across two of them.
const FIELDS: &str = " \u{1f} ";

/// How long an excerpt's name in the results may be, in characters.
const EXCERPT_NAME_CHARS: usize = 90;

impl SearchIndex {
    /// Indexes `dataset` and the countries of the base map it says nothing about.
    pub fn new(dataset: &LoadedDataset, basemap: &BaseMap) -> Self {
        let data = &dataset.data;
        let mut entries = Vec::new();
        for country in &data.countries {
            let mut entry = Entry::new(
                Kind::Country,
                &country.name,
                None,
                Target::Select(Selection::Country(country.id.clone())),
            );
            if let Some(on_map) = country
                .iso_a3
                .as_deref()
                .and_then(|iso| basemap.country(iso))
            {
                entry = entry.also_named(&on_map.name);
            }
            entries.push(entry);
        }
        entries.extend(
            basemap
                .areas
                .iter()
                .enumerate()
                .filter(|(_, area)| !matches!(area.kind, AreaKind::Disputed { .. }))
                .filter(|(_, area)| {
                    area.iso_a3
                        .as_deref()
                        .is_none_or(|iso| dataset.country_by_iso(iso).is_none())
                })
                .map(|(i, area)| Entry::new(Kind::Country, &area.name, None, Target::Frame(i))),
        );
        entries.extend(data.borders.iter().map(|border| {
            Entry::new(
                Kind::Border,
                &border.name,
                None,
                Target::Select(Selection::Border(border.id.clone())),
            )
        }));
        entries.extend(data.exercises.iter().map(|exercise| {
            Entry::new(
                Kind::Exercise,
                &exercise.name,
                Some(describe::date_span(exercise.start, exercise.end)),
                Target::SelectAt(Selection::Exercise(exercise.id.clone()), exercise.start),
            )
            .with_text([exercise.place.name.as_str()])
        }));
        entries.extend(data.events.iter().map(|event| {
            Entry::new(
                Kind::Event,
                &event.title,
                Some(describe::event_date(event)),
                Target::SelectAt(Selection::Event(event.id.clone()), event.start),
            )
            .with_text(event.place.iter().map(|p| p.name.as_str()))
        }));
        // Each article's headline and outlet, folded once for all its excerpts.
        let sources: HashMap<&str, String> = data
            .articles
            .iter()
            .map(|a| {
                (
                    a.id.as_str(),
                    fold(&format!("{}{FIELDS}{}", a.headline, a.outlet)),
                )
            })
            .collect();
        entries.extend(data.excerpts.iter().map(|excerpt| {
            let article = dataset.article(&excerpt.article);
            let source = sources.get(excerpt.article.as_str());
            // An excerpt has no name to match from its start: it is found by its words.
            Entry {
                kind: Kind::Excerpt,
                name: describe::shortened(&excerpt.text, EXCERPT_NAME_CHARS),
                when: article.map(describe::article_date),
                target: Target::Select(Selection::Excerpt(excerpt.id.clone())),
                names: Vec::new(),
                text: [fold(&excerpt.text)]
                    .into_iter()
                    .chain(source.cloned())
                    .collect::<Vec<_>>()
                    .join(FIELDS),
            }
        }));
        Self { entries }
    }

    /// The entries matching `query`, best first, at most `limit` of them; none for a blank query.
    pub fn find(&self, query: &str, limit: usize) -> Vec<&Entry> {
        let query = fold(query.trim());
        if query.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(Match, &Entry)> = self
            .entries
            .iter()
            .filter_map(|entry| Some((entry.match_of(&query)?, entry)))
            .collect();
        found.sort_by(|(a, x), (b, y)| (a, x.kind, &x.name).cmp(&(b, y.kind, &y.name)));
        found.into_iter().take(limit).map(|(_, e)| e).collect()
    }
}

/// `text` in lower case without accents or other combining marks, so that "armenia" finds
/// "Armenia" and "turkiye" finds "Türkiye".
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::world::world;

    fn index() -> SearchIndex {
        let world = world();
        let dataset = world.csto();
        SearchIndex::new(&dataset, &world.basemap)
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("CÔTE D'IVOIRE"), "cote d'ivoire");
        assert_eq!(fold("Ёлка"), "елка");
    }

    #[test]
    fn a_country_is_found_by_the_start_of_its_name_before_any_quote_naming_it() {
        let index = index();
        let found = index.find("armen", 50);
        assert_eq!(found[0].name, "Armenia");
        assert_eq!(
            found[0].target,
            Target::Select(Selection::Country("ARM".into()))
        );
        let first_excerpt = found.iter().position(|e| e.kind == Kind::Excerpt);
        assert!(
            first_excerpt.is_some(),
            "quotes that name Armenia are found too"
        );
        assert!(
            found[..first_excerpt.unwrap_or(0)]
                .iter()
                .all(|e| e.kind != Kind::Excerpt)
        );
    }

    #[test]
    fn name_starts_come_before_word_starts_before_names_that_hold_the_query() {
        let index = index();
        let found = index.find("2024", 50);
        assert!(!found.is_empty());
        // "Interaction-2024": a word of the name starts with the query.
        let interaction = found
            .iter()
            .position(|e| e.name == "Interaction-2024")
            .expect("the exercise is found by its year");
        assert_eq!(
            found[interaction]
                .when
                .as_deref()
                .map(|w| w.contains("2024")),
            Some(true)
        );
        let in_text = found.iter().position(|e| e.kind == Kind::Excerpt);
        assert!(in_text.is_none_or(|i| i > interaction));

        let found = index.find("kistan", 50);
        // No name starts with "kistan": names that hold it, countries first.
        assert_eq!(found[0].kind, Kind::Country);
        assert!(found[0].name.ends_with("stan"), "{}", found[0].name);
    }

    #[test]
    fn a_country_the_dataset_does_not_name_is_framed_on_the_map() {
        let index = index();
        let found = index.find("MONGOL", 5);
        assert_eq!(found[0].name, "Mongolia");
        assert!(matches!(found[0].target, Target::Frame(_)));
    }

    #[test]
    fn an_excerpt_is_found_by_its_words_and_listed_with_its_date() {
        let index = index();
        let found = index.find("tashkent between", 5);
        let excerpt = found
            .iter()
            .find(|e| e.kind == Kind::Excerpt)
            .expect("the Collective Security Treaty's excerpt");
        assert!(matches!(
            excerpt.target,
            Target::Select(Selection::Excerpt(_))
        ));
        assert!(excerpt.when.is_some());
        assert!(index.find("   ", 5).is_empty());
    }
}
