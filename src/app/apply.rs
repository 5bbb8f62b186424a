//! Carrying out commands: the one place the app's state changes.

use std::sync::mpsc::channel;

use super::banner::{Notice, TypedPath};
use super::files::{self, DialogPurpose, PendingDialog};
use super::saved_state::{DatasetSource, remember_recent};
use super::watch::FileWatch;
use super::{AtlasApp, Command, PendingScreenshot};
use crate::carto::scene::{DatasetGeometry, Scene, Selection};
use crate::carto::timeline::Timeline;
use crate::dataset::{DatasetError, Date, LoadedDataset, SAMPLES};

impl AtlasApp {
    /// Carries out one command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Select(selection) => self.set_selection(selection),
            Command::Focus(selection) => {
                self.camera = self.camera_for(&selection).or(self.camera);
                self.set_selection(Some(selection));
            }
            Command::SetLayers(layers) => {
                self.layers = layers;
                self.rebuild_scene();
            }
            Command::SetPanels(panels) => self.panels = panels,
            Command::SetCamera(camera) => self.camera = Some(camera),
            Command::ResetView => self.camera = Some(self.home_camera()),
            Command::ChooseDatasetToOpen => self.choose_path(DialogPurpose::OpenDataset),
            Command::ChooseScreenshotPath => self.choose_path(DialogPurpose::SaveScreenshot),
            Command::OpenDataset(path) => self.open(DatasetSource::File(path)),
            Command::OpenSample(index) => self.open(DatasetSource::Sample(index)),
            Command::OpenDroppedDataset { name, bytes } => {
                let is_known = |iso: &str| self.world.basemap.knows_iso(iso);
                let loaded = LoadedDataset::from_bytes(&name, &bytes, &is_known);
                self.show_opened(loaded, None);
            }
            Command::ReloadFromDisk => self.reload(),
            Command::ClearRecentFiles => self.recent_files.clear(),
            Command::SaveScreenshot(path) => {
                let (sender, receiver) = channel();
                ctx.request_screenshot(move |image| {
                    sender.send(image).ok();
                });
                self.screenshot = Some(PendingScreenshot { path, receiver });
            }
            Command::DismissNotice => self.notice = None,
            Command::SetDate(date) => self.set_date(date),
            Command::TogglePlay => {
                if !self.playing && self.date.first_day() >= self.timeline.end {
                    self.set_date(Date::from_day(self.timeline.start));
                }
                self.playing = !self.playing;
                self.play_carry_days = 0.0;
            }
            Command::SetSpeed(speed) => self.speed = speed,
            Command::StepEvent { forward } => {
                let day = self.date.first_day();
                let tick = if forward {
                    self.timeline.next_after(day)
                } else {
                    self.timeline.previous_before(day)
                };
                if let Some(date) = tick.map(|t| Date::from_day(t.date.first_day())) {
                    self.playing = false;
                    self.set_date(date);
                }
            }
        }
    }

    pub(super) fn set_date(&mut self, date: Date) {
        let date = Date::from_day(self.timeline.clamp(date.first_day()));
        if date != self.date {
            self.date = date;
            self.rebuild_scene();
        }
    }

    fn set_selection(&mut self, selection: Option<Selection>) {
        self.selection = selection;
        self.rebuild_scene();
    }

    pub(super) fn rebuild_scene(&mut self) {
        self.scene = Scene::build(
            &self.dataset,
            &self.world.geometry,
            &self.dataset_geometry,
            self.date,
            self.layers,
            self.selection.as_ref(),
        );
    }

    /// Reads a dataset from where it lives.
    pub(super) fn load(&self, source: &DatasetSource) -> Result<LoadedDataset, DatasetError> {
        let is_known = |iso: &str| self.world.basemap.knows_iso(iso);
        match source {
            DatasetSource::File(path) => LoadedDataset::from_path(path, &is_known),
            DatasetSource::Sample(index) => {
                LoadedDataset::sample(SAMPLES.get(*index).unwrap_or(&SAMPLES[0]), &is_known)
            }
        }
    }

    fn open(&mut self, source: DatasetSource) {
        let loaded = self.load(&source);
        self.show_opened(loaded, Some(source));
    }

    /// Shows a newly opened dataset, or says why it could not be opened and keeps the one on screen.
    fn show_opened(
        &mut self,
        loaded: Result<LoadedDataset, DatasetError>,
        source: Option<DatasetSource>,
    ) {
        match loaded {
            Ok(dataset) => {
                let data = &dataset.data;
                self.notice = Some(Notice::info(format!(
                    "Opened {} ({}): {} countries, {} exercises, {} excerpts.",
                    data.organisation.short_name,
                    dataset.origin,
                    data.countries.len(),
                    data.exercises.len(),
                    data.excerpts.len()
                )));
                self.install(dataset, source, false);
            }
            Err(err) => {
                let headline = "Could not open the dataset; the one on screen stays open.";
                self.notice = Some(Notice::dataset_error(headline, &err));
            }
        }
    }

    /// Reopens the watched file after it changed; a broken edit keeps the last good data on screen.
    fn reload(&mut self) {
        let Some(DatasetSource::File(path)) = self.source.clone() else {
            return;
        };
        match self.load(&DatasetSource::File(path.clone())) {
            Ok(dataset) => {
                self.notice = Some(Notice::info(format!(
                    "Reloaded {} after it changed on disk.",
                    path.display()
                )));
                self.install(dataset, Some(DatasetSource::File(path)), true);
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

    /// Makes `dataset` the one on screen; `keep_view` keeps the camera and a selection that still exists.
    pub(super) fn install(
        &mut self,
        dataset: LoadedDataset,
        source: Option<DatasetSource>,
        keep_view: bool,
    ) {
        self.dataset_geometry =
            DatasetGeometry::new(&dataset, &self.world.basemap, &self.world.geometry);
        self.timeline = Timeline::new(&dataset.data, Date::today().first_day());
        self.date = Date::from_day(self.timeline.clamp(self.date.first_day()));
        self.dataset = dataset;
        if !keep_view || !self.selection_exists() {
            self.selection = None;
        }
        if !keep_view {
            self.camera = Some(self.home_camera());
        }
        self.watch = match &source {
            Some(DatasetSource::File(path)) => {
                remember_recent(&mut self.recent_files, path.clone());
                Some(FileWatch::new(path.clone()))
            }
            _ => None,
        };
        self.source = source;
        self.rebuild_scene();
    }

    /// Whether the selection names something in the dataset on screen.
    pub(super) fn selection_exists(&self) -> bool {
        let dataset = &self.dataset;
        match &self.selection {
            None => true,
            Some(Selection::Country(id)) => dataset.country(id).is_some(),
            Some(Selection::Border(id)) => dataset.border(id).is_some(),
            Some(Selection::Exercise(id)) => dataset.exercise(id).is_some(),
            Some(Selection::Event(id)) => dataset.event(id).is_some(),
        }
    }

    fn choose_path(&mut self, purpose: DialogPurpose) {
        if self.dialog.is_some() {
            return;
        }
        if self.native_dialogs {
            self.dialog = Some(PendingDialog::spawn(
                purpose,
                files::default_screenshot_name(),
            ));
        } else {
            let text = match purpose {
                DialogPurpose::OpenDataset => String::new(),
                DialogPurpose::SaveScreenshot => files::default_screenshot_name(),
            };
            self.typed_path = Some(TypedPath { purpose, text });
        }
    }
}
