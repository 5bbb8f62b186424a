//! What changed between two dates: each country whose standing differs, or whose history moved in
//! between, with its standing at both dates and the steps that mark the change, each resting on
//! its excerpts. The compare view's Changes list, compare slides and compare figures read it.
//! No egui here.
//!
//! Like the map, it claims nothing past the sources: a date later than the dataset's `as_of` is
//! read as the date the sources reach, and a status the sources stop carrying is "unknown".

use super::describe;
use super::timeline::{TickKind, Timeline};
use crate::dataset::{Assessed, Country, Date, LoadedDataset, Precision, Standing, standing_words};

/// The changes between two dates, earlier first whichever way they were given.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    /// The earlier date, as given.
    pub earlier: Date,
    /// The later date, as given.
    pub later: Date,
    /// The date the sources reach, when the later date is past it: standings are as of then.
    pub reach: Option<Date>,
    /// Every country that changed, in the order its first step happened, then by name.
    pub changes: Vec<Change<'a>>,
}

/// One country that changed between the two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'a> {
    /// The country.
    pub country: &'a Country,
    /// Its standing at the earlier date.
    pub before: Assessed<'a>,
    /// Its standing at the later date.
    pub after: Assessed<'a>,
    /// What happened in between, in date order.
    pub steps: Vec<Step<'a>>,
}

/// One thing that happened to a country between the two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'a> {
    /// When, at the source's precision.
    pub date: Date,
    /// Other dates sources give for it.
    pub other_dates: Vec<Date>,
    /// The standing it began.
    pub standing: Standing,
    /// What happened, in the dataset's words (or that the sources stop).
    pub event: String,
    /// The excerpts it rests on.
    pub sources: Vec<&'a str>,
}

impl<'a> Comparison<'a> {
    /// The changes in `dataset` between `a` and `b` (in either order).
    pub fn new(dataset: &'a LoadedDataset, a: Date, b: Date) -> Self {
        let (earlier, later) = if b < a { (b, a) } else { (a, b) };
        let reach = dataset
            .data
            .as_of
            .filter(|reach| later.first_day() > reach.last_day());
        let within = |date: Date| match dataset.data.as_of {
            Some(reach) if date.first_day() > reach.last_day() => Date::from_day(reach.last_day()),
            _ => date,
        };
        let (from, to) = (within(earlier), within(later));
        let mut changes: Vec<Change<'a>> = dataset
            .data
            .countries
            .iter()
            .filter_map(|country| {
                let before = dataset.assess(country, from);
                let after = dataset.assess(country, to);
                let steps = steps_between(country, from, to);
                (before.standing != after.standing || !steps.is_empty()).then_some(Change {
                    country,
                    before,
                    after,
                    steps,
                })
            })
            .collect();
        changes.sort_by(|a, b| {
            let first = |c: &Change<'_>| c.steps.first().map(|s| s.date.first_day());
            (first(a), &a.country.name).cmp(&(first(b), &b.country.name))
        });
        Self {
            earlier,
            later,
            reach,
            changes,
        }
    }

    /// "Between 1998 and 2000", with how far the sources reach when the later date is past them.
    pub fn heading(&self) -> String {
        match self.reach {
            Some(reach) => format!(
                "Between {} and {} (as of the sources, {reach})",
                self.earlier, self.later
            ),
            None => format!("Between {} and {}", self.earlier, self.later),
        }
    }
}

impl Change<'_> {
    /// "Uzbekistan: from member to former member, 1999", each standing with how weakly it is sourced,
    /// the steps' dates at their sources' precision.
    pub fn headline(&self, dataset: &LoadedDataset) -> String {
        let standing = |assessed: &Assessed<'_>| {
            let words = standing_words(assessed.standing).label().to_lowercase();
            let weak = assessed
                .period
                .filter(|_| assessed.uncertain)
                .and_then(|period| describe::weight_phrase(dataset, &period.sources));
            match weak {
                Some(weak) => format!("{words} ({weak})"),
                None => words,
            }
        };
        let when: Vec<String> = self.steps.iter().map(Step::when).collect();
        let mut line = format!(
            "{}: from {} to {}",
            self.country.name,
            standing(&self.before),
            standing(&self.after)
        );
        if !when.is_empty() {
            line += &format!(", {}", when.join(", "));
        }
        line
    }

    /// Every excerpt its steps rest on, each once, in step order.
    pub fn sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in self.steps.iter().flat_map(|s| &s.sources) {
            if !out.iter().any(|seen| seen == id) {
                out.push((*id).to_owned());
            }
        }
        out
    }
}

