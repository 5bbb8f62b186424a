//! Asking the user for a file: what each dialog is for, the platform's dialog for it, and a
//! typed-path window where no dialog can be shown (no desktop portal and no zenity).

use std::path::PathBuf;

use super::FilesCommand;
use crate::app::Command;
use crate::app::author::AuthorCommand;
use crate::app::export::ExportCommand;
use crate::export::figure::FigureFormat;
use crate::platform::{Chosen, FileRequest, RequestKind};

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Choosing a dataset to open.
    OpenDataset,
    /// Choosing a table (spreadsheet or CSV) to make a dataset from.
    ImportTable,
    /// Choosing where to save the dataset made from a table.
    SaveImported,
    /// Choosing where to save a screenshot.
    SaveScreenshot,
    /// Choosing where to export the map as a figure.
    ExportMap(FigureFormat),
    /// Choosing where to save the dataset with its edited story, as a copy.
    SaveStoryCopy,
    /// Choosing where to write the story handout (a PDF).
    ExportStory,
    /// Choosing where to save a table of the statuses at the date shown, or of the whole history.
    ExportTable {
        /// The whole history, not the statuses at the date.
        history: bool,
    },
}

/// A dataset file, for the dialogs' filters.
const DATASET_FILES: (&str, &[&str]) = ("Membership dataset (JSON)", &["json"]);

/// A table to import, for the dialog's filter.
const TABLE_FILES: (&str, &[&str]) = (
    "Table (CSV, TSV, Excel, OpenDocument)",
    &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
);

/// A table to export, for the dialog's filter.
const TABLE_OUT_FILES: (&str, &[&str]) =
    ("Table (CSV for Excel, Excel workbook)", &["csv", "xlsx"]);

/// Whether a file's name says it is a table to import rather than a dataset to open.
pub fn is_table(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TABLE_FILES.1.contains(&e.to_ascii_lowercase().as_str()))
}

impl DialogPurpose {
    /// The dialog's title and its button.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Self::OpenDataset => ("Open dataset", "Open"),
            Self::ImportTable => ("Import table", "Import"),
            Self::SaveImported => ("Save the imported dataset as", "Save"),
            Self::SaveScreenshot => ("Save window screenshot", "Save"),
            Self::ExportMap(_) => ("Export map", "Export"),
            Self::SaveStoryCopy => ("Save the dataset and its story as", "Save"),
            Self::ExportStory => ("Export story", "Export"),
            Self::ExportTable { history: false } => ("Export table", "Export"),
            Self::ExportTable { history: true } => ("Export history table", "Export"),
        }
    }

    /// The dialog to show: its title, its filter, and for a file to save the name offered.
    pub fn request(self, name: String, folder: Option<PathBuf>) -> FileRequest {
        let filter = match self {
            Self::OpenDataset | Self::SaveStoryCopy | Self::SaveImported => DATASET_FILES,
            Self::ImportTable => TABLE_FILES,
            Self::SaveScreenshot => FigureFormat::Png.filter(),
            Self::ExportMap(format) => format.filter(),
            Self::ExportStory => FigureFormat::Pdf.filter(),
            Self::ExportTable { .. } => TABLE_OUT_FILES,
        };
        let kind = match self {
            Self::OpenDataset | Self::ImportTable => RequestKind::Open,
            _ => RequestKind::Save { name, folder },
        };
        FileRequest {
            title: self.words().0,
            filter,
            kind,
        }
    }

    /// What to do with the file chosen.
    pub fn command(self, chosen: Chosen) -> Option<Command> {
        let path = match chosen {
            Chosen::Path(path) => path,
            Chosen::Bytes { name, bytes } => {
                return match self {
                    Self::ImportTable => Some(FilesCommand::ImportBytes { name, bytes }.into()),
                    Self::OpenDataset if is_table(&name) => {
                        Some(FilesCommand::ImportBytes { name, bytes }.into())
                    }
                    Self::OpenDataset => Some(FilesCommand::OpenBytes { name, bytes }.into()),
                    _ => None,
                };
            }
        };
        Some(match self {
            Self::OpenDataset if is_table(&path.display().to_string()) => {
                FilesCommand::ImportTable(path).into()
            }
            Self::OpenDataset => FilesCommand::OpenDataset(path).into(),
            Self::ImportTable => FilesCommand::ImportTable(path).into(),
            Self::SaveImported => FilesCommand::SaveImported(path).into(),
            Self::SaveScreenshot => ExportCommand::SaveScreenshot(path).into(),
            Self::ExportMap(_) => ExportCommand::ExportMap(path).into(),
            Self::SaveStoryCopy => AuthorCommand::SaveAs(path).into(),
            Self::ExportStory => ExportCommand::ExportStory(path).into(),
            Self::ExportTable { history } => ExportCommand::ExportTable { path, history }.into(),
        })
    }
}

/// A path typed by hand where no native file dialog exists.
pub struct TypedPath {
    /// What the path is for.
    pub purpose: DialogPurpose,
    /// The text typed so far.
    pub text: String,
}

impl TypedPath {
    /// The window asking for the path; `false` once it is closed (path given or cancelled).
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) -> bool {
        let (title, action) = self.purpose.words();
        let mut open = true;
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(
                    "No file dialog can be shown on this desktop (no XDG desktop portal, no zenity).",
                );
                ui.label("Type the file's path instead:");
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut self.text)
                        .desired_width(420.0)
                        .hint_text("/path/to/file"),
                );
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if (ui.button(action).clicked() || entered) && !self.text.trim().is_empty() {
                        let path = PathBuf::from(self.text.trim());
                        commands.extend(self.purpose.command(Chosen::Path(path)));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            });
        open
    }
}
