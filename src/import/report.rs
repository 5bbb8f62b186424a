//! The match report: how the file was read, what each column was taken to be, and each unusual
//! cell with what it was read as; and the problems that refuse a table, each located as
//! `FILE:ROW:COLUMN` the way a spreadsheet shows them (rows from 1, the header being row 1 of a
//! table that starts at the top; columns as letters).

use std::collections::HashMap;

use super::columns::column_letter;

/// A place in the table: a row and column as the spreadsheet numbers them, either optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellRef {
    /// Row number (1 is the first row).
    pub row: Option<u32>,
    /// Column number (1 is column A).
    pub column: Option<u32>,
}

impl CellRef {
    /// The whole file.
    pub const FILE: Self = Self {
        row: None,
        column: None,
    };

    /// One cell.
    pub fn cell(row: u32, column: u32) -> Self {
        Self {
            row: Some(row),
            column: Some(column),
        }
    }

    /// `FILE:ROW:COLUMN`, `FILE:ROW` or `FILE`.
    pub fn located(&self, file: &str) -> String {
        match (self.row, self.column) {
            (Some(row), Some(column)) => format!("{file}:{row}:{}", column_letter(column)),
            (Some(row), None) => format!("{file}:{row}"),
            (None, _) => file.to_owned(),
        }
    }
}

/// Something in the table that refuses it: where, and what is wrong (with a suggestion when
/// there is one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableProblem {
    /// Where it is.
    pub at: CellRef,
    /// What is wrong.
    pub message: String,
    /// For a country cell not understood, its text and what it resembles, so that a reader can
    /// pick the state it means ([`super::ImportOptions::countries`]).
    pub unknown_country: Option<UnknownCountry>,
    /// The sheet it is in, when more than one sheet of a workbook is read.
    pub sheet: Option<String>,
}

/// A country cell the importer did not understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCountry {
    /// The cell's text, trimmed: the key under which a reader's pick is given.
    pub text: String,
    /// The ISO alpha-3 code of the state it most resembles, when one is close.
    pub suggestion_iso: Option<String>,
}

impl TableProblem {
    /// A problem at `at`, not about an unknown country.
    pub fn new(at: CellRef, message: String) -> Self {
        Self {
            at,
            message,
            unknown_country: None,
            sheet: None,
        }
    }

    /// `FILE:ROW:COLUMN: message` (`FILE[SHEET]:ROW:COLUMN` in a workbook of several sheets).
    pub fn line(&self, file: &str) -> String {
        let file = in_sheet(file, self.sheet.as_deref());
        format!("{}: {}", self.at.located(&file), self.message)
    }
}

/// `file`, or `file[sheet]` for a cell of one of several sheets read.
fn in_sheet(file: &str, sheet: Option<&str>) -> String {
    match sheet {
        Some(sheet) => format!("{file}[{sheet}]"),
        None => file.to_owned(),
    }
}

/// A cell read other than literally, e.g. "Киргизия" as Kyrgyzstan (KGZ): the first cell with
/// this text in this column, and how many more there were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The sheet it is in, when more than one sheet of a workbook is read.
    pub sheet: Option<String>,
    /// The first cell that held it.
    pub at: CellRef,
    /// The text as found.
    pub found: String,
    /// What it was read as.
    pub read_as: String,
    /// How many more cells of the column held the same text.
    pub more: usize,
}

/// How a table was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchReport {
    /// The file format and encoding.
    pub format: String,
    /// The sheets read, for a workbook, in its order.
    pub sheets: Vec<String>,
    /// Sheets not read, each with why.
    pub skipped_sheets: Vec<String>,
    /// Each header: its column letter, the header as written, and what it was read as.
    pub columns: Vec<String>,
    /// Cells read other than literally, in the order first met.
    pub readings: Vec<Reading>,
    /// Rows of facts read (not counting the header and blank rows).
    pub rows: usize,
    reading_index: HashMap<(Option<String>, Option<u32>, String), usize>,
}