impl Step<'_> {
    /// "1999", "February 2024 or 31 August 2024", "after 2013": when it happened, as the sources
    /// date it.
    pub fn when(&self) -> String {
        if self.standing == Standing::Unknown {
            return format!("after {}", self.date);
        }
        std::iter::once(self.date)
            .chain(self.other_dates.iter().copied())
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

/// The date just before the last membership change up to `date` (a year, month or day before
/// it, as precisely as the sources date the change): where the left map of a "before and after"
/// starts when the user has not picked a date.
pub fn date_before_last_change(timeline: &Timeline, date: Date) -> Option<Date> {
    let change = timeline
        .ticks
        .iter()
        .rev()
        .filter(|tick| tick.kind == TickKind::Membership)
        .find(|tick| tick.date.first_day() <= date.first_day())?;
    let day = change.date.first_day();
    let text = match change.date.precision() {
        Precision::Year => format!("{:04}", change.date.year() - 1),
        Precision::Month => day
            .checked_sub_months(chrono::Months::new(1))?
            .format("%Y-%m")
            .to_string(),
        Precision::Day => return day.pred_opt().map(Date::from_day),
    };
    Date::parse(&text).ok()
}

/// What happened to `country` after `from` and by `to`: a status beginning (on the date a source
/// gives, or another source's date), a status ending, or the sources stopping.
fn steps_between<'a>(country: &'a Country, from: Date, to: Date) -> Vec<Step<'a>> {
    let between =
        |date: Date| from.first_day() < date.first_day() && date.first_day() <= to.first_day();
    let mut steps = Vec::new();
    for (i, period) in country.periods.iter().enumerate() {
        let sources = || -> Vec<&'a str> {
            let claims = period.disputed_from.iter().flat_map(|c| &c.sources);
            period
                .sources
                .iter()
                .chain(claims)
                .map(String::as_str)
                .collect()
        };
        let other_dates: Vec<Date> = period.disputed_from.iter().map(|c| c.date).collect();
        if between(period.from) || other_dates.iter().any(|d| between(*d)) {
            steps.push(Step {
                date: period.from,
                other_dates,
                standing: Standing::Held(period.status),
                event: period.event.clone(),
                sources: sources(),
            });
        }
        let next = country.periods.get(i + 1).map(|p| p.from);
        if let Some(end) = period.to.filter(|end| between(*end)) {
            steps.push(Step {
                date: end,
                other_dates: Vec::new(),
                standing: Standing::NoStatus,
                event: format!(
                    "{} ended",
                    standing_words(Standing::Held(period.status)).label()
                ),
                sources: sources(),
            });
        }
        // The sources stop where the status turns unknown: the day after `known_until`, unless
        // the status ends or the next one begins first.
        let stop = period.known_until.and_then(|until| {
            let day_after = Date::from_day(until.last_day().succ_opt()?);
            let ends_first = period.to.or(next).is_some_and(|end| end <= day_after);
            (!ends_first && between(day_after)).then_some(until)
        });
        if let Some(until) = stop {
            steps.push(Step {
                date: until,
                other_dates: Vec::new(),
                standing: Standing::Unknown,
                event: format!("The sources say nothing after {until}"),
                sources: sources(),
            });
        }
    }
    steps.sort_by_key(|s| s.date.first_day());
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Status;
    use crate::earth::world::world;

    fn csto() -> LoadedDataset {
        world().csto()
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn change<'a>(comparison: &'a Comparison<'_>, id: &str) -> &'a Change<'a> {
        comparison
            .changes
            .iter()
            .find(|c| c.country.id == id)
            .unwrap()
    }

    fn summary(comparison: &Comparison<'_>) -> Vec<(String, Standing, Standing)> {
        comparison
            .changes
            .iter()
            .map(|c| (c.country.id.clone(), c.before.standing, c.after.standing))
            .collect()
    }

    const MEMBER: Standing = Standing::Held(Status::Member);
    const FORMER: Standing = Standing::Held(Status::Former);

    #[test]
    fn between_1998_and_2000_azerbaijan_georgia_and_uzbekistan_leave() {
        let dataset = csto();
        let comparison = Comparison::new(&dataset, date("1998"), date("2000"));
        let mut left = summary(&comparison);
        left.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            left,
            vec![
                ("AZE".into(), MEMBER, FORMER),
                ("GEO".into(), MEMBER, FORMER),
                ("UZB".into(), MEMBER, FORMER),
            ]
        );
        let uzbekistan = change(&comparison, "UZB");
        assert_eq!(
            uzbekistan.headline(&dataset),
            "Uzbekistan: from member to former member, 1999"
        );
        assert!(
            uzbekistan
                .sources()
                .contains(&"ex-diplomat-1999".to_owned()),
            "{:?}",
            uzbekistan.sources()
        );
        assert_eq!(comparison.heading(), "Between 1998 and 2000");
    }

    #[test]
    fn between_2006_and_2012_uzbekistan_steps_back_as_the_data_dates_it() {
        // The data has Uzbekistan joining in 2006 and leaving in 2012: at 2006 it is already a
        // member, so only the 2012 departure lies between the two dates.
        let dataset = csto();
        let comparison = Comparison::new(&dataset, date("2012"), date("2006"));
        assert_eq!(comparison.earlier, date("2006"));
        assert_eq!(summary(&comparison), vec![("UZB".into(), MEMBER, FORMER)]);
        let step = &comparison.changes[0].steps[0];
        assert_eq!(step.when(), "2012");
        assert!(step.sources.contains(&"ex-diplomat-uzbekistan-2006-2012"));
    }

    #[test]
    fn leaving_and_coming_back_in_between_is_a_change_too() {
        let dataset = csto();
        let comparison = Comparison::new(&dataset, date("1998"), date("2008"));
        let uzbekistan = change(&comparison, "UZB");
        assert_eq!(
            (uzbekistan.before.standing, uzbekistan.after.standing),
            (MEMBER, MEMBER)
        );
        let when: Vec<String> = uzbekistan.steps.iter().map(Step::when).collect();
        assert_eq!(when, ["1999", "2006"]);
    }

    #[test]
    fn a_date_another_source_gives_marks_a_change_with_both_dates() {
        let dataset = csto();
        let comparison = Comparison::new(&dataset, date("2024-03"), date("2024-09"));
        let armenia = &comparison.changes[0];
        assert_eq!(armenia.country.id, "ARM");
        assert_eq!(armenia.steps[0].when(), "February 2024 or 31 August 2024");
    }

    #[test]
    fn a_weak_observer_status_is_said_to_be_weak_and_then_unknown() {
        let dataset = csto();
        let joined = Comparison::new(&dataset, date("2012"), date("2013"));
        let afghanistan = change(&joined, "AFG");
        assert_eq!(
            afghanistan.headline(&dataset),
            "Afghanistan: from not a member to observer (per one undated fragment), 2013"
        );
        let later = Comparison::new(&dataset, date("2013"), date("2020"));
        let afghanistan = change(&later, "AFG");
        assert_eq!(afghanistan.after.standing, Standing::Unknown);
        assert_eq!(afghanistan.steps[0].when(), "after 2013");
    }

    #[test]
    fn by_default_the_left_map_shows_the_date_just_before_the_last_change() {
        let dataset = csto();
        let timeline = Timeline::new(&dataset.data, date("2026-11-25").first_day());
        let before = |d: &str| date_before_last_change(&timeline, date(d)).map(|d| d.to_iso());
        assert_eq!(before("2000").as_deref(), Some("1998"));
        assert_eq!(before("1999").as_deref(), Some("1998"));
        assert_eq!(before("2013-06").as_deref(), Some("2012"));
        assert_eq!(before("2025-07-01").as_deref(), Some("2024-08-30"));
        assert_eq!(before("1990"), None);
    }

    #[test]
    fn past_the_sources_nothing_is_claimed_and_the_heading_says_so() {
        let dataset = csto();
        let comparison = Comparison::new(&dataset, date("2025-08"), date("2026-11"));
        assert!(comparison.changes.is_empty());
        assert_eq!(
            comparison.heading(),
            "Between August 2025 and November 2026 (as of the sources, August 2025)"
        );
        assert!(
            Comparison::new(&dataset, date("2000"), date("2000"))
                .changes
                .is_empty()
        );
    }
}
