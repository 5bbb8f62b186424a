//! Bytes into a grid of cells: a workbook (`.xlsx`, `.xls`, `.ods`) through calamine, or delimited
//! text (CSV or TSV) in whatever encoding it came in. What the cells mean is decided elsewhere.

use std::io::Cursor;

use calamine::{Data, DataType as _, Reader as _};
use chrono::NaiveDate;
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// The largest table read: a membership history is a few hundred rows, so a bigger file is
/// almost certainly the wrong one (and would take long to read).
pub const MAX_TABLE_BYTES: u64 = 20_000_000;

/// One cell, as the spreadsheet or text held it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text (every cell of a CSV file is text).
    Text(String),
    /// A bare number, e.g. 1992 typed into a spreadsheet.
    Number(f64),
    /// A spreadsheet date cell: a calendar day.
    Day(NaiveDate),
}

impl Cell {
    /// Whether it holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(text) => text.trim().is_empty(),
            Self::Number(_) | Self::Day(_) => false,
        }
    }

    /// What a person sees in it: the text trimmed, a number without a needless ".0", a date as
    /// YYYY-MM-DD.
    pub fn shown(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(text) => text.trim().to_owned(),
            Self::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Self::Number(n) => n.to_string(),
            Self::Day(day) => day.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One sheet of a workbook (or the one sheet of a text file).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name in a workbook; `None` for a text file.
    pub name: Option<String>,
    /// The rows, top to bottom.
    pub rows: Vec<Vec<Cell>>,
    /// The spreadsheet's number of `rows[0]` (1 for the first row).
    pub first_row: u32,
    /// The spreadsheet's number of each row's first cell (1 for column A).
    pub first_column: u32,
}

/// A table file's sheets and how its bytes were read.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// How the bytes were read, for the match report: e.g. "CSV, semicolon-separated,
    /// windows-1251 (guessed)" or "XLSX/ODS workbook".
    pub format: String,
    /// Its sheets, in the workbook's order.
    pub sheets: Vec<Sheet>,
}

/// Why the bytes are not a table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Nothing but white space.
    #[error("the file is empty: a table needs a header row and at least one row of facts")]
    Empty,
    /// Bytes that are neither a workbook nor text.
    #[error(
        "not a table: it is a binary file, neither a spreadsheet (.xlsx, .ods, .xls) nor text (CSV)"
    )]
    Binary,
    /// Over [`MAX_TABLE_BYTES`].
    #[error(
        "the file is {} MB; tables up to {} MB are read: is it the right file? Split a larger table",
        megabytes(*.0),
        megabytes(MAX_TABLE_BYTES)
    )]
    TooLarge(u64),
    /// A workbook calamine could not open.
    #[error("the spreadsheet cannot be read: {0}")]
    Workbook(String),
    /// The file itself could not be read.
    #[error("cannot read it: {0}")]
    File(String),
}

/// A table file's bytes, refused by its size before anything is read (a huge file at once).
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>, ReadError> {
    let size = std::fs::metadata(path)
        .map_err(|err| ReadError::File(err.to_string()))?
        .len();
    if size > MAX_TABLE_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    std::fs::read(path).map_err(|err| ReadError::File(err.to_string()))
}

fn megabytes(bytes: u64) -> String {
    // Whole megabytes are what a file manager shows; precision past one decimal helps nobody.
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

/// Reads `bytes` as a workbook or as delimited text.
pub fn read_table(bytes: &[u8]) -> Result<Table, ReadError> {
    if bytes.len() as u64 > MAX_TABLE_BYTES {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    // Zip (xlsx, ods) and OLE (xls) containers announce themselves in their first bytes.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return read_workbook(bytes);
    }
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if looks_binary(&text) {
        return Err(ReadError::Binary);
    }
    let delimiter = detect_delimiter(&text);
    let rows = split_rows(&text, delimiter);
    let name = match delimiter {
        b'\t' => "TSV, tab-separated",
        b';' => "CSV, semicolon-separated",
        _ => "CSV, comma-separated",
    };
    Ok(Table {
        format: format!("{name}, {encoding}"),
        sheets: vec![Sheet {
            name: None,
            rows,
            first_row: 1,
            first_column: 1,
        }],
    })
}

/// The text of `bytes` and words for its encoding: a byte-order mark decides, else valid UTF-8 is
/// UTF-8, else chardetng guesses a legacy encoding (Windows-1251, -1252, …).
fn decode(bytes: &[u8]) -> Result<(String, String), ReadError> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        let name = if encoding == UTF_16LE {
            "UTF-16 LE"
        } else if encoding == UTF_16BE {
            "UTF-16 BE"
        } else {
            "UTF-8"
        };
        return Ok((text.into_owned(), format!("{name} with a byte-order mark")));
    }
    if bytes.contains(&0) {
        return Err(ReadError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), "UTF-8".to_owned()));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let encoding = if encoding == UTF_8 {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    };
    let (text, _, _) = encoding.decode(bytes);
    Ok((
        text.into_owned(),
        format!("{} (guessed: not UTF-8)", encoding.name()),
    ))
}

