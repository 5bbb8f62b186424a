//! The egui application, by capability: each folder owns its state, its commands and its panels.
//!
//! - `explore/`: the map widget, the lists, the details and excerpts, search, the compare view;
//! - `timeline/`: the date, playback, the event caption, the timeline bar;
//! - `present/`: presentation mode and the speaker notes;
//! - `author/`: writing the story's slides and saving them;
//! - `export/`: figures, the handout and screenshots;
//! - `files/`: opening datasets, file dialogs, the file watch;
//! - `shell/`: the menu bar, the panels' layout, the banner, Help, the theme, closing.
//!
//! What they share is at the top: [`shared::Shared`] (the dataset on screen, the saved state by
//! kind in [`state`], the banner), the read-only [`frame::Frame`] panels draw from, the action
//! table, the chrome colours. Panels push [`Command`]s; [`AtlasApp::apply`] hands each to its
//! capability, whose follow-up commands (another capability's part of the change) come next,
//! and ends with one `refresh`.

pub mod actions;
mod author;
mod command;
pub mod explore;
pub mod export;
mod files;
mod frame;
pub mod present;
mod shared;
pub mod shell;
mod shown;
pub mod state;
mod theme;
pub mod timeline;

use std::path::PathBuf;

pub use author::AuthorCommand;
pub use command::Command;
pub use explore::ExploreCommand;
pub use export::{ExportCommand, ScreenshotSaved};
pub use files::FilesCommand;
pub use present::PresentCommand;
pub use shell::{HelpWindow, Notice, ShellCommand, TITLE};
pub use state::Saved;
pub use timeline::TimelineCommand;

use author::Authoring;
use explore::Exploring;
use export::{Exporting, Painting};
use files::Files;
use frame::Frame;
use present::Presenting;
use shared::Shared;
use shell::Shell;
use shown::Shown;
use state::{DatasetSource, Restored};
use timeline::Playing;

use crate::dataset::{Date, LoadedDataset};
use crate::earth::camera::MapTransform;
use crate::earth::projection::Projection;
use crate::earth::world::world;
use crate::facts::selection::Selection;
use crate::facts::timeline::Timeline;
use crate::i18n::{Language, set_language};
use crate::map::layers::Layers;
use crate::map::palette::MapPalette;
use crate::map::region::world_for;
use crate::map::scene::Scene;
use crate::map::symbolize::{Highlight, MapSymbols, SymbolCache};
use crate::platform;

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
    /// Who is told, as soon as it is known, whether `screenshot` was saved.
    pub screenshot_saved: Option<ScreenshotSaved>,
    /// The date to show (default: the one shown last time, or today).
    pub date: Option<Date>,
    /// Never show native file dialogs; ask for typed paths instead (tests, headless use).
    pub typed_paths_only: bool,
    /// Start presenting the story at this slide (0: the title slide).
    pub present: Option<usize>,
    /// The language asked for (`--lang`), over the one chosen in the window last time.
    pub language: Option<Language>,
    /// The system locale's language, where none is chosen.
    pub system_language: Language,
}

impl StartOptions {
    /// Start on `today` with nothing else asked for.
    pub fn new(today: Date) -> Self {
        Self {
            today,
            dataset: None,
            screenshot: None,
            screenshot_saved: None,
            date: None,
            typed_paths_only: false,
            present: None,
            language: None,
            system_language: Language::English,
        }
    }
}

/// The CSTO Atlas window.
pub struct AtlasApp {
    shared: Shared,
    explore: Exploring,
    playing: Playing,
    presenting: Presenting,
    authoring: Authoring,
    exporting: Exporting,
    files: Files,
    shell: Shell,
}

