//! The action table: every user action with its text, tooltip, keyboard shortcut and the modes it
//! works in. Menus, buttons, the keyboard, Help ▸ Keyboard shortcuts and the README's key list all
//! read it, so an action is named and bound in one place.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::tr;

use super::Command;
use super::author::AuthorCommand;
use super::explore::{ExploreCommand, SearchEdit};
use super::export::ExportCommand;
use super::files::FilesCommand;
use super::present::PresentCommand;
use super::shell::{HelpWindow, ShellCommand};
use super::state::Panel;
use super::timeline::TimelineCommand;

/// What the app is doing, which decides the actions that keys trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Looking around the map, the lists and the timeline.
    Exploring,
    /// Typing in a text field: plain keys belong to the text.
    Typing,
    /// Presenting the story full-screen: the arrows, Space and Enter belong to the slides.
    Presenting,
}

/// One thing a user can ask for from a menu, a button or a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Start a dataset of one's own, from nothing.
    NewDataset,
    /// Choose a dataset file to open.
    OpenDataset,
    /// Choose a spreadsheet or CSV file to make a dataset from.
    ImportTable,
    /// Export the map as a clean figure.
    ExportMap,
    /// Write the story handout as a PDF.
    ExportStory,
    /// Save the statuses at the date shown as a table.
    ExportTable,
    /// Save the whole history as a table that Import table reads back.
    ExportHistoryTable,
    /// Put a picture of the map on the clipboard.
    CopyMapImage,
    /// Save the whole window as a PNG.
    SaveWindowScreenshot,
    /// Close the app.
    Quit,
    /// Start or stop playing the timeline.
    PlayPause,
    /// Jump to the previous dated event.
    PreviousEvent,
    /// Jump to the next dated event.
    NextEvent,
    /// Frame the member states again.
    ResetView,
    /// Find a country, exercise, meeting or quote by name or words.
    Find,
    /// Show or hide the lists panel.
    ToggleLists,
    /// Show or hide the details panel.
    ToggleDetails,
    /// Show or hide the timeline.
    ToggleTimeline,
    /// Show or hide the Sources panel.
    ToggleSources,
    /// Show or hide the Slides panel.
    ToggleSlides,
    /// Show or hide the Facts panel.
    ToggleFacts,
    /// Add the map as it is now as a slide.
    AddSlide,
    /// Save the slides and facts into the dataset file.
    Save,
    /// Save the dataset with its slides and facts as a copy.
    SaveCopy,
    /// Take back the last change to the slides or facts.
    Undo,
    /// Do again the change taken back.
    Redo,
    /// Split the map into two dates side by side, or back into one.
    CompareDates,
    /// Present the story full-screen.
    Present,
    /// The next slide.
    NextSlide,
    /// The slide before.
    PreviousSlide,
    /// The title slide.
    FirstSlide,
    /// The sources slide at the end.
    LastSlide,
    /// Blank the screen, or show it again.
    BlankScreen,
    /// Show or hide the speaker notes.
    SpeakerNotes,
    /// Leave the presentation, back to the view as it was.
    StopPresenting,
    /// List the keyboard shortcuts.
    KeyboardShortcuts,
    /// Version, credits and licences.
    About,
}

impl Action {
    /// Every action, in the order Help ▸ Keyboard shortcuts lists them.
    pub const ALL: [Action; 37] = [
        Self::NewDataset,
        Self::OpenDataset,
        Self::ImportTable,
        Self::ExportMap,
        Self::ExportStory,
        Self::ExportTable,
        Self::ExportHistoryTable,
        Self::CopyMapImage,
        Self::SaveWindowScreenshot,
        Self::Quit,
        Self::PlayPause,
        Self::PreviousEvent,
        Self::NextEvent,
        Self::ResetView,
        Self::Find,
        Self::ToggleLists,
        Self::ToggleDetails,
        Self::ToggleTimeline,
        Self::ToggleSources,
        Self::ToggleSlides,
        Self::ToggleFacts,
        Self::AddSlide,
        Self::Save,
        Self::SaveCopy,
        Self::Undo,
        Self::Redo,
        Self::CompareDates,
        Self::Present,
        Self::NextSlide,
        Self::PreviousSlide,
        Self::FirstSlide,
        Self::LastSlide,
        Self::BlankScreen,
        Self::SpeakerNotes,
        Self::StopPresenting,
        Self::KeyboardShortcuts,
        Self::About,
    ];

