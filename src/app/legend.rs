//! The legend: what each fill and marker means, with how many countries have each status at the
//! date shown. It sits in the left panel, so it never covers part of the map.

use egui::{RichText, Sense, vec2};

use super::AtlasApp;
use crate::carto::palette;
use crate::render::painter::{color, exercise_diamond};

/// The legend rows for the scene on screen.
pub fn legend_ui(ui: &mut egui::Ui, app: &AtlasApp) {
    let org = &app.shown.dataset.data.organisation;
    ui.heading("Legend");
    ui.label(RichText::new(format!("{} as of {}", org.short_name, app.date())).weak());
    if app.state.layers.members {
        for entry in &app.shown.scene.legend {
            let text = match entry.status {
                Some(_) => format!("{} ({})", entry.label, entry.count),
                None => entry.label.to_owned(),
            };
            swatch_row(ui, color(entry.colour), &text);
        }
    }
    if app.state.layers.exercises && !app.shown.dataset.data.exercises.is_empty() {
        exercise_key_row(ui);
    }
    if app.state.layers.borders && !app.shown.dataset.data.borders.is_empty() {
        ui.horizontal(|ui| {
            let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            let y = swatch.center().y;
            let stroke = egui::Stroke::new(3.5, color(palette::FRONTIER));
            ui.painter().line_segment(
                [swatch.left_center(), egui::pos2(swatch.right(), y)],
                stroke,
            );
            ui.label("Border of interest");
        });
    }
    if !app.world.geometry.disputed.is_empty() {
        swatch_row(ui, color(palette::DISPUTED), "Disputed (e.g. Crimea)")
            .on_hover_text("Drawn inside one country on the de facto map, claimed by another under the UN view; coloured by neither's status.");
    }
}

fn exercise_key_row(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        let diamond = exercise_diamond(
            swatch.center(),
            6.0,
            color(palette::EXERCISE),
            egui::Stroke::NONE,
        );
        ui.painter().add(diamond);
        ui.label("Exercise (faded: past)")
            .on_hover_text("A dashed ring means the sources give only the region or country.");
    });
}

fn swatch_row(ui: &mut egui::Ui, fill: egui::Color32, text: &str) -> egui::Response {
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        ui.painter().rect_filled(swatch, 2.0, fill);
        ui.label(text)
    })
    .inner
}
