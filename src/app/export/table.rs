//! File ▸ Export table… and Export history table…: the data behind the map as a spreadsheet, the
//! statuses at the date shown (as `csto-atlas members` prints them) or the whole history (the
//! layout Import table reads back), written by [`crate::import::table_out`].

use std::path::{Path, PathBuf};

use super::settings::dataset_stem;
use crate::app::shared::Shared;
use crate::app::shell::Notice;
use crate::import::table_out::{TableContent, TableFormat, table_bytes};
use crate::platform::{self, Backup};

/// "csto-members-2025-07-01.xlsx" or "csto-history.xlsx".
pub fn default_file_name(shared: &Shared, history: bool) -> String {
    let stem = dataset_stem(&shared.shown.dataset);
    if history {
        format!("{stem}-history.xlsx")
    } else {
        format!("{stem}-members-{}.xlsx", shared.date().to_iso())
    }
}

/// Writes the table to `path` (a workbook unless the name ends in `.csv`), a file it replaces kept
/// as a backup, and says what was written.
pub fn export_table(path: PathBuf, history: bool, shared: &mut Shared) -> Notice {
    let (format, path) = match TableFormat::of_path(&path) {
        Some(format) => (format, path),
        None => (TableFormat::Xlsx, path.with_extension("xlsx")),
    };
    let path = std::path::absolute(&path).unwrap_or(path);
    let date = shared.date();
    let content = TableContent {
        at: (!history).then_some(date),
        history,
    };
    let written = match table_bytes(&shared.shown.dataset, format, content) {
        Some(Ok(bytes)) => {
            platform::save(&path, &bytes, Backup::Keep).map_err(|e| format!("{e:#}"))
        }
        Some(Err(err)) => Err(err.to_string()),
        None => Err("there is nothing to put in the table".to_owned()),
    };
    match written {
        Ok(()) => {
            shared.saved.export.folder = path.parent().map(Path::to_path_buf);
            let what = match (history, format) {
                (true, _) => "the whole history".to_owned(),
                (false, TableFormat::Csv) => format!("the statuses on {date}"),
                (false, TableFormat::Xlsx) => {
                    format!("the statuses on {date} and the whole history")
                }
            };
            Notice::saved(format!("Exported {what} to {}", path.display()), path)
        }
        Err(err) => Notice::error("Could not export the table; nothing was written", err),
    }
}
