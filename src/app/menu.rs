//! The menu bar: File (open, samples, recent, export, quit) and View (panels, reset).

use super::{AtlasApp, Command};
use crate::dataset::SAMPLES;

/// File and View menus.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open dataset…").clicked() {
                commands.push(Command::ChooseDatasetToOpen);
            }
            ui.menu_button("Open recent", |ui| {
                if app.recent_files.is_empty() {
                    ui.label("No recent files");
                }
                for path in &app.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenDataset(path.clone()));
                    }
                }
                if !app.recent_files.is_empty() {
                    ui.separator();
                    if ui.button("Clear recent files").clicked() {
                        commands.push(Command::ClearRecentFiles);
                    }
                }
            });
            ui.menu_button("Sample datasets", |ui| {
                for (index, sample) in SAMPLES.iter().enumerate() {
                    if ui.button(sample.title).clicked() {
                        commands.push(Command::OpenSample(index));
                    }
                }
            });
            ui.separator();
            if ui.button("Export screenshot…").clicked() {
                commands.push(Command::ChooseScreenshotPath);
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button("View", |ui| {
            let mut panels = app.panels;
            ui.checkbox(&mut panels.lists, "Lists panel");
            ui.checkbox(&mut panels.details, "Details panel");
            ui.checkbox(&mut panels.timeline, "Timeline");
            if panels != app.panels {
                commands.push(Command::SetPanels(panels));
            }
            ui.separator();
            if ui.button("Reset view").clicked() {
                commands.push(Command::ResetView);
            }
        });
    });
}
