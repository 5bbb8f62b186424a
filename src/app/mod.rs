//! The egui application: holds the state, lays out the panels, and applies [`Command`]s.
//!
//! Panels read the state and push commands; [`AtlasApp::apply`] (in `apply.rs`) is the one place
//! the state changes. Background work (playback, dialogs, screenshots, file watching) lives in
//! `background.rs`; where the camera goes in `view.rs`.

mod apply;
mod background;
mod banner;
mod command;
mod details_panel;
mod files;
mod history_strip;
mod legend;
mod lists_panel;
mod map_view;
mod menu;
pub mod saved_state;
pub mod screenshot;
mod timeline_bar;
mod view;
mod watch;
mod world;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};

pub use banner::Notice;
pub use command::Command;
pub use timeline_bar::PlaySpeed;
pub use world::{World, world};

use crate::carto::camera::Camera;
use crate::carto::scene::{DatasetGeometry, Layers, Scene, Selection};
use crate::carto::timeline::Timeline;
use crate::dataset::{Date, LoadedDataset};
use banner::TypedPath;
use files::PendingDialog;
use saved_state::{DatasetSource, Panels, Restored, SavedState};
use watch::FileWatch;

/// The window title.
pub const TITLE: &str = "CSTO Atlas";

/// Where the command-line screenshot reports whether it was saved.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// A dataset file to open instead of the embedded one (or the one open last time).
    pub dataset: Option<PathBuf>,
    /// Save a screenshot here once the map is drawn, then close; nothing is remembered.
    pub screenshot: Option<PathBuf>,
    /// Where the outcome of `screenshot` is reported to the caller.
    pub screenshot_outcome: Option<ScreenshotOutcome>,
    /// The date to show (default: the one shown last time, or today).
    pub date: Option<Date>,
    /// Never show native file dialogs; ask for typed paths instead (tests, headless use).
    pub typed_paths_only: bool,
}

struct PendingScreenshot {
    path: PathBuf,
    receiver: Receiver<Arc<egui::ColorImage>>,
}

/// The CSTO Atlas window.
pub struct AtlasApp {
    world: &'static World,
    dataset: LoadedDataset,
    source: Option<DatasetSource>,
    watch: Option<FileWatch>,
    recent_files: Vec<PathBuf>,
    dataset_geometry: DatasetGeometry,
    date: Date,
    timeline: Timeline,
    playing: bool,
    speed: PlaySpeed,
    play_carry_days: f64,
    layers: Layers,
    panels: Panels,
    selection: Option<Selection>,
    camera: Option<Camera>,
    map_size: [f64; 2],
    scene: Scene,
    notice: Option<Notice>,
    dialog: Option<PendingDialog>,
    typed_path: Option<TypedPath>,
    native_dialogs: bool,
    screenshot: Option<PendingScreenshot>,
    auto_screenshot: Option<PathBuf>,
    screenshot_outcome: Option<ScreenshotOutcome>,
    remember: bool,
    frames_drawn: u64,
}