/// Whether decoded text holds control characters no table has (a binary file in a legacy
/// encoding decodes without errors, so this is what gives it away).
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    control * 100 > sample.len()
}

/// The delimiter the header line uses most: tab, semicolon (the comma's stand-in in locales that
/// write decimal commas) or comma.
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            ',' => counts[0].1 += 1,
            ';' => counts[1].1 += 1,
            '\t' => counts[2].1 += 1,
            _ => {}
        }
    }
    // Ties go to the earlier entry: comma before semicolon before tab.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(d, _)| *d)
}

fn split_rows(text: &str, delimiter: u8) -> Vec<Vec<Cell>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Input is valid UTF-8 (decoded above), so a record only fails on a quote left open at the
    // end; what was read up to there is kept, as a spreadsheet program would.
    reader
        .records()
        .map_while(Result::ok)
        .map(|record| {
            record
                .iter()
                .map(|field| {
                    if field.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.to_owned())
                    }
                })
                .collect()
        })
        .collect()
}

fn read_workbook(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|err| ReadError::Workbook(err.to_string()))?;
    let sheets = workbook
        .worksheets()
        .into_iter()
        .map(|(name, range)| {
            let (first_row, first_column) = range.start().unwrap_or((0, 0));
            Sheet {
                name: Some(name),
                rows: range
                    .rows()
                    .map(|row| row.iter().map(cell_of).collect())
                    .collect(),
                first_row: first_row + 1,
                first_column: first_column + 1,
            }
        })
        .collect::<Vec<_>>();
    if sheets
        .iter()
        .all(|s| s.rows.iter().flatten().all(Cell::is_blank))
    {
        return Err(ReadError::Empty);
    }
    Ok(Table {
        format: "spreadsheet (XLSX, ODS or XLS)".to_owned(),
        sheets,
    })
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            Cell::Text(text.clone())
        }
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(value) => match data.as_datetime() {
            Some(when) if value.is_datetime() => Cell::Day(when.date()),
            _ => Cell::Number(value.as_f64()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(table: &Table) -> Vec<Vec<String>> {
        table.sheets[0]
            .rows
            .iter()
            .map(|row| row.iter().map(Cell::shown).collect())
            .collect()
    }

    #[test]
    fn finds_the_delimiter_the_header_uses() {
        for (text, format) in [
            ("country,status\nArmenia,member\n", "comma"),
            ("страна;статус\nАрмения;член\n", "semicolon"),
            ("country\tstatus\nArmenia\tmember\n", "tab"),
            ("\"a;b\",status\nx,y\n", "comma"),
        ] {
            let table = read_table(text.as_bytes()).unwrap();
            assert!(table.format.contains(format), "{text:?}: {}", table.format);
            assert_eq!(texts(&table)[1].len(), 2, "{text:?}");
        }
    }

    #[test]
    fn reads_byte_order_marks_and_guesses_legacy_encodings() {
        let utf8_bom = b"\xEF\xBB\xBFcountry\nArmenia\n";
        assert_eq!(texts(&read_table(utf8_bom).unwrap())[0][0], "country");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "страна\nАрмения\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let table = read_table(&utf16).unwrap();
        assert_eq!(texts(&table)[1][0], "Армения");
        assert!(table.format.contains("UTF-16 LE"), "{}", table.format);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("страна;статус\nАрмения;член\n");
        let table = read_table(&cp1251).unwrap();
        assert_eq!(texts(&table)[1], ["Армения", "член"]);
        assert!(table.format.contains("windows-1251"), "{}", table.format);
    }

    #[test]
    fn refuses_empty_binary_and_oversized_input() {
        assert_eq!(read_table(b" \n\n"), Err(ReadError::Empty));
        assert_eq!(
            read_table(b"\x7FELF\x02\x01\x00\x00"),
            Err(ReadError::Binary)
        );
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 31) as u8 + 1).collect();
        assert_eq!(read_table(&noise), Err(ReadError::Binary));
        let huge = vec![b'a'; MAX_TABLE_BYTES as usize + 1];
        assert!(matches!(read_table(&huge), Err(ReadError::TooLarge(_))));
    }

    #[test]
    fn a_quoted_field_may_hold_the_delimiter_and_a_line_break() {
        let table = read_table(b"quote,country\n\"One, two\nthree\",Armenia\n").unwrap();
        assert_eq!(texts(&table)[1], ["One, two\nthree", "Armenia"]);
    }
}
