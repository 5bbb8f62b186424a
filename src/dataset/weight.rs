//! The weight of evidence: which claims rest only on weak sources (fragments of unknown date and
//! quality), and a country's standing at a date together with how firmly it is sourced.

use super::LoadedDataset;
use super::date::Date;
use super::model::{Country, Reliability, StatusPeriod};
use super::status::{Standing, status_at};

/// A country's standing at a date, with the period it rests on and how firmly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessed<'a> {
    /// Member, observer, unknown, no status…
    pub standing: Standing,
    /// The status period it comes from (none for no status).
    pub period: Option<&'a StatusPeriod>,
    /// Whether the status it gives (or, when unknown, the last one the sources gave) rests only
    /// on weak sources.
    pub uncertain: bool,
    /// Whether the sources differ on whether the status had begun by then: between the period's
    /// `from` and the latest date another source gives.
    pub unsettled: bool,
}

impl LoadedDataset {
    /// Whether every excerpt in `sources` comes from a weak source, a fragment or none (and there
    /// is at least one): a claim resting only on such sources is shown as uncertain.
    pub fn rests_on_fragments_only(&self, sources: &[String]) -> bool {
        let mut reliabilities = sources.iter().map(|id| {
            self.excerpt_article(id)
                .map_or(Reliability::Fragment, |article| article.reliability)
        });
        !sources.is_empty() && reliabilities.all(Reliability::is_weak)
    }

    /// `country`'s standing on `date`, and whether it rests only on weak sources.
    pub fn assess<'a>(&self, country: &'a Country, date: Date) -> Assessed<'a> {
        let at = status_at(country, date);
        let period = at.map(|at| at.period);
        Assessed {
            standing: Standing::of(at.as_ref()),
            period,
            uncertain: period.is_some_and(|p| self.rests_on_fragments_only(&p.sources)),
            unsettled: at.is_some_and(|at| !at.settled),
        }
    }

    /// Every claim (a status period, event, exercise, border figure or disagreement answer) that
    /// rests only on weak sources, described in a few words.
    pub fn weakly_sourced_claims(&self) -> Vec<String> {
        let data = &self.data;
        let periods = data.countries.iter().flat_map(|country| {
            country
                .periods
                .iter()
                .map(move |p| (format!("{}: {}", country.name, p.event), &p.sources))
        });
        let events = data.events.iter().map(|e| (e.title.clone(), &e.sources));
        let exercises = data.exercises.iter().map(|e| (e.name.clone(), &e.sources));
        let figures = data.borders.iter().flat_map(|border| {
            border
                .figures
                .iter()
                .map(move |f| (format!("{}: {}", border.name, f.label), &f.sources))
        });
        let claims = data.disagreements.iter().flat_map(|d| {
            d.claims
                .iter()
                .map(move |c| (format!("{} {}", d.topic, c.says), &c.sources))
        });
        periods
            .chain(events)
            .chain(exercises)
            .chain(figures)
            .chain(claims)
            .filter(|(_, sources)| self.rests_on_fragments_only(sources))
            .map(|(claim, _)| claim)
            .collect()
    }
}
