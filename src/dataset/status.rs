//! What a country's status was on a given day.

use super::date::Date;
use super::model::{Country, Status, StatusPeriod};

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
