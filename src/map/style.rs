//! How the map's symbols are drawn: every width, radius, dash and halo, beside the colours of the
//! theme's [`MapPalette`]. The symbolizer (`super::symbolize`) reads only this table, for the
//! window and for every figure alike, so a handout cannot drift from the screen. Sizes are in
//! layout pixels (a figure scales them with its page).

use super::hatching::{Hatch, Slant};
use super::palette::{MapPalette, Theme};
use crate::dataset::{Standing, Status};
use crate::render::display::{HAIRLINE, Stroke};

/// The sizes of the map's symbols, the same in every theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Sizes {
    /// Country borders and coasts.
    pub border_width: f32,
    /// The dashed outline of a country whose standing is uncertain or unknown.
    pub uncertain_outline_width: f32,
    /// The dashed outline of disputed territory.
    pub disputed_outline_width: f32,
    /// Dash and gap of both outlines.
    pub outline_dash: [f32; 2],
    /// The outline of the selected country.
    pub selected_outline_width: f32,
    /// The outline of the country or disputed area under the pointer.
    pub hover_outline_width: f32,
    /// Rivers.
    pub river_width: f32,
    /// Meridians and parallels.
    pub graticule_width: f32,
    /// A border of interest.
    pub frontier_width: f32,
    /// The casing under a border of interest (wider when it is selected).
    pub frontier_casing_width: f32,
    /// The casing under a selected border of interest.
    pub frontier_selected_casing_width: f32,
    /// The exercise marker: a diamond of this half-diagonal.
    pub marker_radius: f32,
    /// The outline that lifts the marker off any fill.
    pub marker_outline_width: f32,
    /// The ring around the selected marker.
    pub marker_selected_radius: f32,
    /// Its width.
    pub marker_selected_width: f32,
    /// The dashed ring around an exercise whose site is known only to a region.
    pub region_ring_radius: f32,
    /// The dashed ring around an exercise whose site is known only to a country.
    pub country_ring_radius: f32,
    /// The width of both rings.
    pub site_ring_width: f32,
    /// Their dash and gap.
    pub site_ring_dash: [f32; 2],
    /// The line from a small country to its name beside it.
    pub leader_width: f32,
    /// A capital's ring (what labels keep clear of).
    pub capital_radius: f32,
    /// The ring's width.
    pub capital_ring_width: f32,
    /// The dot inside it.
    pub capital_dot_radius: f32,
    /// A city's dot.
    pub city_radius: f32,
    /// The circle a state too small to see is drawn as.
    pub small_state_radius: f32,
    /// Its outline.
    pub small_state_outline_width: f32,
    /// The halo ring around a city's dot.
    pub city_halo_width: f32,
    /// How far the halo behind map text reaches beyond its glyphs.
    pub text_halo: f32,
    /// The dashed outline of a legend swatch.
    pub swatch_outline_width: f32,
    /// Its dash and gap.
    pub swatch_dash: [f32; 2],
    /// The lines hatching frozen standings and disputed territory.
    pub hatch_width: f32,
    /// How far apart they are.
    pub hatch_spacing: f32,
}

/// The sizes every theme draws with.
pub const SIZES: Sizes = Sizes {
    border_width: HAIRLINE,
    uncertain_outline_width: 1.2,
    disputed_outline_width: 1.0,
    outline_dash: [4.0, 3.0],
    selected_outline_width: 2.5,
    hover_outline_width: 1.5,
    river_width: 0.9,
    graticule_width: 0.6,
    frontier_width: 3.5,
    frontier_casing_width: 6.0,
    frontier_selected_casing_width: 8.0,
    marker_radius: 6.5,
    marker_outline_width: 1.5,
    marker_selected_radius: 10.0,
    marker_selected_width: 3.0,
    region_ring_radius: 16.0,
    country_ring_radius: 26.0,
    site_ring_width: 1.2,
    site_ring_dash: [4.0, 3.0],
    leader_width: 1.0,
    capital_radius: 3.5,
    capital_ring_width: 1.2,
    capital_dot_radius: 1.6,
    city_radius: 2.2,
    city_halo_width: 1.0,
    small_state_radius: 4.5,
    small_state_outline_width: 1.0,
    text_halo: 1.0,
    swatch_outline_width: 1.0,
    swatch_dash: [3.0, 2.0],
    hatch_width: 1.0,
    hatch_spacing: 5.0,
};

/// Everything the map is drawn with in one theme: its colours and the sizes.
#[derive(Debug, Clone, PartialEq)]
pub struct MapStyle {
    /// The colours.
    pub palette: MapPalette,
    /// The widths, radii, dashes and halos.
    pub sizes: Sizes,
}

impl MapStyle {
    /// For paper, slides and a lit room: what exported figures always use.
    pub const LIGHT: MapStyle = MapStyle {
        palette: MapPalette::LIGHT,
        sizes: SIZES,
    };

    /// For a dim room.
    pub const DARK: MapStyle = MapStyle {
        palette: MapPalette::DARK,
        sizes: SIZES,
    };

    /// The style of a theme.
    pub fn of(theme: Theme) -> &'static MapStyle {
        match theme {
            Theme::Light => &Self::LIGHT,
            Theme::Dark => &Self::DARK,
        }
    }

    /// Figures are printed and projected on white pages: they are always drawn in the light
    /// style, whatever the window's theme.
    pub fn figure() -> &'static MapStyle {
        &Self::LIGHT
    }

    /// The hatch an area of `standing` carries besides its colour, its lines through `anchor`:
    /// rising lines for a frozen (suspended) participation; none for the other standings.
    pub fn standing_hatch(&self, standing: Standing, anchor: [f32; 2]) -> Option<Hatch> {
        (standing == Standing::Held(Status::Frozen)).then(|| self.hatch(Slant::Rising, anchor))
    }

    /// The hatch of disputed territory, its lines through `anchor`: falling lines.
    pub fn disputed_hatch(&self, anchor: [f32; 2]) -> Hatch {
        self.hatch(Slant::Falling, anchor)
    }

    fn hatch(&self, slant: Slant, anchor: [f32; 2]) -> Hatch {
        Hatch {
            slant,
            spacing: self.sizes.hatch_spacing,
            stroke: Stroke::solid(self.palette.hatch, self.sizes.hatch_width),
            anchor,
        }
    }
}
