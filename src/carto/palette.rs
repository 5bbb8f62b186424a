//! The map's colours: the only place they are chosen (the window's chrome has its own tokens in
//! `app::theme`). Plain RGBA, converted by the renderers.

use crate::dataset::{Standing, Status};

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b, 255])
    }
}

/// Sea and the space around the globe.
pub const OCEAN: Rgba = Rgba::rgb(0xd4, 0xe4, 0xf0);
/// Beyond the globe's rim.
pub const SPACE: Rgba = Rgba::rgb(0xf4, 0xf6, 0xf8);
/// Land of countries with no status in the organisation.
pub const LAND: Rgba = Rgba::rgb(0xee, 0xeb, 0xe3);
/// Country borders.
pub const BORDER: Rgba = Rgba::rgb(0x9a, 0x96, 0x8c);
/// Areas whose sovereignty is disputed.
pub const DISPUTED: Rgba = Rgba::rgb(0xd8, 0xd2, 0xc8);
/// Outline of disputed areas.
pub const DISPUTED_OUTLINE: Rgba = Rgba::rgb(0x6e, 0x66, 0x5c);
/// Borders of interest (the Tajik-Afghan frontier).
pub const FRONTIER: Rgba = Rgba::rgb(0xd6, 0x27, 0x28);
/// The light casing under a border of interest, so it stands out from country borders.
pub const FRONTIER_CASING: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
/// Exercise markers.
pub const EXERCISE: Rgba = Rgba::rgb(0x2b, 0x2b, 0x2b);
/// The outline that lifts an exercise marker off any fill.
pub const MARKER_OUTLINE: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
/// Outline of the selected thing.
pub const SELECTION: Rgba = Rgba::rgb(0xff, 0xb0, 0x00);
/// Labels of the dataset's countries.
pub const LABEL: Rgba = Rgba::rgb(0x22, 0x22, 0x22);
/// Labels of other countries.
pub const LABEL_SECONDARY: Rgba = Rgba::rgb(0x6e, 0x6e, 0x6e);
/// The halo behind labels.
pub const LABEL_HALO: Rgba = Rgba([0xff, 0xff, 0xff, 0xc0]);
/// The line from a small country to its name beside it.
pub const LEADER: Rgba = Rgba::rgb(0x44, 0x44, 0x44);
/// The width of that line, in pixels.
pub const LEADER_WIDTH: f32 = 1.0;

/// Names of seas, lakes and rivers.
pub const WATER_LABEL: Rgba = Rgba::rgb(0x3f, 0x6e, 0x99);
/// Rivers.
pub const RIVER: Rgba = Rgba::rgb(0x8c, 0xb4, 0xd6);
/// Lines of the graticule.
pub const GRATICULE: Rgba = Rgba([0x6a, 0x84, 0x9a, 0x50]);
/// Symbols of capitals and cities.
pub const PLACE_SYMBOL: Rgba = Rgba::rgb(0x33, 0x33, 0x33);
/// The width of a border of interest as drawn (its casing), in pixels, wider when selected;
/// picking uses it too, so the line is picked where it is drawn.
pub fn frontier_casing_width(selected: bool) -> f32 {
    if selected { 8.0 } else { 6.0 }
}

/// The box behind a figure's legend.
pub const LEGEND_BACKGROUND: Rgba = Rgba([0xff, 0xff, 0xff, 0xe0]);

/// The faint disc around an exercise whose exact site is unknown.
pub const UNCERTAINTY: Rgba = Rgba([40, 40, 40, 28]);

/// Land whose status the sources stop giving: a cool grey, apart from both statuses and land.
pub const UNKNOWN: Rgba = Rgba::rgb(0xd5, 0xd9, 0xe0);
/// The dashed outline of a country whose standing is uncertain or unknown.
pub const UNCERTAIN_OUTLINE: Rgba = Rgba::rgb(0x4a, 0x4a, 0x4a);

/// The fill for a standing.
pub fn standing_fill(standing: Standing) -> Rgba {
    match standing {
        Standing::Held(Status::Member) => Rgba::rgb(0x3a, 0x6e, 0xb4),
        Standing::Held(Status::Frozen) => Rgba::rgb(0xe8, 0xa3, 0x3d),
        Standing::Held(Status::Former) => Rgba::rgb(0xb7, 0xa6, 0xc9),
        Standing::Held(Status::Observer) => Rgba::rgb(0x8f, 0xcf, 0xc4),
        Standing::Unknown => UNKNOWN,
        Standing::NoStatus => LAND,
    }
}

/// The fill for a standing that rests only on weak sources: halfway to plain land.
pub fn uncertain_fill(standing: Standing) -> Rgba {
    let [r, g, b, a] = standing_fill(standing).0;
    let [lr, lg, lb, _] = LAND.0;
    let mix = |x: u8, y: u8| ((u16::from(x) + u16::from(y)) / 2) as u8;
    Rgba([mix(r, lr), mix(g, lg), mix(b, lb), a])
}
