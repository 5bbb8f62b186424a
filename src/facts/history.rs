//! A country's status over time as segments for a history strip, with the stretches where sources
//! disagree on when a status began marked as contested. No egui here.

use chrono::NaiveDate;

use crate::dataset::{Country, Date, Standing};

/// A stretch of time with one standing.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// First day.
    pub from: NaiveDate,
    /// Day after the last.
    pub to: NaiveDate,
    /// Where it begins, at the precision of the date that starts it ("2013", "February 2024").
    pub from_date: Date,
    /// Where the next segment begins, at its precision.
    pub to_date: Date,
    /// The standing: a status, unknown (the sources stop), or none.
    pub standing: Standing,
    /// The standing before, where sources disagree whether this stretch already had `standing`.
    pub contested_with: Option<Standing>,
    /// Why it is contested.
    pub note: Option<String>,
}

/// The segments of `country`'s history from `start` to `end`, without gaps (no status fills them).
pub fn segments(country: &Country, start: NaiveDate, end: NaiveDate) -> Vec<Segment> {
    let end_date = Date::from_day(end);
    let mut out: Vec<Segment> = Vec::new();
    let mut cursor = Date::from_day(start);
    let mut previous = Standing::NoStatus;
    for (i, period) in country.periods.iter().enumerate() {
        let dates = || {
            period
                .disputed_from
                .iter()
                .map(|c| c.date)
                .chain([period.from])
        };
        let earliest = dates().min().unwrap_or(cursor);
        let latest = dates().max().unwrap_or(cursor);
        push(&mut out, cursor, earliest, previous, None, None);
        let held = Standing::Held(period.status);
        let note = period.disputed_from.first().map(|claim| {
            format!(
                "Sources disagree: {} or {}. {}",
                period.from, claim.date, claim.note
            )
        });
        push(&mut out, earliest, latest, held, Some(previous), note);
        let next_start = country.periods.get(i + 1).and_then(|next| {
            next.disputed_from
                .iter()
                .map(|c| c.date)
                .chain([next.from])
                .min()
        });
        let stop = period.to.or(next_start).unwrap_or(end_date);
        // Past the last date the sources support, the status is unknown, not carried on.
        let known_end = period.known_until.and_then(|until| {
            let day_after = until.last_day().succ_opt()?;
            (day_after < stop.first_day()).then_some((until, Date::from_day(day_after)))
        });
        match known_end {
            Some((until, day_after)) => {
                push(&mut out, latest, day_after, held, None, None);
                let note = Some(format!("The sources say nothing after {until}."));
                push(&mut out, day_after, stop, Standing::Unknown, None, note);
            }
            None => push(&mut out, latest, stop, held, None, None),
        }
        cursor = stop;
        previous = match (period.to, known_end) {
            (Some(_), _) => Standing::NoStatus,
            (None, Some(_)) => Standing::Unknown,
            (None, None) => held,
        };
    }
    push(&mut out, cursor, end_date, Standing::NoStatus, None, None);
    let end_day = end;
    out.retain(|s| s.from < end_day);
    for segment in &mut out {
        if segment.to > end_day {
            segment.to = end_day;
            segment.to_date = end_date;
        }
    }
    out
}

fn push(
    out: &mut Vec<Segment>,
    from: Date,
    to: Date,
    standing: Standing,
    contested_with: Option<Standing>,
    note: Option<String>,
) {
    if to.first_day() > from.first_day() {
        out.push(Segment {
            from: from.first_day(),
            to: to.first_day(),
            from_date: from,
            to_date: to,
            standing,
            contested_with,
            note,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Status;
    use crate::earth::world::world;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn armenias_freeze_is_contested_between_the_two_dates() {
        let dataset = world().csto();
        let armenia = dataset.country("ARM").unwrap();
        let strip = segments(armenia, day("1992-05-15"), day("2026-11-23"));
        let statuses: Vec<_> = strip
            .iter()
            .map(|s| (s.from.to_string(), s.standing, s.contested_with))
            .collect();
        let held = Standing::Held;
        assert_eq!(
            statuses,
            vec![
                ("1992-05-15".into(), held(Status::Member), None),
                (
                    "2024-02-01".into(),
                    held(Status::Frozen),
                    Some(held(Status::Member))
                ),
                ("2024-08-31".into(), held(Status::Frozen), None),
            ]
        );
        assert_eq!(strip[1].from_date.to_string(), "February 2024");
        assert!(
            strip[1]
                .note
                .as_deref()
                .unwrap()
                .contains("February 2024 or 31 August 2024")
        );
    }

    #[test]
    fn uzbekistan_goes_in_and_out() {
        let dataset = world().csto();
        let strip = segments(
            dataset.country("UZB").unwrap(),
            day("1992-05-15"),
            day("2026-11-23"),
        );
        let statuses: Vec<_> = strip.iter().map(|s| s.standing).collect();
        use Status::*;
        let held = Standing::Held;
        assert_eq!(
            statuses,
            vec![held(Member), held(Former), held(Member), held(Former)]
        );
        assert_eq!(strip.last().unwrap().to, day("2026-11-23"));
    }

    #[test]
    fn a_later_joiner_starts_with_no_status() {
        let dataset = world().csto();
        let strip = segments(
            dataset.country("BLR").unwrap(),
            day("1992-05-15"),
            day("2026-11-23"),
        );
        assert_eq!(strip[0].standing, Standing::NoStatus);
        assert_eq!(strip[1].from.to_string(), "1993-01-01");
        assert_eq!(strip[1].from_date.to_string(), "1993");
    }

    #[test]
    fn a_status_the_sources_stop_supporting_turns_unknown() {
        let mut dataset = world().csto();
        let afghanistan = dataset
            .data
            .countries
            .iter_mut()
            .find(|c| c.id == "AFG")
            .unwrap();
        afghanistan.periods[0].known_until = Some(Date::parse("2013").unwrap());
        let strip = segments(afghanistan, day("1992-05-15"), day("2026-11-23"));
        let standings: Vec<_> = strip
            .iter()
            .map(|s| (s.from_date.to_string(), s.standing))
            .collect();
        assert_eq!(
            standings,
            vec![
                ("15 May 1992".into(), Standing::NoStatus),
                ("2013".into(), Standing::Held(Status::Observer)),
                ("1 January 2014".into(), Standing::Unknown),
            ]
        );
    }
}
