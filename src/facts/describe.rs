//! Words for what the map shows: status phrases, date spans, place precision. Shared by the side
//! panels, tooltips and exports, so the same thing is always said the same way.

use crate::dataset::{
    Article, Border, Country, Date, DateBasis, Event, Excerpt, LoadedDataset, Place,
    PlacePrecision, Precision, Reliability, STANDING_WORDS, Standing, StatusPeriod, members_at,
    standing_words,
};
use crate::i18n::tr_with;

/// "Member since 15 May 1992", "Observer since 2013 (per one undated fragment)", "Participation
/// frozen since some time between February 2024 and 31 August 2024 (sources differ on the date)",
/// "Former member since 2012 (sources differ on the status)", "Status unknown after 2013", "Not a
/// member".
pub fn status_phrase(dataset: &LoadedDataset, country: &Country, date: Date) -> String {
    let assessed = dataset.assess(country, date);
    let Some(period) = assessed.period else {
        return standing_words(Standing::NoStatus).label();
    };
    let mut caveats: Vec<String> = weight_phrase(dataset, &period.sources)
        .into_iter()
        .collect();
    let differ = match (!period.disputed_from.is_empty(), period.status_disputed) {
        (true, true) => Some("sources differ on the date and the status"),
        (true, false) => Some("sources differ on the date"),
        (false, true) => Some("sources differ on the status"),
        (false, false) => None,
    };
    caveats.extend(differ.map(str::to_owned));
    let weight = if caveats.is_empty() {
        String::new()
    } else {
        format!(" ({})", caveats.join("; "))
    };
    let since = format!("since {}", period_began(period));
    match (assessed.standing, period.known_until) {
        (Standing::Unknown, Some(until)) => format!(
            "Status unknown after {until} (last: {} {since}{weight})",
            standing_words(Standing::Held(period.status))
                .label()
                .to_lowercase(),
        ),
        (standing, _) => format!("{} {since}{weight}", standing_words(standing).label()),
    }
}

/// When a status began: "1993", or where sources give other dates for the start, "some time
/// between February 2024 and 31 August 2024", never one source's date as the date.
pub fn period_began(period: &StatusPeriod) -> String {
    let dates = || {
        period
            .disputed_from
            .iter()
            .map(|claim| claim.date)
            .chain([period.from])
    };
    match (dates().min(), dates().max()) {
        (Some(earliest), Some(latest)) if earliest != latest => {
            format!("some time between {earliest} and {latest}")
        }
        _ => period.from.to_string(),
    }
}

/// The caption beside a border of interest: its name, its published length, and whether sources
/// differ on it ("Tajik-Afghan frontier\n1,374 km published · sources differ").
pub fn border_caption(dataset: &LoadedDataset, border: &Border) -> String {
    let differ = if dataset.disputes(&border.id) {
        " · sources differ"
    } else {
        ""
    };
    format!(
        "{}\n{} km published{differ}",
        border.name,
        whole_km(border.published_length_km)
    )
}

/// A place in whole degrees, as a person writes it: "70° E, 50° N".
pub fn lon_lat_words(lon: f64, lat: f64) -> String {
    let (lon, lat) = (lon.round(), lat.round());
    let east_west = if lon < 0.0 { "W" } else { "E" };
    let north_south = if lat < 0.0 { "S" } else { "N" };
    format!("{}° {east_west}, {}° {north_south}", lon.abs(), lat.abs())
}