impl AtlasApp {
    /// Builds the app from what was saved last time (`storage`) and how it was started. A dataset
    /// that fails to load is reported in the window, over the embedded one.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        options: StartOptions,
    ) -> Self {
        // Light, like the paper maps and slides it ends up on.
        ctx.set_theme(egui::Theme::Light);
        let scripted = options.screenshot.is_some();
        let (saved, mut notice) = match saved_state::restore(storage.filter(|_| !scripted)) {
            Restored::Nothing => (SavedState::default(), None),
            Restored::State(state) => (*state, None),
            Restored::Unreadable => (
                SavedState::default(),
                Some(Notice::info(
                    "The settings saved last time could not be read; starting afresh.".into(),
                )),
            ),
        };
        let world = world();
        let is_known = |iso: &str| world.basemap.knows_iso(iso);
        // The embedded dataset is compiled in and checked by the test suite.
        #[allow(clippy::expect_used)]
        let embedded =
            LoadedDataset::embedded(&is_known).expect("the embedded CSTO dataset is valid");
        let dataset_geometry = DatasetGeometry::new(&embedded, &world.basemap, &world.geometry);
        let timeline = Timeline::new(&embedded.data, Date::today().first_day());
        let date = options
            .date
            .or(saved.date)
            .unwrap_or_else(|| Date::from_day(timeline.end));
        let scene = Scene::build(
            &embedded,
            &world.geometry,
            &dataset_geometry,
            date,
            saved.layers,
            None,
        );
        let mut app = Self {
            world,
            dataset: embedded,
            source: Some(DatasetSource::Sample(0)),
            watch: None,
            recent_files: saved.recent_files,
            dataset_geometry,
            date,
            timeline,
            playing: false,
            speed: saved.speed,
            play_carry_days: 0.0,
            layers: saved.layers,
            panels: saved.panels,
            selection: None,
            camera: None,
            map_size: [0.0, 0.0],
            scene,
            notice: None,
            dialog: None,
            typed_path: None,
            native_dialogs: !options.typed_paths_only && files::native_dialogs_available(),
            screenshot: None,
            auto_screenshot: options.screenshot,
            screenshot_outcome: options.screenshot_outcome,
            remember: !scripted,
            frames_drawn: 0,
        };
        let wanted = options.dataset.map(DatasetSource::File).or(saved.dataset);
        if let Some(source) = wanted.filter(|s| *s != DatasetSource::Sample(0)) {
            match app.load(&source) {
                Ok(dataset) => app.install(dataset, Some(source), false),
                Err(err) => {
                    let headline =
                        "Could not open the dataset; showing the embedded CSTO dataset instead.";
                    notice = Some(Notice::dataset_error(headline, &err));
                }
            }
        }
        app.camera = saved.camera;
        app.selection = saved.selection;
        if !app.selection_exists() {
            app.selection = None;
        }
        app.set_date(date);
        app.rebuild_scene();
        app.notice = notice;
        app
    }

    /// What would be remembered if the app closed now.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            camera: self.camera,
            date: Some(self.date),
            layers: self.layers,
            panels: self.panels,
            speed: self.speed,
            selection: self.selection.clone(),
            dataset: self.source.clone(),
            recent_files: self.recent_files.clone(),
        }
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &LoadedDataset {
        &self.dataset
    }

    /// The banner message, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The current selection.
    pub fn selection(&self) -> Option<&Selection> {
        self.selection.as_ref()
    }

    /// The date the map shows.
    pub fn date(&self) -> Date {
        self.date
    }

    /// Whether the timeline is playing.
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// The layers shown.
    pub fn layers(&self) -> Layers {
        self.layers
    }

    /// What the map draws now.
    pub fn scene(&self) -> &Scene {
        &self.scene
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.advance_playback(&ctx);
        let mut commands = self.poll_background(&ctx);
        commands.extend(Self::dropped_files(&ctx));
        commands.extend(Self::keyboard_commands(&ctx));

        egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, self, &mut commands));
        if self.panels.timeline {
            egui::Panel::bottom("timeline")
                .show(ui, |ui| timeline_bar::timeline_ui(ui, self, &mut commands));
        }
        if self.panels.lists {
            egui::Panel::left("lists")
                .resizable(true)
                .default_size(250.0)
                .min_size(200.0)
                .show(ui, |ui| lists_panel::lists_ui(ui, self, &mut commands));
        }
        if self.panels.details {
            egui::Panel::right("details")
                .resizable(true)
                .default_size(380.0)
                .min_size(280.0)
                .show(ui, |ui| details_panel::details_ui(ui, self, &mut commands));
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            if let Some(notice) = &self.notice {
                egui::Frame::new()
                    .inner_margin(6.0)
                    .show(ui, |ui| banner::notice_ui(ui, notice, &mut commands));
            }
            map_view::map_ui(ui, self, &mut commands);
        });
        self.typed_path_ui(&ctx, &mut commands);

        for command in commands {
            self.apply(&ctx, command);
        }
        self.frames_drawn += 1;
        if self.auto_screenshot.is_some() {
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.remember {
            eframe::set_value(storage, saved_state::KEY, &self.saved_state());
        }
    }
}
