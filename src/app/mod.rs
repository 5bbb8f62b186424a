//! The egui application.
//!
//! [`AtlasApp`] holds one [`ViewState`] (saved between runs as it is) and runtime parts rebuilt
//! from it: [`shown::Shown`] (the dataset and its caches) and [`background::Background`] (dialogs,
//! screenshots, the file watch). Panels, keys ([`actions`]), the map widget and background work
//! push [`Command`]s; [`AtlasApp::apply`] (in `apply.rs`) is the one place the state changes, and
//! it ends with one `refresh`.

pub mod actions;
mod apply;
pub mod authoring;
mod background;
mod banner;
mod command;
mod compare_view;
mod details_panel;
mod evidence;
pub mod export_dialog;
mod files;
mod help;
mod history_strip;
mod legend;
mod lists_panel;
mod map_view;
mod menu;
pub mod playback;
pub mod present;
pub mod screenshot;
mod search;
mod shown;
mod slides_panel;
mod sources_panel;
mod speaker_notes;
pub mod state;
mod story_export;
mod story_prompts;
mod theme;
mod timeline_bar;
mod view;
mod watch;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use banner::Notice;
pub use command::{Command, HelpWindow};
pub use playback::PlaySpeed;
pub use state::ViewState;

use crate::dataset::{Date, LoadedDataset};
use crate::earth::world::{World, world};
use crate::facts::selection::Selection;
use crate::facts::timeline::Timeline;
use crate::map::layers::Layers;
use crate::map::palette::{MapPalette, Theme};
use crate::map::scene::Scene;
use background::Background;
use playback::Playback;
use shown::Shown;
use state::{DatasetSource, Restored};

/// The window title.
pub const TITLE: &str = "CSTO Atlas";

/// Where the command-line screenshot reports whether it was saved.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

/// How the app was started.
#[derive(Debug, Clone)]
pub struct StartOptions {
    /// Today's date: where the timeline ends. Read from the clock by `main` only, so that tests
    /// and benchmarks can pin it.
    pub today: Date,
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
    /// Start presenting the story at this slide (0: the title slide).
    pub present: Option<usize>,
}

impl StartOptions {
    /// Start on `today` with nothing else asked for.
    pub fn new(today: Date) -> Self {
        Self {
            today,
            dataset: None,
            screenshot: None,
            screenshot_outcome: None,
            date: None,
            typed_paths_only: false,
            present: None,
        }
    }
}

/// The CSTO Atlas window.
pub struct AtlasApp {
    world: &'static World,
    today: Date,
    state: ViewState,
    shown: Shown,
    background: Background,
    playback: Playback,
    notice: Option<Notice>,
    help: Option<HelpWindow>,
    /// The presentation under way, if any.
    presentation: Option<present::Presentation>,
    /// What happened on the date shown, while playing or stepping through events.
    event_caption: Option<String>,
    /// The story being authored in the Slides panel.
    authoring: authoring::Authoring,
    /// The title the window was last given.
    window_title: String,
    /// The Export map dialog, while it is open.
    export: Option<export_dialog::ExportDialog>,
    /// What the Sources panel's search field holds.
    sources_query: String,
    /// The search box (Ctrl+F), while it is open.
    search: Option<search::SearchBox>,
    /// The map viewport's size in pixels, as laid out last frame (zero before the first).
    map_size: [f64; 2],
    /// Whether to save the state on exit (not for a scripted screenshot).
    remember: bool,
}