    /// Its name on menus and buttons, in the current language.
    pub fn text(self) -> String {
        tr(&self.message_key())
    }

    /// What it does, in a sentence, in the current language.
    pub fn tooltip(self) -> String {
        tr(&format!("{}-tip", self.message_key()))
    }

    /// Its key in the message files: `action-` and its name in kebab case (`action-open-dataset`).
    fn message_key(self) -> String {
        let name = format!("{self:?}");
        let mut key = String::from("action");
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        }
        key
    }

    /// Its keyboard shortcut, if it has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Every key that triggers it, the main one first.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let plain = |key| KeyboardShortcut::new(Modifiers::NONE, key);
        match self {
            Self::Present => vec![plain(Key::F5), plain(Key::P)],
            Self::NextSlide => vec![
                plain(Key::Space),
                plain(Key::ArrowRight),
                plain(Key::PageDown),
                plain(Key::Enter),
            ],
            Self::PreviousSlide => vec![plain(Key::ArrowLeft), plain(Key::PageUp)],
            Self::FirstSlide => vec![plain(Key::Home)],
            Self::LastSlide => vec![plain(Key::End)],
            Self::BlankScreen => vec![plain(Key::B)],
            Self::SpeakerNotes => vec![plain(Key::N)],
            Self::StopPresenting => vec![plain(Key::Escape)],
            other => other.main_shortcut().into_iter().collect(),
        }
    }

    fn main_shortcut(self) -> Option<KeyboardShortcut> {
        let plain = |key| Some(KeyboardShortcut::new(Modifiers::NONE, key));
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Self::NewDataset => command(Key::N),
            Self::OpenDataset => command(Key::O),
            Self::ImportTable => command(Key::I),
            Self::ExportMap => command(Key::E),
            Self::ExportStory => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::E,
            )),
            Self::CopyMapImage => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::C,
            )),
            Self::SaveWindowScreenshot => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            )),
            Self::Quit => command(Key::Q),
            Self::PlayPause => plain(Key::Space),
            Self::PreviousEvent => plain(Key::ArrowLeft),
            Self::NextEvent => plain(Key::ArrowRight),
            Self::ResetView => plain(Key::Home),
            Self::Find => command(Key::F),
            Self::ToggleLists => command(Key::Num1),
            Self::ToggleDetails => command(Key::Num2),
            Self::ToggleTimeline => command(Key::Num3),
            Self::ToggleSources => command(Key::Num4),
            Self::ToggleSlides => command(Key::Num5),
            Self::ToggleFacts => command(Key::Num6),
            Self::AddSlide => command(Key::M),
            Self::Save => command(Key::S),
            Self::Undo => command(Key::Z),
            Self::Redo => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
            )),
            Self::CompareDates => command(Key::D),
            Self::KeyboardShortcuts => plain(Key::F1),
            Self::About
            | Self::ExportTable
            | Self::ExportHistoryTable
            | Self::SaveCopy
            | Self::Present
            | Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::BlankScreen
            | Self::SpeakerNotes
            | Self::StopPresenting => None,
        }
    }

    /// Whether its shortcut works in `mode`. While typing, only shortcuts with Ctrl (⌘) do, so
    /// Space, the arrows and Home stay with the text.
    pub fn works_in(self, mode: Mode) -> bool {
        let slides = matches!(
            self,
            Self::NextSlide
                | Self::PreviousSlide
                | Self::FirstSlide
                | Self::LastSlide
                | Self::BlankScreen
                | Self::SpeakerNotes
                | Self::StopPresenting
        );
        match mode {
            Mode::Exploring => !slides,
            Mode::Typing => self
                .shortcut()
                .is_some_and(|shortcut| shortcut.modifiers.command),
            Mode::Presenting => slides || matches!(self, Self::Quit | Self::KeyboardShortcuts),
        }
    }

    /// The modes it works in, for the key list.
    pub fn modes(self) -> Vec<Mode> {
        [Mode::Exploring, Mode::Presenting, Mode::Typing]
            .into_iter()
            .filter(|mode| self.works_in(*mode))
            .collect()
    }

    /// The command it stands for.
    pub fn command(self) -> Command {
        match self {
            Self::NewDataset => FilesCommand::NewDataset.into(),
            Self::OpenDataset => FilesCommand::ChooseDatasetToOpen.into(),
            Self::ImportTable => FilesCommand::ChooseTableToImport.into(),
            Self::ExportMap => ExportCommand::OpenDialog.into(),
            Self::ExportStory => ExportCommand::ChooseStoryPath.into(),
            Self::ExportTable => ExportCommand::ChooseTablePath { history: false }.into(),
            Self::ExportHistoryTable => ExportCommand::ChooseTablePath { history: true }.into(),
            Self::CopyMapImage => ExportCommand::CopyMapImage.into(),
            Self::SaveWindowScreenshot => ExportCommand::ChooseScreenshotPath.into(),
            Self::Quit => ShellCommand::Quit.into(),
            Self::PlayPause => TimelineCommand::TogglePlay.into(),
            Self::PreviousEvent => TimelineCommand::StepEvent { forward: false }.into(),
            Self::NextEvent => TimelineCommand::StepEvent { forward: true }.into(),
            Self::ResetView => ExploreCommand::ResetView.into(),
            Self::Find => ExploreCommand::Search(SearchEdit::Open).into(),
            Self::ToggleLists => ShellCommand::TogglePanel(Panel::Lists).into(),
            Self::ToggleDetails => ShellCommand::TogglePanel(Panel::Details).into(),
            Self::ToggleTimeline => ShellCommand::TogglePanel(Panel::Timeline).into(),
            Self::ToggleSources => ShellCommand::TogglePanel(Panel::Sources).into(),
            Self::ToggleSlides => ShellCommand::TogglePanel(Panel::Slides).into(),
            Self::ToggleFacts => ShellCommand::TogglePanel(Panel::Facts).into(),
            Self::AddSlide => AuthorCommand::AddSlideFromView.into(),
            Self::Save => AuthorCommand::Save.into(),
            Self::SaveCopy => AuthorCommand::ChooseCopyPath.into(),
            Self::Undo => AuthorCommand::Undo.into(),
            Self::Redo => AuthorCommand::Redo.into(),
            Self::CompareDates => ExploreCommand::ToggleCompare.into(),
            Self::Present => PresentCommand::Start { slide: 0 }.into(),
            Self::NextSlide => PresentCommand::Step { forward: true }.into(),
            Self::PreviousSlide => PresentCommand::Step { forward: false }.into(),
            Self::FirstSlide => PresentCommand::GoTo(0).into(),
            Self::LastSlide => PresentCommand::GoTo(usize::MAX).into(),
            Self::BlankScreen => PresentCommand::ToggleBlank.into(),
            Self::SpeakerNotes => PresentCommand::ToggleNotes.into(),
            Self::StopPresenting => PresentCommand::Stop.into(),
            Self::KeyboardShortcuts => ShellCommand::ShowHelp(HelpWindow::KeyboardShortcuts).into(),
            Self::About => ShellCommand::ShowHelp(HelpWindow::About).into(),
        }
    }

    /// Its keys as the README and Help write them ("Ctrl+O", "F5 / P").
    pub fn shortcut_text(self) -> Option<String> {
        let keys: Vec<String> = self
            .shortcuts()
            .iter()
            .map(|shortcut| shortcut.format(&egui::ModifierNames::NAMES, false))
            .collect();
        (!keys.is_empty()).then(|| keys.join(" / "))
    }

    /// The tooltip followed by the shortcut, for buttons.
    pub fn hover_text(self) -> String {
        match self.shortcut_text() {
            Some(keys) => format!("{} ({keys})", self.tooltip()),
            None => self.tooltip().to_owned(),
        }
    }

    /// A menu entry for it, showing its shortcut; `true` when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui) -> bool {
        let mut button = egui::Button::new(self.text());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add(button).on_hover_text(self.tooltip()).clicked()
    }

    /// A button for it in a panel, greyed out unless `enabled`; `true` when clicked.
    pub fn button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        ui.add_enabled(enabled, egui::Button::new(self.text()))
            .on_hover_text(self.hover_text())
            .clicked()
    }

    /// A menu checkbox for a show/hide action, showing its shortcut; `true` when toggled.
    pub fn menu_checkbox(self, ui: &mut egui::Ui, shown: bool) -> bool {
        let mut checked = shown;
        let shortcut = self
            .shortcut()
            .map(|shortcut| ui.ctx().format_shortcut(&shortcut))
            .unwrap_or_default();
        let atoms = (
            self.text(),
            egui::Atom::grow(),
            egui::RichText::new(shortcut).weak(),
        );
        ui.add(egui::Checkbox::new(&mut checked, atoms))
            .on_hover_text(self.tooltip())
            .changed()
    }

    /// The README's key list: a Markdown table of every action that has a shortcut.
    pub fn markdown_key_list() -> String {
        let mut out = String::from("| Keys | Action | When |\n| --- | --- | --- |\n");
        for action in Self::ALL {
            if let Some(keys) = action.shortcut_text() {
                let when = if action.works_in(Mode::Presenting) && !action.works_in(Mode::Exploring)
                {
                    "presenting"
                } else if action.works_in(Mode::Presenting) {
                    "always"
                } else {
                    "exploring"
                };
                out += &format!(
                    "| {keys} | {}: {} | {when} |\n",
                    action.text(),
                    action.tooltip()
                );
            }
        }
        out
    }
}

