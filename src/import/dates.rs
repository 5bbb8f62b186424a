//! A date cell at the precision it was given: ISO (`1992`, `1992-05`, `1992-05-15`), `15.05.1992`,
//! `05.1992`, "May 1992", "15 May 1992", "May 15, 1992", "май 1992", "15 мая 1992 г.", a bare year
//! (1992 typed as a number) or a spreadsheet date cell (a day). A month stays a month: no day is
//! ever made up.

use crate::dataset::Date;

use super::read::Cell;

/// A date as read from a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadDate {
    /// The date, at the precision the cell gave.
    pub date: Date,
    /// Whether the cell wrote it other than as the dataset does (`YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`): the match report says how it was read.
    pub unusual: bool,
}

/// English month names and their three-letter forms; Russian ones in the nominative and the
/// genitive ("май 1992", "15 мая 1992") and their usual abbreviations.
const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "январь", "января", "янв"],
    &["february", "feb", "февраль", "февраля", "фев", "февр"],
    &["march", "mar", "март", "марта", "мар"],
    &["april", "apr", "апрель", "апреля", "апр"],
    &["may", "май", "мая"],
    &["june", "jun", "июнь", "июня", "июн"],
    &["july", "jul", "июль", "июля", "июл"],
    &["august", "aug", "август", "августа", "авг"],
    &[
        "september",
        "sep",
        "sept",
        "сентябрь",
        "сентября",
        "сен",
        "сент",
    ],
    &["october", "oct", "октябрь", "октября", "окт"],
    &["november", "nov", "ноябрь", "ноября", "ноя", "нояб"],
    &["december", "dec", "декабрь", "декабря", "дек"],
];

/// The date in `cell`, or why it is not one (a sentence ending in what to write instead).
pub fn read_date(cell: &Cell) -> Result<ReadDate, String> {
    match cell {
        Cell::Day(day) => Ok(ReadDate {
            date: Date::from_day(*day),
            unusual: false,
        }),
        Cell::Number(n) if n.fract() == 0.0 && (1000.0..=2999.0).contains(n) => {
            let date = year(*n as i32).ok_or_else(|| format!("{n} is not a year"))?;
            Ok(ReadDate {
                date,
                unusual: false,
            })
        }
        Cell::Number(n) => Err(format!(
            "the number {n} is not a date: write a year (1992), a month (1992-05) or a day \
             (1992-05-15)"
        )),
        Cell::Empty => Err("the date is missing".to_owned()),
        Cell::Text(text) => read_text(text.trim()),
    }
}

fn read_text(text: &str) -> Result<ReadDate, String> {
    if let Ok(date) = Date::parse(text) {
        return Ok(ReadDate {
            date,
            unusual: false,
        });
    }
    let unusual = |date: Option<Date>| {
        date.map(|date| ReadDate {
            date,
            unusual: true,
        })
    };
    let lower = text.to_lowercase();
    // "15 мая 1992 г.", "1992 год": the Russian word for year is not part of the date.
    let trimmed = ["года", "год", "г.", "г"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower)
        .trim();
    // A spreadsheet's date-and-time text ("1992-05-15 00:00:00", "1992-05-15T00:00:00").
    if let Some((day, _time)) = trimmed.split_once(['T', 't', ' '])
        && day.len() == 10
        && let Ok(date) = Date::parse(day)
    {
        return Ok(ReadDate {
            date,
            unusual: true,
        });
    }
    if trimmed.contains('/') {
        return Err(format!(
            "“{text}” is ambiguous (day/month or month/day?): write 1992-05-15, 15.05.1992 or \
             15 May 1992"
        ));
    }
    let found = if trimmed.contains('.') && !trimmed.contains(' ') {
        dotted(trimmed)
    } else {
        worded(trimmed)
    };
    if let Some(read) = unusual(found.or_else(|| Date::parse(trimmed).ok())) {
        return Ok(read);
    }
    Err(format!(
        "“{text}” is not a date: write 1992, 1992-05, 1992-05-15, 15.05.1992, May 1992 or \
         15 May 1992"
    ))
}

