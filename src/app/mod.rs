//! The egui application: holds the state, lays out the panels, and applies [`Command`]s.

mod command;
mod details_panel;
mod files;
mod history_strip;
mod lists_panel;
mod map_view;
mod menu;
pub mod screenshot;
mod timeline_bar;
mod world;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

pub use command::Command;
pub use timeline_bar::PlaySpeed;
pub use world::{World, world};

use crate::carto::camera::Camera;
use crate::carto::palette;
use crate::carto::pick::Hit;
use crate::carto::scene::{DatasetGeometry, Layers, Scene, Selection};
use crate::carto::timeline::Timeline;
use crate::dataset::{DatasetError, Date, LoadedDataset};
use crate::render::painter::color;
use files::{DialogOutcome, DialogPurpose, PendingDialog};

/// The window title.
pub const TITLE: &str = "CSTO Atlas";

/// Where the command-line screenshot reports whether it was saved.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// A dataset file to open instead of the embedded one.
    pub dataset: Option<PathBuf>,
    /// Save a screenshot here once the map is drawn, then close.
    pub screenshot: Option<PathBuf>,
    /// Where the outcome of `screenshot` is reported to the caller.
    pub screenshot_outcome: Option<ScreenshotOutcome>,
    /// The date to show (default: today).
    pub date: Option<Date>,
    /// Never show native file dialogs; ask for typed paths instead (tests, headless use).
    pub typed_paths_only: bool,
}

/// A message shown in a banner above the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Whether it reports a failure.
    pub is_error: bool,
    /// The headline.
    pub text: String,
    /// Details, one per line (e.g. `FILE:LINE:COLUMN: message`).
    pub details: Vec<String>,
}

/// A path typed by hand where no native file dialog exists.
struct TypedPath {
    purpose: DialogPurpose,
    text: String,
}

struct PendingScreenshot {
    path: PathBuf,
    receiver: Receiver<Arc<egui::ColorImage>>,
}

/// The CSTO Atlas window.
pub struct AtlasApp {
    world: &'static World,
    dataset: LoadedDataset,
    dataset_geometry: DatasetGeometry,
    date: Date,
    timeline: Timeline,
    playing: bool,
    speed: PlaySpeed,
    play_carry_days: f64,
    layers: Layers,
    selection: Option<Selection>,
    camera: Option<Camera>,
    map_size: [f64; 2],
    hover: Option<Hit>,
    scene: Scene,
    notice: Option<Notice>,
    dialog: Option<PendingDialog>,
    typed_path: Option<TypedPath>,
    native_dialogs: bool,
    screenshot: Option<PendingScreenshot>,
    auto_screenshot: Option<PathBuf>,
    screenshot_outcome: Option<ScreenshotOutcome>,
    frames_drawn: u64,
}

