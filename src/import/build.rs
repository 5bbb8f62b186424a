//! Rows into a dataset: each row a status period (or an exercise, or an event), each row's quote
//! an excerpt of its source's article. Rows that repeat a country, status and `from` add another
//! source to the same period. Ids are made from the content, in the dataset's own order, so the
//! same facts give the same file whatever order the rows came in.

use std::collections::{HashMap, HashSet};

use crate::dataset::{
    Article, Country, Dataset, Date, DateBasis, Event, Excerpt, Exercise, Organisation, Place,
    PlacePrecision, Reliability, SCHEMA_VERSION, Status, StatusPeriod, standing_words,
};

use super::ImportOptions;
use super::columns::{Columns, Field};
use super::country::{Countries, NamedBy};
use super::dates::read_date;
use super::read::{Cell, Sheet};
use super::report::{CellRef, MatchReport, TableProblem, UnknownCountry};
use super::status::{
    RowKind, parse_kind, parse_reliability, parse_status, resembling_kind, resembling_status,
    status_code,
};

/// The excerpt text of a fact imported without a quote (`--allow-unsourced`).
pub const NO_QUOTE: &str = "No quote was given for this fact: it was imported without a source.";

/// Where an excerpt comes from, as the row gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ArticleKey {
    outlet: String,
    date: Option<Date>,
    headline: String,
    source_file: String,
    reliability: Reliability,
}

/// One row's source: its article and the sentence quoted.
#[derive(Debug, Clone)]
struct RowSource {
    article: ArticleKey,
    text: String,
}

/// A status period being gathered from one or more rows.
struct PeriodRows {
    sheet: Option<String>,
    first_row: u32,
    from_at: CellRef,
    period: StatusPeriod,
    sources: Vec<RowSource>,
}

/// A country and its periods, in the order first met.
struct CountryRows {
    iso_a3: String,
    name: String,
    periods: Vec<PeriodRows>,
}

enum Other {
    Exercise(Exercise),
    Event(Event),
}

/// What the rows are turned into before ids are given.
#[derive(Default)]
struct Gathered {
    countries: Vec<CountryRows>,
    others: Vec<(Other, RowSource)>,
}

/// A sheet with a table to read: where its header is and what its columns are.
pub struct SheetTable<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// Its header row (an index into its rows).
    pub header: usize,
    /// Its columns.
    pub columns: Columns,
    /// Its name in problems and readings, when a workbook has more than one table read.
    pub label: Option<String>,
    /// What its rows are when it has no `kind` column: status periods, or (a sheet named
    /// "Exercises" or "Meetings") exercises or events.
    pub kind: RowKind,
}

/// Reads the rows of each table after its header into one dataset, noting unusual cells in
/// `report`; or every problem found, table by table.
pub fn build(
    file_name: &str,
    tables: &[SheetTable<'_>],
    options: &ImportOptions,
    is_known_iso: &dyn Fn(&str) -> bool,
    report: &mut MatchReport,
) -> Result<Dataset, Vec<TableProblem>> {
    let countries = Countries::new();
    let mut problems = Vec::new();
    let mut gathered = Gathered::default();
    for table in tables {
        let mut found = Vec::new();
        let sheet = table.sheet;
        for (i, cells) in sheet.rows.iter().enumerate().skip(table.header + 1) {
            if cells.iter().all(Cell::is_blank) {
                continue;
            }
            report.rows += 1;
            let mut row = Row {
                cells,
                sheet: table.label.as_deref(),
                kind: table.kind,
                number: sheet.first_row + i as u32,
                first_column: sheet.first_column,
                columns: &table.columns,
                problems: &mut found,
                report,
            };
            row.gather(&mut gathered, &countries, options, is_known_iso, file_name);
        }
        found.sort_by_key(|p| p.at);
        problems.extend(found);
    }
    if report.rows == 0 {
        let message = "the table has a header but no rows of facts".to_owned();
        problems.push(TableProblem::new(CellRef::FILE, message));
    }
    for country in &mut gathered.countries {
        order_periods(country, &mut problems);
    }
    if !problems.is_empty() {
        // Problems in the order of the workbook's sheets, then of their rows.
        let order = |p: &TableProblem| tables.iter().position(|t| t.label == p.sheet);
        problems.sort_by_key(|p| (order(p), p.at));
        return Err(problems);
    }
    Ok(assemble(gathered, options, file_name))
}

/// One row being read, with where to report what it holds.
struct Row<'a> {
    cells: &'a [Cell],
    sheet: Option<&'a str>,
    kind: RowKind,
    number: u32,
    first_column: u32,
    columns: &'a Columns,
    problems: &'a mut Vec<TableProblem>,
    report: &'a mut MatchReport,
}