/// `15.05.1992` or `05.1992`.
fn dotted(text: &str) -> Option<Date> {
    let parts: Vec<u32> = text
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [d, m, y] if *y >= 1000 => Date::from_ymd(*y as i32, *m, *d),
        [m, y] if *y >= 1000 => month(*y as i32, *m),
        _ => None,
    }
}

/// "May 1992", "15 May 1992", "May 15, 1992", "май 1992", "15 мая 1992".
fn worded(text: &str) -> Option<Date> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = |word: &str| {
        let word = word.trim_end_matches('.');
        MONTHS
            .iter()
            .position(|names| names.contains(&word))
            .map(|i| i as u32 + 1)
    };
    let number = |word: &str| word.parse::<u32>().ok();
    // Four digits: "15 May 92" would otherwise be the year 92.
    let full_year = |word: &str| {
        (word.len() == 4)
            .then(|| word.parse::<i32>().ok())
            .flatten()
    };
    match words.as_slice() {
        [m, y] => month(full_year(y)?, month_of(m)?),
        [d, m, y] if month_of(m).is_some() => {
            Date::from_ymd(full_year(y)?, month_of(m)?, number(d)?)
        }
        [m, d, y] => Date::from_ymd(full_year(y)?, month_of(m)?, number(d)?),
        _ => None,
    }
}

fn year(y: i32) -> Option<Date> {
    Date::parse(&format!("{y:04}")).ok()
}

fn month(y: i32, m: u32) -> Option<Date> {
    if !(1000..=9999).contains(&y) {
        return None;
    }
    Date::parse(&format!("{y:04}-{m:02}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(cell: Cell) -> String {
        read_date(&cell).map_or_else(|e| e, |r| r.date.to_iso())
    }

    fn text(t: &str) -> String {
        iso(Cell::Text(t.to_owned()))
    }

    #[test]
    fn every_written_form_keeps_its_precision() {
        for (written, expected) in [
            ("1992", "1992"),
            ("1992-05", "1992-05"),
            ("1992-05-15", "1992-05-15"),
            ("15.05.1992", "1992-05-15"),
            ("5.1992", "1992-05"),
            ("May 1992", "1992-05"),
            ("15 May 1992", "1992-05-15"),
            ("May 15, 1992", "1992-05-15"),
            ("sept. 2024", "2024-09"),
            ("май 1992", "1992-05"),
            ("15 мая 1992 г.", "1992-05-15"),
            ("1992 г.", "1992"),
            ("1992 год", "1992"),
            ("Февраль 2024", "2024-02"),
            ("1992-05-15 00:00:00", "1992-05-15"),
        ] {
            assert_eq!(text(written), expected, "{written}");
        }
    }

    #[test]
    fn spreadsheet_cells_are_a_year_or_a_day() {
        assert_eq!(iso(Cell::Number(1992.0)), "1992");
        let day = chrono::NaiveDate::from_ymd_opt(1992, 5, 15).unwrap();
        assert_eq!(iso(Cell::Day(day)), "1992-05-15");
        assert!(read_date(&Cell::Number(33739.0)).is_err());
    }

    #[test]
    fn only_non_iso_forms_are_unusual() {
        let unusual = |t: &str| read_date(&Cell::Text(t.to_owned())).unwrap().unusual;
        assert!(!unusual("1992-05"));
        assert!(unusual("May 1992"));
    }

    #[test]
    fn impossible_or_ambiguous_dates_are_refused_with_a_hint() {
        assert!(text("31.02.1992").contains("is not a date"));
        assert!(text("05/06/1992").contains("ambiguous"));
        assert!(text("soon").contains("write 1992"));
        assert!(text("Mayday 1992").contains("is not a date"));
    }
}
