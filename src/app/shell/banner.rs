//! The message banner over the top of the map: what went well, or what failed and why (a broken
//! dataset's problems as FILE:LINE:COLUMN), with a file's folder and path where one was written.

use std::path::PathBuf;

use super::ShellCommand;
use crate::app::Command;
use crate::app::theme::Chrome;
use crate::dataset::DatasetError;
use crate::platform;
use crate::render::painter::color;

/// How many problem lines the banner lists before summarising the rest.
const MAX_DETAIL_LINES: usize = 12;

/// A message shown in a banner above the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Whether it reports a failure.
    pub is_error: bool,
    /// The headline.
    pub text: String,
    /// Details, one per line (e.g. `FILE:LINE:COLUMN: message`).
    pub details: Vec<String>,
    /// A file it is about, offered to open its folder or copy its path.
    pub path: Option<PathBuf>,
}

impl Notice {
    /// A message that something went well.
    pub fn info(text: String) -> Self {
        Self {
            is_error: false,
            text,
            details: Vec::new(),
            path: None,
        }
    }

    /// A file was written at `path` (shown in full, with buttons to open its folder and copy it).
    pub fn saved(text: String, path: PathBuf) -> Self {
        Self {
            path: Some(path),
            ..Self::info(text)
        }
    }

    /// A failure, with one line of detail.
    pub fn error(text: &str, detail: String) -> Self {
        Self {
            is_error: true,
            details: vec![detail],
            ..Self::info(text.to_owned())
        }
    }

    /// A failure to open a dataset, with every problem.
    pub fn dataset_error(headline: &str, err: &DatasetError) -> Self {
        Self::problems(headline.to_owned(), err.lines())
    }

    /// A failure, with every problem found (located `FILE:LINE:COLUMN: …` lines).
    pub fn problems(text: String, details: Vec<String>) -> Self {
        Self {
            is_error: true,
            text,
            details,
            path: None,
        }
    }
}

/// The banner, if there is a message.
pub fn notice_ui(ui: &mut egui::Ui, notice: &Notice, commands: &mut Vec<Command>) {
    let chrome = Chrome::of(ui.visuals());
    let (fill, ink) = if notice.is_error {
        (chrome.error_fill, chrome.error_ink)
    } else {
        (chrome.info_fill, chrome.info_ink)
    };
    let (fill, ink) = (color(fill), color(ink));
    egui::Frame::new()
        .fill(fill)
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(ink, egui::RichText::new(&notice.text).strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Dismiss").clicked() {
                        commands.push(ShellCommand::DismissNotice.into());
                    }
                    // A browser's downloads have no path or folder to show.
                    if let Some(path) = notice.path.as_ref().filter(|_| platform::HAS_FILES) {
                        if ui.button("Copy path").clicked() {
                            ui.ctx().copy_text(path.display().to_string());
                        }
                        if let Some(folder) = path.parent()
                            && ui.button("Open folder").clicked()
                        {
                            let url = format!("file://{}", folder.display());
                            ui.ctx().open_url(egui::OpenUrl::new_tab(url));
                        }
                    }
                });
            });
            for line in notice.details.iter().take(MAX_DETAIL_LINES) {
                ui.colored_label(ink, egui::RichText::new(line).monospace());
            }
            if notice.details.len() > MAX_DETAIL_LINES {
                let more = notice.details.len() - MAX_DETAIL_LINES;
                ui.colored_label(ink, format!("… and {more} more problems"));
            }
        });
}
