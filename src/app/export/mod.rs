//! Pictures and files of what the app shows: the Export map dialog and Copy map image
//! (`dialog.rs`), the story handout written in the background (`story.rs`), the window screenshot
//! (`screenshot.rs`, and the command line's `--screenshot` run, `scripted.rs`), the data behind the map as a table
//! (`table.rs`), and the choices remembered for them
//! (`settings.rs`).

mod dialog;
pub mod screenshot;
mod scripted;
mod settings;
mod story;
mod table;

pub use scripted::{Painting, ScreenshotSaved};
pub use settings::{ExportSettings, SizePreset};

use std::path::{Path, PathBuf};

use dialog::{ExportDialog, figure, figure_image, figure_options};
use scripted::ScriptedScreenshot;
use settings::default_file_name;

use super::Command;
use super::files::{DialogPurpose, FilesCommand};
use super::shared::Shared;
use super::shell::Notice;
use crate::earth::world::World;
use crate::export::figure::{self as export, ExportError, FigureFormat};
use crate::page::title::figure_title;
use crate::platform::{self, Backup, Poll, Task};

/// A change to what is exported, or news of an export.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCommand {
    /// Open the Export map dialog.
    OpenDialog,
    /// Change the export choices.
    SetSettings(Box<ExportSettings>),
    /// Ask where to export the map.
    ChoosePath,
    /// Export the map as a figure to this file (its extension gives the format).
    ExportMap(PathBuf),
    /// Put a picture of the map (as the export choices draw it) on the clipboard.
    CopyMapImage,
    /// Close the Export map dialog.
    CloseDialog,
    /// Ask where to write the story handout.
    ChooseStoryPath,
    /// Write the story handout as a PDF to this file, in the background.
    ExportStory(PathBuf),
    /// Ask where to save a table of the statuses at the date shown, or of the whole history.
    ChooseTablePath {
        /// The whole history, not the statuses at the date.
        history: bool,
    },
    /// Save the table to this file (`.csv`, or `.xlsx` with the history as a second sheet).
    ExportTable {
        /// Where.
        path: PathBuf,
        /// The whole history, not the statuses at the date.
        history: bool,
    },
    /// Ask where to save a screenshot of the window.
    ChooseScreenshotPath,
    /// Save a screenshot of the window to this PNG file.
    SaveScreenshot(PathBuf),
}

/// The export dialog, and the exports under way.
#[derive(Default)]
pub struct Exporting {
    dialog: Option<ExportDialog>,
    /// The handout being written, and where.
    handout: Option<(PathBuf, Task<Result<usize, ExportError>>)>,
    /// The screenshot egui is to deliver and the app to save, and where it goes.
    screenshot: Option<(PathBuf, Task<Result<(), String>>)>,
    /// The command-line screenshot, if the app was started to take one.
    scripted: Option<ScriptedScreenshot>,
}

impl Exporting {
    /// Nothing under way; the command line's screenshot, if it asked for one, still to take.
    pub fn new(scripted: Option<(PathBuf, Option<ScreenshotSaved>)>) -> Self {
        Self {
            scripted: scripted.map(|(path, saved)| ScriptedScreenshot::new(path, saved)),
            ..Self::default()
        }
    }

    /// Whether the app was started to take a screenshot and close.
    pub fn is_scripted(&self) -> bool {
        self.scripted.is_some()
    }

