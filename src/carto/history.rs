//! A country's status over time as segments for a history strip, with the stretches where sources
//! disagree on when a status began marked as contested. No egui here.

use chrono::NaiveDate;

use crate::dataset::{Country, Status};

/// A stretch of time with one status.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// First day.
    pub from: NaiveDate,
    /// Day after the last.
    pub to: NaiveDate,
    /// The status (`None`: no status).
    pub status: Option<Status>,
    /// The status before, where sources disagree whether this stretch already had `status`.
    pub contested_with: Option<Option<Status>>,
    /// Why it is contested.
    pub note: Option<String>,
}

/// The segments of `country`'s history up to `end`, without gaps (no status fills them).
pub fn segments(country: &Country, start: NaiveDate, end: NaiveDate) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut cursor = start;
    let mut previous_status: Option<Status> = None;
    for (i, period) in country.periods.iter().enumerate() {
        let claims = period.disputed_from.iter().map(|c| c.date.first_day());
        let earliest = claims
            .clone()
            .chain([period.from.first_day()])
            .min()
            .unwrap_or(cursor);
        let latest = claims
            .chain([period.from.first_day()])
            .max()
            .unwrap_or(cursor);
        push(&mut out, cursor, earliest, previous_status, None, None);
        let note = period.disputed_from.first().map(|claim| {
            format!(
                "Sources disagree: {} or {}. {}",
                period.from, claim.date, claim.note
            )
        });
        push(
            &mut out,
            earliest,
            latest,
            Some(period.status),
            Some(previous_status),
            note,
        );
        let next_start = country.periods.get(i + 1).map(|next| {
            let claims = next.disputed_from.iter().map(|c| c.date.first_day());
            claims.chain([next.from.first_day()]).min().unwrap_or(end)
        });
        let stop = match (period.to, next_start) {
            (Some(to), _) => to.first_day(),
            (None, Some(next)) => next,
            (None, None) => end,
        };
        push(&mut out, latest, stop, Some(period.status), None, None);
        cursor = stop;
        previous_status = if period.to.is_some() {
            None
        } else {
            Some(period.status)
        };
    }
    push(&mut out, cursor, end, None, None, None);
    out
}

fn push(
    out: &mut Vec<Segment>,
    from: NaiveDate,
    to: NaiveDate,
    status: Option<Status>,
    contested_with: Option<Option<Status>>,
    note: Option<String>,
) {
    if to > from {
        out.push(Segment {
            from,
            to,
            status,
            contested_with,
            note,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::LoadedDataset;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn armenias_freeze_is_contested_between_the_two_dates() {
        let dataset = LoadedDataset::embedded(&|_| true).unwrap();
        let armenia = dataset.country("ARM").unwrap();
        let strip = segments(armenia, day("1992-05-15"), day("2026-11-23"));
        let statuses: Vec<_> = strip
            .iter()
            .map(|s| (s.from.to_string(), s.status, s.contested_with))
            .collect();
        assert_eq!(
            statuses,
            vec![
                ("1992-05-15".into(), Some(Status::Member), None),
                (
                    "2024-02-01".into(),
                    Some(Status::Frozen),
                    Some(Some(Status::Member))
                ),
                ("2024-08-31".into(), Some(Status::Frozen), None),
            ]
        );
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
        let dataset = LoadedDataset::embedded(&|_| true).unwrap();
        let strip = segments(
            dataset.country("UZB").unwrap(),
            day("1992-05-15"),
            day("2026-11-23"),
        );
        let statuses: Vec<_> = strip.iter().map(|s| s.status).collect();
        use Status::*;
        assert_eq!(
            statuses,
            vec![Some(Member), Some(Former), Some(Member), Some(Former)]
        );
        assert_eq!(strip.last().unwrap().to, day("2026-11-23"));
    }

    #[test]
    fn a_later_joiner_starts_with_no_status() {
        let dataset = LoadedDataset::embedded(&|_| true).unwrap();
        let strip = segments(
            dataset.country("BLR").unwrap(),
            day("1992-05-15"),
            day("2026-11-23"),
        );
        assert_eq!(strip[0].status, None);
        assert_eq!(strip[1].from.to_string(), "1993-01-01");
    }
}
