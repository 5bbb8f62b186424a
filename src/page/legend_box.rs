//! A figure's legend: a box in the (first) map's lower left corner listing the legend's rows, each
//! with the swatch the window's legend draws too.

use super::figure::FigureSource;
use super::text::{LEGEND_SIZE, MARGIN, palette, style};
use crate::dataset::Date;
use crate::earth::camera::MapTransform;
use crate::map::legend::{Drawn, LegendRow, legend_rows, swatch_items};
use crate::map::scene::Scene;
use crate::map::small_states::small_states;
use crate::render::display::{Item, rect_ring};
use crate::render::font::MapFont;

/// The legend box in the (first) map's lower left corner: one legend for every map, counting
/// each date where there are several.
pub fn legend_items(
    sources: &[FigureSource<'_>],
    views: &[MapTransform],
    short_names: bool,
    font: &MapFont,
    map_min: [f32; 2],
    map_size: [f32; 2],
    items: &mut Vec<Item>,
) {
    let dated: Vec<(&Scene, Option<Date>)> = match sources {
        [only] => vec![(only.scene, None)],
        several => several.iter().map(|s| (s.scene, Some(s.date))).collect(),
    };
    let disputed_drawn = sources.iter().any(|s| !s.geometry.disputed.is_empty());
    let small_states_drawn = sources.iter().zip(views).any(|(source, view)| {
        small_states(source.scene, source.geometry, view.camera.pixels_per_km)
            .next()
            .is_some()
    });
    let drawn = Drawn {
        small_states: small_states_drawn,
        short_names,
        disputed: disputed_drawn,
    };
    let rows = legend_rows(&dated, drawn);
    let row_height = font.line_height(LEGEND_SIZE) + 4.0;
    let swatch = LEGEND_SIZE;
    let text_width = rows
        .iter()
        .map(|row| font.line_width(&row.text, LEGEND_SIZE))
        .fold(0.0, f32::max);
    let padding = 10.0;
    let box_size = [
        padding * 3.0 + swatch + text_width,
        padding * 2.0 + row_height * rows.len() as f32,
    ];
    let min = [
        map_min[0] + MARGIN * 0.5,
        map_min[1] + map_size[1] - box_size[1] - MARGIN * 0.5,
    ];
    items.push(Item::convex(
        rect_ring(min, box_size),
        palette().legend_background,
    ));
    for (
        i,
        LegendRow {
            swatch: kind, text, ..
        },
    ) in rows.iter().enumerate()
    {
        let top = min[1] + padding + i as f32 * row_height;
        let left = min[0] + padding;
        let mid = [left + swatch / 2.0, top + row_height / 2.0];
        items.extend(swatch_items(*kind, mid, swatch, style()));
        let text_top = mid[1] - font.line_height(LEGEND_SIZE) / 2.0;
        items.push(font.text_item(
            text,
            [left + swatch + padding, text_top],
            LEGEND_SIZE,
            palette().label,
            None,
        ));
    }
}
