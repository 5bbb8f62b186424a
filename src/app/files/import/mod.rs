//! File ▸ Import table… (or a table dropped on the window): a spreadsheet or CSV file made into a
//! dataset by [`crate::import`], saved where the reader chooses (atomically, a file it replaces
//! kept as a backup) and opened. A table that is not understood is reported cell by cell as
//! `FILE:ROW:COLUMN`, nothing is written, and the dataset on screen stays open.

use std::path::Path;

use crate::app::shared::Shared;
use crate::app::shell::Notice;
use crate::import::{ImportOptions, Imported, import_table, read_file};

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
    match read_file(path) {
        Ok(bytes) => read_table(shared, &table, &bytes),
        Err(err) => {
            shared.notice = Some(Notice::error(
                &format!("Could not read {table}; the dataset on screen stays open."),
                err.to_string(),
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
            shared.notice = Some(Notice::problems(
                format!(
                    "Could not import {table} ({} problems); nothing was written and the dataset \
                     on screen stays open.",
                    err.problems.len()
                ),
                err.lines(),
            ));
            None
        }
    }
}

/// What the banner says of an imported table, once its dataset is open: how much it holds, then
/// how each column and unusual cell was read.
pub fn imported_notice(pending: &PendingImport, saved_as: Option<&Path>) -> Notice {
    let saved = saved_as.map_or_else(
        || " (not saved)".to_owned(),
        |path| format!(", saved as {}", path.display()),
    );
    let mut notice = Notice::info(format!(
        "Imported {}{saved}: {}.",
        pending.table,
        pending.imported.summary()
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