impl AtlasApp {
    /// Builds the app from what was saved last time (`storage`) and how it was started. A dataset
    /// that fails to load is reported in the window, over the embedded one.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        options: StartOptions,
    ) -> Self {
        register_map_fonts(ctx);
        let scripted = options
            .screenshot
            .clone()
            .map(|path| (path, options.screenshot_saved.clone()));
        let (mut saved, mut notice) = match Saved::restore(storage.filter(|_| scripted.is_none())) {
            Restored::Nothing => (Saved::default(), None),
            Restored::State(saved) => (*saved, None),
            Restored::Unreadable => (
                Saved::default(),
                Some(Notice::info(
                    "The settings saved last time could not be read; starting afresh.".into(),
                )),
            ),
        };
        if options.date.is_some() {
            saved.view.date = options.date;
        }
        shell::apply_theme(ctx, saved.preferences.theme);
        set_language(
            options
                .language
                .or(saved.preferences.language)
                .unwrap_or(options.system_language),
        );
        let wanted = options
            .dataset
            .clone()
            .map(DatasetSource::File)
            .or(saved.documents.dataset.take());

        // The embedded dataset is compiled in and checked by the test suite.
        #[allow(clippy::expect_used)]
        let embedded = LoadedDataset::embedded(&|iso| world().knows_iso(iso))
            .expect("the embedded CSTO dataset is valid");
        let world = world_for(&embedded.data, saved.preferences.projection);
        let authoring = Authoring::new(&embedded);
        let shown = Shown::new(embedded, &world, options.today, &saved.view);
        saved.documents.dataset = Some(DatasetSource::default_sample());
        let mut app = Self {
            shared: Shared {
                world,
                today: options.today,
                saved,
                shown,
                notice: None,
                map_size: [0.0, 0.0],
                short_names: false,
                split: None,
                glide: None,
            },
            explore: Exploring::default(),
            playing: Playing::default(),
            presenting: Presenting::default(),
            authoring,
            exporting: Exporting::new(scripted),
            files: Files::new(options.typed_paths_only),
            shell: Shell::default(),
        };
        if let Some(source) = wanted.filter(|s| !s.is_default_sample()) {
            match app.shared.load(&source) {
                Ok(dataset) => {
                    if !dataset.notes.is_empty() {
                        let mut read = Notice::info(format!("Opened {}.", dataset.origin));
                        read.details.clone_from(&dataset.notes);
                        notice = Some(read);
                    }
                    let then = files::show_dataset(&mut app.shared, dataset, Some(source));
                    for command in then {
                        app.apply(ctx, command);
                    }
                }
                Err(err) => {
                    let headline =
                        "Could not open the dataset; showing the embedded CSTO dataset instead.";
                    notice = Some(Notice::dataset_error(headline, &err));
                }
            }
        }
        app.refresh();
        app.shared.notice = notice;
        if let Some(slide) = options.present {
            app.apply(ctx, PresentCommand::Start { slide }.into());
        }
        app
    }

    /// Carries out one command: its capability changes its own state and the shared state, then
    /// the caches are brought in line, then the follow-ups it asked for are carried out.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // Nothing drops unsaved slides without asking first.
        let Some(command) = self.authoring.unless_unsaved(command, &mut self.shared) else {
            return;
        };
        let shared = &mut self.shared;
        let then = match command {
            Command::Explore(command) => self.explore.apply(command, shared),
            Command::Timeline(command) => self.playing.apply(command, shared),
            Command::Present(command) => self.presenting.apply(ctx, command, shared),
            Command::Author(command) => self.authoring.apply(command, shared),
            Command::Export(command) => self.exporting.apply(ctx, command, shared),
            Command::Files(command) => self.files.apply(command, shared),
            Command::Shell(command) => {
                self.shell.apply(ctx, command, shared);
                Vec::new()
            }
        };
        self.refresh();
        for command in then {
            self.apply(ctx, command);
        }
    }

    /// Brings the runtime parts in line with the state: the date within the timeline, the
    /// selection within the dataset, the scenes, the panels' lists, and the watch on the open
    /// file.
    fn refresh(&mut self) {
        let shared = &mut self.shared;
        shared.sync_projection();
        shared.shown.refresh(&shared.world, &mut shared.saved.view);
        shared.split = self
            .presenting
            .split_date(&shared.shown.dataset)
            .unwrap_or_else(|| shared.compare_view_date());
        shared
            .shown
            .refresh_compare(&shared.world, shared.split, &shared.saved.view);
        self.explore.refresh(shared);
        let watched = shared
            .saved
            .documents
            .open_file()
            .filter(|_| platform::HAS_FILES);
        self.files.watch_only(watched);
    }

    /// The app as the panels see it this frame.
    fn frame(&self) -> Frame<'_> {
        Frame {
            shared: &self.shared,
            explore: &self.explore,
            playing: &self.playing,
            presenting: &self.presenting,
            authoring: &self.authoring,
            shell: &self.shell,
        }
    }

    /// The commands this frame brings before any panel is drawn: keys, playback, the glide
    /// between slides, background work, dropped files, a request to close.
    fn frame_commands(&mut self, ctx: &egui::Context) -> Vec<Command> {
        // Keys first, before any widget can take them.
        let mut commands = self.presenting.jump_commands(ctx);
        commands.extend(actions::shortcut_commands(
            ctx,
            self.presenting.is_presenting(),
        ));
        commands.extend(self.playing.frame_commands(ctx));
        commands.extend(self.files.poll(ctx));
        self.exporting.poll(ctx, &mut self.shared);
        commands.extend(self.exporting.scripted_commands(ctx, &self.shared));
        commands.extend(self.shell.close_request(ctx, &self.authoring, &self.shared));
        commands.extend(explore::frame_commands(ctx, &self.shared));
        commands
    }
}

/// What tests and benchmarks read of the app.
impl AtlasApp {
    /// What is remembered between runs, exactly as it will be saved.
    pub fn saved(&self) -> &Saved {
        &self.shared.saved
    }