impl Row<'_> {
    fn cell(&self, field: Field) -> &Cell {
        self.columns
            .index(field)
            .and_then(|i| self.cells.get(i))
            .unwrap_or(&Cell::Empty)
    }

    fn text(&self, field: Field) -> String {
        self.cell(field).shown()
    }

    /// Where `field`'s cell is; the row alone when the table has no such column.
    fn at(&self, field: Field) -> CellRef {
        CellRef {
            row: Some(self.number),
            column: self
                .columns
                .index(field)
                .map(|i| self.first_column + i as u32),
        }
    }

    fn problem(&mut self, field: Field, message: String) {
        let at = self.at(field);
        self.problems.push(TableProblem {
            sheet: self.sheet.map(str::to_owned),
            ..TableProblem::new(at, message)
        });
    }

    fn gather(
        &mut self,
        gathered: &mut Gathered,
        countries: &Countries,
        options: &ImportOptions,
        is_known_iso: &dyn Fn(&str) -> bool,
        file_name: &str,
    ) {
        let kind_text = self.text(Field::Kind);
        let parsed = if self.columns.index(Field::Kind).is_none() {
            Some(self.kind)
        } else {
            parse_kind(&kind_text)
        };
        let Some(kind) = parsed else {
            let hint = resembling_kind(&kind_text)
                .map_or_else(String::new, |k| format!(" (did you mean {k}?)"));
            let message = format!(
                "unknown kind “{kind_text}”{hint}: write status (or leave it empty), exercise, \
                 meeting, summit, decision, programme or event"
            );
            return self.problem(Field::Kind, message);
        };
        let country = self.country(countries, options, is_known_iso, kind == RowKind::Status);
        let source = self.source(options, file_name);
        let from = self.date(Field::From, true).flatten();
        let to = self.date(Field::To, false);
        if let (Some(from), Some(Some(to))) = (from, to)
            && to < from
        {
            let message = format!(
                "“to” ({}) is before “from” ({}) in this row",
                to.to_iso(),
                from.to_iso()
            );
            self.problem(Field::To, message);
            return;
        }
        let (Some(from), Some(to), Some(source)) = (from, to, source) else {
            return;
        };
        match kind {
            RowKind::Status => {
                let (Some(Some(country)), Some(status)) = (country, self.status()) else {
                    return;
                };
                self.period(gathered, country, status, from, to, source);
            }
            RowKind::Exercise | RowKind::Event(_) => {
                let Some(country) = country else { return };
                let Some(other) = self.other(kind, country, from, to) else {
                    return;
                };
                gathered.others.push((other, source));
            }
        }
    }

    /// The row's country: `None` when it is not understood (reported), `Some(None)` when it is
    /// empty and may be. A state the reader picked for the text comes first.
    fn country(
        &mut self,
        countries: &Countries,
        options: &ImportOptions,
        is_known_iso: &dyn Fn(&str) -> bool,
        required: bool,
    ) -> Option<Option<(String, String)>> {
        let text = self.text(Field::Country);
        if text.is_empty() {
            if required {
                self.problem(Field::Country, "the country is missing".to_owned());
                return None;
            }
            return Some(None);
        }
        let picked = options.countries.get(&text);
        let found = match picked {
            Some(iso) => countries.find(iso),
            None => countries.find(&text),
        };
        let Some((country, named_by)) = found else {
            return self.unknown_country(countries, text, picked.map(String::as_str));
        };
        if !is_known_iso(&country.iso_a3) {
            let message = format!(
                "{} ({}) is not on the base map, so it cannot be drawn",
                country.name, country.iso_a3
            );
            self.problem(Field::Country, message);
            return None;
        }
        let iso_text = self.text(Field::Iso);
        if !iso_text.is_empty()
            && countries.find(&iso_text).map(|(c, _)| &c.iso_a3) != Some(&country.iso_a3)
        {
            let message = format!(
                "the ISO code “{iso_text}” is not that of {} ({}) in the country column",
                country.name, country.iso_a3
            );
            self.problem(Field::Iso, message);
            return None;
        }
        let at = self.at(Field::Country);
        if picked.is_some() {
            let read_as = format!("{} ({}), picked by you", country.name, country.iso_a3);
            self.report.read(self.sheet, at, &text, read_as);
        } else if named_by == NamedBy::Otherwise {
            let read_as = format!("{} ({})", country.name, country.iso_a3);
            self.report.read(self.sheet, at, &text, read_as);
        }
        Some(Some((country.iso_a3.clone(), country.name.clone())))
    }

    /// Refuses a country cell not understood (or picked as a code that is no state), saying
    /// what it resembles.
    fn unknown_country(
        &mut self,
        countries: &Countries,
        text: String,
        picked: Option<&str>,
    ) -> Option<Option<(String, String)>> {
        let resembling = countries.resembling(&text);
        let message = match picked {
            Some(iso) => format!("“{iso}”, picked for “{text}”, is not an ISO 3166-1 code"),
            None => {
                let hint =
                    resembling.map_or_else(String::new, |c| format!(" (did you mean {}?)", c.name));
                format!(
                    "unknown country “{text}”{hint}: write an English or Russian name, or an ISO \
                     3166-1 code (KGZ, KG or 417)"
                )
            }
        };
        let suggestion_iso = resembling.map(|c| c.iso_a3.clone());
        self.problems.push(TableProblem {
            at: self.at(Field::Country),
            message,
            unknown_country: Some(UnknownCountry {
                text,
                suggestion_iso,
            }),
            sheet: self.sheet.map(str::to_owned),
        });
        None
    }

    fn status(&mut self) -> Option<Status> {
        let text = self.text(Field::Status);
        let Some(status) = parse_status(&text) else {
            let message = if text.is_empty() {
                "the status is missing: write member, observer, frozen or former".to_owned()
            } else {
                let hint = resembling_status(&text)
                    .map_or_else(String::new, |s| format!(" (did you mean {s}?)"));
                format!(
                    "unknown status “{text}”{hint}: write member, observer, frozen (suspended) \
                     or former (withdrew), or член, наблюдатель, приостановлено, вышел"
                )
            };
            self.problem(Field::Status, message);
            return None;
        };
        if text != status_code(status) {
            let at = self.at(Field::Status);
            self.report
                .read(self.sheet, at, &text, status_code(status).to_owned());
        }
        Some(status)
    }

    /// The date in `field`'s cell: `None` when it is not understood (reported), `Some(None)` when
    /// it is empty and may be.
    fn date(&mut self, field: Field, required: bool) -> Option<Option<Date>> {
        let cell = self.cell(field).clone();
        if cell.is_blank() && !required {
            return Some(None);
        }
        match read_date(&cell) {
            Ok(read) => {
                if read.unusual {
                    let at = self.at(field);
                    self.report
                        .read(self.sheet, at, &cell.shown(), read.date.to_iso());
                }
                Some(Some(read.date))
            }
            Err(message) => {
                self.problem(field, message);
                None
            }
        }
    }

    /// The row's source: an article and the quote, or the unsourced mark.
    fn source(&mut self, options: &ImportOptions, file_name: &str) -> Option<RowSource> {
        let reliability_text = self.text(Field::Reliability);
        let Some(mut reliability) = parse_reliability(&reliability_text) else {
            let message = format!(
                "unknown reliability “{reliability_text}”: write news, analysis, fragment or \
                 unsourced"
            );
            self.problem(Field::Reliability, message);
            return None;
        };
        let quote = self.text(Field::Quote);
        if quote.is_empty() || reliability == Reliability::Unsourced {
            if !options.allow_unsourced {
                let message = "no quote: every fact rests on a sentence quoted from its source \
                               (a quote column), or import with --allow-unsourced to mark it \
                               unsourced"
                    .to_owned();
                self.problem(Field::Quote, message);
                return None;
            }
            reliability = Reliability::Unsourced;
        } else if self.text(Field::Source).is_empty() {
            let message =
                "the quote's source is missing: name the outlet in a source column".to_owned();
            self.problem(Field::Source, message);
            return None;
        }
        let source_date = self.date(Field::SourceDate, false)?;
        let unsourced = reliability == Reliability::Unsourced;
        let outlet = match self.text(Field::Source) {
            empty if empty.is_empty() => "No source".to_owned(),
            outlet => outlet,
        };
        let headline = match self.text(Field::Headline) {
            empty if empty.is_empty() && unsourced => "Imported without a quote".to_owned(),
            empty if empty.is_empty() => format!("{outlet} (no headline given)"),
            headline => headline,
        };
        let source_file = match self.text(Field::SourceFile) {
            empty if empty.is_empty() => file_name.to_owned(),
            file => file,
        };
        Some(RowSource {
            article: ArticleKey {
                outlet,
                date: source_date,
                headline,
                source_file,
                reliability,
            },
            text: if quote.is_empty() {
                NO_QUOTE.to_owned()
            } else {
                quote
            },
        })
    }

    fn period(
        &mut self,
        gathered: &mut Gathered,
        (iso_a3, name): (String, String),
        status: Status,
        from: Date,
        to: Option<Date>,
        source: RowSource,
    ) {
        let Some(known_until) = self.date(Field::KnownUntil, false) else {
            return;
        };
        if known_until.is_some_and(|until| until < from) {
            let message = "“known until” is before “from” in this row".to_owned();
            return self.problem(Field::KnownUntil, message);
        }
        let event = match self.text(Field::Event) {
            empty if empty.is_empty() => format!("{} from {from}", standing_label(status)),
            event => event,
        };
        let country = match gathered.countries.iter().position(|c| c.iso_a3 == iso_a3) {
            Some(i) => &mut gathered.countries[i],
            None => {
                gathered.countries.push(CountryRows {
                    iso_a3,
                    name,
                    periods: Vec::new(),
                });
                let last = gathered.countries.len() - 1;
                &mut gathered.countries[last]
            }
        };
        if let Some(same) = country
            .periods
            .iter_mut()
            .find(|p| p.period.from == from && p.period.status == status)
        {
            if same.period.to != to {
                let message = format!(
                    "this row repeats the period of row {} (same country, status and from) but \
                     ends it differently",
                    same.first_row
                );
                self.problem(Field::To, message);
                return;
            }
            same.sources.push(source);
            return;
        }
        country.periods.push(PeriodRows {
            sheet: self.sheet.map(str::to_owned),
            first_row: self.number,
            from_at: self.at(Field::From),
            period: StatusPeriod {
                from,
                to,
                status,
                event,
                sources: Vec::new(),
                disputed_from: Vec::new(),
                status_disputed: false,
                known_until,
            },
            sources: vec![source],
        });
    }

    fn other(
        &mut self,
        kind: RowKind,
        country: Option<(String, String)>,
        start: Date,
        end: Option<Date>,
    ) -> Option<Other> {
        let title = self.text(Field::Event);
        if title.is_empty() {
            let message = "the name of the exercise or event is missing (event column)".to_owned();
            self.problem(Field::Event, message);
            return None;
        }
        let place = self.place(country.as_ref())?;
        let summary = self.text(Field::Summary);
        match kind {
            RowKind::Exercise => {
                let Some(place) = place else {
                    let message = "an exercise needs its country, lat and lon".to_owned();
                    self.problem(Field::Country, message);
                    return None;
                };
                Some(Other::Exercise(Exercise {
                    id: String::new(),
                    name: title,
                    start,
                    end,
                    place,
                    participants: Vec::new(),
                    observers: Vec::new(),
                    size: None,
                    summary,
                    sources: Vec::new(),
                }))
            }
            RowKind::Event(kind) => Some(Other::Event(Event {
                id: String::new(),
                kind,
                title,
                start,
                end,
                dated: DateBasis::Stated,
                place,
                summary,
                links: country.map(|(iso, _)| vec![iso]).unwrap_or_default(),
                sources: Vec::new(),
            })),
            RowKind::Status => None,
        }
    }

    /// The row's place: `None` when a coordinate is not understood (reported), `Some(None)` when
    /// it has no coordinates.
    fn place(&mut self, country: Option<&(String, String)>) -> Option<Option<Place>> {
        let lat = self.coordinate(Field::Lat, 90.0)?;
        let lon = self.coordinate(Field::Lon, 180.0)?;
        let (Some(lat), Some(lon), Some((iso, country_name))) = (lat, lon, country) else {
            if lat.is_some() != lon.is_some() {
                let message = "give both lat and lon, or neither".to_owned();
                self.problem(Field::Lon, message);
                return None;
            }
            return Some(None);
        };
        let name = self.text(Field::Place);
        let (name, precision) = if name.is_empty() {
            (country_name.clone(), PlacePrecision::Country)
        } else {
            (name, PlacePrecision::Point)
        };
        Some(Some(Place {
            name,
            country: iso.clone(),
            lat,
            lon,
            precision,
        }))
    }

    fn coordinate(&mut self, field: Field, limit: f64) -> Option<Option<f64>> {
        let value = match self.cell(field) {
            Cell::Number(n) => *n,
            cell if cell.is_blank() => return Some(None),
            // A decimal comma, as a Russian-locale spreadsheet writes it.
            cell => match cell.shown().replace(',', ".").parse::<f64>() {
                Ok(n) => n,
                Err(_) => {
                    let message = format!("“{}” is not a number of degrees", cell.shown());
                    self.problem(field, message);
                    return None;
                }
            },
        };
        if !(value.is_finite() && value.abs() <= limit) {
            let message = format!("{value} is not within -{limit}..{limit} degrees");
            self.problem(field, message);
            return None;
        }
        Some(Some(value))
    }
}