impl AtlasApp {
    /// Builds the app; a dataset that fails to load is reported in the window, over the embedded one.
    pub fn new(ctx: &egui::Context, options: StartOptions) -> Self {
        // Light, like the paper maps and slides it ends up on.
        ctx.set_theme(egui::Theme::Light);
        let world = world();
        let is_known = |iso: &str| world.basemap.knows_iso(iso);
        let mut notice = None;
        let embedded = LoadedDataset::embedded(&is_known);
        let dataset = match (&options.dataset, embedded) {
            (Some(path), embedded) => match LoadedDataset::from_path(path, &is_known) {
                Ok(dataset) => Ok(dataset),
                Err(err) => {
                    notice = Some(error_notice(&err));
                    embedded
                }
            },
            (None, embedded) => embedded,
        };
        // The embedded dataset is compiled in and checked by the test suite.
        #[allow(clippy::expect_used)]
        let dataset = dataset.expect("the embedded CSTO dataset is valid");
        let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        let timeline = Timeline::new(&dataset.data, Date::today().first_day());
        let date = options.date.unwrap_or_else(|| Date::from_day(timeline.end));
        let layers = Layers::default();
        let scene = Scene::build(
            &dataset,
            &world.geometry,
            &dataset_geometry,
            date,
            layers,
            None,
        );
        Self {
            world,
            dataset,
            dataset_geometry,
            date,
            timeline,
            playing: false,
            speed: PlaySpeed::default(),
            play_carry_days: 0.0,
            layers,
            selection: None,
            camera: None,
            map_size: [0.0, 0.0],
            hover: None,
            scene,
            notice,
            dialog: None,
            typed_path: None,
            native_dialogs: !options.typed_paths_only && files::native_dialogs_available(),
            screenshot: None,
            auto_screenshot: options.screenshot,
            screenshot_outcome: options.screenshot_outcome,
            frames_drawn: 0,
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
            Command::SetCamera(camera) => self.camera = Some(camera),
            Command::ResetView => self.camera = Some(self.home_camera()),
            Command::ChooseDatasetToOpen => self.choose_path(DialogPurpose::OpenDataset),
            Command::ChooseScreenshotPath => self.choose_path(DialogPurpose::SaveScreenshot),
            Command::OpenDataset(path) => {
                let is_known = |iso: &str| self.world.basemap.knows_iso(iso);
                let loaded = LoadedDataset::from_path(&path, &is_known);
                self.replace_dataset(loaded);
            }
            Command::OpenDroppedDataset { name, bytes } => {
                let is_known = |iso: &str| self.world.basemap.knows_iso(iso);
                let loaded = LoadedDataset::from_bytes(&name, &bytes, &is_known);
                self.replace_dataset(loaded);
            }
            Command::OpenSample(index) => {
                if let Some(sample) = crate::dataset::SAMPLES.get(index) {
                    let is_known = |iso: &str| self.world.basemap.knows_iso(iso);
                    self.replace_dataset(LoadedDataset::sample(sample, &is_known));
                }
            }
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
                if let Some(tick) = tick {
                    self.playing = false;
                    let date = Date::from_day(tick.date.first_day());
                    self.set_date(date);
                }
            }
        }
    }

    fn set_date(&mut self, date: Date) {
        let date = Date::from_day(self.timeline.clamp(date.first_day()));
        if date != self.date {
            self.date = date;
            self.rebuild_scene();
        }
    }

    /// Moves the date on while playing; stops at the end of the timeline.
    fn advance_playback(&mut self, ctx: &egui::Context) {
        if !self.playing {
            return;
        }
        let dt = f64::from(ctx.input(|i| i.stable_dt)).min(0.1);
        self.play_carry_days += dt * self.speed.days_per_second();
        let whole_days = self.play_carry_days.floor();
        if whole_days >= 1.0 {
            self.play_carry_days -= whole_days;
            let next = self.date.first_day() + chrono::Duration::days(whole_days as i64);
            if next >= self.timeline.end {
                self.playing = false;
            }
            self.set_date(Date::from_day(next));
        }
        ctx.request_repaint();
    }

    /// Left/Right step through events and Space plays, unless a text field has the keyboard.
    fn keyboard_commands(ctx: &egui::Context) -> Vec<Command> {
        if ctx.memory(|m| m.focused().is_some()) {
            return Vec::new();
        }
        ctx.input(|input| {
            let mut commands = Vec::new();
            if input.key_pressed(egui::Key::ArrowLeft) {
                commands.push(Command::StepEvent { forward: false });
            }
            if input.key_pressed(egui::Key::ArrowRight) {
                commands.push(Command::StepEvent { forward: true });
            }
            if input.key_pressed(egui::Key::Space) {
                commands.push(Command::TogglePlay);
            }
            commands
        })
    }

    fn set_selection(&mut self, selection: Option<Selection>) {
        self.selection = selection;
        self.rebuild_scene();
    }

    fn rebuild_scene(&mut self) {
        self.scene = Scene::build(
            &self.dataset,
            &self.world.geometry,
            &self.dataset_geometry,
            self.date,
            self.layers,
            self.selection.as_ref(),
        );
    }

    fn replace_dataset(&mut self, loaded: Result<LoadedDataset, DatasetError>) {
        match loaded {
            Ok(dataset) => {
                self.notice = Some(Notice {
                    is_error: false,
                    text: format!(
                        "Opened {} ({}): {} countries, {} exercises, {} excerpts.",
                        dataset.data.organisation.short_name,
                        dataset.origin,
                        dataset.data.countries.len(),
                        dataset.data.exercises.len(),
                        dataset.data.excerpts.len()
                    ),
                    details: Vec::new(),
                });
                self.dataset_geometry =
                    DatasetGeometry::new(&dataset, &self.world.basemap, &self.world.geometry);
                self.dataset = dataset;
                self.selection = None;
                self.camera = Some(self.home_camera());
                self.rebuild_scene();
            }
            Err(err) => self.notice = Some(error_notice(&err)),
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

    /// The view that frames the dataset's countries with a status today-ish.
    fn home_camera(&self) -> Camera {
        let codes = self
            .dataset
            .data
            .countries
            .iter()
            .filter_map(|c| c.iso_a3.as_deref());
        let size = self.usable_map_size();
        match self.world.geometry.bounds_of(codes) {
            Some(bounds) => Camera::framing(bounds.min(), bounds.max(), size, 0.06),
            None => {
                let r = self.world.geometry.projection.disc_radius_km();
                Camera::framing(
                    geo::coord! { x: -r, y: -r },
                    geo::coord! { x: r, y: r },
                    size,
                    0.02,
                )
            }
        }
    }

    fn usable_map_size(&self) -> [f64; 2] {
        if self.map_size[0] > 0.0 {
            self.map_size
        } else {
            [800.0, 600.0]
        }
    }

    fn camera_for(&self, selection: &Selection) -> Option<Camera> {
        let geometry = &self.world.geometry;
        let size = self.usable_map_size();
        let current = self.camera.unwrap_or_else(|| self.home_camera());
        match selection {
            Selection::Country(id) => {
                let iso = self.dataset.country(id)?.iso_a3.as_deref()?;
                let bounds = geometry.bounds_of([iso])?;
                Some(Camera::framing(bounds.min(), bounds.max(), size, 0.25))
            }
            Selection::Border(id) => {
                let border = self.dataset.border(id)?;
                let bounds = geometry.bounds_of(border.countries.iter().map(String::as_str))?;
                Some(Camera::framing(bounds.min(), bounds.max(), size, 0.1))
            }
            Selection::Exercise(id) => {
                let place = &self.dataset.exercise(id)?.place;
                let pos = geometry
                    .projection
                    .project(crate::carto::projection::lon_lat(place.lon, place.lat))?;
                let zoom = current.pixels_per_km.max(size[0].min(size[1]) / 1500.0);
                Some(Camera {
                    centre: [pos.x, pos.y],
                    pixels_per_km: zoom,
                })
            }
            Selection::Event(id) => {
                let place = self.dataset.event(id)?.place.as_ref()?;
                let pos = geometry
                    .projection
                    .project(crate::carto::projection::lon_lat(place.lon, place.lat))?;
                Some(Camera {
                    centre: [pos.x, pos.y],
                    ..current
                })
            }
        }
    }

    /// Checks dialogs and screenshots that finish in the background.
    fn poll_background(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(dialog) = &self.dialog {
            match dialog.poll() {
                DialogOutcome::Waiting => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100))
                }
                DialogOutcome::Done(chosen) => {
                    let purpose = dialog.purpose;
                    self.dialog = None;
                    commands.extend(chosen.map(|path| match purpose {
                        DialogPurpose::OpenDataset => Command::OpenDataset(path),
                        DialogPurpose::SaveScreenshot => Command::SaveScreenshot(path),
                    }));
                }
            }
        }
        if let Some(pending) = &self.screenshot {
            match pending.receiver.try_recv() {
                Ok(image) => {
                    let result = screenshot::save_png(&image, &pending.path);
                    self.notice = Some(match &result {
                        Ok(()) => Notice {
                            is_error: false,
                            text: format!("Saved screenshot to {}", pending.path.display()),
                            details: Vec::new(),
                        },
                        Err(err) => Notice {
                            is_error: true,
                            text: "Could not save the screenshot".into(),
                            details: vec![format!("{err:#}")],
                        },
                    });
                    if let Some(outcome) = &self.screenshot_outcome {
                        if let Ok(mut slot) = outcome.lock() {
                            *slot = Some(result.map_err(|err| format!("{err:#}")));
                        }
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                    self.screenshot = None;
                }
                Err(_) => ctx.request_repaint(),
            }
        }
        // The command-line screenshot waits until the map has been drawn twice at its final size.
        if self.frames_drawn >= 3
            && self.camera.is_some()
            && let Some(path) = self.auto_screenshot.take()
        {
            commands.push(Command::SaveScreenshot(path));
        }
        commands
    }

    fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
        ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .filter_map(|file| {
                    let path = file.path();
                    if !path.as_os_str().is_empty() {
                        return Some(Command::OpenDataset(path.to_path_buf()));
                    }
                    let bytes = file.bytes().ok()?;
                    Some(Command::OpenDroppedDataset {
                        name: "dropped file".to_owned(),
                        bytes: bytes.into(),
                    })
                })
                .collect()
        })
    }

    fn notice_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(notice) = &self.notice else { return };
        let (fill, ink) = if notice.is_error {
            (palette::ERROR_FILL, palette::ERROR_INK)
        } else {
            (palette::INFO_FILL, palette::INFO_INK)
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
                            commands.push(Command::DismissNotice);
                        }
                    });
                });
                for line in notice.details.iter().take(12) {
                    ui.colored_label(ink, egui::RichText::new(line).monospace());
                }
                if notice.details.len() > 12 {
                    ui.colored_label(
                        ink,
                        format!("… and {} more problems", notice.details.len() - 12),
                    );
                }
            });
    }

    fn typed_path_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some(typed) = &mut self.typed_path else {
            return;
        };
        let (title, action) = match typed.purpose {
            DialogPurpose::OpenDataset => ("Open dataset", "Open"),
            DialogPurpose::SaveScreenshot => ("Export screenshot", "Save"),
        };
        let mut close = false;
        egui::Window::new(title).collapsible(false).resizable(false).show(ctx, |ui| {
            ui.label("No file dialog can be shown on this desktop (no XDG desktop portal, no zenity).");
            ui.label("Type the file's path instead:");
            let edit = ui.add(egui::TextEdit::singleline(&mut typed.text).desired_width(420.0).hint_text("/path/to/file"));
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if (ui.button(action).clicked() || entered) && !typed.text.trim().is_empty() {
                    let path = PathBuf::from(typed.text.trim());
                    commands.push(match typed.purpose {
                        DialogPurpose::OpenDataset => Command::OpenDataset(path),
                        DialogPurpose::SaveScreenshot => Command::SaveScreenshot(path),
                    });
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.typed_path = None;
        }
    }
}

fn error_notice(err: &DatasetError) -> Notice {
    Notice {
        is_error: true,
        text: "Could not open the dataset; the one on screen stays open.".into(),
        details: err.lines(),
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.advance_playback(&ctx);
        let mut commands = self.poll_background(&ctx);
        commands.extend(Self::dropped_files(&ctx));
        commands.extend(Self::keyboard_commands(&ctx));

        egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, &mut commands));
        egui::Panel::bottom("timeline")
            .show(ui, |ui| timeline_bar::timeline_ui(ui, self, &mut commands));
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(250.0)
            .min_size(200.0)
            .show(ui, |ui| lists_panel::lists_ui(ui, self, &mut commands));
        egui::Panel::right("details")
            .resizable(true)
            .default_size(380.0)
            .min_size(280.0)
            .show(ui, |ui| details_panel::details_ui(ui, self, &mut commands));
        egui::CentralPanel::no_frame().show(ui, |ui| {
            if self.notice.is_some() {
                egui::Frame::new()
                    .inner_margin(6.0)
                    .show(ui, |ui| self.notice_ui(ui, &mut commands));
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
}
