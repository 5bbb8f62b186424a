//! `csto-atlas members`: every country's status at a date, as a table, CSV or JSON (the report
//! itself is the library's [`members_report`]; this module only reads the arguments).

use std::path::PathBuf;
use std::process::ExitCode;

use csto_atlas::dataset::{Date, MembersFormat, members_report};

/// Which date `members` reports on, how, and from which dataset.
#[derive(clap::Args)]
pub struct MembersArgs {
    /// The date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_parser = super::parse_date)]
    at: Date,
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
    let at = args.at;
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