fn standing_label(status: Status) -> String {
    standing_words(crate::dataset::Standing::Held(status)).label()
}

/// Sorts a country's periods by `from` and reports overlaps at the later one's cells.
fn order_periods(country: &mut CountryRows, problems: &mut Vec<TableProblem>) {
    country.periods.sort_by_key(|p| p.period.from);
    for pair in country.periods.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        let message = if after.period.from == before.period.from {
            format!(
                "{} has two statuses from {}: this row and row {}",
                country.name,
                after.period.from.to_iso(),
                before.first_row
            )
        } else if let Some(end) = before.period.to
            && end > after.period.from
        {
            format!(
                "this period of {} starts {} but the one of row {} runs to {}: periods of one \
                 country may not overlap",
                country.name,
                after.period.from.to_iso(),
                before.first_row,
                end.to_iso()
            )
        } else {
            continue;
        };
        problems.push(TableProblem {
            sheet: after.sheet.clone(),
            ..TableProblem::new(after.from_at, message)
        });
    }
}

/// Gives ids in the dataset's order and lays out the dataset.
fn assemble(gathered: Gathered, options: &ImportOptions, file_name: &str) -> Dataset {
    let mut ids = Ids::default();
    let mut sources = Sources::default();
    let mut countries = Vec::new();
    let mut period_count = 0;
    for rows in gathered.countries {
        ids.reserve(&rows.iso_a3);
        let mut periods = Vec::new();
        for mut period in rows.periods {
            let base = format!(
                "ex-{}-{}",
                rows.iso_a3.to_lowercase(),
                period.period.from.to_iso()
            );
            period.period.sources = period
                .sources
                .into_iter()
                .map(|s| sources.excerpt(&mut ids, s, &base, &rows.iso_a3))
                .collect();
            periods.push(period.period);
            period_count += 1;
        }
        countries.push(Country {
            id: rows.iso_a3.clone(),
            name: rows.name,
            iso_a3: Some(rows.iso_a3),
            periods,
        });
    }
    let mut exercises = Vec::new();
    let mut events = Vec::new();
    for (other, source) in gathered.others {
        match other {
            Other::Exercise(mut exercise) => {
                exercise.id = ids.unique(&slug_or(&exercise.name, "exercise"));
                let base = format!("ex-{}", exercise.id);
                exercise.sources = vec![sources.excerpt(&mut ids, source, &base, &exercise.id)];
                exercises.push(exercise);
            }
            Other::Event(mut event) => {
                event.id = ids.unique(&slug_or(&event.title, "event"));
                let base = format!("ex-{}", event.id);
                event.sources = vec![sources.excerpt(&mut ids, source, &base, &event.id)];
                events.push(event);
            }
        }
    }
    let name = options.name_for(file_name);
    let short_name = options.short_name_for(file_name);
    let summary = format!(
        "{name}: the membership history of {} states ({period_count} status periods), \
         imported from a table.",
        countries.len()
    );
    Dataset {
        schema: None,
        schema_version: SCHEMA_VERSION,
        as_of: None,
        map: None,
        organisation: Organisation {
            id: ids.unique(&slug_or(&short_name, "organisation")),
            name,
            short_name,
            summary,
            sources: sources
                .excerpts
                .first()
                .map(|e| e.id.clone())
                .into_iter()
                .collect(),
            former_names: Vec::new(),
        },
        countries,
        borders: Vec::new(),
        exercises,
        events,
        articles: sources.articles,
        excerpts: sources.excerpts,
        disagreements: Vec::new(),
        story: Vec::new(),
    }
}