impl Reading {
    /// `FILE:ROW:COLUMN: “found” read as …`, with how many more cells held it.
    pub fn line(&self, file: &str) -> String {
        let more = match self.more {
            0 => String::new(),
            1 => " (and 1 more cell)".to_owned(),
            n => format!(" (and {n} more cells)"),
        };
        format!(
            "{}: “{}” read as {}{more}",
            self.at.located(&in_sheet(file, self.sheet.as_deref())),
            self.found,
            self.read_as
        )
    }
}

impl MatchReport {
    /// Notes that the cell at `at` held `found`, read as `read_as` (once per column and text).
    pub fn read(&mut self, sheet: Option<&str>, at: CellRef, found: &str, read_as: String) {
        let sheet = sheet.map(str::to_owned);
        let key = (sheet.clone(), at.column, found.to_owned());
        if let Some(&i) = self.reading_index.get(&key) {
            self.readings[i].more += 1;
            return;
        }
        self.reading_index.insert(key, self.readings.len());
        self.readings.push(Reading {
            sheet,
            at,
            found: found.to_owned(),
            read_as,
            more: 0,
        });
    }

    /// The report for reading, one statement a line, ending with a newline.
    pub fn text(&self, file: &str) -> String {
        let mut out = format!("{file}: read as {}\n", self.format);
        for sheet in &self.sheets {
            out += &format!("  sheet: “{sheet}”\n");
        }
        for skipped in &self.skipped_sheets {
            out += &format!("  sheet not read: {skipped}\n");
        }
        for column in &self.columns {
            out += &format!("  column {column}\n");
        }
        let mut readings: Vec<&Reading> = self.readings.iter().collect();
        let sheet_order =
            |r: &Reading| self.sheets.iter().position(|s| Some(s) == r.sheet.as_ref());
        readings.sort_by_key(|r| (sheet_order(r), r.at));
        for reading in readings {
            out += &format!("  {}\n", reading.line(file));
        }
        out += &format!("  rows of facts: {}\n", self.rows);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_of_one_of_several_sheets_is_located_in_its_sheet() {
        let problem = TableProblem {
            sheet: Some("Exercises".into()),
            ..TableProblem::new(CellRef::cell(3, 2), "unknown kind".into())
        };
        assert_eq!(
            problem.line("t.xlsx"),
            "t.xlsx[Exercises]:3:B: unknown kind"
        );
    }

    #[test]
    fn cells_are_located_as_a_spreadsheet_names_them() {
        assert_eq!(CellRef::cell(3, 28).located("t.csv"), "t.csv:3:AB");
        assert_eq!(CellRef::FILE.located("t.csv"), "t.csv");
        let at = CellRef {
            row: Some(1),
            column: None,
        };
        let problem = TableProblem::new(at, "no country column".into());
        assert_eq!(problem.line("t.csv"), "t.csv:1: no country column");
    }

    #[test]
    fn a_text_read_again_in_the_same_column_is_counted_not_repeated() {
        let mut report = MatchReport::default();
        report.read(
            None,
            CellRef::cell(2, 1),
            "Киргизия",
            "Kyrgyzstan (KGZ)".into(),
        );
        report.read(
            None,
            CellRef::cell(5, 1),
            "Киргизия",
            "Kyrgyzstan (KGZ)".into(),
        );
        report.read(
            None,
            CellRef::cell(6, 1),
            "Киргизия",
            "Kyrgyzstan (KGZ)".into(),
        );
        report.read(
            None,
            CellRef::cell(6, 2),
            "Киргизия",
            "Kyrgyzstan (KGZ)".into(),
        );
        assert_eq!(report.readings.len(), 2);
        assert!(
            report
                .text("t.csv")
                .contains("t.csv:2:A: “Киргизия” read as Kyrgyzstan (KGZ) (and 2 more cells)")
        );
    }
}
