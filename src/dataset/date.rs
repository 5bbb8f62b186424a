//! Dates at the precision a source gives them: a year, a month or a day.
//!
//! A source that says "in 2006" must not become "1 January 2006" on screen, so a [`Date`] keeps its
//! precision for display while ordering by its first day.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::tr;

/// How much of a [`Date`] the source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Only the year, e.g. "2006".
    Year,
    /// Year and month, e.g. "February 2024".
    Month,
    /// A calendar day, e.g. "15 May 1992".
    Day,
}

/// A calendar date known to a [`Precision`]; it orders (and compares) by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    first_day: NaiveDate,
    precision: Precision,
}

/// Why a date string could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{text}” is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")]
pub struct DateParseError {
    text: String,
}

impl Date {
    /// A date known to the day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(|first_day| Self {
            first_day,
            precision: Precision::Day,
        })
    }

    /// The last day the date can mean (31 December for a year, the month's last day for a month).
    pub fn last_day(&self) -> NaiveDate {
        let d = self.first_day;
        let next = match self.precision {
            Precision::Day => return d,
            Precision::Month => d.checked_add_months(chrono::Months::new(1)),
            Precision::Year => d.with_year(d.year() + 1),
        };
        next.and_then(|n| n.pred_opt()).unwrap_or(d)
    }

    /// A date known to the day, from a calendar day.
    pub fn from_day(day: NaiveDate) -> Self {
        Self {
            first_day: day,
            precision: Precision::Day,
        }
    }

    /// The first day the date can mean (1 January for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        self.first_day
    }

    /// How precise the source was.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.first_day.year()
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateParseError> {
        let error = || DateParseError {
            text: text.to_owned(),
        };
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize| -> Result<u32, DateParseError> {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let (year, month, day, precision) = match parts.as_slice() {
            [y] => (number(y, 4)?, 1, 1, Precision::Year),
            [y, m] => (number(y, 4)?, number(m, 2)?, 1, Precision::Month),
            [y, m, d] => (number(y, 4)?, number(m, 2)?, number(d, 2)?, Precision::Day),
            _ => return Err(error()),
        };
        let year = i32::try_from(year).map_err(|_| error())?;
        let first_day = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(error)?;
        Ok(Self {
            first_day,
            precision,
        })
    }

    /// The ISO form it was written in: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn to_iso(&self) -> String {
        let d = self.first_day;
        match self.precision {
            Precision::Year => format!("{:04}", d.year()),
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Precision::Day => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day, self.precision).cmp(&(other.first_day, other.precision))
    }
}

/// Reads as a person would say it: "2006", "February 2024", "15 May 1992".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In the current language, at the date's precision: "1 July 2025", "1 июля 2025";
        // "February 2024", "февраль 2024"; "2024".
        let d = self.first_day;
        let month = d.month();
        match self.precision {
            Precision::Year => write!(f, "{}", d.year()),
            Precision::Month => write!(f, "{} {}", tr(&format!("month-{month}")), d.year()),
            Precision::Day => {
                let of = tr(&format!("month-{month}-of"));
                write!(f, "{} {of} {}", d.day(), d.year())
            }
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_the_source_gave() {
        assert_eq!(Date::parse("2006").unwrap().to_string(), "2006");
        assert_eq!(Date::parse("2024-02").unwrap().to_string(), "February 2024");
        assert_eq!(
            Date::parse("1992-05-15").unwrap().to_string(),
            "15 May 1992"
        );
        assert_eq!(Date::parse("2024-02").unwrap().to_iso(), "2024-02");
    }

    #[test]
    fn knows_the_last_day_it_can_mean() {
        assert_eq!(
            Date::parse("2024").unwrap().last_day().to_string(),
            "2024-12-31"
        );
        assert_eq!(
            Date::parse("2024-02").unwrap().last_day().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::parse("2024-02-10").unwrap().last_day().to_string(),
            "2024-02-10"
        );
    }

    #[test]
    fn orders_by_first_day() {
        let year = Date::parse("2024").unwrap();
        let month = Date::parse("2024-02").unwrap();
        let day = Date::parse("2024-08-31").unwrap();
        assert!(year < month && month < day);
    }

    #[test]
    fn rejects_malformed_dates() {
        for text in [
            "",
            "92",
            "2024-2",
            "2024-13",
            "2024-02-30",
            "2024-02-01-01",
            "abcd",
        ] {
            assert!(Date::parse(text).is_err(), "{text} should be rejected");
        }
    }
}
