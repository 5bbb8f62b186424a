//! Membership datasets: the serde types that mirror the JSON, loading with located errors,
//! validation, and look-ups (status at a date, excerpts about an entity). No egui here.

mod date;
mod error;
mod facts_edit;
mod file_edit;
mod history;
mod locate;
mod members;
mod model;
mod samples;
mod status;
mod story_edit;
mod validate;
mod version;
mod weight;

use std::collections::HashMap;
use std::path::Path;

pub use date::{Date, DateParseError, Precision};
pub use error::{DatasetError, Location, Problem};
pub use facts_edit::{
    FactEdit, FactRef, NewFact, NewSource, SourceChoice, TextField, apply_fact_edit, fact_sources,
    field_text, fresh_id, read_date, slug,
};
pub use file_edit::{FileEditError, with_edits};
pub use history::EditHistory;
pub use members::{MemberRow, MembersFormat, csv_field, members_at, members_report};
pub use model::*;
pub use samples::{DEFAULT_SAMPLE, NEW_DATASET, SAMPLES, Sample, sample};
pub use status::{STANDING_WORDS, Standing, StandingWords, StatusAt, standing_words, status_at};
pub use story_edit::{SlideText, StoryEdit, apply_story_edit, unique_id};
pub use version::{OLDEST_READABLE, SCHEMA_VERSION};
pub use weight::Assessed;

/// The JSON Schema of the dataset format, generated from these types.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Dataset)).unwrap_or_default()
}

/// A validated dataset with its look-up indexes, and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedDataset {
    /// The data as in the file.
    pub data: Dataset,
    /// Where it came from: a file path, or "embedded CSTO dataset".
    pub origin: String,
    /// What the user should know about how it was read (e.g. upgraded from an older format).
    pub notes: Vec<String>,
    /// What `check` warns about: a valid file that would teach more than its sources say (see
    /// `validate::warnings`), located like problems, in file order.
    pub warnings: Vec<Problem>,
    /// The text it was read from, so that saving a story can keep the rest of it as it was.
    pub text: String,
    excerpt_by_id: HashMap<String, usize>,
    article_by_id: HashMap<String, usize>,
    excerpts_by_link: HashMap<String, Vec<usize>>,
    exercises_by_date: Vec<usize>,
    events_by_date: Vec<usize>,
}

impl LoadedDataset {
    /// The embedded CSTO dataset.
    pub fn embedded(is_known_iso: &dyn Fn(&str) -> bool) -> Result<Self, DatasetError> {
        Self::sample(DEFAULT_SAMPLE, is_known_iso)
    }

    /// An embedded sample dataset.
    pub fn sample(
        sample: &Sample,
        is_known_iso: &dyn Fn(&str) -> bool,
    ) -> Result<Self, DatasetError> {
        Self::from_bytes(sample.origin, sample.json.as_bytes(), is_known_iso)
    }

