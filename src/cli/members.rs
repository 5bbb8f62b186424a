//! `csto-atlas members`: every country's status at a date, as a table, CSV or JSON, or written as
//! a CSV or XLSX file with the whole history (the tables themselves are the library's
//! [`members_report`] and [`csto_atlas::import::table_out`]; this module only reads the
//! arguments).

use std::path::PathBuf;
use std::process::ExitCode;

use csto_atlas::dataset::{Date, LoadedDataset, MembersFormat, members_report};
use csto_atlas::import::table_out::{TableContent, TableFormat, table_bytes};
use csto_atlas::platform::file_write::{Backup, replace_file};

/// Which date `members` reports on, how, and from which dataset.
#[derive(clap::Args)]
pub struct MembersArgs {
    /// The date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_parser = super::parse_date, required_unless_present = "history")]
    at: Option<Date>,
    /// With --out: write the whole history (a row per status period and source, the layout
    /// `import` reads) instead of the statuses at --at. An .xlsx file given --at gets both, as
    /// two sheets.
    #[arg(long, requires = "out")]
    history: bool,
    /// Write the table to this file instead of printing it: .csv (UTF-8 with a byte-order mark,
    /// for Excel) or .xlsx.
    #[arg(long, value_name = "FILE.csv|FILE.xlsx", value_parser = parse_table_out)]
    out: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// The dataset file (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
}

/// `--format`'s values: the command line's names for the library's [`MembersFormat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Aligned columns for reading.
    Table,
    /// Comma-separated values for spreadsheets.
    Csv,
    /// A JSON array for scripts.
    Json,
}

impl From<Format> for MembersFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Table => Self::Table,
            Format::Csv => Self::Csv,
            Format::Json => Self::Json,
        }
    }
}

/// Prints the members table, warning first when the date is before anything the dataset says.
pub fn run(args: &MembersArgs) -> ExitCode {
    let dataset = match super::load(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(err) => return super::dataset_failed(&err),
    };
    if let Some(out) = &args.out {
        return write_table(&dataset, args, out);
    }
    let Some(at) = args.at else {
        return super::refuse("--history needs --out FILE.csv or FILE.xlsx");
    };
    if let Some(first) = dataset.first_date()
        && at.last_day() < first.first_day()
    {
        eprintln!(
            "csto-atlas: warning: {at} is before the dataset's first date ({first}); \
             no country has a status yet"
        );
    }
    print!("{}", members_report(&dataset, at, args.format.into()));
    ExitCode::SUCCESS
}

/// A file name ending in .csv or .xlsx.
fn parse_table_out(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match TableFormat::of_path(&path) {
        Some(_) => Ok(path),
        None => Err(format!("{text:?} must end in .csv or .xlsx")),
    }
}

/// Writes the statuses at --at, the history, or (XLSX with both) the two as sheets.
fn write_table(dataset: &LoadedDataset, args: &MembersArgs, out: &std::path::Path) -> ExitCode {
    let format = TableFormat::of_path(out).unwrap_or(TableFormat::Csv);
    let content = TableContent {
        at: args.at,
        history: args.history,
    };
    let bytes = match table_bytes(dataset, format, content) {
        Some(Ok(bytes)) => bytes,
        Some(Err(err)) => return super::fail(err),
        None => return super::refuse("give --at DATE or --history"),
    };
    match replace_file(out, &bytes, Backup::Keep) {
        Ok(()) => {
            println!("wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(err) => super::fail(err),
    }
}