/// Ids in use across the whole file.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
}

impl Ids {
    fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_owned());
    }

    /// `base`, or `base-2`, `base-3`… when it is taken.
    fn unique(&mut self, base: &str) -> String {
        let mut id = base.to_owned();
        let mut n = 1;
        while self.used.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.used.insert(id.clone());
        id
    }
}

/// The articles and excerpts, each made once.
#[derive(Default)]
struct Sources {
    articles: Vec<Article>,
    excerpts: Vec<Excerpt>,
    article_ids: HashMap<ArticleKey, String>,
    excerpt_ids: HashMap<(String, String), usize>,
}

impl Sources {
    /// The id of the excerpt of `source` (made if new, with an id from `base`), linked to `link`.
    fn excerpt(&mut self, ids: &mut Ids, source: RowSource, base: &str, link: &str) -> String {
        let article = match self.article_ids.get(&source.article) {
            Some(id) => id.clone(),
            None => {
                let key = source.article;
                let mut base = slug_or(&key.outlet, "source");
                if let Some(date) = key.date {
                    base = format!("{base}-{}", date.to_iso());
                }
                let id = ids.unique(&base);
                self.articles.push(Article {
                    id: id.clone(),
                    outlet: key.outlet.clone(),
                    date: key.date,
                    dated: DateBasis::Stated,
                    after: None,
                    reliability: key.reliability,
                    headline: key.headline.clone(),
                    source_file: key.source_file.clone(),
                });
                self.article_ids.insert(key, id.clone());
                id
            }
        };
        let key = (article.clone(), source.text.clone());
        if let Some(&i) = self.excerpt_ids.get(&key) {
            let excerpt = &mut self.excerpts[i];
            if !excerpt.links.iter().any(|l| l == link) {
                excerpt.links.push(link.to_owned());
            }
            return excerpt.id.clone();
        }
        let id = ids.unique(base);
        self.excerpt_ids.insert(key, self.excerpts.len());
        self.excerpts.push(Excerpt {
            id: id.clone(),
            article,
            text: source.text,
            links: vec![link.to_owned()],
        });
        id
    }
}

/// Lower-case ASCII letters and digits joined by hyphens ("The Diplomat" → "the-diplomat"), or
/// `fallback` for a text with none (a Russian name).
fn slug_or(text: &str, fallback: &str) -> String {
    let lower = text.to_lowercase();
    let slug = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug
    }
}

/// "Collective Security Treaty Organization" → "CSTO".
pub fn initials(name: &str) -> String {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if letters.is_empty() {
        name.to_owned()
    } else {
        letters
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_initials() {
        assert_eq!(slug_or("The Diplomat", "source"), "the-diplomat");
        assert_eq!(slug_or("ТАСС", "source"), "source");
        assert_eq!(initials("Collective Security Treaty Organization"), "CSTO");
        assert_eq!(initials("alliance"), "alliance");
    }

    #[test]
    fn ids_taken_get_a_number() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("tass"), "tass");
        assert_eq!(ids.unique("tass"), "tass-2");
    }
}