/// A length rounded to the kilometre with thousands separated, as a map caption gives it:
/// "1,374"; the details give the figure as published.
pub fn whole_km(km: f64) -> String {
    let digits = format!("{:.0}", km.max(0.0));
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "as of 1 July 2025", or past the date the sources reach, "as of the sources (August 2025)":
/// what the map claims to show, never more recent than its sources.
pub fn as_of(dataset: &LoadedDataset, date: Date) -> String {
    match dataset.data.as_of {
        Some(reach) if date.first_day() > reach.last_day() => {
            tr_with("as-of-the-sources", &[("reach", reach.to_string().into())])
        }
        _ => tr_with("as-of", &[("date", date.to_string().into())]),
    }
}

/// "CSTO as of 1 July 2025", "CST as of 1995-…": the organisation's short name at the date, and
/// how current the picture is.
pub fn organisation_as_of(dataset: &LoadedDataset, date: Date) -> String {
    let (_, short_name) = dataset.data.organisation.names_at(date);
    format!("{short_name} {}", as_of(dataset, date))
}

/// What the map shows at `date`, in words, for a screen reader: "CSTO as of 1 July 2025. Member
/// (5): Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan. Participation frozen (1): Armenia
/// (sources differ). Selected: Armenia." Each standing the legend lists, in its order and its
/// words, with the countries that hold it (those with none are left out), each marked as the map
/// marks it where the sources differ or are weak; then what is selected, if anything.
pub fn map_description(dataset: &LoadedDataset, date: Date, selected: Option<&str>) -> String {
    let rows = members_at(dataset, date);
    let mut sentences = vec![organisation_as_of(dataset, date)];
    for words in STANDING_WORDS
        .iter()
        .filter(|words| words.standing != Standing::NoStatus)
    {
        let names: Vec<String> = rows
            .iter()
            .filter(|row| row.status == words.code)
            .map(|row| match (row.disputed, row.uncertain) {
                (true, _) => format!("{} (sources differ)", row.name),
                (false, true) => format!("{} (uncertain)", row.name),
                (false, false) => row.name.clone(),
            })
            .collect();
        if !names.is_empty() {
            sentences.push(format!(
                "{} ({}): {}",
                words.label(),
                names.len(),
                names.join(", ")
            ));
        }
    }
    if sentences.len() == 1 {
        sentences.push("No country has a standing in it at this date".to_owned());
    }
    sentences.extend(selected.map(|name| format!("Selected: {name}")));
    sentences.join(". ") + "."
}

/// "per one undated fragment", "per two weak sources": how little a claim rests on, if it rests only
/// on fragments of unknown date and quality.
pub fn weight_phrase(dataset: &LoadedDataset, sources: &[String]) -> Option<String> {
    if !dataset.rests_on_fragments_only(sources) {
        return None;
    }
    let mut articles: Vec<&Article> = sources
        .iter()
        .filter_map(|id| dataset.excerpt_article(id))
        .collect();
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    articles.dedup_by(|a, b| a.id == b.id);
    if articles
        .iter()
        .all(|a| a.reliability == Reliability::Unsourced)
    {
        return Some("without a source".to_owned());
    }
    // A fragment is a sentence of a scraped collection, not an identified source: say how many.
    Some(match articles.as_slice() {
        [only] if only.date.is_none() && sources.len() == 1 => {
            "per one undated fragment".to_owned()
        }
        [only] if only.date.is_none() => "per undated fragments".to_owned(),
        [_] => "per one weak source".to_owned(),
        many => format!("per {} weak sources", many.len()),
    })
}

/// "The Diplomat, 1 July 2025", with a fragment said to be one.
pub fn attribution(article: &Article) -> String {
    let mut words = format!("{}, {}", article.outlet, article_date(article));
    if article.reliability.is_weak() {
        words += &format!(" ({})", reliability_phrase(article.reliability));
    }
    words
}

/// An excerpt quoted and attributed: "“…” — The Diplomat, 1 July 2025".
pub fn attributed_quote(dataset: &LoadedDataset, excerpt: &Excerpt) -> String {
    attributed_quote_within(dataset, excerpt, usize::MAX)
}

/// An excerpt quoted and attributed, its quotation cut at a word to at most `max_chars`
/// characters (for a checkbox or a list): "“From 26 to 30 September…” — The Diplomat, 2024".
pub fn attributed_quote_within(
    dataset: &LoadedDataset,
    excerpt: &Excerpt,
    max_chars: usize,
) -> String {
    let source = dataset
        .article(&excerpt.article)
        .map_or_else(|| excerpt.article.clone(), attribution);
    let body = shortened(quotation_body(&excerpt.text), max_chars);
    format!("“{body}” — {source}")
}

/// Text in curly quotation marks, one pair however the source punctuated it:
/// an excerpt that is itself one quotation keeps its own marks and gets no second pair.
pub fn quoted(text: &str) -> String {
    format!("“{}”", quotation_body(text))
}

/// What goes between the quotation marks: the excerpt, without its own enclosing pair when the
/// whole excerpt is one quotation (“…” or "…" with no other quotation mark inside).
pub fn quotation_body(text: &str) -> &str {
    let text = text.trim();
    for (open, close) in [('“', '”'), ('"', '"'), ('«', '»')] {
        if let Some(inner) = text
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
            && !inner.contains([open, close])
        {
            return inner;
        }
    }
    text
}

/// `text` cut at a word to at most `max_chars` characters, with an ellipsis if cut.
pub fn shortened(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |at| &cut[..at]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.']))
}

/// The warning a slide carries when every excerpt it rests on is a fragment of unknown date and
/// quality; `None` otherwise.
pub fn weak_slide_warning(dataset: &LoadedDataset, excerpts: &[String]) -> Option<String> {
    weight_phrase(dataset, excerpts).map(|weight| {
        format!(
            "Weakly sourced: this slide rests only on fragments of unknown date and quality \
             ({weight})."
        )
    })
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

/// When an article appeared, as precisely as its text says: "1 July 2025", "September 2024,
/// inferred", "after December 2024", "undated".
pub fn article_date(article: &Article) -> String {
    match (article.date, article.after) {
        (Some(date), _) => dated(date.to_string(), article.dated),
        (None, Some(after)) => format!("after {after}"),
        (None, None) => "undated".to_owned(),
    }
}

/// When an event happened, as the sources date it: "30 June 2025", "2022, inferred", "by 1 August
/// 2025 (the date of the report)".
pub fn event_date(event: &Event) -> String {
    dated(date_span(event.start, event.end), event.dated)
}

/// A date in words with how it was arrived at: "2022", "2022, inferred", "by 9 July 2025 (the date
/// of the report)".
pub fn dated(when: String, basis: DateBasis) -> String {
    match basis {
        DateBasis::Stated => when,
        DateBasis::Inferred => format!("{when}, inferred"),
        DateBasis::Reported => format!("by {when} (the date of the report)"),
    }
}

/// One article as a list of sources gives it: "The Diplomat · 1 July 2025 · analysis — “Headline”".
pub fn source_line(article: &Article) -> String {
    format!(
        "{} · {} · {} — {}",
        article.outlet,
        article_date(article),
        reliability_phrase(article.reliability),
        quoted(&article.headline)
    )
}

/// How much weight a source bears, for a student.
pub fn reliability_phrase(reliability: Reliability) -> &'static str {
    match reliability {
        Reliability::News => "news report",
        Reliability::Analysis => "analysis",
        Reliability::Fragment => "fragment of unknown date and quality",
        Reliability::Unsourced => "no source: no sentence is quoted for it",
    }
}

/// One sentence on why a computed border length differs from the published one.
pub const LENGTH_GAP_EXPLANATION: &str = "The map measures Natural Earth's 1:10m line, which smooths the \
     river meanders that most of this frontier follows, so it comes out shorter than the surveyed length.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::world::world;

    #[test]
    fn a_map_with_no_standings_says_so() {
        let dataset = world().csto();
        let before = Date::from_ymd(1991, 1, 1).unwrap();
        assert!(
            map_description(&dataset, before, None)
                .ends_with(". No country has a standing in it at this date."),
            "{}",
            map_description(&dataset, before, None)
        );
    }

    #[test]
    fn a_quotation_gets_one_pair_of_marks_however_the_source_punctuated_it() {
        assert_eq!(quoted("plain words"), "“plain words”");
        assert_eq!(
            quoted("“From 26 to 30 September”"),
            "“From 26 to 30 September”"
        );
        assert_eq!(quoted("\"straight marks\""), "“straight marks”");
        // Two quotations side by side are not one quotation: keep their marks.
        assert_eq!(quoted("“A” and “B”"), "““A” and “B””");
    }

    #[test]
    fn shortening_cuts_at_a_word_and_says_so() {
        assert_eq!(shortened("short", 10), "short");
        assert_eq!(shortened("one two three four", 12), "one two…");
        assert_eq!(
            shortened("Россия, Армения и Беларусь", 16),
            "Россия, Армения…"
        );
    }

    #[test]
    fn the_frontier_caption_reads_as_a_map_caption() {
        let dataset = world().csto();
        let border = dataset.border("tjk-afg").unwrap();
        assert_eq!(
            border_caption(&dataset, border),
            "Tajik-Afghan frontier\n1,374 km published · sources differ"
        );
        assert_eq!(whole_km(999.6), "1,000");
        assert_eq!(whole_km(12_345_678.0), "12,345,678");
    }

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
