//! The dataset's story in time: its span, and every dated event as a tick the timeline shows and
//! the keyboard steps through. No egui here.

use chrono::NaiveDate;

use super::describe;
use super::selection::Selection;
use crate::dataset::{Dataset, Date, DateBasis, Exercise};

/// What kind of thing a tick marks; the timeline colours them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickKind {
    /// A change of some country's status.
    Membership,
    /// A meeting, summit, decision or programme.
    Event,
    /// A military exercise.
    Exercise,
}

/// One dated thing on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// When (ticks sit at the date's first day).
    pub date: Date,
    /// How the date was arrived at: for the date of a report, the tick marks when it was known.
    pub basis: DateBasis,
    /// What happened, in a few words.
    pub label: String,
    /// Its kind.
    pub kind: TickKind,
    /// What selecting it would show.
    pub target: Selection,
}

/// The span the timeline covers and its ticks, in date order.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// The dataset's first date.
    pub start: NaiveDate,
    /// Today.
    pub end: NaiveDate,
    /// Every dated thing, sorted by date.
    pub ticks: Vec<Tick>,
}

impl Tick {
    /// Its date in words, with how it was arrived at: "2022, inferred", "by 1 August 2025 (the
    /// date of the report)".
    pub fn when(&self) -> String {
        describe::dated(self.date.to_string(), self.basis)
    }
}

impl Timeline {
    /// The timeline of `dataset` up to `today`.
    pub fn new(dataset: &Dataset, today: NaiveDate) -> Self {
        let mut ticks = Vec::new();
        for country in &dataset.countries {
            let select = Selection::Country(country.id.clone());
            for period in &country.periods {
                let claimed = period.disputed_from.iter().map(|claim| {
                    let label = format!(
                        "{}: {} (date another source gives)",
                        country.name, period.event
                    );
                    (claim.date, label)
                });
                let stated = (period.from, format!("{}: {}", country.name, period.event));
                ticks.extend(
                    std::iter::once(stated)
                        .chain(claimed)
                        .map(|(date, label)| Tick {
                            date,
                            basis: DateBasis::Stated,
                            label,
                            kind: TickKind::Membership,
                            target: select.clone(),
                        }),
                );
            }
        }
        let events = dataset.events.iter().map(|event| Tick {
            date: event.start,
            basis: event.dated,
            label: event.title.clone(),
            kind: TickKind::Event,
            target: Selection::Event(event.id.clone()),
        });
        let exercises = dataset.exercises.iter().map(|exercise| Tick {
            date: exercise.start,
            basis: DateBasis::Stated,
            label: exercise.name.clone(),
            kind: TickKind::Exercise,
            target: Selection::Exercise(exercise.id.clone()),
        });
        ticks.extend(events.chain(exercises));
        // The timeline runs to today: plans dated later (deliveries from 2026, a programme to 2029)
        // are in the panels, not on the slider.
        ticks.retain(|t| t.date.first_day() <= today);
        ticks.sort_by_key(|t| t.date.first_day());
        let start = ticks.first().map_or(today, |t| t.date.first_day());
        Self {
            start,
            end: today,
            ticks,
        }
    }

    /// The first tick after `day`.
    pub fn next_after(&self, day: NaiveDate) -> Option<&Tick> {
        self.ticks.iter().find(|t| t.date.first_day() > day)
    }

    /// The last tick before `day`.
    pub fn previous_before(&self, day: NaiveDate) -> Option<&Tick> {
        self.ticks.iter().rev().find(|t| t.date.first_day() < day)
    }

    /// The last day after `after` and up to `up_to` that has ticks: what a step of playback
    /// passed.
    pub fn last_tick_day_between(&self, after: NaiveDate, up_to: NaiveDate) -> Option<NaiveDate> {
        self.ticks
            .iter()
            .rev()
            .map(|t| t.date.first_day())
            .find(|day| *day > after && *day <= up_to)
    }

    /// What happened on `day`, as the map's caption names it, each date at its source's
    /// precision: "1999 · Treaty expires; Uzbekistan, Azerbaijan and Georgia leave". Meetings and
    /// exercises speak for the day when there are any (they sum up the membership changes);
    /// otherwise the changes do. `None` if nothing is dated that day.
    pub fn caption_on(&self, day: NaiveDate) -> Option<String> {
        let on_day = || self.ticks.iter().filter(|t| t.date.first_day() == day);
        let summaries: Vec<&Tick> = on_day()
            .filter(|t| t.kind != TickKind::Membership)
            .collect();
        let ticks = if summaries.is_empty() {
            on_day().collect()
        } else {
            summaries
        };
        let mut parts: Vec<String> = Vec::new();
        let mut last_date = None;
        for tick in ticks.iter().take(CAPTION_TICKS) {
            let when = tick.when();
            if last_date.as_ref() == Some(&when) {
                parts.push(format!("; {}", tick.label));
            } else {
                let gap = if parts.is_empty() { "" } else { " — " };
                parts.push(format!("{gap}{when} · {}", tick.label));
                last_date = Some(when);
            }
        }
        if ticks.len() > CAPTION_TICKS {
            parts.push(format!("; and {} more", ticks.len() - CAPTION_TICKS));
        }
        (!parts.is_empty()).then(|| parts.concat())
    }

