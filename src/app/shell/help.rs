//! The Help menu's windows: every keyboard shortcut (from the action table), and About (version,
//! the open dataset's sources, base-map and software credits, licences).

use egui::RichText;

use super::{HelpWindow, ShellCommand};
use crate::app::Command;
use crate::app::actions::{Action, Mode};
use crate::app::frame::Frame;
use crate::credits::{self, Credit};

/// The open Help window, if any.
pub fn help_ui(ctx: &egui::Context, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some(window) = frame.shell.help else {
        return;
    };
    let title = match window {
        HelpWindow::KeyboardShortcuts => "Keyboard shortcuts",
        HelpWindow::About => "About CSTO Atlas",
    };
    let mut open = true;
    egui::Window::new(title)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| match window {
            HelpWindow::KeyboardShortcuts => shortcuts_ui(ui),
            HelpWindow::About => about_ui(ui, frame),
        });
    if !open {
        commands.push(ShellCommand::CloseHelp.into());
    }
}

fn shortcuts_ui(ui: &mut egui::Ui) {
    ui.label(
        "Keys work wherever the focus is, except while typing in a text field. While presenting, \
         the arrows, Space and Enter move through the slides.",
    );
    ui.add_space(4.0);
    egui::Grid::new("shortcuts")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for action in Action::ALL {
                let keys: Vec<String> = action
                    .shortcuts()
                    .iter()
                    .map(|shortcut| ui.ctx().format_shortcut(shortcut))
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                ui.label(RichText::new(keys.join(" / ")).monospace());
                let presenting_only =
                    action.works_in(Mode::Presenting) && !action.works_in(Mode::Exploring);
                let text = if presenting_only {
                    format!("{} (presenting)", action.text())
                } else {
                    action.text().to_owned()
                };
                ui.label(RichText::new(text).strong());
                ui.label(action.tooltip());
                ui.end_row();
            }
        });
}

fn about_ui(ui: &mut egui::Ui, frame: &Frame<'_>) {
    ui.heading(format!("CSTO Atlas {}", credits::VERSION));
    ui.label("An alliance's membership history on a map, for teachers, students and analysts.");
    ui.label(format!("Licence: {}.", credits::APP_LICENCE));
    ui.add_space(6.0);
    let data = &frame.shown.dataset.data;
    ui.label(RichText::new(format!("Data: {}", data.organisation.name)).strong());
    let mut outlets: Vec<&str> = data.articles.iter().map(|a| a.outlet.as_str()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    ui.label(format!(
        "Every fact quotes its source. Sources: {}.",
        outlets.join(", ")
    ));
    ui.add_space(6.0);
    credits_ui(ui, "Base map", &credits::BASE_MAP);
    ui.add_space(6.0);
    credits_ui(ui, "Built with", &credits::SOFTWARE);
}

fn credits_ui(ui: &mut egui::Ui, heading: &str, credits: &[Credit]) {
    ui.label(RichText::new(heading).strong());
    for credit in credits {
        ui.label(format!(
            "{}, {} ({})",
            credit.work, credit.by, credit.licence
        ));
    }
}
