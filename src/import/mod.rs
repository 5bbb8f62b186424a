//! Tables in and out: a spreadsheet or CSV file of status periods (and exercises and events)
//! becomes a membership dataset, with a match report saying how each column and each unusual cell
//! was read, or a refusal locating every cell not understood as `FILE:ROW:COLUMN`; and a dataset's
//! history and members become a table that reads back. The table layout is in `docs/dataset.md`.
//! No egui and no clap here: the command line and the window both call [`import_table`].
//!
//! One idea a file: [`read`] (bytes to cells), [`columns`] (headers), [`country`], [`status`] and
//! [`dates`] (what a cell means), `build` (rows to a dataset), [`report`] (what was read, what
//! refuses it) and [`table_out`] (the tables written back).

mod build;
pub mod columns;
pub mod country;
pub mod dates;
pub mod read;
pub mod report;
pub mod status;
pub mod table_out;

use std::collections::BTreeMap;

use crate::dataset::{Dataset, LoadedDataset};

pub use build::NO_QUOTE;
pub use read::{MAX_TABLE_BYTES, ReadError, read_file};
pub use report::{CellRef, MatchReport, Reading, TableProblem, UnknownCountry};

use build::SheetTable;
use columns::{Columns, Field};
use read::Sheet;
use status::RowKind;

/// What the command line (or a dialog) adds to the table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The organisation's full name (default: the file's name without its extension).
    pub name: Option<String>,
    /// Its abbreviation (default: the capitals of the name's words).
    pub short_name: Option<String>,
    /// Import rows without a quote, marked unsourced, instead of refusing them.
    pub allow_unsourced: bool,
    /// The states a reader picked for country cells the importer did not understand: the cell's
    /// text as written (trimmed) → the ISO 3166-1 alpha-3 code of the state it means. A pick is
    /// taken before the text is looked up, and the match report says so.
    pub countries: BTreeMap<String, String>,
}

impl ImportOptions {
    /// The organisation's name the dataset of `file` gets: `name`, or the file's name without
    /// its folder and extension.
    pub fn name_for(&self, file: &str) -> String {
        self.name.clone().unwrap_or_else(|| {
            std::path::Path::new(file).file_stem().map_or_else(
                || file.to_owned(),
                |stem| stem.to_string_lossy().into_owned(),
            )
        })
    }

    /// Its abbreviation: `short_name`, or the capitals of the name's words.
    pub fn short_name_for(&self, file: &str) -> String {
        self.short_name
            .clone()
            .unwrap_or_else(|| build::initials(&self.name_for(file)))
    }
}

/// A table read into a valid dataset, and how it was read.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The dataset, valid as `csto-atlas check` sees it.
    pub dataset: Dataset,
    /// How each column and each unusual cell was read.
    pub report: MatchReport,
}

impl Imported {
    /// How much the dataset holds: "11 countries, 17 status periods, 1 exercises, 1 events,
    /// 8 excerpts".
    pub fn summary(&self) -> String {
        let data = &self.dataset;
        let periods: usize = data.countries.iter().map(|c| c.periods.len()).sum();
        format!(
            "{} countries, {periods} status periods, {} exercises, {} events, {} excerpts",
            data.countries.len(),
            data.exercises.len(),
            data.events.len(),
            data.excerpts.len()
        )
    }

    /// The dataset as the JSON of a dataset file, ending with a newline.
    pub fn json(&self) -> String {
        // A dataset of strings, numbers and dates always serialises.
        serde_json::to_string_pretty(&self.dataset).unwrap_or_default() + "\n"
    }
}

/// A table refused: every problem found, and what was read before them.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}: not imported ({} problems)", problems.len())]
pub struct ImportError {
    /// The file's name, as the problems are located in it.
    pub file: String,
    /// What was read of it, when it was a table at all.
    pub report: Option<Box<MatchReport>>,
    /// Every problem, in the order of the table.
    pub problems: Vec<TableProblem>,
}

impl ImportError {
    /// Each problem as `FILE:ROW:COLUMN: message`.
    pub fn lines(&self) -> Vec<String> {
        self.problems.iter().map(|p| p.line(&self.file)).collect()
    }

