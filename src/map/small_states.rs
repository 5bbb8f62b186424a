//! States too small to see at the map's scale (island states, city states), drawn as circles in
//! their standing's colour so that no member is invisible: the symbolizer draws them, picking
//! finds them, the legend explains them.

use super::scene::Scene;
use super::style::MapStyle;
use crate::dataset::Standing;
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::WorldPos;
use crate::render::display::{Item, Rgba, Stroke};

/// A country whose land covers fewer square pixels than this is drawn as a circle too: about a
/// 6 × 6 pixel patch, less than a name's single letter.
pub const SMALL_STATE_PIXELS: f64 = 36.0;

/// Every country with a standing that is too small to see at `pixels_per_km`: its index into
/// [`MapGeometry::countries`] and where its circle goes (its label point).
pub fn small_states<'a>(
    scene: &'a Scene,
    geometry: &'a MapGeometry,
    pixels_per_km: f64,
) -> impl Iterator<Item = (usize, WorldPos)> + 'a {
    let smallest_km2 = SMALL_STATE_PIXELS / (pixels_per_km * pixels_per_km);
    scene
        .country_fills
        .iter()
        .enumerate()
        .filter(|(_, fill)| fill.standing != Standing::NoStatus)
        .filter_map(move |(index, _)| {
            let country = geometry.countries.get(index)?;
            // Land drawn as part of a country (Baikonur) is not a state of its own.
            let own = country.part_of.is_none();
            let area = &country.area;
            (own && area.land_km2 < smallest_km2).then_some((index, area.label_anchor))
        })
}

/// A small state's circle at `centre` (pixels), filled with its standing's colour.
pub fn small_state_circle(centre: [f32; 2], fill: Rgba, style: &MapStyle) -> Item {
    let MapStyle { palette, sizes } = style;
    Item::Circle {
        centre,
        radius: sizes.small_state_radius,
        fill: Some(fill),
        stroke: Some(Stroke::solid(
            palette.small_state_outline,
            sizes.small_state_outline_width,
        )),
    }
}
