//! The map's colours: the only place they are chosen (the window's chrome has its own tokens in
//! `app::theme`). A [`MapPalette`] per [`Theme`]; the scene and the placed labels say *what* a
//! fill or a text is ([`Fill`], [`Ink`]) and a palette says in which colour. Plain RGBA
//! ([`Rgba`]), converted by the writers; the sizes live beside it in `super::style`.
//!
//! The status fills and their uncertain variants stay apart for readers with a colour-vision
//! deficiency: `colour_vision`'s test requires a CIEDE2000 difference of at least 10 between any
//! two fills a country can take, under normal vision and simulated protanopia, deuteranopia and
//! tritanopia, in both themes.

use serde::{Deserialize, Serialize};

use crate::dataset::{Standing, Status};
pub use crate::render::display::Rgba;

/// Light like the paper the map ends up on, or dark for a dim room.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Dark ink on light land and sea.
    #[default]
    Light,
    /// Light ink on dark land and sea.
    Dark,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 2] = [Self::Light, Self::Dark];

    /// Its name on the menu.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        })
    }

    /// The map's colours in this theme.
    pub fn palette(self) -> &'static MapPalette {
        match self {
            Self::Light => &MapPalette::LIGHT,
            Self::Dark => &MapPalette::DARK,
        }
    }
}

/// What a country's fill says: its standing, and whether that rests only on weak sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fill {
    /// Member, observer, unknown, no status…
    pub standing: Standing,
    /// Whether the standing rests only on weak sources (drawn lighter, dashed).
    pub uncertain: bool,
}

impl Fill {
    /// Plain land: a country with no status.
    pub const LAND: Fill = Fill {
        standing: Standing::NoStatus,
        uncertain: false,
    };
}

/// What a piece of text on the map is, for a palette to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Names of the dataset's countries.
    Label,
    /// Names of other countries.
    LabelSecondary,
    /// Captions of borders of interest.
    Frontier,
    /// Names of seas, lakes and rivers.
    WaterLabel,
}

/// Every colour the map is drawn in, for one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPalette {
    /// Sea and the space around the globe.
    pub ocean: Rgba,
    /// Beyond the globe's rim.
    pub space: Rgba,
    /// Land of countries with no status in the organisation.
    pub land: Rgba,
    /// Members.
    pub member: Rgba,
    /// Members whose participation is frozen.
    pub frozen: Rgba,
    /// Former members.
    pub former: Rgba,
    /// Observers.
    pub observer: Rgba,
    /// Land whose status the sources stop giving: apart from every status, from land and from
    /// the sea.
    pub unknown: Rgba,
    /// Country borders.
    pub border: Rgba,
    /// The outline of a small state's circle: dark on a light map, light on a dark one.
    pub small_state_outline: Rgba,
    /// Areas whose sovereignty is disputed.
    pub disputed: Rgba,
    /// Outline of disputed areas.
    pub disputed_outline: Rgba,
    /// The dashed outline of a country whose standing is uncertain or unknown.
    pub uncertain_outline: Rgba,
    /// Borders of interest (the Tajik-Afghan frontier).
    pub frontier: Rgba,
    /// The casing under a border of interest, so it stands out from country borders.
    pub frontier_casing: Rgba,
    /// Exercise markers.
    pub exercise: Rgba,
    /// The outline that lifts an exercise marker off any fill.
    pub marker_outline: Rgba,
    /// The faint disc around an exercise whose exact site is unknown.
    pub uncertainty: Rgba,
    /// Outline of the selected thing.
    pub selection: Rgba,
    /// Labels of the dataset's countries.
    pub label: Rgba,
    /// Labels of other countries.
    pub label_secondary: Rgba,
    /// The halo behind labels.
    pub label_halo: Rgba,
    /// The line from a small country to its name beside it.
    pub leader: Rgba,
    /// The box behind a figure's legend.
    pub legend_background: Rgba,
    /// Names of seas, lakes and rivers.
    pub water_label: Rgba,
    /// Rivers.
    pub river: Rgba,
    /// Lines of the graticule.
    pub graticule: Rgba,
    /// Symbols of capitals and cities.
    pub place_symbol: Rgba,
    /// The lines hatching frozen standings and disputed territory.
    pub hatch: Rgba,
}

