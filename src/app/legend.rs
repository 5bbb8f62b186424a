//! The legend: what each fill and marker means, with how many countries have each status at the
//! date shown. It sits in the left panel, so it never covers part of the map. Its rows come from
//! `carto::legend`, as an exported figure's do; this only draws their swatches.

use egui::{Rect, RichText, Sense, Shape, Stroke, vec2};

use super::AtlasApp;
use crate::carto::describe;
use crate::carto::legend::{Swatch, legend_rows};
use crate::carto::palette::MapPalette;
use crate::render::painter::{color, dashed_circle, exercise_diamond};

/// The legend rows for the scene on screen.
pub fn legend_ui(ui: &mut egui::Ui, app: &AtlasApp) {
    ui.heading("Legend");
    let subtitle = describe::organisation_as_of(&app.shown.dataset, app.date());
    ui.label(RichText::new(subtitle).weak());
    legend_rows_ui(ui, app);
}

/// The legend's rows (a slide shows them over the map, without the heading).
pub fn legend_rows_ui(ui: &mut egui::Ui, app: &AtlasApp) {
    // Split into two dates, one legend counts both.
    let scenes = match app.shown.compare_scene() {
        Some((scene, date)) => vec![(scene, Some(date)), (&app.shown.scene, Some(app.date()))],
        None => vec![(&app.shown.scene, None)],
    };
    let disputed_drawn = !app.world.geometry.disputed.is_empty();
    let palette = app.palette();
    for row in legend_rows(&scenes, disputed_drawn) {
        let response = ui
            .horizontal(|ui| {
                let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                swatch_ui(ui, swatch, row.swatch, palette);
                ui.label(&row.text)
            })
            .inner;
        if let Some(hint) = row.hint {
            response.on_hover_text(hint);
        }
    }
}

/// Draws a legend swatch in `rect` as the map draws what it stands for.
fn swatch_ui(ui: &egui::Ui, rect: Rect, swatch: Swatch, palette: &MapPalette) {
    let painter = ui.painter();
    let dashed_square = |colour| {
        let r = rect.shrink(0.5);
        let ring = [
            r.left_top(),
            r.right_top(),
            r.right_bottom(),
            r.left_bottom(),
            r.left_top(),
        ];
        Shape::dashed_line(&ring, Stroke::new(1.0, color(colour)), 3.0, 2.0)
    };
    match swatch {
        Swatch::Fill { fill, dashed } => {
            painter.rect_filled(rect, 2.0, color(palette.fill(fill)));
            if dashed {
                painter.extend(dashed_square(palette.uncertain_outline));
            }
        }
        Swatch::Disputed => {
            painter.rect_filled(rect, 2.0, color(palette.disputed));
            painter.extend(dashed_square(palette.disputed_outline));
        }
        Swatch::Exercise => {
            let ink = color(palette.exercise);
            painter.add(exercise_diamond(rect.center(), 6.0, ink, Stroke::NONE));
        }
        Swatch::SiteUncertainty => {
            let (centre, radius) = (rect.center(), rect.width() / 2.0);
            painter.circle_filled(centre, radius, color(palette.uncertainty));
            let ink = color(palette.exercise);
            painter.extend(dashed_circle(
                centre,
                radius,
                Stroke::new(1.0, ink),
                [3.0, 2.0],
            ));
            painter.add(exercise_diamond(centre, 3.0, ink, Stroke::NONE));
        }
        Swatch::Frontier => {
            let y = rect.center().y;
            let stroke = Stroke::new(3.5, color(palette.frontier));
            painter.line_segment(
                [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
                stroke,
            );
        }
    }
}
