//! The window around the capabilities: the menu bar (`menu.rs`), the panels' layout while
//! exploring (`layout.rs`), the banner (`banner.rs`), the Help windows (`help.rs`), the window's
//! title, the theme and text size, and closing.

mod banner;
mod help;
mod layout;
mod menu;

pub use banner::{Notice, notice_ui};
pub use help::help_ui;
pub use layout::exploring_ui;

use super::Command;
use super::author::Authoring;
use super::shared::Shared;
use super::state::{DatasetSource, Panel, TextSize};
use crate::i18n::Language;
use crate::map::palette::Theme;
use crate::map::region::ProjectionChoice;

/// The window title.
pub const TITLE: &str = "CSTO Atlas";

/// A window of the Help menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpWindow {
    /// Every keyboard shortcut.
    KeyboardShortcuts,
    /// Version, credits and licences.
    About,
}

/// A change to the window.
#[derive(Debug, Clone, PartialEq)]
pub enum ShellCommand {
    /// Hide the message banner.
    DismissNotice,
    /// Show a hidden panel or hide a shown one.
    TogglePanel(Panel),
    /// Write labels, captions and slides at this size.
    SetTextSize(TextSize),
    /// Draw the map and the window in this theme.
    SetTheme(Theme),
    /// Speak this language.
    SetLanguage(Language),
    /// Glide between slides, or cut.
    ToggleReduceMotion,
    /// Draw the map in this projection.
    SetProjection(ProjectionChoice),
    /// Open a Help window.
    ShowHelp(HelpWindow),
    /// Close a Help window.
    CloseHelp,
    /// Close the app.
    Quit,
}

/// The window's own state.
#[derive(Debug, Default)]
pub struct Shell {
    /// The Help window open, if any.
    pub help: Option<HelpWindow>,
    /// The title the window was last given.
    window_title: String,
}

impl Shell {
    /// Carries out a command to the window.
    pub fn apply(&mut self, ctx: &egui::Context, command: ShellCommand, shared: &mut Shared) {
        let preferences = &mut shared.saved.preferences;
        match command {
            ShellCommand::DismissNotice => shared.notice = None,
            ShellCommand::TogglePanel(panel) => {
                let shown = preferences.panels.shown_mut(panel);
                *shown = !*shown;
            }
            ShellCommand::SetTextSize(size) => preferences.text_size = size,
            ShellCommand::SetTheme(theme) => preferences.theme = theme,
            ShellCommand::SetLanguage(language) => {
                preferences.language = Some(language);
                crate::i18n::set_language(language);
                // Every text of this frame was laid out in the language before.
                ctx.request_discard("the language changed");
            }
            ShellCommand::ToggleReduceMotion => {
                preferences.reduce_motion = !preferences.reduce_motion;
            }
            ShellCommand::SetProjection(choice) => {
                preferences.projection = choice;
                shared.reproject();
            }
            ShellCommand::ShowHelp(window) => self.help = Some(window),
            ShellCommand::CloseHelp => self.help = None,
            ShellCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// When the window is asked to close with unsaved changes, keeps it open and asks first.
    pub fn close_request(
        &self,
        ctx: &egui::Context,
        authoring: &Authoring,
        shared: &Shared,
    ) -> Option<Command> {
        let asked = ctx.input(|input| input.viewport().close_requested());
        if asked && authoring.unsaved(shared) && !authoring.may_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            return Some(ShellCommand::Quit.into());
        }
        None
    }

    /// Gives the window its title if it changed: the dataset's file name, marked while slides
    /// are unsaved.
    pub fn update_title(&mut self, ctx: &egui::Context, title: String) {
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// The window title for what is open: "● csto.json — CSTO Atlas".
pub fn window_title(shared: &Shared, unsaved: bool) -> String {
    let name = match &shared.saved.documents.dataset {
        Some(DatasetSource::File(path)) => {
            crate::platform::file_name(path, &path.display().to_string())
        }
        _ => shared.shown.dataset.data.organisation.short_name.clone(),
    };
    let unsaved = if unsaved { "● " } else { "" };
    format!("{unsaved}{name} — {TITLE}")
}

/// Gives the window's own widgets (egui's visuals, and with them the chrome tokens) the colours
/// of `theme`, if they have others; `true` if they changed.
pub fn apply_theme(ctx: &egui::Context, theme: Theme) -> bool {
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
