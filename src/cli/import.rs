//! `csto-atlas import`: a spreadsheet or CSV table becomes a dataset file, with a report of how
//! each column and unusual cell was read; or every cell not understood as FILE:ROW:COLUMN, and
//! nothing written. (The reading itself is the library's [`import_table`].)

use std::path::PathBuf;
use std::process::ExitCode;

use csto_atlas::earth::world::world;
use csto_atlas::import::{ImportOptions, import_table, read_file};
use csto_atlas::platform::file_write::{Backup, replace_file};

/// The table to read, where the dataset goes, and what the table does not say.
#[derive(clap::Args)]
pub struct ImportArgs {
    /// The table: .xlsx, .ods, .xls, or CSV/TSV text (see docs/dataset.md, "Tables").
    table: PathBuf,
    /// The dataset file to write (an existing one is kept as FILE.bak).
    #[arg(long, value_name = "FILE.json")]
    out: PathBuf,
    /// The organisation's full name (default: the table's file name).
    #[arg(long)]
    name: Option<String>,
    /// The organisation's abbreviation (default: the capitals of its name).
    #[arg(long, value_name = "ABBR")]
    short_name: Option<String>,
    /// Import rows without a quote, marked unsourced (drawn and worded like a weak source),
    /// instead of refusing them.
    #[arg(long)]
    allow_unsourced: bool,
}

/// Reads the table, prints the match report, and writes the dataset; or prints every problem
/// and writes nothing.
pub fn run(args: &ImportArgs) -> ExitCode {
    let file = args.table.display().to_string();
    let bytes = match read_file(&args.table) {
        Ok(bytes) => bytes,
        Err(err) => return super::fail(format!("{file}: {err}")),
    };
    let options = ImportOptions {
        name: args.name.clone(),
        short_name: args.short_name.clone(),
        allow_unsourced: args.allow_unsourced,
        ..ImportOptions::default()
    };
    let world = world();
    let imported = match import_table(&file, &bytes, &options, &|iso| world.knows_iso(iso)) {
        Ok(imported) => imported,
        Err(err) => {
            if let Some(report) = &err.report {
                eprint!("{}", report.text(&file));
            }
            for line in err.lines() {
                eprintln!("{line}");
            }
            eprintln!(
                "csto-atlas: {file}: not imported ({} problems); nothing written",
                err.problems.len()
            );
            return ExitCode::FAILURE;
        }
    };
    print!("{}", imported.report.text(&file));
    if let Err(err) = replace_file(&args.out, imported.json().as_bytes(), Backup::Keep) {
        return super::fail(err);
    }
    println!("wrote {}: {}", args.out.display(), imported.summary());
    ExitCode::SUCCESS
}
