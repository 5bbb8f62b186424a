//! File ▸ Import table… (or a table dropped on the window): a spreadsheet or CSV file made into a
//! dataset by [`crate::import`], saved where the reader chooses (atomically, a file it replaces
//! kept as a backup) and opened. A table that is not understood is reported cell by cell as
//! `FILE:ROW:COLUMN`, nothing is written, and the dataset on screen stays open.

use std::path::Path;

use crate::app::shared::Shared;
use crate::app::shell::Notice;
use crate::import::{ImportOptions, Imported, MAX_TABLE_BYTES, ReadError, import_table};

/// A table read into a dataset, waiting for the reader to say where it is saved.
pub struct PendingImport {
    /// The table's file name, as the report names it.
    pub table: String,
    /// The dataset made from it, and how it was read.
    pub imported: Imported,
}

/// Reads the table at `path`; on a problem, says what and where in the banner.
pub fn read_table_file(shared: &mut Shared, path: &Path) -> Option<PendingImport> {
    let table = path.display().to_string();
    let bytes = match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_TABLE_BYTES => {
            Err(ReadError::TooLarge(meta.len()).to_string())
        }
        Ok(_) => std::fs::read(path).map_err(|err| err.to_string()),
        Err(err) => Err(err.to_string()),
    };
    match bytes {
        Ok(bytes) => read_table(shared, &table, &bytes),
        Err(err) => {
            shared.notice = Some(Notice::error(
                &format!("Could not read {table}; the dataset on screen stays open."),
                err,
            ));
            None
        }
    }
}

/// Makes the table `table` (its bytes) into a dataset; on problems, lists each in the banner as
/// `FILE:ROW:COLUMN: …` and gives `None`.
pub fn read_table(shared: &mut Shared, table: &str, bytes: &[u8]) -> Option<PendingImport> {
    let world = &shared.world;
    let options = ImportOptions::default();
    match import_table(table, bytes, &options, &|iso| world.knows_iso(iso)) {
        Ok(imported) => Some(PendingImport {
            table: table.to_owned(),
            imported,
        }),
        Err(err) => {
            let mut notice = Notice::info(format!(
                "Could not import {table} ({} problems); nothing was written and the dataset on \
                 screen stays open.",
                err.problems.len()
            ));
            notice.is_error = true;
            notice.details = err.lines();
            shared.notice = Some(notice);
            None
        }
    }
}

/// What the banner says of an imported table, once its dataset is open: how much it holds, then
/// how each column and unusual cell was read.
pub fn imported_notice(pending: &PendingImport, saved_as: Option<&Path>) -> Notice {
    let data = &pending.imported.dataset;
    let periods: usize = data.countries.iter().map(|c| c.periods.len()).sum();
    let saved = saved_as.map_or_else(
        || " (not saved)".to_owned(),
        |path| format!(", saved as {}", path.display()),
    );
    let mut notice = Notice::info(format!(
        "Imported {}{saved}: {} countries, {periods} status periods, {} excerpts.",
        pending.table,
        data.countries.len(),
        data.excerpts.len()
    ));
    notice.details = pending
        .imported
        .report
        .text(&pending.table)
        .lines()
        .map(str::to_owned)
        .collect();
    notice
}