    /// The projection the map is drawn in.
    pub fn projection(&self) -> Projection {
        self.shared.world.geometry.projection
    }

    /// The colours the map is drawn in: the theme's.
    pub fn palette(&self) -> &'static MapPalette {
        &self.shared.style().palette
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &LoadedDataset {
        &self.shared.shown.dataset
    }

    /// The banner message, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.shared.notice.as_ref()
    }

    /// The current selection.
    pub fn selection(&self) -> Option<&Selection> {
        self.shared.saved.view.selection.as_ref()
    }

    /// The date the map shows.
    pub fn date(&self) -> Date {
        self.shared.date()
    }

    /// The timeline: the dataset's span up to today, and its dated events.
    pub fn timeline(&self) -> &Timeline {
        &self.shared.shown.timeline
    }

    /// Whether the timeline is playing.
    pub fn is_playing(&self) -> bool {
        self.playing.playback.playing
    }

    /// The layers shown.
    pub fn layers(&self) -> Layers {
        self.shared.saved.view.layers
    }

    /// What the map draws now.
    pub fn scene(&self) -> &Scene {
        &self.shared.shown.scene
    }

    /// The caption naming what happened on the date shown, while playing or stepping.
    pub fn event_caption(&self) -> Option<&str> {
        self.playing.event_caption.as_deref()
    }

    /// The Help window open, if any.
    pub fn help_window(&self) -> Option<HelpWindow> {
        self.shell.help
    }

    /// The slide shown, while presenting.
    pub fn presented_slide(&self) -> Option<usize> {
        self.presenting.slide()
    }

    /// How many slides the presentation has: the title, the story and the sources.
    pub fn slide_count(&self) -> usize {
        present::slide_count(&self.shared.shown.dataset)
    }

    /// Whether the slides or facts have changes that are not in the file.
    pub fn unsaved(&self) -> bool {
        self.authoring.unsaved(&self.shared)
    }

    /// The slide picked in the Slides panel.
    pub fn picked_slide(&self) -> Option<usize> {
        self.authoring.picked
    }

    /// The date of the left map while the map is split into two dates.
    pub fn compare_date(&self) -> Option<Date> {
        self.shared.split
    }

    /// What the window's map draws in `view` of the scene on screen, with the selection
    /// highlighted and nothing hovered: the items its painter translates.
    pub fn map_symbols(&self, view: &MapTransform) -> MapSymbols {
        let highlight = Highlight {
            selection: true,
            hover: None,
        };
        let frame = self.frame();
        let scene = &self.shared.shown.scene;
        explore::window_symbols(&frame, scene, view, &highlight, &mut SymbolCache::default())
    }

    /// The window title: the dataset's file name, marked while slides are unsaved.
    pub fn window_title(&self) -> String {
        shell::window_title(&self.shared, self.unsaved())
    }
}

/// The map's faces ahead of egui's own, in their fallback order, so that the window draws and
/// measures each letter in the face the figures draw it in (Armenian and Georgian too, whatever
/// fonts the computer has).
fn register_map_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    // Each goes to the front of the list: the last registered is looked in first.
    for file in crate::render::font::FACES.iter().rev() {
        ctx.add_font(FontInsert::new(
            &format!("csto-atlas {}", file.family),
            egui::FontData::from_static(file.bytes),
            vec![InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: FontPriority::Highest,
            }],
        ));
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Set here, not only when chosen: whoever made the context may have set its own theme.
        if shell::apply_theme(&ctx, self.shared.saved.preferences.theme) {
            ctx.request_discard("the theme changed");
        }
        let mut commands = self.frame_commands(&ctx);
        let painting = self.exporting.painting(&ctx);
        if painting == Painting::Nothing {
            for command in commands {
                self.apply(&ctx, command);
            }
            return;
        }
        {
            let frame = self.frame();
            if self.presenting.is_presenting() {
                present::presentation_ui(ui, &frame, &mut commands);
            } else {
                shell::exploring_ui(ui, &frame, &mut commands);
            }
            shell::help_ui(&ctx, &frame, &mut commands);
            author::prompts_ui(&ctx, &frame, &mut commands);
            present::speaker_notes_ui(&ctx, &frame, &mut commands);
        }
        self.files.windows_ui(&ctx, &mut commands);
        self.exporting.dialog_ui(&ctx, &self.shared, &mut commands);

        for command in commands {
            self.apply(&ctx, command);
        }
        if painting == Painting::LayoutOnly {
            ctx.graphics_mut(|shapes| *shapes = egui::layers::GraphicLayers::default());
        }
        let title = self.window_title();
        self.shell.update_title(&ctx, title);
    }

    fn persist_egui_memory(&self) -> bool {
        !self.exporting.is_scripted()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if !self.exporting.is_scripted() {
            self.shared.saved.save(storage);
        }
    }
}