impl AtlasApp {
    /// Builds the app from what was saved last time (`storage`) and how it was started. A dataset
    /// that fails to load is reported in the window, over the embedded one.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        options: StartOptions,
    ) -> Self {
        // The map's own font first, so labels measure in the window as in exported figures.
        ctx.add_font(egui::epaint::text::FontInsert::new(
            "csto-atlas-map",
            egui::FontData::from_static(crate::render::font::FONT_BYTES),
            vec![egui::epaint::text::InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: egui::epaint::text::FontPriority::Highest,
            }],
        ));
        let scripted = options.screenshot.is_some();
        let (mut state, mut notice) = match state::restore(storage.filter(|_| !scripted)) {
            Restored::Nothing => (ViewState::default(), None),
            Restored::State(state) => (*state, None),
            Restored::Unreadable => (
                ViewState::default(),
                Some(Notice::info(
                    "The settings saved last time could not be read; starting afresh.".into(),
                )),
            ),
        };
        if options.date.is_some() {
            state.date = options.date;
        }
        apply_theme(ctx, state.theme);
        let wanted = options
            .dataset
            .clone()
            .map(DatasetSource::File)
            .or(state.dataset.take());

        let world = world();
        // The embedded dataset is compiled in and checked by the test suite.
        #[allow(clippy::expect_used)]
        let embedded = LoadedDataset::embedded(&|iso| world.knows_iso(iso))
            .expect("the embedded CSTO dataset is valid");
        let authoring = authoring::Authoring::new(&embedded);
        let shown = Shown::new(embedded, world, options.today, &state);
        state.dataset = Some(DatasetSource::default_sample());
        let mut app = Self {
            world,
            today: options.today,
            state,
            shown,
            background: Background::new(&options),
            playback: Playback::default(),
            notice: None,
            help: None,
            sources_query: String::new(),
            search: None,
            export: None,
            authoring,
            event_caption: None,
            window_title: TITLE.to_owned(),
            presentation: None,
            map_size: [0.0, 0.0],
            remember: !scripted,
        };
        if let Some(source) = wanted.filter(|s| !s.is_default_sample()) {
            match app.load(&source) {
                Ok(dataset) => {
                    if !dataset.notes.is_empty() {
                        let mut read = Notice::info(format!("Opened {}.", dataset.origin));
                        read.details.clone_from(&dataset.notes);
                        notice = Some(read);
                    }
                    app.show_dataset(dataset, Some(source));
                }
                Err(err) => {
                    let headline =
                        "Could not open the dataset; showing the embedded CSTO dataset instead.";
                    notice = Some(Notice::dataset_error(headline, &err));
                }
            }
        }
        app.refresh();
        app.notice = notice;
        if let Some(slide) = options.present {
            app.apply(ctx, Command::StartPresenting { slide });
        }
        app
    }

    /// What is remembered between runs, exactly as it will be saved.
    pub fn view_state(&self) -> &ViewState {
        &self.state
    }

    /// The colours the map is drawn in: the theme's.
    pub fn palette(&self) -> &'static MapPalette {
        self.state.theme.palette()
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &LoadedDataset {
        &self.shown.dataset
    }

    /// The banner message, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The current selection.
    pub fn selection(&self) -> Option<&Selection> {
        self.state.selection.as_ref()
    }

    /// The date the map shows.
    pub fn date(&self) -> Date {
        self.state
            .date
            .unwrap_or_else(|| Date::from_day(self.shown.timeline.end))
    }

    /// The timeline: the dataset's span up to today, and its dated events.
    pub fn timeline(&self) -> &Timeline {
        &self.shown.timeline
    }

    /// Whether the timeline is playing.
    pub fn is_playing(&self) -> bool {
        self.playback.playing
    }

    /// The layers shown.
    pub fn layers(&self) -> Layers {
        self.state.layers
    }

    /// What the map draws now.
    pub fn scene(&self) -> &Scene {
        &self.shown.scene
    }

    /// The caption naming what happened on the date shown, while playing or stepping.
    pub fn event_caption(&self) -> Option<&str> {
        self.event_caption.as_deref()
    }

    /// The Help window open, if any.
    pub fn help_window(&self) -> Option<HelpWindow> {
        self.help
    }
}

