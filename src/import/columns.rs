//! Which column holds what: headers matched case-insensitively, in English or Russian, and the
//! spreadsheet's letters for columns (A, B, …, Z, AA, …) used in every message.

use super::read::Cell;

/// What a column of the table gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// What a row is: a status period (the default), an exercise, or a kind of event.
    Kind,
    /// The state: a name, or an ISO 3166-1 code.
    Country,
    /// The state's ISO code, beside its name (as the exported history table writes it).
    Iso,
    /// Member, observer, frozen, former.
    Status,
    /// When the status (or exercise, or event) began.
    From,
    /// When it ended.
    To,
    /// The last date the sources support a status for.
    KnownUntil,
    /// What happened: a period's event, an exercise's name, an event's title.
    Event,
    /// The outlet the quote comes from.
    Source,
    /// The source's publication date.
    SourceDate,
    /// The source's headline.
    Headline,
    /// The sentence quoted from the source.
    Quote,
    /// How much weight the source bears: news, analysis, fragment.
    Reliability,
    /// The file the source comes from in a collection.
    SourceFile,
    /// Where an exercise or event took place.
    Place,
    /// Latitude of the place.
    Lat,
    /// Longitude of the place.
    Lon,
    /// One or two sentences on an exercise or event.
    Summary,
}

impl Field {
    /// Every field, in the order the exported history table writes them.
    pub const ALL: [Self; 18] = [
        Self::Kind,
        Self::Country,
        Self::Iso,
        Self::Status,
        Self::From,
        Self::To,
        Self::KnownUntil,
        Self::Event,
        Self::Source,
        Self::SourceDate,
        Self::Headline,
        Self::Quote,
        Self::Reliability,
        Self::SourceFile,
        Self::Place,
        Self::Lat,
        Self::Lon,
        Self::Summary,
    ];

    /// The header the exported history table writes.
    pub fn header(self) -> &'static str {
        self.names()[0]
    }

    /// Every header that means this field, already folded (see [`fold_header`]).
    fn names(self) -> &'static [&'static str] {
        match self {
            Self::Kind => &["kind", "type", "row kind", "вид", "тип"],
            Self::Country => &["country", "state", "member state", "страна", "государство"],
            Self::Iso => &[
                "iso code",
                "iso",
                "iso a3",
                "iso3",
                "code",
                "код",
                "код iso",
            ],
            Self::Status => &["status", "статус"],
            Self::From => &["from", "start", "begin", "с", "начало", "дата начала", "от"],
            Self::To => &["to", "end", "until", "по", "конец", "дата окончания", "до"],
            Self::KnownUntil => &["known until", "известно до"],
            Self::Event => &["event", "what happened", "событие"],
            Self::Source => &["source", "outlet", "источник", "издание"],
            Self::SourceDate => &[
                "source date",
                "date of source",
                "published",
                "дата источника",
                "дата публикации",
            ],
            Self::Headline => &["headline", "title", "заголовок"],
            Self::Quote => &["quote", "excerpt", "цитата", "выдержка"],
            Self::Reliability => &["reliability", "надежность", "достоверность"],
            Self::SourceFile => &["source file", "file", "файл источника", "файл"],
            Self::Place => &["place", "location", "место"],
            Self::Lat => &["lat", "latitude", "широта"],
            Self::Lon => &["lon", "lng", "long", "longitude", "долгота"],
            Self::Summary => &["summary", "description", "описание"],
        }
    }
}

/// A header as matched: lower case, "ё" as "е", runs of spaces and underscores as one space,
/// without a trailing colon or surrounding white space.
pub fn fold_header(text: &str) -> String {
    let lower = text
        .trim()
        .trim_end_matches(':')
        .to_lowercase()
        .replace('ё', "е");
    lower
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The spreadsheet's name of a 1-based column number: 1 is A, 26 is Z, 27 is AA.
pub fn column_letter(mut number: u32) -> String {
    let mut letters = Vec::new();
    while number > 0 {
        let rest = (number - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        number = (number - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// One header cell and what it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderMatch {
    /// Its index in the row.
    pub index: usize,
    /// The header as written.
    pub header: String,
    /// The field it gives; `None` for a column that is not read.
    pub field: Option<Field>,
    /// For a column not read, the header it most resembles.
    pub resembles: Option<&'static str>,
}

/// The header row read: which field each column gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// Every non-empty header, left to right.
    pub headers: Vec<HeaderMatch>,
}

impl Columns {
    /// Matches each header cell of `row` to a field; a field's second column is not read.
    pub fn of_header(row: &[Cell]) -> Self {
        let mut headers: Vec<HeaderMatch> = Vec::new();
        for (index, cell) in row.iter().enumerate() {
            let header = cell.shown();
            if header.is_empty() {
                continue;
            }
            let folded = fold_header(&header);
            let field = Field::ALL
                .into_iter()
                .find(|f| f.names().contains(&folded.as_str()))
                .filter(|f| !headers.iter().any(|h| h.field == Some(*f)));
            let resembles = if field.is_none() {
                resembling_header(&folded)
            } else {
                None
            };
            headers.push(HeaderMatch {
                index,
                header,
                field,
                resembles,
            });
        }
        Self { headers }
    }

    /// The index of the column that gives `field`.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.headers
            .iter()
            .find(|h| h.field == Some(field))
            .map(|h| h.index)
    }
}

/// The known header closest to `folded`, if it is close enough to be a typing slip.
fn resembling_header(folded: &str) -> Option<&'static str> {
    Field::ALL
        .iter()
        .flat_map(|f| f.names().iter().copied())
        .filter(|name| name.chars().count() > 2)
        .map(|name| (strsim::normalized_damerau_levenshtein(folded, name), name))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Columns {
        let row: Vec<Cell> = cells.iter().map(|c| Cell::Text((*c).to_owned())).collect();
        Columns::of_header(&row)
    }

    #[test]
    fn headers_match_in_either_language_and_any_case() {
        let english = header(&["Country", "STATUS", "From", "To", "Source date", "Quote:"]);
        let russian = header(&["Страна", "Статус", "С", "По", "Дата источника", "Цитата"]);
        for columns in [english, russian] {
            for (field, index) in [
                (Field::Country, 0),
                (Field::Status, 1),
                (Field::From, 2),
                (Field::To, 3),
                (Field::SourceDate, 4),
                (Field::Quote, 5),
            ] {
                assert_eq!(columns.index(field), Some(index), "{field:?}");
            }
        }
    }

    #[test]
    fn an_unknown_header_says_what_it_resembles() {
        let columns = header(&["cuntry", "status", "notes"]);
        assert_eq!(columns.index(Field::Country), None);
        assert_eq!(columns.headers[0].resembles, Some("country"));
        assert_eq!(columns.headers[2].resembles, None);
    }

    #[test]
    fn columns_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(703), "AAA");
    }
}
