//! What a country's status was on a given day, and the words every part of the app uses for a
//! status.

use super::date::Date;
use super::model::{Country, Status, StatusPeriod};

/// How a status (or having none) is named: in tables and JSON, and to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusWords {
    /// The status (`None`: never had one).
    pub status: Option<Status>,
    /// Its code in tables and JSON: `member`, `frozen`, `former`, `observer`, `none`.
    pub code: &'static str,
    /// Its words in the legend, panels and tooltips.
    pub label: &'static str,
}

/// Every status with its words, in the order the legend lists them.
pub const STATUS_WORDS: [StatusWords; 5] = [
    StatusWords {
        status: Some(Status::Member),
        code: "member",
        label: "Member",
    },
    StatusWords {
        status: Some(Status::Frozen),
        code: "frozen",
        label: "Participation frozen",
    },
    StatusWords {
        status: Some(Status::Former),
        code: "former",
        label: "Former member",
    },
    StatusWords {
        status: Some(Status::Observer),
        code: "observer",
        label: "Observer",
    },
    StatusWords {
        status: None,
        code: "none",
        label: "Never a member",
    },
];

/// The words for `status`.
pub fn status_words(status: Option<Status>) -> &'static StatusWords {
    match status {
        Some(Status::Member) => &STATUS_WORDS[0],
        Some(Status::Frozen) => &STATUS_WORDS[1],
        Some(Status::Former) => &STATUS_WORDS[2],
        Some(Status::Observer) => &STATUS_WORDS[3],
        None => &STATUS_WORDS[4],
    }
}

/// A country's status on a day, with the period it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatusAt<'a> {
    /// The status.
    pub status: Status,
    /// The period that gives it.
    pub period: &'a StatusPeriod,
}

/// The status of `country` on `date`: the last period that has begun by then and not ended;
/// `None` if the country had no status then (before its first period, or after one that ended).
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
    Some(StatusAt {
        status: period.status,
        period,
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
    fn every_status_has_its_own_words() {
        for words in &STATUS_WORDS {
            assert_eq!(status_words(words.status), words);
        }
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