impl AtlasApp {
    /// The menu bar, panels, timeline and map, as the app looks while exploring.
    fn exploring_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, self, commands));
        if self.state.panels.timeline {
            egui::Panel::bottom("timeline")
                .show(ui, |ui| timeline_bar::timeline_ui(ui, self, commands));
        }
        // Panels start narrow enough to leave the map at least 60 % of a 1280-pixel window.
        let window_width = ui.ctx().content_rect().width();
        let panel_width = |share: f32, max: f32| (window_width * share).clamp(170.0, max);
        if self.state.panels.lists {
            egui::Panel::left("lists")
                .resizable(true)
                .default_size(panel_width(0.16, 250.0))
                .min_size(170.0)
                .show(ui, |ui| lists_panel::lists_ui(ui, self, commands));
        }
        if self.state.panels.slides {
            egui::Panel::right("slides")
                .resizable(true)
                .default_size(360.0)
                .min_size(280.0)
                .show(ui, |ui| slides_panel::slides_ui(ui, self, commands));
        }
        if self.state.panels.sources {
            egui::Panel::right("sources")
                .resizable(true)
                .default_size(340.0)
                .min_size(260.0)
                .show(ui, |ui| sources_panel::sources_ui(ui, self, commands));
        }
        if self.state.panels.details {
            egui::Panel::right("details")
                .resizable(true)
                .default_size(panel_width(0.23, 380.0))
                .min_size(240.0)
                .show(ui, |ui| details_panel::details_ui(ui, self, commands));
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let map_rect = ui.max_rect();
            compare_view::map_area_ui(ui, self, commands);
            // The banner floats over the top of the map, clear of the zoom buttons, so the map
            // does not jump when one comes or goes.
            if let Some(notice) = &self.notice {
                let banner = egui::Rect::from_min_max(
                    map_rect.min + egui::vec2(8.0, 8.0),
                    egui::pos2(map_rect.max.x - 130.0, map_rect.max.y),
                );
                ui.scope_builder(egui::UiBuilder::new().max_rect(banner), |ui| {
                    banner::notice_ui(ui, notice, commands);
                });
            }
        });
        search::search_ui(ui.ctx(), self, commands);
    }
}

/// Gives the window's own widgets (egui's visuals, and with them the chrome tokens) the colours
/// of `theme`, if they have others; `true` if they changed.
fn apply_theme(ctx: &egui::Context, theme: Theme) -> bool {
    let wanted = match theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    };
    let changed = ctx.theme() != wanted;
    if changed {
        ctx.set_theme(wanted);
    }
    changed
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Set here, not only when chosen: whoever made the context may have set its own theme.
        if apply_theme(&ctx, self.state.theme) {
            ctx.request_discard("the theme changed");
        }
        // Keys first, before any widget can take them.
        let mut commands = match &mut self.presentation {
            Some(presentation) => present::jump_commands(&ctx, presentation),
            None => Vec::new(),
        };
        commands.extend(actions::shortcut_commands(
            &ctx,
            self.presentation.is_some(),
        ));
        commands.extend(self.background_commands(&ctx));
        commands.extend(self.background.dropped_files(&ctx));
        commands.extend(self.close_request(&ctx));
        if self
            .presentation
            .as_ref()
            .is_some_and(|p| p.transition.is_some())
        {
            let dt_secs = f64::from(ctx.input(|input| input.stable_dt).min(0.1));
            commands.push(Command::AdvanceTransition { dt_secs });
            ctx.request_repaint();
        }

        if self.presentation.is_some() {
            self.presentation_ui(ui, &mut commands);
        } else {
            self.exploring_ui(ui, &mut commands);
        }
        self.background.typed_path_ui(&ctx, &mut commands);
        help::help_ui(&ctx, self, &mut commands);
        self.export_dialog_ui(&ctx, &mut commands);
        story_prompts::prompts_ui(&ctx, self, &mut commands);
        self.speaker_notes_ui(&ctx, &mut commands);

        for command in commands {
            self.apply(&ctx, command);
        }
        self.background.frame_drawn(&ctx);
        let title = self.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.remember {
            eframe::set_value(storage, state::KEY, &self.state);
        }
    }
}
