//! Editing a dataset's facts: a status period, an exercise, an event, and the sources they rest
//! on. Each change is a [`FactEdit`], carried out by [`apply_fact_edit`] on a copy of the data,
//! which the caller validates before taking it (undone by the [`super::EditHistory`] it is
//! recorded in). A text that is not what its field holds (a date written "soon") is refused with
//! the reason, and the data is left as it was.

use super::date::Date;
use super::model::{
    Article, Country, Dataset, DateBasis, Event, EventKind, Excerpt, ExcerptId, Exercise, Place,
    PlacePrecision, Reliability, Status, StatusPeriod,
};
use super::story_edit::first_untaken;

/// A fact that a form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactRef {
    /// A status period of a country (indices into the countries and its periods).
    Period {
        /// The country.
        country: usize,
        /// The period.
        period: usize,
    },
    /// An exercise (an index into the exercises).
    Exercise(usize),
    /// An event (an index into the events).
    Event(usize),
    /// The organisation itself: its names and summary.
    Organisation,
}

/// A field of a fact that is typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// When a period, exercise or event began.
    From,
    /// When it ended (empty: open, or a single day).
    To,
    /// What happened (a period's event, an exercise's name, an event's title).
    Name,
    /// The organisation's abbreviation.
    ShortName,
    /// A place's name.
    PlaceName,
    /// A place's latitude in degrees.
    Lat,
    /// A place's longitude in degrees.
    Lon,
    /// The sentence or two about an exercise or event.
    Summary,
    /// The last date the sources support a period's status for (empty: until its end).
    KnownUntil,
    /// An exercise's participants, as the sources name them, separated by commas.
    Participants,
    /// An exercise's observers, likewise.
    Observers,
    /// An exercise's size as published.
    Size,
}

/// A source typed in: an article and the sentence quoted from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewSource {
    /// The publication.
    pub outlet: String,
    /// Its date as the text gives it ("2024", "2024-02", "2024-02-15"), or empty when it gives
    /// none.
    pub date: String,
    /// Its headline.
    pub headline: String,
    /// The sentence, word for word.
    pub quote: String,
}

/// A fact to add.
#[derive(Debug, Clone, PartialEq)]
pub enum NewFact {
    /// A country new to the organisation, with its first period.
    Country(Box<Country>),
    /// A status period after a country's last.
    Period {
        /// The country (an index into the countries).
        country: usize,
        /// The period.
        period: Box<StatusPeriod>,
    },
    /// An exercise.
    Exercise(Box<Exercise>),
    /// An event.
    Event(Box<Event>),
}

/// What a new fact rests on.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceChoice {
    /// An excerpt the dataset has.
    Excerpt(ExcerptId),
    /// A source typed in.
    New(NewSource),
}

/// One change to a dataset's facts.
#[derive(Debug, Clone, PartialEq)]
pub enum FactEdit {
    /// Type into a field.
    SetText {
        /// The fact.
        fact: FactRef,
        /// The field.
        field: TextField,
        /// What is typed.
        text: String,
    },
    /// Change a period's status.
    SetStatus {
        /// The period (a [`FactRef::Period`]).
        fact: FactRef,
        /// The status.
        status: Status,
    },
    /// Change how precisely an exercise's place is known.
    SetPrecision {
        /// The exercise.
        exercise: usize,
        /// The precision.
        precision: PlacePrecision,
    },
    /// Change an event's kind.
    SetKind {
        /// The event.
        event: usize,
        /// The kind.
        kind: EventKind,
    },
    /// Put an exercise or event at a place (clicked on the map, or found by name).
    SetPlace {
        /// The exercise or event.
        fact: FactRef,
        /// The place.
        place: Place,
    },
    /// Add a fact resting on a source: every fact rests on at least one.
    Add {
        /// The fact (its own sources are left out: `source` is the first).
        fact: NewFact,
        /// What it rests on.
        source: SourceChoice,
    },
    /// Delete a period, an exercise or an event (a country's last period: the country).
    Remove(FactRef),
    /// Rest a fact on an excerpt too.
    Cite {
        /// The fact.
        fact: FactRef,
        /// The excerpt.
        excerpt: ExcerptId,
    },
    /// Stop resting a fact on an excerpt.
    Uncite {
        /// The fact.
        fact: FactRef,
        /// The excerpt.
        excerpt: ExcerptId,
    },
    /// Add an article and the sentence quoted from it, and rest a fact on it.
    AddSource {
        /// The fact.
        fact: FactRef,
        /// The article and its sentence.
        source: NewSource,
    },
}