    /// Carries out an export command.
    pub fn apply(
        &mut self,
        ctx: &egui::Context,
        command: ExportCommand,
        shared: &mut Shared,
    ) -> Vec<Command> {
        match command {
            ExportCommand::OpenDialog => {
                let title = figure_title(&shared.shown.dataset, shared.split, shared.date());
                self.dialog = Some(ExportDialog::new(title));
            }
            ExportCommand::SetSettings(settings) => shared.saved.export = *settings,
            ExportCommand::ChoosePath => {
                let format = shared.saved.export.format();
                return vec![
                    FilesCommand::ChoosePath {
                        purpose: DialogPurpose::ExportMap(format),
                        name: default_file_name(shared.date(), format),
                        folder: shared.saved.export.folder.clone(),
                    }
                    .into(),
                ];
            }
            ExportCommand::ExportMap(path) => self.export_map(path, shared),
            ExportCommand::CopyMapImage => self.copy_map_image(ctx, shared),
            ExportCommand::CloseDialog => self.dialog = None,
            ExportCommand::ChooseStoryPath => return choose_story_path(shared),
            ExportCommand::ExportStory(path) => {
                let path = story::handout_path(path);
                shared.notice = Some(Notice::info(format!(
                    "Writing the story handout ({} pages) to {}…",
                    shared.shown.dataset.data.story.len() + 1,
                    path.display()
                )));
                let dataset = shared.shown.dataset.clone();
                let home = World::in_projection(shared.home_projection());
                let choice = shared.saved.preferences.projection;
                let task = story::write_in_background(home, dataset, choice, path.clone());
                self.handout = Some((path, task));
            }
            ExportCommand::ChooseTablePath { history } => {
                return vec![
                    FilesCommand::ChoosePath {
                        purpose: DialogPurpose::ExportTable { history },
                        name: table::default_file_name(shared, history),
                        folder: shared.saved.export.folder.clone(),
                    }
                    .into(),
                ];
            }
            ExportCommand::ExportTable { path, history } => {
                shared.notice = Some(table::export_table(path, history, shared));
            }
            ExportCommand::ChooseScreenshotPath => {
                let name = default_file_name(shared.today, FigureFormat::Png);
                return vec![
                    FilesCommand::ChoosePath {
                        purpose: DialogPurpose::SaveScreenshot,
                        name,
                        folder: None,
                    }
                    .into(),
                ];
            }
            ExportCommand::SaveScreenshot(path) => {
                // Saved as soon as egui delivers the pixels, before the next frame: a command
                // line waiting for it can then exit at once.
                let (sender, task) = Task::channel();
                let saved = self.scripted.as_ref().and_then(|s| s.saved.clone());
                let target = path.clone();
                ctx.request_screenshot(move |image| {
                    let outcome = screenshot::save_png(&image, &target).map_err(|e| e.to_string());
                    if let Some(saved) = saved {
                        saved.tell(outcome.clone());
                    }
                    if sender.send(outcome).is_err() {
                        log::warn!("a screenshot arrived after the window stopped waiting for it");
                    }
                });
                self.screenshot = Some((path, task));
            }
        }
        Vec::new()
    }

