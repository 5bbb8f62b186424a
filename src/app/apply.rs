//! Carrying out commands: the one place the app's state changes. Each command changes the
//! [`super::ViewState`] or the runtime parts, then [`AtlasApp::refresh`] brings the caches in line.

use std::path::{Path, PathBuf};

use super::authoring::Authoring;
use super::banner::Notice;
use super::export_dialog::{ExportDialog, default_file_name};
use super::files::{self, DialogPurpose};
use super::present::Presentation;
use super::shown::Shown;
use super::state::DatasetSource;
use super::{AtlasApp, Command};
use crate::dataset::{DatasetError, Date, LoadedDataset, sample};
use crate::export::figure::{self as export, FigureFormat};
use crate::page::title::{compare_title, default_title};

impl AtlasApp {
    /// Carries out one command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // Nothing drops unsaved slides without asking first.
        let Some(command) = self.unless_unsaved(command) else {
            return;
        };
        match command {
            Command::Select(selection) => self.state.selection = selection,
            Command::Focus(selection) => {
                self.state.camera = self.camera_for(&selection).or(self.state.camera);
                self.state.selection = Some(selection);
            }
            Command::ShowOnTimeline { selection, date } => {
                self.state.camera = self.camera_for(&selection).or(self.state.camera);
                self.state.selection = Some(selection);
                self.playback.playing = false;
                self.state.date = Some(date);
                self.event_caption = self.shown.timeline.caption_on(date.first_day());
            }
            Command::SetLayers(layers) => self.state.layers = layers,
            Command::SetTextSize(size) => self.state.text_size = size,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::AdvanceTransition { dt_secs } => self.advance_transition(dt_secs),
            Command::ToggleReduceMotion => self.state.reduce_motion = !self.state.reduce_motion,
            Command::TogglePanel(panel) => {
                let shown = self.state.panels.shown_mut(panel);
                *shown = !*shown;
            }
            Command::SetCamera(camera) => self.state.camera = Some(camera),
            Command::SetMapSize(size) => {
                let resized = self.map_size != size;
                self.map_size = size;
                if resized {
                    self.reframe_slide();
                }
            }
            Command::ResetView => self.state.camera = Some(self.home_camera()),
            Command::ChooseDatasetToOpen => self.choose_path(DialogPurpose::OpenDataset),
            Command::ChooseScreenshotPath => self.choose_path(DialogPurpose::SaveScreenshot),
            Command::OpenDataset(path) => self.open(DatasetSource::File(path)),
            Command::OpenSample(id) => self.open(DatasetSource::Sample(id)),
            Command::OpenDroppedDataset { name, bytes } => {
                let loaded =
                    LoadedDataset::from_bytes(&name, &bytes, &|iso| self.world.knows_iso(iso));
                self.show_opened(loaded, None);
            }
            Command::ReloadFromDisk => self.reload(),
            Command::ClearRecentFiles => self.state.recent_files.clear(),
            Command::SaveScreenshot(path) => self.background.request_screenshot(ctx, path),
            Command::ScreenshotFinished { path, error } => {
                let path = std::path::absolute(&path).unwrap_or(path);
                self.notice = Some(match &error {
                    None => Notice::saved(format!("Saved the window to {}", path.display()), path),
                    Some(error) => Notice::error("Could not save the screenshot", error.clone()),
                });
                if self.background.report_screenshot(error) {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::DismissNotice => self.notice = None,
            Command::SetDate(date) => {
                self.state.date = Some(date);
                self.event_caption = None;
            }
            Command::TogglePlay => {
                let timeline = &self.shown.timeline;
                if !self.playback.playing && self.date().first_day() >= timeline.end {
                    self.state.date = Some(Date::from_day(timeline.start));
                }
                self.playback.toggle();
                self.event_caption = None;
            }
            Command::PlaybackTick { seconds } => {
                let days = self.playback.advance(seconds, self.state.speed);
                if days > 0 {
                    let day = self.date().first_day();
                    let next = day + chrono::Duration::days(days);
                    let timeline = &self.shown.timeline;
                    if let Some(passed) = timeline.last_tick_day_between(day, next) {
                        self.event_caption = timeline.caption_on(passed);
                    }
                    if next >= self.shown.timeline.end {
                        self.playback.playing = false;
                    }
                    self.state.date = Some(Date::from_day(next));
                }
            }
            Command::SetSpeed(speed) => self.state.speed = speed,
            Command::StepEvent { forward } => {
                let day = self.date().first_day();
                let timeline = &self.shown.timeline;
                let tick = if forward {
                    timeline.next_after(day)
                } else {
                    timeline.previous_before(day)
                };
                if let Some(date) = tick.map(|t| t.date) {
                    self.playback.playing = false;
                    self.state.date = Some(date);
                    self.event_caption = timeline.caption_on(date.first_day());
                }
            }
            Command::ToggleCompare => self.toggle_compare(),
            Command::SetCompareDate(date) => self.state.compare.date = date,
            Command::SetSourcesQuery(query) => self.sources_query = query,
            Command::Search(edit) => self.edit_search(edit),
            Command::OpenExportDialog => {
                let title = match self.compare_date() {
                    Some(compare) => compare_title(&self.shown.dataset, compare, self.date()),
                    None => default_title(&self.shown.dataset, self.date()),
                };
                self.export = Some(ExportDialog::new(title));
            }
            Command::SetExportSettings(settings) => self.state.export = *settings,
            Command::ChooseExportPath => {
                let format = self.state.export.format();
                let name = default_file_name(self.date(), format);
                let folder = self.state.export.folder.clone();
                self.background
                    .choose_path(DialogPurpose::ExportMap(format), name, folder);
            }
            Command::ExportMap(path) => self.export_map(path),
            Command::CopyMapImage => self.copy_map_image(ctx),
            Command::CloseExportDialog => self.export = None,
            Command::ChooseStoryExportPath => self.choose_story_path(),
            Command::ExportStory(path) => self.export_story(path),
            Command::StoryExported { path, outcome } => self.story_exported(path, outcome),
            Command::StartPresenting { slide } => {
                if self.presentation.is_none() {
                    self.presentation = Some(Presentation {
                        slide: 0,
                        restore: Box::new(self.state.clone()),
                        blank: false,
                        typed: String::new(),
                        transition: None,
                        // A second window where the platform has them; not over the slides.
                        notes_shown: !ctx.embed_viewports(),
                    });
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
                self.show_slide(slide);
            }
            Command::GoToSlide(slide) => self.show_slide(slide),
            Command::StepSlide { forward } => {
                if let Some(current) = self.presented_slide() {
                    let next = if forward {
                        current + 1
                    } else {
                        current.saturating_sub(1)
                    };
                    self.show_slide(next);
                }
            }
            Command::ToggleSpeakerNotes => {
                if let Some(presentation) = &mut self.presentation {
                    presentation.notes_shown = !presentation.notes_shown;
                }
            }
            Command::ToggleBlank => {
                if let Some(presentation) = &mut self.presentation {
                    presentation.blank = !presentation.blank;
                }
            }
            Command::StopPresenting => {
                if let Some(presentation) = self.presentation.take() {
                    self.state = *presentation.restore;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            Command::EditStory(edit) => self.edit_story(edit),
            Command::AddSlideFromView => self.add_slide_from_view(),
            Command::PickSlide(index) => self.pick_slide(index),
            Command::UndoStory => self.undo_story(true),
            Command::RedoStory => self.undo_story(false),
            Command::SaveStory => self.save_story(),
            Command::ChooseStoryCopyPath => self.choose_story_copy_path(),
            Command::SaveStoryAs(path) => self.save_story_as(&path),
            Command::ResolveConflict(choice) => self.resolve_conflict(choice),
            Command::AnswerUnsaved(choice) => {
                if let Some(waiting) = self.answer_unsaved(choice) {
                    self.apply(ctx, waiting);
                }
            }
            Command::ShowHelp(window) => self.help = Some(window),
            Command::CloseHelp => self.help = None,
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
        self.refresh();
    }

    /// Brings the runtime parts in line with the state: the date within the timeline, the
    /// selection within the dataset, the scene, and the watch on the open file.
    pub(super) fn refresh(&mut self) {
        self.shown.refresh(self.world, &mut self.state);
        self.shown
            .refresh_compare(self.world, self.compare_date(), &self.state);
        let watched = match &self.state.dataset {
            Some(DatasetSource::File(path)) => Some(path.as_path()),
            _ => None,
        };
        self.background.watch_only(watched);
    }

    /// Reads a dataset from where it lives.
    pub(super) fn load(&self, source: &DatasetSource) -> Result<LoadedDataset, DatasetError> {
        let is_known = |iso: &str| self.world.knows_iso(iso);
        match source {
            DatasetSource::File(path) => LoadedDataset::from_path(path, &is_known),
            DatasetSource::Sample(id) => match sample(id) {
                Some(sample) => LoadedDataset::sample(sample, &is_known),
                None => LoadedDataset::embedded(&is_known),
            },
        }
    }

    fn open(&mut self, source: DatasetSource) {
        let loaded = self.load(&source);
        self.show_opened(loaded, Some(source));
    }

    /// Shows a newly opened dataset from its home view, or says why it could not be opened and
    /// keeps the one on screen.
    fn show_opened(
        &mut self,
        loaded: Result<LoadedDataset, DatasetError>,
        source: Option<DatasetSource>,
    ) {
        match loaded {
            Ok(dataset) => {
                let data = &dataset.data;
                let on_map = data.countries.iter().filter(|c| c.iso_a3.is_some()).count();
                let others = match data.countries.len() - on_map {
                    0 => String::new(),
                    1 => " and 1 other entity without a place on the map".to_owned(),
                    n => format!(" and {n} other entities without a place on the map"),
                };
                let mut notice = Notice::info(format!(
                    "Opened {} ({}): {on_map} countries{others}, {} exercises, {} excerpts.",
                    data.organisation.short_name,
                    dataset.origin,
                    data.exercises.len(),
                    data.excerpts.len()
                ));
                notice.details.clone_from(&dataset.notes);
                self.notice = Some(notice);
                self.show_dataset(dataset, source);
                self.state.selection = None;
                self.state.camera = Some(self.home_camera());
            }
            Err(err) => {
                let headline = "Could not open the dataset; the one on screen stays open.";
                self.notice = Some(Notice::dataset_error(headline, &err));
            }
        }
    }

    /// Reopens the watched file after it changed, keeping the view and a selection that still
    /// exists; a broken edit keeps the last good data on screen.
    pub(super) fn reload(&mut self) {
        let Some(DatasetSource::File(path)) = self.state.dataset.clone() else {
            return;
        };
        if self.story_unsaved() {
            self.notice = Some(Notice::info(format!(
                "{} changed on disk. Your unsaved slides are kept; saving will ask which version \
                 to keep.",
                path.display()
            )));
            return;
        }
        let source = DatasetSource::File(path.clone());
        match self.load(&source) {
            Ok(dataset) => {
                self.notice = Some(Notice::info(format!(
                    "Reloaded {} after it changed on disk.",
                    path.display()
                )));
                self.show_dataset(dataset, Some(source));
            }
            Err(err) => {
                let headline = format!(
                    "{} changed on disk but has problems; the last good version stays on screen.",
                    path.display()
                );
                self.notice = Some(Notice::dataset_error(&headline, &err));
            }
        }
    }

    /// Makes `dataset` the one on screen, remembering where it came from.
    pub(super) fn show_dataset(&mut self, dataset: LoadedDataset, source: Option<DatasetSource>) {
        self.authoring = Authoring::new(&dataset);
        self.event_caption = None;
        self.shown = Shown::new(dataset, self.world, self.today, &self.state);
        if let Some(DatasetSource::File(path)) = &source {
            self.state.remember_recent(path.clone());
        }
        self.state.dataset = source;
    }

    fn choose_path(&mut self, purpose: DialogPurpose) {
        let default_name = files::default_screenshot_name(self.today);
        self.background.choose_path(purpose, default_name, None);
    }

    /// Writes the figure to `path` (in the chosen format, whose extension is added if missing) and
    /// says where it went.
    fn export_map(&mut self, path: PathBuf) {
        let (format, path) = match FigureFormat::of_path(&path) {
            Some(format) => (format, path),
            None => {
                let format = self.state.export.format();
                (format, path.with_extension(format.extension()))
            }
        };
        let path = std::path::absolute(&path).unwrap_or(path);
        let written = export::encode(&self.figure(), format)
            .and_then(|bytes| export::write_atomically(&path, &bytes));
        self.notice = Some(match written {
            Ok(()) => {
                self.state.export.folder = path.parent().map(Path::to_path_buf);
                self.export = None;
                Notice::saved(format!("Exported the map to {}", path.display()), path)
            }
            Err(err) => Notice::error("Could not export the map", err.to_string()),
        });
    }

    /// Puts the map, as the export choices draw it, on the clipboard as a picture.
    fn copy_map_image(&mut self, ctx: &egui::Context) {
        match self.figure_image(&self.figure().drawing) {
            Ok(image) => {
                let [w, h] = image.size;
                ctx.copy_image(image);
                self.notice = Some(Notice::info(format!(
                    "Copied a {w} × {h} picture of the map."
                )));
            }
            Err(err) => {
                self.notice = Some(Notice::error("Could not copy the map", err.to_string()));
            }
        }
    }
}
