//! A dataset as tables for a spreadsheet: the statuses at a date (the `members` table) and the
//! whole history, one row per status period and source (the layout [`super::import_table`] reads
//! back), written as CSV (UTF-8 with a byte-order mark, so Excel reads it as UTF-8) or XLSX.

use std::path::Path;

use crate::dataset::{Date, LoadedDataset, MembersFormat, csv_field, members_at, members_report};

use super::columns::Field;
use super::status::{RowKind, kind_word, reliability_word, status_code};

/// A table file's format, by the extension of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// Comma-separated values, UTF-8 with a byte-order mark: one table.
    Csv,
    /// An Excel workbook: one sheet a table.
    Xlsx,
}

impl TableFormat {
    /// The format `path`'s extension names (`.csv` or `.xlsx`, in any case).
    pub fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// A table of text cells, with the name its sheet gets in a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSheet {
    /// The sheet's name (at most 31 characters, as Excel allows).
    pub name: String,
    /// The header row.
    pub header: Vec<String>,
    /// The rows under it.
    pub rows: Vec<Vec<String>>,
}

/// Why a workbook could not be made.
#[derive(Debug, thiserror::Error)]
#[error("cannot make the workbook: {0}")]
pub struct TableWriteError(#[from] rust_xlsxwriter::XlsxError);

/// The members table at `date`: the columns of `members --format csv`.
pub fn members_sheet(dataset: &LoadedDataset, date: Date) -> TableSheet {
    let rows = members_at(dataset, date)
        .into_iter()
        .map(|row| {
            vec![
                row.country,
                row.name,
                row.status.to_owned(),
                row.since.unwrap_or_default(),
                row.uncertain.to_string(),
                row.disputed.to_string(),
                row.sources.join(";"),
            ]
        })
        .collect();
    TableSheet {
        name: format!("Members {}", date.to_iso()),
        header: [
            "country",
            "name",
            "status",
            "since",
            "uncertain",
            "disputed",
            "sources",
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    }
}

/// The whole history: a row per status period and excerpt it rests on (a period with two
/// sources takes two rows that repeat its country, status and dates), then a row per exercise
/// and event. What the table cannot hold: disputed start dates and statuses, borders,
/// disagreements, the story, an exercise's participants.
pub fn history_sheet(dataset: &LoadedDataset) -> TableSheet {
    let data = &dataset.data;
    let mut rows = Vec::new();
    let source_cells = |row: &mut Vec<String>, excerpt_id: &str| {
        let excerpt = dataset.excerpt(excerpt_id);
        let article = dataset.excerpt_article(excerpt_id);
        row.extend([
            article.map(|a| a.outlet.clone()).unwrap_or_default(),
            article
                .and_then(|a| a.date)
                .map(|d| d.to_iso())
                .unwrap_or_default(),
            article.map(|a| a.headline.clone()).unwrap_or_default(),
            excerpt.map(|e| e.text.clone()).unwrap_or_default(),
            article
                .map(|a| reliability_word(a.reliability).to_owned())
                .unwrap_or_default(),
            article.map(|a| a.source_file.clone()).unwrap_or_default(),
        ]);
    };
    for country in &data.countries {
        for period in &country.periods {
            for source in &period.sources {
                let mut row = vec![
                    kind_word(RowKind::Status).to_owned(),
                    country.name.clone(),
                    country.iso_a3.clone().unwrap_or_default(),
                    status_code(period.status).to_owned(),
                    period.from.to_iso(),
                    period.to.map(|d| d.to_iso()).unwrap_or_default(),
                    period.known_until.map(|d| d.to_iso()).unwrap_or_default(),
                    period.event.clone(),
                ];
                source_cells(&mut row, source);
                row.extend([String::new(), String::new(), String::new(), String::new()]);
                rows.push(row);
            }
        }
    }
    let place_cells = |place: Option<&crate::dataset::Place>| {
        let Some(place) = place else {
            return [String::new(), String::new(), String::new()];
        };
        let name = if place.precision == crate::dataset::PlacePrecision::Country {
            String::new()
        } else {
            place.name.clone()
        };
        [name, place.lat.to_string(), place.lon.to_string()]
    };
    let country_name = |iso: &str| {
        dataset
            .country_by_iso(iso)
            .map_or_else(|| iso.to_owned(), |c| c.name.clone())
    };
    for exercise in &data.exercises {
        for source in &exercise.sources {
            let mut row = vec![
                kind_word(RowKind::Exercise).to_owned(),
                country_name(&exercise.place.country),
                exercise.place.country.clone(),
                String::new(),
                exercise.start.to_iso(),
                exercise.end.map(|d| d.to_iso()).unwrap_or_default(),
                String::new(),
                exercise.name.clone(),
            ];
            source_cells(&mut row, source);
            row.extend(place_cells(Some(&exercise.place)));
            row.push(exercise.summary.clone());
            rows.push(row);
        }
    }
    for event in &data.events {
        let iso = event.place.as_ref().map(|p| p.country.clone()).or_else(|| {
            event
                .links
                .iter()
                .find(|l| dataset.country(l).is_some())
                .cloned()
        });
        for source in &event.sources {
            let mut row = vec![
                kind_word(RowKind::Event(event.kind)).to_owned(),
                iso.as_deref().map(country_name).unwrap_or_default(),
                iso.clone().unwrap_or_default(),
                String::new(),
                event.start.to_iso(),
                event.end.map(|d| d.to_iso()).unwrap_or_default(),
                String::new(),
                event.title.clone(),
            ];
            source_cells(&mut row, source);
            row.extend(place_cells(event.place.as_ref()));
            row.push(event.summary.clone());
            rows.push(row);
        }
    }
    TableSheet {
        name: "History".to_owned(),
        header: Field::ALL.map(|f| f.header().to_owned()).to_vec(),
        rows,
    }
}

/// `sheet` as CSV: UTF-8 with a byte-order mark, fields quoted where they need it.
pub fn csv_bytes(sheet: &TableSheet) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    for row in std::iter::once(&sheet.header).chain(&sheet.rows) {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out += &fields.join(",");
        out += "\r\n";
    }
    out.into_bytes()
}

/// The members table at `date` as CSV, exactly as `members --format csv` prints it, with a
/// byte-order mark.
pub fn members_csv_bytes(dataset: &LoadedDataset, date: Date) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    out += &members_report(dataset, date, MembersFormat::Csv);
    out.into_bytes()
}