    /// Reads and validates a dataset file.
    pub fn from_path(
        path: &Path,
        is_known_iso: &dyn Fn(&str) -> bool,
    ) -> Result<Self, DatasetError> {
        let label = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| DatasetError::Unreadable {
            path: label.clone(),
            source,
        })?;
        Self::from_bytes(&label, &bytes, is_known_iso)
    }

    /// Parses and validates dataset bytes; `origin` names them in errors (usually the file path).
    pub fn from_bytes(
        origin: &str,
        bytes: &[u8],
        is_known_iso: &dyn Fn(&str) -> bool,
    ) -> Result<Self, DatasetError> {
        let invalid = |problems: Vec<Problem>| DatasetError::Invalid {
            path: origin.to_owned(),
            problems,
        };
        let text = decode_text(bytes).map_err(|problem| invalid(vec![problem]))?;
        let notes = match version::check_version(text) {
            version::VersionCheck::Current => Vec::new(),
            version::VersionCheck::Older(from) => version::upgrade_notes(from),
            version::VersionCheck::Unreadable(message) => {
                let location =
                    locate::Locator::new(text).locate(&[locate::Step::Key("schema_version")]);
                return Err(invalid(vec![Problem { location, message }]));
            }
        };
        let mut data: Dataset = serde_json::from_str(text).map_err(|err| {
            let location = (err.line() > 0).then(|| Location {
                line: err.line(),
                column: err.column().max(1),
            });
            invalid(vec![Problem {
                location,
                message: serde_message(&err),
            }])
        })?;
        let locator = locate::Locator::new(text);
        let located = |findings: Vec<validate::Finding>| {
            let mut problems: Vec<Problem> = findings
                .into_iter()
                .map(|finding| Problem {
                    location: locator.locate(&finding.path),
                    message: finding.message,
                })
                .collect();
            problems.sort_by_key(|p| p.location.map(|l| (l.line, l.column)));
            problems
        };
        let findings = validate::validate(&data, is_known_iso);
        if !findings.is_empty() {
            return Err(invalid(located(findings)));
        }
        let warnings = located(validate::warnings(&data));
        data.schema_version = SCHEMA_VERSION;
        Ok(Self::index(
            data,
            origin.to_owned(),
            notes,
            warnings,
            text.to_owned(),
        ))
    }

    /// The dataset with `data` in place of its own (edited in the window), checked and indexed
    /// again; it keeps its origin and the text it was read from, so that saving writes only what
    /// changed. The problems the edit makes, each a sentence, when it makes any: problems the
    /// data had already (a slide still being written, without its excerpt) are not the edit's.
    pub fn edited(
        &self,
        data: Dataset,
        is_known_iso: &dyn Fn(&str) -> bool,
    ) -> Result<Self, Vec<String>> {
        let before = validate::validate(&self.data, is_known_iso);
        let made: Vec<String> = validate::validate(&data, is_known_iso)
            .into_iter()
            .filter(|finding| !before.contains(finding))
            .map(|finding| finding.message)
            .collect();
        if !made.is_empty() {
            return Err(made);
        }
        let warnings = validate::warnings(&data)
            .into_iter()
            .map(|finding| Problem {
                location: None,
                message: finding.message,
            })
            .collect();
        Ok(Self::index(
            data,
            self.origin.clone(),
            self.notes.clone(),
            warnings,
            self.text.clone(),
        ))
    }

    fn index(
        data: Dataset,
        origin: String,
        notes: Vec<String>,
        warnings: Vec<Problem>,
        text: String,
    ) -> Self {
        let excerpt_by_id = data
            .excerpts
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let article_by_id = data
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let mut excerpts_by_link: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, excerpt) in data.excerpts.iter().enumerate() {
            for link in &excerpt.links {
                excerpts_by_link.entry(link.clone()).or_default().push(i);
            }
        }
        let mut exercises_by_date: Vec<usize> = (0..data.exercises.len()).collect();
        exercises_by_date.sort_by_key(|&i| data.exercises[i].start);
        let mut events_by_date: Vec<usize> = (0..data.events.len()).collect();
        events_by_date.sort_by_key(|&i| data.events[i].start);
        Self {
            data,
            origin,
            notes,
            warnings,
            text,
            exercises_by_date,
            events_by_date,
            excerpt_by_id,
            article_by_id,
            excerpts_by_link,
        }
    }

    /// Indices of the exercises, earliest first.
    pub fn exercises_by_date(&self) -> &[usize] {
        &self.exercises_by_date
    }

    /// Indices of the events, earliest first.
    pub fn events_by_date(&self) -> &[usize] {
        &self.events_by_date
    }

    /// The excerpt with this id.
    pub fn excerpt(&self, id: &str) -> Option<&Excerpt> {
        self.excerpt_by_id.get(id).map(|&i| &self.data.excerpts[i])
    }

    /// The article an excerpt is quoted from.
    pub fn excerpt_article(&self, excerpt_id: &str) -> Option<&Article> {
        self.article(&self.excerpt(excerpt_id)?.article)
    }

    /// The articles the story's slides quote, each once, by outlet and then date: what a sources
    /// slide and a handout's sources page list.
    pub fn story_articles(&self) -> Vec<&Article> {
        let mut articles: Vec<&Article> = self
            .data
            .story
            .iter()
            .flat_map(|slide| &slide.excerpts)
            .filter_map(|id| self.excerpt_article(id))
            .collect();
        articles.sort_by_key(|a| {
            let when = a.date.or(a.after).map(|d| d.first_day());
            (a.outlet.as_str(), when, a.id.as_str())
        });
        articles.dedup_by(|a, b| a.id == b.id);
        articles
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.article_by_id.get(id).map(|&i| &self.data.articles[i])
    }

    /// The excerpts cited for an entity or linked to it, cited ones first, each once.
    pub fn excerpts_about<'a>(&'a self, entity_id: &str, cited: &[String]) -> Vec<&'a Excerpt> {
        let linked = self.excerpts_by_link.get(entity_id).into_iter().flatten();
        let mut seen = std::collections::HashSet::new();
        cited
            .iter()
            .filter_map(|id| self.excerpt_by_id.get(id).copied())
            .chain(linked.copied())
            .filter(|i| seen.insert(*i))
            .map(|i| &self.data.excerpts[i])
            .collect()
    }

    /// Whether the sources disagree about the thing with this id.
    pub fn disputes(&self, id: &str) -> bool {
        self.data
            .disagreements
            .iter()
            .any(|d| d.about.iter().any(|about| about == id))
    }

    /// Every date the dataset gives for a status, an event or an exercise.
    fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        let data = &self.data;
        let periods = data
            .countries
            .iter()
            .flat_map(|c| c.periods.iter().map(|p| p.from));
        let events = data.events.iter().map(|e| e.start);
        let exercises = data.exercises.iter().map(|e| e.start);
        periods.chain(events).chain(exercises)
    }

    /// The earliest date the dataset speaks of (a status, event or exercise), if any.
    pub fn first_date(&self) -> Option<Date> {
        self.dates().min()
    }

    /// The latest date the dataset speaks for: the date its sources reach, or else its latest dated
    /// status, event or exercise.
    pub fn latest_date(&self) -> Option<Date> {
        self.data.as_of.or_else(|| self.dates().max())
    }

    /// The country with this id.
    pub fn country(&self, id: &str) -> Option<&Country> {
        self.data.countries.iter().find(|c| c.id == id)
    }

    /// The country drawn for this ISO alpha-3 code.
    pub fn country_by_iso(&self, iso_a3: &str) -> Option<&Country> {
        self.data
            .countries
            .iter()
            .find(|c| c.iso_a3.as_deref() == Some(iso_a3))
    }

    /// The border with this id.
    pub fn border(&self, id: &str) -> Option<&Border> {
        self.data.borders.iter().find(|b| b.id == id)
    }

    /// The exercise with this id.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.data.exercises.iter().find(|e| e.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.data.events.iter().find(|e| e.id == id)
    }
}

/// The text of a dataset file, or why it is not text.
fn decode_text(bytes: &[u8]) -> Result<&str, Problem> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            return Err(Problem {
                location: Some(Location::of_offset(valid, valid.len())),
                message: "not a text file: this byte is not UTF-8 (is it a binary file?)".into(),
            });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(offset) = text.find('\0') {
        return Err(Problem {
            location: Some(Location::of_offset(text, offset)),
            message: "not a text file: it contains a NUL byte (is it a binary file?)".into(),
        });
    }
    if text.trim().is_empty() {
        return Err(Problem {
            location: Some(Location { line: 1, column: 1 }),
            message: "the file is empty: a dataset is a JSON object (see docs/dataset.md)".into(),
        });
    }
    Ok(text)
}

/// serde_json's message without its trailing " at line L column C" (the location is printed apart).
fn serde_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}