    fn of_file(file: &str, message: String) -> Self {
        Self {
            file: file.to_owned(),
            report: None,
            problems: vec![TableProblem::new(CellRef::FILE, message)],
        }
    }
}

/// Reads the table in `bytes` (named `file` in messages and as its articles' source file) into a
/// dataset; `is_known_iso` says whether an ISO alpha-3 code is on the base map.
pub fn import_table(
    file: &str,
    bytes: &[u8],
    options: &ImportOptions,
    is_known_iso: &dyn Fn(&str) -> bool,
) -> Result<Imported, ImportError> {
    let table =
        read::read_table(bytes).map_err(|err| ImportError::of_file(file, err.to_string()))?;
    let mut report = MatchReport::default();
    report.format = table.format;
    let mut tables = Vec::new();
    for sheet in &table.sheets {
        let name = sheet.name.as_deref().unwrap_or_default();
        match header_of(sheet) {
            Ok((header, columns)) => {
                let kind = if columns.index(Field::Kind).is_some() {
                    RowKind::Status
                } else {
                    status::sheet_kind(name)
                };
                tables.push(SheetTable {
                    sheet,
                    header,
                    columns,
                    label: sheet.name.clone(),
                    kind,
                });
            }
            Err(missing) => report.skipped_sheets.push(format!("“{name}”: {missing}")),
        }
    }
    if tables.is_empty() {
        return Err(no_table(file, &table.sheets, report));
    }
    // A sheet's name locates its cells only where there are several to tell apart.
    if tables.len() == 1 {
        tables[0].label = None;
    }
    report.sheets = tables.iter().filter_map(|t| t.sheet.name.clone()).collect();
    for table in &tables {
        let described = describe_columns(table.sheet, &table.columns);
        match &table.label {
            Some(label) => report.columns.extend(
                described
                    .into_iter()
                    .map(|c| format!("{c} (sheet “{label}”)")),
            ),
            None => report.columns.extend(described),
        }
    }
    let dataset =
        build::build(file, &tables, options, is_known_iso, &mut report).map_err(|problems| {
            ImportError {
                file: file.to_owned(),
                report: Some(Box::new(report.clone())),
                problems,
            }
        })?;
    let imported = Imported { dataset, report };
    // What was built must be what `check` accepts: a failure here is the importer's mistake,
    // refused rather than written.
    if let Err(err) = LoadedDataset::from_bytes(file, imported.json().as_bytes(), is_known_iso) {
        let problems = err
            .lines()
            .into_iter()
            .map(|line| {
                let message = format!("the dataset made of it is not valid ({line})");
                TableProblem::new(CellRef::FILE, message)
            })
            .collect();
        return Err(ImportError {
            file: file.to_owned(),
            report: Some(Box::new(imported.report)),
            problems,
        });
    }
    Ok(imported)
}

/// The header row of `sheet` (its first non-blank row) and its columns, or which of the needed
/// columns it lacks.
fn header_of(sheet: &Sheet) -> Result<(usize, Columns), String> {
    let Some(index) = sheet
        .rows
        .iter()
        .position(|row| !row.iter().all(read::Cell::is_blank))
    else {
        return Err("empty".to_owned());
    };
    let columns = Columns::of_header(&sheet.rows[index]);
    let missing: Vec<&str> = [Field::Country, Field::From]
        .into_iter()
        .filter(|f| columns.index(*f).is_none())
        .map(Field::header)
        .collect();
    if missing.is_empty() {
        Ok((index, columns))
    } else {
        Err(format!("no {} column", missing.join(" or ")))
    }
}

/// "A “Страна”: country", "F “Notes”: not read (did you mean quote?)".
fn describe_columns(sheet: &Sheet, columns: &Columns) -> Vec<String> {
    columns
        .headers
        .iter()
        .map(|h| {
            let letter = columns::column_letter(sheet.first_column + h.index as u32);
            let read_as = match (h.field, h.resembles) {
                (Some(field), _) => field.header().to_owned(),
                (None, Some(like)) => format!("not read (did you mean {like}?)"),
                (None, None) => "not read".to_owned(),
            };
            format!("{letter} “{}”: {read_as}", h.header)
        })
        .collect()
}