/// The commands for the shortcuts pressed this frame, taken out of the input so that no widget
/// also acts on them: a focused button does not also take Space, and the arrows do not also move
/// the keyboard focus. Called once, before any panel is laid out.
pub fn shortcut_commands(ctx: &egui::Context, presenting: bool) -> Vec<Command> {
    let mode = if ctx.text_edit_focused() {
        Mode::Typing
    } else if presenting {
        Mode::Presenting
    } else {
        Mode::Exploring
    };
    // Shortcuts with more modifiers first: egui matches Ctrl+S also when Shift is held.
    let mut bound: Vec<(Action, KeyboardShortcut)> = Action::ALL
        .into_iter()
        .filter(|action| action.works_in(mode))
        .flat_map(|action| action.shortcuts().into_iter().map(move |key| (action, key)))
        .collect();
    bound.sort_by_key(|(_, shortcut)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
    let mut commands = Vec::new();
    for (action, shortcut) in bound {
        if ctx.input_mut(|input| input.consume_shortcut(&shortcut)) {
            if matches!(shortcut.logical_key, Key::ArrowLeft | Key::ArrowRight) {
                ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
            }
            commands.push(action.command());
        }
    }
    commands
}

fn modifier_count(modifiers: Modifiers) -> u32 {
    [
        modifiers.alt,
        modifiers.ctrl || modifiers.command,
        modifiers.shift,
    ]
    .into_iter()
    .map(u32::from)
    .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut_in_one_mode() {
        for mode in [Mode::Exploring, Mode::Presenting, Mode::Typing] {
            let shortcuts: Vec<_> = Action::ALL
                .iter()
                .filter(|a| a.works_in(mode))
                .flat_map(|a| a.shortcuts())
                .collect();
            for (i, a) in shortcuts.iter().enumerate() {
                assert!(
                    !shortcuts[i + 1..].contains(a),
                    "{a:?} is bound twice in {mode:?}"
                );
            }
        }
    }

    #[test]
    fn typing_keeps_plain_keys_for_the_text() {
        assert!(!Action::PlayPause.works_in(Mode::Typing));
        assert!(!Action::NextEvent.works_in(Mode::Typing));
        assert!(Action::Quit.works_in(Mode::Typing));
        assert!(Action::NextEvent.works_in(Mode::Exploring));
        assert!(!Action::NextSlide.works_in(Mode::Exploring));
        assert!(Action::NextSlide.works_in(Mode::Presenting));
        assert!(
            !Action::PlayPause.works_in(Mode::Presenting),
            "Space is the next slide there"
        );
    }

    #[test]
    fn the_key_list_names_each_shortcut() {
        let list = Action::markdown_key_list();
        assert!(list.contains("| Space | Play / Pause:"), "{list}");
        assert!(list.contains("| Ctrl+O | Open dataset…:"), "{list}");
        assert!(list.contains("| F5 / P | Present the story:"), "{list}");
        assert!(!list.contains("About"), "About has no shortcut");
    }
}