    /// Where `day` lies between start (0) and end (1).
    pub fn fraction(&self, day: NaiveDate) -> f64 {
        let span = (self.end - self.start).num_days().max(1) as f64;
        ((day - self.start).num_days() as f64 / span).clamp(0.0, 1.0)
    }

    /// The day at a fraction of the span.
    pub fn day_at(&self, fraction: f64) -> NaiveDate {
        let span = (self.end - self.start).num_days().max(0) as f64;
        let offset = (fraction.clamp(0.0, 1.0) * span).round() as i64;
        self.start + chrono::Duration::days(offset)
    }

    /// `day` kept within the timeline.
    pub fn clamp(&self, day: NaiveDate) -> NaiveDate {
        day.clamp(self.start, self.end)
    }
}

/// How many of a day's events a caption names before "and N more".
const CAPTION_TICKS: usize = 3;

/// Days after an exercise ends over which its marker fades to [`PAST_OPACITY`].
pub const FADE_DAYS: i64 = 730;
/// How visible a past exercise stays once faded.
pub const PAST_OPACITY: f32 = 0.3;
/// Days after an exercise ends when its marker leaves the map.
pub const GONE_DAYS: i64 = 5 * 365;

/// How visible an exercise's marker is on `day`: 0 before it starts, 1 while it runs (to the last
/// day its dates can mean), then fading to [`PAST_OPACITY`], and gone after [`GONE_DAYS`].
pub fn exercise_opacity(exercise: &Exercise, day: NaiveDate) -> f32 {
    let start = exercise.start.first_day();
    let end = exercise.end.unwrap_or(exercise.start).last_day();
    if day < start {
        return 0.0;
    }
    let since_end = (day - end).num_days();
    if since_end <= 0 {
        1.0
    } else if since_end > GONE_DAYS {
        0.0
    } else {
        let t = (since_end as f32 / FADE_DAYS as f32).min(1.0);
        1.0 - t * (1.0 - PAST_OPACITY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::LoadedDataset;
    use crate::earth::world::world;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn csto() -> LoadedDataset {
        world().csto()
    }

    #[test]
    fn spans_from_the_first_date_to_today() {
        let timeline = Timeline::new(&csto().data, day("2026-11-23"));
        assert_eq!(timeline.start, day("1992-05-15"));
        assert_eq!(timeline.end, day("2026-11-23"));
        assert!(
            timeline
                .ticks
                .windows(2)
                .all(|w| w[0].date.first_day() <= w[1].date.first_day())
        );
    }

    #[test]
    fn steps_between_events() {
        let timeline = Timeline::new(&csto().data, day("2026-11-23"));
        let next = timeline.next_after(day("1992-05-15")).unwrap();
        assert_eq!(next.date.year(), 1993);
        let previous = timeline.previous_before(day("1993-01-01")).unwrap();
        assert_eq!(previous.date.first_day(), day("1992-05-15"));
        assert!(timeline.previous_before(timeline.start).is_none());
    }

    #[test]
    fn a_caption_names_what_happened_at_the_sources_precision() {
        let timeline = Timeline::new(&csto().data, day("2026-11-23"));
        let caption = timeline.caption_on(day("1999-01-01")).unwrap();
        assert_eq!(
            caption,
            "1999 · Treaty expires; Uzbekistan, Azerbaijan and Georgia leave"
        );
        let rejoined = timeline.caption_on(day("2006-01-01")).unwrap();
        assert_eq!(
            rejoined,
            "2006 · Uzbekistan: Joined the CSTO as a full member"
        );
        let freeze = timeline.caption_on(day("2024-02-01")).unwrap();
        assert!(freeze.starts_with("February 2024 · Armenia"), "{freeze}");
        assert_eq!(timeline.caption_on(day("1998-03-03")), None);
        let crossed = timeline.last_tick_day_between(day("1998-06-01"), day("1999-06-01"));
        assert_eq!(crossed, Some(day("1999-01-01")));
        assert_eq!(
            timeline.last_tick_day_between(day("1999-01-01"), day("1999-06-01")),
            None
        );
    }

    #[test]
    fn fractions_and_days_round_trip() {
        let timeline = Timeline::new(&csto().data, day("2026-11-23"));
        let d = day("2012-05-12");
        assert_eq!(timeline.day_at(timeline.fraction(d)), d);
    }

    #[test]
    fn exercise_markers_appear_at_their_dates_then_fade() {
        let dataset = csto();
        let interaction = dataset.exercise("interaction-2024").unwrap();
        assert_eq!(exercise_opacity(interaction, day("2023-12-31")), 0.0);
        assert_eq!(exercise_opacity(interaction, day("2024-06-01")), 1.0);
        let later = exercise_opacity(interaction, day("2025-12-31"));
        assert!(later > PAST_OPACITY && later < 1.0, "{later}");
        assert_eq!(
            exercise_opacity(interaction, day("2027-06-01")),
            PAST_OPACITY
        );
        assert_eq!(exercise_opacity(interaction, day("2031-01-01")), 0.0);
    }
}