/// The refusal of a file none of whose sheets has a country and a from column: located at the
/// first sheet's header, with what each unknown header resembles.
fn no_table(file: &str, sheets: &[Sheet], report: MatchReport) -> ImportError {
    let mut problems = Vec::new();
    if let Some(sheet) = sheets.first()
        && let Some(index) = sheet
            .rows
            .iter()
            .position(|r| !r.iter().all(read::Cell::is_blank))
    {
        let row = sheet.first_row + index as u32;
        let columns = Columns::of_header(&sheet.rows[index]);
        for header in &columns.headers {
            if let (None, Some(like)) = (header.field, header.resembles) {
                let at = CellRef::cell(row, sheet.first_column + header.index as u32);
                let message = format!("unknown header “{}” (did you mean {like}?)", header.header);
                problems.push(TableProblem::new(at, message));
            }
        }
        for field in [Field::Country, Field::Status, Field::From] {
            if columns.index(field).is_none() {
                let at = CellRef {
                    row: Some(row),
                    column: None,
                };
                let message = format!(
                    "no {} column: the header row needs country, status and from (or страна, \
                     статус, с); see docs/dataset.md, “Tables”",
                    field.header()
                );
                problems.push(TableProblem::new(at, message));
            }
        }
    }
    if problems.is_empty() {
        let message = "no sheet has a table with country, status and from columns".to_owned();
        problems.push(TableProblem::new(CellRef::FILE, message));
    }
    ImportError {
        file: file.to_owned(),
        report: Some(Box::new(report)),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "country,status,from,source,source date,headline,quote\n\
        Armenia,member,1992-05-15,TASS,2024-09,A headline,\"Armenia signed.\"\n\
        Kyrgyz SSR,member,1992-05-15,TASS,2024-09,A headline,\"Kyrgyzstan signed.\"\n";

    fn import(options: &ImportOptions) -> Result<Imported, ImportError> {
        import_table("class.csv", TABLE.as_bytes(), options, &|_| true)
    }

    /// The options of a reader who picked `iso` for “Kyrgyz SSR”.
    fn picking(iso: &str) -> ImportOptions {
        let mut options = ImportOptions::default();
        options
            .countries
            .insert("Kyrgyz SSR".to_owned(), iso.to_owned());
        options
    }

    #[test]
    fn an_unknown_country_says_its_text_and_the_state_it_resembles() {
        let err = import(&ImportOptions::default()).unwrap_err();
        assert_eq!(err.problems.len(), 1, "{:?}", err.lines());
        let problem = &err.problems[0];
        assert_eq!(problem.at, CellRef::cell(3, 1));
        assert_eq!(
            problem.unknown_country,
            Some(UnknownCountry {
                text: "Kyrgyz SSR".to_owned(),
                suggestion_iso: Some("KGZ".to_owned()),
            })
        );
    }

    #[test]
    fn a_country_picked_by_the_reader_is_read_as_that_state_and_reported() {
        let imported = import(&picking("KGZ")).unwrap();
        let names: Vec<_> = imported.dataset.countries.iter().map(|c| &c.name).collect();
        assert_eq!(names, ["Armenia", "Kyrgyzstan"]);
        assert!(
            imported
                .report
                .text("class.csv")
                .contains("class.csv:3:A: “Kyrgyz SSR” read as Kyrgyzstan (KGZ), picked by you"),
            "{}",
            imported.report.text("class.csv")
        );
    }

    #[test]
    fn a_pick_that_is_no_state_is_refused_and_still_names_the_cell() {
        let err = import(&picking("XXX")).unwrap_err();
        assert!(err.lines()[0].contains("“XXX”, picked for “Kyrgyz SSR”"));
        assert!(err.problems[0].unknown_country.is_some());
    }

    #[test]
    fn the_names_default_to_the_files_name_and_its_capitals() {
        let options = ImportOptions::default();
        assert_eq!(
            options.name_for("/home/t/Eastern Alliance.xlsx"),
            "Eastern Alliance"
        );
        assert_eq!(
            options.short_name_for("/home/t/Eastern Alliance.xlsx"),
            "EA"
        );
        let named = ImportOptions {
            name: Some("Treaty Group".to_owned()),
            ..ImportOptions::default()
        };
        assert_eq!(named.short_name_for("x.csv"), "TG");
    }
}
