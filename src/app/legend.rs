//! The legend: what each fill and marker means, with how many countries have each status at the
//! date shown. It sits in the left panel, so it never covers part of the map.

use egui::{RichText, Sense, vec2};

use super::AtlasApp;
use crate::carto::scene::compared_fill_keys;
use crate::carto::{describe, palette};
use crate::render::painter::{color, exercise_diamond};

/// The legend rows for the scene on screen.
pub fn legend_ui(ui: &mut egui::Ui, app: &AtlasApp) {
    ui.heading("Legend");
    let subtitle = describe::organisation_as_of(&app.shown.dataset, app.date());
    ui.label(RichText::new(subtitle).weak());
    legend_rows_ui(ui, app);
}

/// The legend's rows (a slide shows them over the map, without the heading).
pub fn legend_rows_ui(ui: &mut egui::Ui, app: &AtlasApp) {
    if app.state.layers.members {
        // Split into two dates, one legend counts both.
        let keys = match app.shown.compare_scene() {
            Some((scene, date)) => {
                compared_fill_keys(&[(scene, date), (&app.shown.scene, app.date())])
            }
            None => app.shown.scene.fill_keys(),
        };
        for key in keys {
            let row = swatch_row(ui, color(key.colour), key.dashed, &key.text);
            if let Some(hint) = key.hint {
                row.on_hover_text(hint);
            }
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
        swatch_row(ui, color(palette::DISPUTED), false, "Disputed (e.g. Crimea)")
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

fn swatch_row(ui: &mut egui::Ui, fill: egui::Color32, dashed: bool, text: &str) -> egui::Response {
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        ui.painter().rect_filled(swatch, 2.0, fill);
        if dashed {
            let r = swatch.shrink(0.5);
            let ring = [
                r.left_top(),
                r.right_top(),
                r.right_bottom(),
                r.left_bottom(),
                r.left_top(),
            ];
            let stroke = egui::Stroke::new(1.0, color(palette::UNCERTAIN_OUTLINE));
            ui.painter()
                .extend(egui::Shape::dashed_line(&ring, stroke, 3.0, 2.0));
        }
        ui.label(text)
    })
    .inner
}