/// What a table file holds: the statuses at a date, the whole history, or (a workbook) both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableContent {
    /// The date of the statuses table, if there is one.
    pub at: Option<Date>,
    /// Whether the whole history is in it.
    pub history: bool,
}

/// The bytes of a table file of `dataset` in `format`: a CSV holds one table (the history when it
/// is asked for, otherwise the statuses at the date); a workbook holds each asked for as a sheet,
/// and the history beside the statuses always. `None` when nothing is asked for.
pub fn table_bytes(
    dataset: &LoadedDataset,
    format: TableFormat,
    content: TableContent,
) -> Option<Result<Vec<u8>, TableWriteError>> {
    match (format, content.history, content.at) {
        (TableFormat::Csv, true, _) => Some(Ok(csv_bytes(&history_sheet(dataset)))),
        (TableFormat::Csv, false, Some(at)) => Some(Ok(members_csv_bytes(dataset, at))),
        (TableFormat::Csv | TableFormat::Xlsx, false, None) => None,
        (TableFormat::Xlsx, _, at) => {
            let members = at.map(|at| members_sheet(dataset, at));
            let sheets: Vec<TableSheet> = members
                .into_iter()
                .chain(std::iter::once(history_sheet(dataset)))
                .collect();
            Some(xlsx_bytes(&sheets))
        }
    }
}

/// `sheets` as an XLSX workbook, one sheet each, headers bold and frozen.
pub fn xlsx_bytes(sheets: &[TableSheet]) -> Result<Vec<u8>, TableWriteError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.name)?;
        for (column, header) in sheet.header.iter().enumerate() {
            worksheet.write_string_with_format(0, column as u16, header, &bold)?;
        }
        for (row, cells) in sheet.rows.iter().enumerate() {
            for (column, cell) in cells.iter().enumerate() {
                if !cell.is_empty() {
                    // Dates stay text: a date cell would be a day, and "1992" must stay a year.
                    worksheet.write_string(row as u32 + 1, column as u16, cell)?;
                }
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
        worksheet.autofit();
    }
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(
            TableFormat::of_path(Path::new("a.CSV")),
            Some(TableFormat::Csv)
        );
        assert_eq!(
            TableFormat::of_path(Path::new("a.xlsx")),
            Some(TableFormat::Xlsx)
        );
        assert_eq!(TableFormat::of_path(Path::new("a.ods")), None);
    }

    #[test]
    fn csv_starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        let sheet = TableSheet {
            name: "History".into(),
            header: vec!["country".into(), "quote".into()],
            rows: vec![vec!["Armenia".into(), "one, \"two\"".into()]],
        };
        let text = String::from_utf8(csv_bytes(&sheet)).unwrap();
        assert_eq!(
            text,
            "\u{feff}country,quote\r\nArmenia,\"one, \"\"two\"\"\"\r\n"
        );
    }
}