    /// Says how the exports under way went, once they have; closes the window once the command
    /// line's screenshot is saved.
    pub fn poll(&mut self, ctx: &egui::Context, shared: &mut Shared) {
        if let Some((path, task)) = &self.handout {
            let notice = match task.poll() {
                Poll::Pending => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    None
                }
                Poll::Ready(outcome) => Some(story_exported(path, outcome, shared)),
                Poll::Lost => Some(Notice::error(
                    "Could not export the story handout",
                    "the export stopped unexpectedly".to_owned(),
                )),
            };
            if let Some(notice) = notice {
                shared.notice = Some(notice);
                self.handout = None;
            }
        }
        if let Some((path, task)) = &self.screenshot {
            let error = match task.poll() {
                Poll::Pending => {
                    ctx.request_repaint();
                    return;
                }
                Poll::Ready(outcome) => outcome.err(),
                Poll::Lost => Some("egui delivered no screenshot".to_owned()),
            };
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            shared.notice = Some(match &error {
                None => Notice::saved(format!("Saved the window to {}", path.display()), path),
                Some(error) => Notice::error("Could not save the screenshot", error.clone()),
            });
            self.screenshot = None;
            if let Some(scripted) = &mut self.scripted {
                scripted.finish();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// The command line's screenshot, asked of egui once the map has its camera.
    pub fn scripted_commands(&mut self, ctx: &egui::Context, shared: &Shared) -> Vec<Command> {
        let camera_set = shared.saved.view.camera.is_some();
        if let Some(scripted) = &mut self.scripted
            && scripted.due(ctx.cumulative_frame_nr(), camera_set)
        {
            vec![ExportCommand::SaveScreenshot(scripted.path.clone()).into()]
        } else {
            Vec::new()
        }
    }

    /// How much of the window this frame paints: everything, but while the command line's
    /// screenshot is taken (which also keeps frames coming until the window closes).
    pub fn painting(&self, ctx: &egui::Context) -> Painting {
        match &self.scripted {
            None => Painting::Everything,
            Some(scripted) => {
                ctx.request_repaint();
                scripted.painting(ctx.cumulative_frame_nr())
            }
        }
    }

    /// The Export map dialog, while it is open.
    pub fn dialog_ui(&mut self, ctx: &egui::Context, shared: &Shared, commands: &mut Vec<Command>) {
        if let Some(dialog) = &mut self.dialog {
            dialog.ui(ctx, shared, commands);
        }
    }

    /// The dialog's title, while it is open.
    fn title(&self) -> Option<&str> {
        self.dialog.as_ref().map(|d| d.title.as_str())
    }

    /// Writes the figure to `path` (in the chosen format, whose extension is added if missing) and
    /// says where it went.
    fn export_map(&mut self, path: PathBuf, shared: &mut Shared) {
        let (format, path) = match FigureFormat::of_path(&path) {
            Some(format) => (format, path),
            None => {
                let format = shared.saved.export.format();
                (format, path.with_extension(format.extension()))
            }
        };
        let path = std::path::absolute(&path).unwrap_or(path);
        let figure = figure(shared, &figure_options(shared, self.title()));
        let written = export::encode(&figure, format).and_then(|bytes| {
            platform::save(&path, &bytes, Backup::None).map_err(export::ExportError::from)
        });
        shared.notice = Some(match written {
            Ok(()) => {
                shared.saved.export.folder = path.parent().map(Path::to_path_buf);
                self.dialog = None;
                Notice::saved(format!("Exported the map to {}", path.display()), path)
            }
            Err(err) => Notice::error("Could not export the map", err.to_string()),
        });
    }

    /// Puts the map, as the export choices draw it, on the clipboard as a picture.
    fn copy_map_image(&mut self, ctx: &egui::Context, shared: &mut Shared) {
        let figure = figure(shared, &figure_options(shared, self.title()));
        shared.notice = Some(match figure_image(&figure.drawing) {
            Ok(image) => {
                let [w, h] = image.size;
                ctx.copy_image(image);
                Notice::info(format!("Copied a {w} × {h} picture of the map."))
            }
            Err(err) => Notice::error("Could not copy the map", err.to_string()),
        });
    }
}

/// Asks where to write the handout, or says there is no story to hand out.
fn choose_story_path(shared: &mut Shared) -> Vec<Command> {
    let dataset = &shared.shown.dataset;
    if dataset.data.story.is_empty() {
        shared.notice = Some(Notice::error(
            "There is no story to hand out",
            format!(
                "{} has no slides in its \"story\" (see docs/dataset.md).",
                dataset.origin
            ),
        ));
        return Vec::new();
    }
    vec![
        FilesCommand::ChoosePath {
            purpose: DialogPurpose::ExportStory,
            name: story::default_file_name(dataset),
            folder: shared.saved.export.folder.clone(),
        }
        .into(),
    ]
}

/// What the banner says once the handout has been written to `path`, or could not be.
fn story_exported(path: &Path, outcome: Result<usize, ExportError>, shared: &mut Shared) -> Notice {
    match outcome {
        Ok(pages) => {
            shared.saved.export.folder = path.parent().map(Path::to_path_buf);
            Notice::saved(
                format!(
                    "Exported the story handout ({pages} pages) to {}",
                    path.display()
                ),
                path.to_path_buf(),
            )
        }
        Err(err) => Notice::error("Could not export the story handout", err.to_string()),
    }
}
