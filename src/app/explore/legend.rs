//! The legend: what each fill and marker means, with how many countries have each status at the
//! date shown. It sits in the left panel, so it never covers part of the map. Its rows come from
//! `map::legend`, as an exported figure's do, and so do their swatches.

use egui::{Rect, RichText, Sense, vec2};

use crate::app::frame::Frame;
use crate::facts::describe;
use crate::map::legend::{Drawn, Swatch, legend_rows, swatch_items};
use crate::map::small_states::small_states;
use crate::map::style::MapStyle;
use crate::render::painter::paint_items;

/// The legend rows for the scene on screen.
pub fn legend_ui(ui: &mut egui::Ui, frame: &Frame<'_>) {
    ui.heading(crate::i18n::tr("heading-legend"));
    let subtitle = describe::organisation_as_of(&frame.shown.dataset, frame.date());
    ui.label(RichText::new(subtitle).weak());
    legend_rows_ui(ui, frame);
}

/// The legend's rows (a slide shows them over the map, without the heading).
pub fn legend_rows_ui(ui: &mut egui::Ui, frame: &Frame<'_>) {
    // Split into two dates, one legend counts both.
    let shown = &frame.shown;
    let scenes = match shown.compare_scene() {
        Some((scene, date)) => vec![(scene, Some(date)), (&shown.scene, Some(frame.date()))],
        None => vec![(&shown.scene, None)],
    };
    let geometry = &frame.world.geometry;
    let disputed_drawn = !geometry.disputed.is_empty();
    let pixels_per_km = frame.camera().pixels_per_km;
    let small_states_drawn = scenes.iter().any(|(scene, _)| {
        small_states(scene, geometry, pixels_per_km)
            .next()
            .is_some()
    });
    let drawn = Drawn {
        small_states: small_states_drawn,
        short_names: frame.short_names,
        disputed: disputed_drawn,
    };
    let style = frame.style();
    for row in legend_rows(&scenes, drawn) {
        let response = ui
            .horizontal(|ui| {
                let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                swatch_ui(ui, swatch, row.swatch, style);
                ui.label(&row.text)
            })
            .inner;
        if let Some(hint) = row.hint {
            response.on_hover_text(hint);
        }
    }
}

/// Draws a legend swatch in `rect` as the map draws what it stands for: the items an exported
/// figure's legend draws too.
pub fn swatch_ui(ui: &egui::Ui, rect: Rect, swatch: Swatch, style: &MapStyle) {
    let centre = [rect.center().x, rect.center().y];
    paint_items(
        ui.painter(),
        &swatch_items(swatch, centre, rect.width(), style),
    );
}
