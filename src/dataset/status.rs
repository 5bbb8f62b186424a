//! What a country's status was on a given day, how well the sources know it, and the words every
//! part of the app uses for it.

use super::date::Date;
use super::model::{Country, Status, StatusPeriod};

/// What the map and the tables say about a country at a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// A status the sources give for that date.
    Held(Status),
    /// The sources' last word on it was a status that they do not carry up to that date.
    Unknown,
    /// No status: before it joined, or after a status that ended.
    NoStatus,
}

impl Standing {
    /// The standing a [`status_at`] answer means.
    pub fn of(at: Option<&StatusAt<'_>>) -> Self {
        match at {
            Some(at) if !at.known => Self::Unknown,
            Some(at) => Self::Held(at.status),
            None => Self::NoStatus,
        }
    }
}

/// How a standing is named: in tables and JSON, and to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StandingWords {
    /// The standing.
    pub standing: Standing,
    /// Its code in tables and JSON: `member`, `frozen`, `former`, `observer`, `unknown`, `none`.
    pub code: &'static str,
    /// Its message in the message files (`standing-member`): its words in the legend, panels,
    /// tooltips and the command line.
    key: &'static str,
}

impl StandingWords {
    /// Its words in the current language.
    pub fn label(&self) -> String {
        crate::i18n::tr(self.key)
    }
}

/// Every standing with its words, in the order the legend lists them.
pub const STANDING_WORDS: [StandingWords; 6] = [
    StandingWords {
        standing: Standing::Held(Status::Member),
        code: "member",
        key: "standing-member",
    },
    StandingWords {
        standing: Standing::Held(Status::Frozen),
        code: "frozen",
        key: "standing-frozen",
    },
    StandingWords {
        standing: Standing::Held(Status::Former),
        code: "former",
        key: "standing-former",
    },
    StandingWords {
        standing: Standing::Held(Status::Observer),
        code: "observer",
        key: "standing-observer",
    },
    StandingWords {
        standing: Standing::Unknown,
        code: "unknown",
        key: "standing-unknown",
    },
    StandingWords {
        standing: Standing::NoStatus,
        code: "none",
        key: "standing-none",
    },
];

/// The words for `standing`.
pub fn standing_words(standing: Standing) -> &'static StandingWords {
    match standing {
        Standing::Held(Status::Member) => &STANDING_WORDS[0],
        Standing::Held(Status::Frozen) => &STANDING_WORDS[1],
        Standing::Held(Status::Former) => &STANDING_WORDS[2],
        Standing::Held(Status::Observer) => &STANDING_WORDS[3],
        Standing::Unknown => &STANDING_WORDS[4],
        Standing::NoStatus => &STANDING_WORDS[5],
    }
}

/// A country's status on a day, with the period it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatusAt<'a> {
    /// The status.
    pub status: Status,
    /// The period that gives it.
    pub period: &'a StatusPeriod,
    /// Whether the sources carry the status up to the day (`false` past the period's `known_until`).
    pub known: bool,
    /// Whether every date the sources give for the period's start has come by the day (`false`
    /// between its `from` and the latest of its `disputed_from` dates).
    pub settled: bool,
}

/// The status of `country` on `date`: the last period that has begun by then and not ended;
/// `None` if the country had no status then (before its first period, or after one that ended).
/// Past a period's `known_until` the status is returned with `known: false`; before the latest
/// date another source gives for its start, with `settled: false`.
pub fn status_at(country: &Country, date: Date) -> Option<StatusAt<'_>> {
    let day = date.first_day();
    let period = country
        .periods
        .iter()
        .take_while(|p| p.from.first_day() <= day)
        .last()?;
    if period.to.is_some_and(|to| to.first_day() <= day) {
        return None;
    }
    let known = period
        .known_until
        .is_none_or(|until| day <= until.last_day());
    let settled = period
        .disputed_from
        .iter()
        .all(|claim| claim.date.first_day() <= day);
    Some(StatusAt {
        status: period.status,
        period,
        known,
        settled,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: &str, to: Option<&str>, status: Status) -> StatusPeriod {
        StatusPeriod {
            from: Date::parse(from).unwrap(),
            to: to.map(|t| Date::parse(t).unwrap()),
            status,
            event: String::new(),
            sources: vec!["x".into()],
            disputed_from: vec![],
            status_disputed: false,
            known_until: None,
        }
    }

    fn uzbekistan() -> Country {
        Country {
            id: "UZB".into(),
            name: "Uzbekistan".into(),
            iso_a3: Some("UZB".into()),
            periods: vec![
                period("1992-05-15", None, Status::Member),
                period("1999", None, Status::Former),
                period("2006", None, Status::Member),
                period("2012", None, Status::Former),
            ],
        }
    }

    #[test]
    fn follows_the_periods_through_time() {
        let at = |d: &str| status_at(&uzbekistan(), Date::parse(d).unwrap()).map(|s| s.status);
        assert_eq!(at("1991"), None);
        assert_eq!(at("1992-05-15"), Some(Status::Member));
        assert_eq!(at("2000-06"), Some(Status::Former));
        assert_eq!(at("2008"), Some(Status::Member));
        assert_eq!(at("2025-01-01"), Some(Status::Former));
    }

    #[test]
    fn every_standing_has_its_own_words() {
        for words in &STANDING_WORDS {
            assert_eq!(standing_words(words.standing), words);
        }
    }

    #[test]
    fn a_status_known_only_until_a_date_is_unknown_after_it() {
        let mut observer = period("2013", None, Status::Observer);
        observer.known_until = Some(Date::parse("2013").unwrap());
        let country = Country {
            id: "AFG".into(),
            name: "Afghanistan".into(),
            iso_a3: Some("AFG".into()),
            periods: vec![observer],
        };
        let standing =
            |d: &str| Standing::of(status_at(&country, Date::parse(d).unwrap()).as_ref());
        assert_eq!(standing("2012"), Standing::NoStatus);
        assert_eq!(standing("2013-12-31"), Standing::Held(Status::Observer));
        assert_eq!(standing("2014-01-01"), Standing::Unknown);
    }

    #[test]
    fn a_closed_period_ends_the_status() {
        let observer = Country {
            id: "X".into(),
            name: "X".into(),
            iso_a3: None,
            periods: vec![period("2013", Some("2015"), Status::Observer)],
        };
        assert_eq!(
            status_at(&observer, Date::parse("2014").unwrap()).map(|s| s.status),
            Some(Status::Observer)
        );
        assert_eq!(status_at(&observer, Date::parse("2016").unwrap()), None);
    }
}
