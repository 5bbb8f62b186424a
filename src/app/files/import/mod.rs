//! File ▸ Import table… (or a table dropped on the window): a spreadsheet or CSV file read by
//! [`crate::import`] into the Import table window (`preview.rs` what it holds, `window.rs` how
//! it is drawn, `picker.rs` its country pickers), where the reader names the organisation, allows
//! unsourced rows, picks the states of country cells not understood and sees every problem as
//! `FILE:ROW:COLUMN`; then the dataset is saved where the reader chooses (atomically, a file it
//! replaces kept as a backup) and opened. Until then nothing is written and the dataset on screen
//! stays open.

mod picker;
mod preview;
mod window;

pub use preview::ImportPreview;

use std::path::Path;

use super::{open, show_opened};
use crate::app::Command;
use crate::app::shared::Shared;
use crate::app::shell::Notice;
use crate::app::state::DatasetSource;
use crate::import::{Imported, read_file};
use crate::platform;

/// The bytes of the table at `path`; when it cannot be read, says why in the banner.
pub fn read_table_file(shared: &mut Shared, path: &Path) -> Option<Vec<u8>> {
    match read_file(path) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            shared.notice = Some(Notice::error(
                &format!(
                    "Could not read {}; the dataset on screen stays open.",
                    path.display()
                ),
                err.to_string(),
            ));
            None
        }
    }
}

/// Writes the dataset made in `preview` at `path` (a file there kept as .bak) and opens it;
/// `None` when the table has problems or the file cannot be written (said in the banner).
pub fn save(shared: &mut Shared, preview: &ImportPreview, path: &Path) -> Option<Vec<Command>> {
    let imported = preview.imported()?;
    let json = imported.json();
    if let Err(err) =
        platform::file_write::replace_file(path, json.as_bytes(), platform::Backup::Keep)
    {
        shared.notice = Some(Notice::error(
            "Could not save the imported dataset; the dataset on screen stays open.",
            err.to_string(),
        ));
        return None;
    }
    let then = open(shared, DatasetSource::File(path.to_path_buf()));
    if !shared.notice.as_ref().is_some_and(|n| n.is_error) {
        shared.notice = Some(imported_notice(&preview.table, imported, Some(path)));
    }
    Some(then)
}

/// Opens the dataset made in `preview` unsaved, as a table that came without a path is.
pub fn open_unsaved(shared: &mut Shared, preview: &ImportPreview) -> Vec<Command> {
    let Some(imported) = preview.imported() else {
        return Vec::new();
    };
    let loaded = shared.load_bytes(&preview.table, imported.json().as_bytes());
    let then = show_opened(shared, loaded, None);
    if !shared.notice.as_ref().is_some_and(|n| n.is_error) {
        shared.notice = Some(imported_notice(&preview.table, imported, None));
    }
    then
}

/// What the banner says of the table `table` once its dataset is open: how much it holds, then
/// how each column and unusual cell was read.
pub fn imported_notice(table: &str, imported: &Imported, saved_as: Option<&Path>) -> Notice {
    let saved = saved_as.map_or_else(
        || " (not saved)".to_owned(),
        |path| format!(", saved as {}", path.display()),
    );
    let mut notice = Notice::info(format!("Imported {table}{saved}: {}.", imported.summary()));
    notice.details = imported
        .report
        .text(table)
        .lines()
        .map(str::to_owned)
        .collect();
    notice
}
