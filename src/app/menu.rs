//! The menu bar.

use super::Command;
use crate::dataset::SAMPLES;

/// File and View menus.
pub fn menu_bar_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open dataset…").clicked() {
                commands.push(Command::ChooseDatasetToOpen);
            }
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
            if ui.button("Reset view").clicked() {
                commands.push(Command::ResetView);
            }
        });
    });
}