impl MapPalette {
    /// For paper, slides and a lit room: what exported figures always use.
    pub const LIGHT: MapPalette = MapPalette {
        ocean: Rgba::rgb(0xd4, 0xe4, 0xf0),
        space: Rgba::rgb(0xf4, 0xf6, 0xf8),
        land: Rgba::rgb(0xf8, 0xf3, 0xea),
        member: Rgba::rgb(0x18, 0x95, 0xee),
        frozen: Rgba::rgb(0xd8, 0x83, 0x1c),
        former: Rgba::rgb(0x90, 0x7b, 0x94),
        observer: Rgba::rgb(0x5c, 0x9d, 0x6f),
        unknown: Rgba::rgb(0x9c, 0x98, 0x95),
        border: Rgba::rgb(0x9a, 0x96, 0x8c),
        small_state_outline: Rgba::rgb(0x3c, 0x3a, 0x36),
        disputed: Rgba::rgb(0x9c, 0x9f, 0xb8),
        disputed_outline: Rgba::rgb(0x4e, 0x48, 0x40),
        uncertain_outline: Rgba::rgb(0x4a, 0x4a, 0x4a),
        frontier: Rgba::rgb(0xd6, 0x27, 0x28),
        frontier_casing: Rgba::rgb(0xff, 0xff, 0xff),
        exercise: Rgba::rgb(0x2b, 0x2b, 0x2b),
        marker_outline: Rgba::rgb(0xff, 0xff, 0xff),
        uncertainty: Rgba([40, 40, 40, 28]),
        selection: Rgba::rgb(0xff, 0xb0, 0x00),
        label: Rgba::rgb(0x22, 0x22, 0x22),
        label_secondary: Rgba::rgb(0x6e, 0x6e, 0x6e),
        label_halo: Rgba([0xff, 0xff, 0xff, 0xc0]),
        leader: Rgba::rgb(0x44, 0x44, 0x44),
        legend_background: Rgba([0xff, 0xff, 0xff, 0xe0]),
        water_label: Rgba::rgb(0x3f, 0x6e, 0x99),
        river: Rgba::rgb(0x8c, 0xb4, 0xd6),
        graticule: Rgba([0x6a, 0x84, 0x9a, 0x50]),
        place_symbol: Rgba::rgb(0x33, 0x33, 0x33),
        hatch: Rgba([0x2a, 0x1e, 0x10, 0x99]),
    };

    /// For a dim room: light ink on dark land, the same hue families as [`Self::LIGHT`].
    pub const DARK: MapPalette = MapPalette {
        ocean: Rgba::rgb(0x17, 0x22, 0x2e),
        space: Rgba::rgb(0x10, 0x12, 0x15),
        land: Rgba::rgb(0x32, 0x33, 0x36),
        member: Rgba::rgb(0x00, 0x74, 0xce),
        frozen: Rgba::rgb(0xf6, 0x94, 0x4a),
        former: Rgba::rgb(0xc6, 0xae, 0xe9),
        observer: Rgba::rgb(0xa5, 0xcd, 0xb0),
        unknown: Rgba::rgb(0x53, 0x5c, 0x5f),
        border: Rgba::rgb(0x76, 0x76, 0x7a),
        small_state_outline: Rgba::rgb(0xe8, 0xe8, 0xea),
        disputed: Rgba::rgb(0x56, 0x46, 0x34),
        disputed_outline: Rgba::rgb(0xc8, 0xbc, 0xaa),
        uncertain_outline: Rgba::rgb(0xd0, 0xd0, 0xd0),
        frontier: Rgba::rgb(0xff, 0x4d, 0x4a),
        frontier_casing: Rgba::rgb(0x10, 0x10, 0x10),
        exercise: Rgba::rgb(0xf2, 0xf2, 0xf2),
        marker_outline: Rgba::rgb(0x10, 0x10, 0x10),
        uncertainty: Rgba([230, 230, 230, 34]),
        selection: Rgba::rgb(0xff, 0xb0, 0x00),
        label: Rgba::rgb(0xf0, 0xf0, 0xf0),
        label_secondary: Rgba::rgb(0xa8, 0xa8, 0xa8),
        label_halo: Rgba([0x10, 0x10, 0x10, 0xc8]),
        leader: Rgba::rgb(0xc0, 0xc0, 0xc0),
        legend_background: Rgba([0x20, 0x22, 0x26, 0xe0]),
        water_label: Rgba::rgb(0x8f, 0xb8, 0xde),
        river: Rgba::rgb(0x3c, 0x5f, 0x80),
        graticule: Rgba([0x9a, 0xb0, 0xc4, 0x40]),
        place_symbol: Rgba::rgb(0xe6, 0xe6, 0xe6),
        hatch: Rgba([0x0c, 0x0c, 0x0c, 0xa8]),
    };

    /// The fill for a standing.
    pub fn standing_fill(&self, standing: Standing) -> Rgba {
        match standing {
            Standing::Held(Status::Member) => self.member,
            Standing::Held(Status::Frozen) => self.frozen,
            Standing::Held(Status::Former) => self.former,
            Standing::Held(Status::Observer) => self.observer,
            Standing::Unknown => self.unknown,
            Standing::NoStatus => self.land,
        }
    }

    /// The fill for a standing that rests only on weak sources: halfway to plain land; an unknown
    /// one, plain land (its dashed outline alone says the sources stop), so that a fragment's
    /// last word does not draw the eye.
    pub fn uncertain_fill(&self, standing: Standing) -> Rgba {
        if standing == Standing::Unknown {
            return self.land;
        }
        let [r, g, b, a] = self.standing_fill(standing).0;
        let [lr, lg, lb, _] = self.land.0;
        let mix = |x: u8, y: u8| ((u16::from(x) + u16::from(y)) / 2) as u8;
        Rgba([mix(r, lr), mix(g, lg), mix(b, lb), a])
    }

    /// The colour of a country's fill.
    pub fn fill(&self, fill: Fill) -> Rgba {
        if fill.uncertain {
            self.uncertain_fill(fill.standing)
        } else {
            self.standing_fill(fill.standing)
        }
    }

    /// The colour of a piece of text on the map.
    pub fn ink(&self, ink: Ink) -> Rgba {
        match ink {
            Ink::Label => self.label,
            Ink::LabelSecondary => self.label_secondary,
            Ink::Frontier => self.frontier,
            Ink::WaterLabel => self.water_label,
        }
    }
}
