//! The menu bar: File (new, open, import, samples, recent, save, export, screenshot, quit), Edit
//! (undo, redo, add a slide; find), View (panels, compare, reset) and Help (keyboard shortcuts, about).
//! Entries come from the action table where they are actions.

use super::ShellCommand;
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::files::FilesCommand;
use crate::app::frame::Frame;
use crate::app::state::{Panel, TextSize};
use crate::dataset::SAMPLES;
use crate::earth::projection::Projection;
use crate::facts::describe;
use crate::i18n::{Language, language, tr};
use crate::map::palette::Theme;
use crate::map::region::ProjectionChoice;
use crate::platform;

/// File, View and Help menus.
pub fn menu_bar_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            action_item(ui, Action::NewDataset, commands);
            action_item(ui, Action::OpenDataset, commands);
            action_item(ui, Action::ImportTable, commands);
            // A browser opens files by their bytes, never by a path to open again.
            if platform::HAS_FILES {
                ui.menu_button(tr("menu-open-recent"), |ui| {
                    recent_files_ui(ui, frame, commands)
                });
            }
            ui.menu_button(tr("menu-samples"), |ui| {
                for sample in &SAMPLES {
                    if ui.button(sample.title).clicked() {
                        commands.push(FilesCommand::OpenSample(sample.id.to_owned()).into());
                    }
                }
            });
            ui.separator();
            action_item(ui, Action::Save, commands);
            action_item(ui, Action::SaveCopy, commands);
            ui.separator();
            action_item(ui, Action::ExportMap, commands);
            action_item(ui, Action::ExportStory, commands);
            action_item(ui, Action::ExportTable, commands);
            action_item(ui, Action::ExportHistoryTable, commands);
            action_item(ui, Action::CopyMapImage, commands);
            action_item(ui, Action::SaveWindowScreenshot, commands);
            // A page is closed with its tab.
            if platform::CAN_QUIT {
                ui.separator();
                action_item(ui, Action::Quit, commands);
            }
        });
        ui.menu_button(tr("menu-edit"), |ui| {
            let history = &frame.authoring.history;
            for (action, enabled) in [
                (Action::Undo, history.can_undo()),
                (Action::Redo, history.can_redo()),
                (Action::AddSlide, true),
            ] {
                ui.add_enabled_ui(enabled, |ui| action_item(ui, action, commands));
            }
            ui.separator();
            action_item(ui, Action::Find, commands);
        });
        ui.menu_button(tr("menu-view"), |ui| {
            let panels = frame.saved.preferences.panels;
            for (action, panel, shown) in [
                (Action::ToggleLists, Panel::Lists, panels.lists),
                (Action::ToggleDetails, Panel::Details, panels.details),
                (Action::ToggleTimeline, Panel::Timeline, panels.timeline),
                (Action::ToggleSources, Panel::Sources, panels.sources),
                (Action::ToggleSlides, Panel::Slides, panels.slides),
                (Action::ToggleFacts, Panel::Facts, panels.facts),
            ] {
                if action.menu_checkbox(ui, shown) {
                    commands.push(ShellCommand::TogglePanel(panel).into());
                }
            }
            if Action::CompareDates.menu_checkbox(ui, frame.saved.view.compare.on) {
                commands.push(Action::CompareDates.command());
            }
            let sizes =
                TextSize::ALL.map(|size| (size, size.label(), ShellCommand::SetTextSize(size)));
            let hint = tr("menu-text-size-tip");
            let preferences = &frame.saved.preferences;
            choice_menu_ui(
                ui,
                &tr("menu-text-size"),
                &hint,
                preferences.text_size,
                sizes,
                commands,
            );
            let themes =
                Theme::ALL.map(|theme| (theme, theme.label(), ShellCommand::SetTheme(theme)));
            let hint = tr("menu-theme-tip");
            choice_menu_ui(
                ui,
                &tr("menu-theme"),
                &hint,
                preferences.theme,
                themes,
                commands,
            );
            let languages = Language::ALL.map(|language| {
                let command = ShellCommand::SetLanguage(language);
                (language, language.native_name(), command)
            });
            choice_menu_ui(
                ui,
                &tr("menu-language"),
                &tr("menu-language-tip"),
                language(),
                languages,
                commands,
            );
            let projection = frame.world.geometry.projection;
            // Keeping the map centred where it is now, when it is centred somewhere.
            let here = projection.centre().map(|centre| ProjectionChoice::Fixed {
                centre: [centre.x, centre.y],
            });
            let projections = [ProjectionChoice::Automatic, ProjectionChoice::World]
                .into_iter()
                .chain(here)
                .map(|choice| (choice, choice.label(), ShellCommand::SetProjection(choice)));
            let hint = projection_hint(&projection);
            choice_menu_ui(
                ui,
                &tr("menu-projection"),
                &hint,
                preferences.projection,
                projections,
                commands,
            );
            let mut reduce_motion = preferences.reduce_motion;
            if ui
                .checkbox(&mut reduce_motion, tr("menu-reduce-motion"))
                .on_hover_text(tr("menu-reduce-motion-tip"))
                .changed()
            {
                commands.push(ShellCommand::ToggleReduceMotion.into());
            }
            ui.separator();
            action_item(ui, Action::ResetView, commands);
            action_item(ui, Action::Present, commands);
        });
        ui.menu_button(tr("menu-help"), |ui| {
            action_item(ui, Action::KeyboardShortcuts, commands);
            action_item(ui, Action::About, commands);
        });
        // Presenting is a click away on every platform (in a browser F5 reloads the page).
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let present = Action::Present;
            if ui
                .button(tr("menu-present"))
                .on_hover_text(present.hover_text())
                .clicked()
            {
                commands.push(present.command());
            }
        });
    });
}

/// What the Projection menu says of the map's projection now.
fn projection_hint(projection: &Projection) -> String {
    let now = match projection.centre() {
        Some(centre) => format!(
            "now equal-area, centred on {}",
            describe::lon_lat_words(centre.x, centre.y)
        ),
        None => "now the whole world (Equal Earth)".to_owned(),
    };
    format!(
        "Centred on what the map frames (the members, a slide, a country found, where you pan), \
         the whole world, or kept centred on one place; {now}; remembered"
    )
}

/// A submenu of radio buttons, one per choice (its value, its name and the command choosing it),
/// the one `chosen` checked.
fn choice_menu_ui<T: PartialEq, L: Into<egui::WidgetText>>(
    ui: &mut egui::Ui,
    title: &str,
    hint: &str,
    chosen: T,
    choices: impl IntoIterator<Item = (T, L, ShellCommand)>,
    commands: &mut Vec<Command>,
) {
    ui.menu_button(title, |ui| {
        for (value, label, command) in choices {
            if ui
                .radio(value == chosen, label)
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(command.into());
            }
        }
    });
}

/// A menu entry for `action`, with its shortcut.
fn action_item(ui: &mut egui::Ui, action: Action, commands: &mut Vec<Command>) {
    if action.menu_button(ui) {
        commands.push(action.command());
    }
}

fn recent_files_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let recent = &frame.saved.documents.recent_files;
    if recent.is_empty() {
        ui.label(tr("menu-no-recent"));
        return;
    }
    for path in recent {
        if ui.button(path.display().to_string()).clicked() {
            commands.push(FilesCommand::OpenDataset(path.clone()).into());
        }
    }
    ui.separator();
    if ui.button(tr("menu-clear-recent")).clicked() {
        commands.push(FilesCommand::ClearRecentFiles.into());
    }
}
