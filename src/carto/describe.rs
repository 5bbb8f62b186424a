//! Words for what the map shows: status phrases, date spans, place precision. Shared by the side
//! panels, tooltips and exports, so the same thing is always said the same way.

use crate::dataset::{Country, Date, Place, PlacePrecision, Precision, status_at, status_words};

/// "Member since 15 May 1992", "Participation frozen since February 2024", "No status".
pub fn status_phrase(country: &Country, date: Date) -> String {
    match status_at(country, date) {
        Some(at) => format!(
            "{} since {}",
            status_words(Some(at.status)).label,
            at.period.from
        ),
        None if country.periods.first().is_some_and(|p| p.from > date) => {
            "Not yet involved".to_owned()
        }
        None => "No status".to_owned(),
    }
}

/// "26–30 September 2024", "May 2025", "2009 – 2011".
pub fn date_span(start: Date, end: Option<Date>) -> String {
    let Some(end) = end.filter(|end| *end != start) else {
        return start.to_string();
    };
    let (a, b) = (start.first_day(), end.first_day());
    let same_month = a.format("%Y-%m").to_string() == b.format("%Y-%m").to_string();
    if start.precision() == Precision::Day && end.precision() == Precision::Day && same_month {
        let day = a.format("%-d");
        format!("{day}–{end}")
    } else {
        format!("{start} – {end}")
    }
}

/// Where a place is, saying honestly how precisely: "Edelweiss training ground" or
/// "somewhere in the Issyk-Kul region (exact site not given)".
pub fn place_phrase(place: &Place) -> String {
    match place.precision {
        PlacePrecision::Point => place.name.clone(),
        PlacePrecision::Region => format!(
            "{} (somewhere in this region; the sources give no exact site)",
            place.name
        ),
        PlacePrecision::Country => format!(
            "somewhere in {} (the sources name only the country)",
            place.name
        ),
    }
}

/// One sentence on why a computed border length differs from the published one.
pub const LENGTH_GAP_EXPLANATION: &str = "The map measures Natural Earth's 1:10m line, which smooths the \
     river meanders that most of this frontier follows, so it comes out shorter than the surveyed length.";

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn spans_within_a_month_are_short() {
        assert_eq!(
            date_span(date("2024-09-26"), Some(date("2024-09-30"))),
            "26–30 September 2024"
        );
        assert_eq!(date_span(date("2024-09"), None), "September 2024");
        assert_eq!(
            date_span(date("2024-08-30"), Some(date("2024-09-02"))),
            "30 August 2024 – 2 September 2024"
        );
    }
}