impl FactEdit {
    /// The field it types into ("Period { .. } From"), so that the letters of a word are one
    /// undo step; `None` for every other edit.
    pub fn typing(&self) -> Option<String> {
        match self {
            Self::SetText { fact, field, .. } => Some(format!("{fact:?} {field:?}")),
            _ => None,
        }
    }
}

/// The text a field of `fact` holds now, as a form shows it; `None` if the fact is not there.
pub fn field_text(data: &Dataset, fact: FactRef, field: TextField) -> Option<String> {
    let date = |date: Option<&Date>| date.map(Date::to_iso).unwrap_or_default();
    let place_text = |place: Option<&Place>| match field {
        TextField::PlaceName => place.map(|p| p.name.clone()).unwrap_or_default(),
        TextField::Lat => place.map(|p| p.lat.to_string()).unwrap_or_default(),
        TextField::Lon => place.map(|p| p.lon.to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    Some(match fact {
        FactRef::Period { country, period } => {
            let period = data.countries.get(country)?.periods.get(period)?;
            match field {
                TextField::From => period.from.to_iso(),
                TextField::To => date(period.to.as_ref()),
                TextField::KnownUntil => date(period.known_until.as_ref()),
                TextField::Name => period.event.clone(),
                _ => String::new(),
            }
        }
        FactRef::Exercise(index) => {
            let exercise = data.exercises.get(index)?;
            match field {
                TextField::From => exercise.start.to_iso(),
                TextField::To => date(exercise.end.as_ref()),
                TextField::Name => exercise.name.clone(),
                TextField::Summary => exercise.summary.clone(),
                TextField::Participants => exercise.participants.join(", "),
                TextField::Observers => exercise.observers.join(", "),
                TextField::Size => exercise.size.clone().unwrap_or_default(),
                _ => place_text(Some(&exercise.place)),
            }
        }
        FactRef::Event(index) => {
            let event = data.events.get(index)?;
            match field {
                TextField::From => event.start.to_iso(),
                TextField::To => date(event.end.as_ref()),
                TextField::Name => event.title.clone(),
                TextField::Summary => event.summary.clone(),
                _ => place_text(event.place.as_ref()),
            }
        }
        FactRef::Organisation => {
            let organisation = &data.organisation;
            match field {
                TextField::Name => organisation.name.clone(),
                TextField::ShortName => organisation.short_name.clone(),
                TextField::Summary => organisation.summary.clone(),
                _ => String::new(),
            }
        }
    })
}

/// Carries out `edit` on `data`; the reason when a typed text is not what its field holds or the
/// edit names a fact that is not there. `data` may then be invalid as a whole (a `to` before its
/// `from`): the caller validates it before taking it.
pub fn apply_fact_edit(data: &mut Dataset, edit: FactEdit) -> Result<(), String> {
    let missing = || "that is no longer in the dataset".to_owned();
    match edit {
        FactEdit::SetText { fact, field, text } => set_text(data, fact, field, text.trim()),
        FactEdit::SetStatus { fact, status } => {
            period_mut(data, fact).ok_or_else(missing)?.status = status;
            Ok(())
        }
        FactEdit::SetPrecision {
            exercise,
            precision,
        } => {
            let exercise = data.exercises.get_mut(exercise).ok_or_else(missing)?;
            exercise.place.precision = precision;
            Ok(())
        }
        FactEdit::SetKind { event, kind } => {
            data.events.get_mut(event).ok_or_else(missing)?.kind = kind;
            Ok(())
        }
        FactEdit::SetPlace { fact, place } => {
            match fact {
                FactRef::Exercise(i) => {
                    data.exercises.get_mut(i).ok_or_else(missing)?.place = place
                }
                FactRef::Event(i) => {
                    data.events.get_mut(i).ok_or_else(missing)?.place = Some(place);
                }
                FactRef::Period { .. } | FactRef::Organisation => {
                    return Err("only an exercise or an event has a place".to_owned());
                }
            }
            Ok(())
        }
        FactEdit::Add { fact, source } => {
            let fact = add(data, fact).ok_or_else(missing)?;
            match source {
                SourceChoice::Excerpt(excerpt) => {
                    apply_fact_edit(data, FactEdit::Cite { fact, excerpt })
                }
                SourceChoice::New(source) => add_source(data, fact, source),
            }
        }
        FactEdit::Remove(FactRef::Organisation) => {
            Err("the organisation itself cannot be deleted".to_owned())
        }
        FactEdit::Remove(fact) => remove(data, fact).ok_or_else(missing),
        FactEdit::Cite { fact, excerpt } => {
            let sources = sources_mut(data, fact).ok_or_else(missing)?;
            if !sources.contains(&excerpt) {
                sources.push(excerpt);
            }
            Ok(())
        }
        FactEdit::Uncite { fact, excerpt } => {
            sources_mut(data, fact)
                .ok_or_else(missing)?
                .retain(|e| *e != excerpt);
            Ok(())
        }
        FactEdit::AddSource { fact, source } => add_source(data, fact, source),
    }
}

/// Puts `text` into a field, read as the field's kind of value.
fn set_text(data: &mut Dataset, fact: FactRef, field: TextField, text: &str) -> Result<(), String> {
    let missing = || "that is no longer in the dataset".to_owned();
    match fact {
        FactRef::Period { .. } => {
            let period = period_mut(data, fact).ok_or_else(missing)?;
            match field {
                TextField::From => period.from = read_date(text)?,
                TextField::To => period.to = optional_date(text)?,
                TextField::KnownUntil => period.known_until = optional_date(text)?,
                TextField::Name => period.event = text.to_owned(),
                _ => return Err("a status period has no such field".to_owned()),
            }
        }
        FactRef::Exercise(index) => {
            let exercise = data.exercises.get_mut(index).ok_or_else(missing)?;
            match field {
                TextField::From => exercise.start = read_date(text)?,
                TextField::To => exercise.end = optional_date(text)?,
                TextField::Name => exercise.name = text.to_owned(),
                TextField::Summary => exercise.summary = text.to_owned(),
                TextField::Participants => exercise.participants = names(text),
                TextField::Observers => exercise.observers = names(text),
                TextField::Size => exercise.size = (!text.is_empty()).then(|| text.to_owned()),
                _ => set_place_text(&mut exercise.place, field, text)?,
            }
        }
        FactRef::Event(index) => {
            let event = data.events.get_mut(index).ok_or_else(missing)?;
            match field {
                TextField::From => event.start = read_date(text)?,
                TextField::To => event.end = optional_date(text)?,
                TextField::Name => event.title = text.to_owned(),
                TextField::Summary => event.summary = text.to_owned(),
                _ => match &mut event.place {
                    Some(place) => set_place_text(place, field, text)?,
                    None => return Err("place the event on the map first".to_owned()),
                },
            }
        }
        FactRef::Organisation => {
            let organisation = &mut data.organisation;
            match field {
                TextField::Name | TextField::ShortName if text.is_empty() => {
                    return Err("the organisation needs its name and its abbreviation".to_owned());
                }
                TextField::Name => organisation.name = text.to_owned(),
                TextField::ShortName => organisation.short_name = text.to_owned(),
                TextField::Summary => organisation.summary = text.to_owned(),
                _ => return Err("the organisation has no such field".to_owned()),
            }
        }
    }
    Ok(())
}

fn set_place_text(place: &mut Place, field: TextField, text: &str) -> Result<(), String> {
    match field {
        TextField::PlaceName => place.name = text.to_owned(),
        TextField::Lat => place.lat = degrees(text, 90.0, "latitude")?,
        TextField::Lon => place.lon = degrees(text, 180.0, "longitude")?,
        _ => return Err("a place has no such field".to_owned()),
    }
    Ok(())
}

/// A date at the precision written: "2024", "2024-02" or "2024-02-15"; or why the text is not
/// one, in a sentence saying what to write.
pub fn read_date(text: &str) -> Result<Date, String> {
    let text = text.trim();
    Date::parse(text).map_err(|_| {
        format!(
            "“{text}” is not a date: write the year (2024), the month (2024-02) or the day \
             (2024-02-15), as precisely as the source gives it"
        )
    })
}

/// "Russia, Kazakhstan , Belarus" as its names, in order.
fn names(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn optional_date(text: &str) -> Result<Option<Date>, String> {
    if text.is_empty() {
        Ok(None)
    } else {
        read_date(text).map(Some)
    }
}

fn degrees(text: &str, limit: f64, what: &str) -> Result<f64, String> {
    match text.replace(',', ".").parse::<f64>() {
        Ok(value) if value.abs() <= limit => Ok(value),
        _ => Err(format!(
            "“{text}” is not a {what}: write degrees from -{limit} to {limit}, e.g. 41.3"
        )),
    }
}

fn period_mut(data: &mut Dataset, fact: FactRef) -> Option<&mut StatusPeriod> {
    match fact {
        FactRef::Period { country, period } => {
            data.countries.get_mut(country)?.periods.get_mut(period)
        }
        _ => None,
    }
}

fn sources_mut(data: &mut Dataset, fact: FactRef) -> Option<&mut Vec<ExcerptId>> {
    match fact {
        FactRef::Period { .. } => period_mut(data, fact).map(|p| &mut p.sources),
        FactRef::Exercise(i) => data.exercises.get_mut(i).map(|e| &mut e.sources),
        FactRef::Event(i) => data.events.get_mut(i).map(|e| &mut e.sources),
        FactRef::Organisation => Some(&mut data.organisation.sources),
    }
}

/// The excerpts `fact` rests on.
pub fn fact_sources(data: &Dataset, fact: FactRef) -> &[ExcerptId] {
    let sources = match fact {
        FactRef::Period { country, period } => data
            .countries
            .get(country)
            .and_then(|c| c.periods.get(period))
            .map(|p| &p.sources),
        FactRef::Exercise(i) => data.exercises.get(i).map(|e| &e.sources),
        FactRef::Event(i) => data.events.get(i).map(|e| &e.sources),
        FactRef::Organisation => Some(&data.organisation.sources),
    };
    sources.map_or(&[], Vec::as_slice)
}

/// Adds `fact` (with a fresh id, and no sources yet); where it is now.
fn add(data: &mut Dataset, fact: NewFact) -> Option<FactRef> {
    Some(match fact {
        NewFact::Country(mut country) => {
            for period in &mut country.periods {
                period.sources.clear();
            }
            country.periods.truncate(1);
            data.countries.push(*country);
            FactRef::Period {
                country: data.countries.len() - 1,
                period: 0,
            }
        }
        NewFact::Period {
            country,
            mut period,
        } => {
            period.sources.clear();
            let periods = &mut data.countries.get_mut(country)?.periods;
            periods.push(*period);
            FactRef::Period {
                country,
                period: periods.len() - 1,
            }
        }
        NewFact::Exercise(mut exercise) => {
            exercise.id = fresh_id(data, &exercise.id);
            exercise.sources.clear();
            data.exercises.push(*exercise);
            FactRef::Exercise(data.exercises.len() - 1)
        }
        NewFact::Event(mut event) => {
            event.id = fresh_id(data, &event.id);
            event.sources.clear();
            data.events.push(*event);
            FactRef::Event(data.events.len() - 1)
        }
    })
}

fn remove(data: &mut Dataset, fact: FactRef) -> Option<()> {
    match fact {
        FactRef::Period { country, period } => {
            let periods = &mut data.countries.get_mut(country)?.periods;
            if period >= periods.len() {
                return None;
            }
            periods.remove(period);
            if periods.is_empty() {
                data.countries.remove(country);
            }
        }
        FactRef::Exercise(i) if i < data.exercises.len() => {
            data.exercises.remove(i);
        }
        FactRef::Event(i) if i < data.events.len() => {
            data.events.remove(i);
        }
        FactRef::Exercise(_) | FactRef::Event(_) | FactRef::Organisation => return None,
    }
    Some(())
}

/// Adds the article (or finds it, when its outlet, date and headline are already there) and the
/// excerpt, and rests `fact` on the excerpt.
fn add_source(data: &mut Dataset, fact: FactRef, source: NewSource) -> Result<(), String> {
    let NewSource {
        outlet,
        date: date_text,
        headline,
        quote,
    } = source;
    let (outlet, headline, quote) = (outlet.trim(), headline.trim(), quote.trim());
    if outlet.is_empty() || headline.is_empty() || quote.is_empty() {
        return Err("a source needs its outlet, its headline and the sentence quoted".to_owned());
    }
    let date = optional_date(date_text.trim())?;
    sources_mut(data, fact).ok_or_else(|| "that is no longer in the dataset".to_owned())?;
    let article = match data
        .articles
        .iter()
        .find(|a| a.outlet == outlet && a.headline == headline && a.date == date)
    {
        Some(article) => article.id.clone(),
        None => {
            let id = fresh_id(data, &slug(&format!("{outlet} {headline}")));
            data.articles.push(Article {
                id: id.clone(),
                outlet: outlet.to_owned(),
                date,
                dated: DateBasis::Stated,
                after: None,
                reliability: Reliability::News,
                headline: headline.to_owned(),
                source_file: "typed in the window".to_owned(),
            });
            id
        }
    };
    let excerpt = fresh_id(data, &format!("{article}-quote"));
    data.excerpts.push(Excerpt {
        id: excerpt.clone(),
        article,
        text: quote.to_owned(),
        links: fact_id(data, fact).into_iter().collect(),
    });
    if let Some(sources) = sources_mut(data, fact) {
        sources.push(excerpt);
    }
    Ok(())
}

/// The id of what `fact` is about (a period's country).
fn fact_id(data: &Dataset, fact: FactRef) -> Option<String> {
    match fact {
        FactRef::Period { country, .. } => data.countries.get(country).map(|c| c.id.clone()),
        FactRef::Exercise(i) => data.exercises.get(i).map(|e| e.id.clone()),
        FactRef::Event(i) => data.events.get(i).map(|e| e.id.clone()),
        FactRef::Organisation => Some(data.organisation.id.clone()),
    }
}

/// `base`, or `base-2`, `base-3`, …: the first id nothing in `data` has.
pub fn fresh_id(data: &Dataset, base: &str) -> String {
    first_untaken(base, |id| {
        data.organisation.id == id
            || data.countries.iter().any(|c| c.id == id)
            || data.borders.iter().any(|b| b.id == id)
            || data.exercises.iter().any(|e| e.id == id)
            || data.events.iter().any(|e| e.id == id)
            || data.articles.iter().any(|a| a.id == id)
            || data.excerpts.iter().any(|e| e.id == id)
            || data.disagreements.iter().any(|d| d.id == id)
    })
}

/// "tass-csto-exercise": lower-case words joined by dashes, at most six of them.
pub fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "fact".to_owned()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DEFAULT_SAMPLE;
    use crate::dataset::validate::validate;

    fn csto() -> Dataset {
        serde_json::from_str(DEFAULT_SAMPLE.json).unwrap()
    }

    fn armenia(data: &Dataset) -> usize {
        data.countries.iter().position(|c| c.id == "ARM").unwrap()
    }

    fn known(_: &str) -> bool {
        true
    }

    #[test]
    fn a_date_is_kept_at_the_precision_typed_and_a_wrong_one_changes_nothing() {
        let mut data = csto();
        let fact = FactRef::Period {
            country: armenia(&data),
            period: 0,
        };
        let typed = |text: &str| FactEdit::SetText {
            fact,
            field: TextField::From,
            text: text.into(),
        };
        apply_fact_edit(&mut data, typed("1992-05")).unwrap();
        assert_eq!(field_text(&data, fact, TextField::From).unwrap(), "1992-05");
        let before = data.clone();
        let refused = apply_fact_edit(&mut data, typed("spring 1992")).unwrap_err();
        assert!(refused.contains("is not a date"), "{refused}");
        assert_eq!(data, before);
    }

    #[test]
    fn an_exercises_participants_are_typed_as_a_list() {
        let mut data = csto();
        let edit = FactEdit::SetText {
            fact: FactRef::Exercise(0),
            field: TextField::Participants,
            text: "Russia, Kazakhstan , ,Belarus".into(),
        };
        apply_fact_edit(&mut data, edit).unwrap();
        assert_eq!(
            data.exercises[0].participants,
            ["Russia", "Kazakhstan", "Belarus"]
        );
        let text = field_text(&data, FactRef::Exercise(0), TextField::Participants);
        assert_eq!(text.as_deref(), Some("Russia, Kazakhstan, Belarus"));
    }

    #[test]
    fn a_to_before_its_from_is_found_by_validation() {
        let mut data = csto();
        let fact = FactRef::Period {
            country: armenia(&data),
            period: 0,
        };
        let edit = FactEdit::SetText {
            fact,
            field: TextField::To,
            text: "1980".into(),
        };
        apply_fact_edit(&mut data, edit).unwrap();
        assert!(!validate(&data, &known).is_empty());
    }

    #[test]
    fn a_typed_source_becomes_an_article_and_an_excerpt_the_fact_rests_on() {
        let mut data = csto();
        let fact = FactRef::Exercise(0);
        let source = NewSource {
            outlet: "Class notes".into(),
            date: "2024-02".into(),
            headline: "What we read".into(),
            quote: "The exercise took place.".into(),
        };
        apply_fact_edit(&mut data, FactEdit::AddSource { fact, source }).unwrap();
        let excerpt = data.excerpts.last().unwrap();
        assert_eq!(excerpt.text, "The exercise took place.");
        assert_eq!(fact_sources(&data, fact).last(), Some(&excerpt.id));
        let article = data.articles.last().unwrap();
        assert_eq!(article.id, "class-notes-what-we-read");
        assert_eq!(article.date.unwrap().to_iso(), "2024-02");
        assert!(validate(&data, &known).is_empty());
        let empty = NewSource::default();
        let refused = apply_fact_edit(
            &mut data,
            FactEdit::AddSource {
                fact,
                source: empty,
            },
        );
        assert!(refused.unwrap_err().contains("outlet"));
    }

    #[test]
    fn a_fact_is_added_resting_on_its_source() {
        let mut data = csto();
        let exercise = Exercise {
            id: data.exercises[0].id.clone(),
            sources: vec!["left out".into()],
            ..data.exercises[0].clone()
        };
        let excerpt = data.excerpts[0].id.clone();
        let edit = FactEdit::Add {
            fact: NewFact::Exercise(Box::new(exercise)),
            source: SourceChoice::Excerpt(excerpt.clone()),
        };
        apply_fact_edit(&mut data, edit).unwrap();
        let added = data.exercises.last().unwrap();
        assert_eq!(added.id, format!("{}-2", data.exercises[0].id));
        assert_eq!(added.sources, [excerpt]);
        assert!(validate(&data, &known).is_empty());
    }

    #[test]
    fn the_organisation_is_renamed_but_never_left_without_a_name_or_deleted() {
        let mut data = csto();
        let name = |text: &str| FactEdit::SetText {
            fact: FactRef::Organisation,
            field: TextField::Name,
            text: text.into(),
        };
        apply_fact_edit(&mut data, name("Collective Security Treaty Organisation")).unwrap();
        assert_eq!(
            data.organisation.name,
            "Collective Security Treaty Organisation"
        );
        assert!(apply_fact_edit(&mut data, name(" ")).is_err());
        let remove = FactEdit::Remove(FactRef::Organisation);
        assert!(apply_fact_edit(&mut data, remove).is_err());
    }

    #[test]
    fn removing_a_countrys_last_period_removes_the_country() {
        let mut data = csto();
        let country = armenia(&data);
        let periods = data.countries[country].periods.len();
        for _ in 0..periods {
            let fact = FactRef::Period { country, period: 0 };
            apply_fact_edit(&mut data, FactEdit::Remove(fact)).unwrap();
        }
        assert!(data.countries.iter().all(|c| c.id != "ARM"));
        assert_eq!(fresh_id(&data, "ARM"), "ARM");
        assert_eq!(fresh_id(&data, "csto"), "csto-2");
    }
}
