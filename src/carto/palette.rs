//! The map's colours: the only place they are chosen. Plain RGBA, converted by the renderers.

use crate::dataset::Status;

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b, 255])
    }

    /// `#rrggbb`, as SVG wants it.
    pub fn hex(&self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
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
/// Exercise markers.
pub const EXERCISE: Rgba = Rgba::rgb(0x2b, 0x2b, 0x2b);
/// Outline of the selected thing.
pub const SELECTION: Rgba = Rgba::rgb(0xff, 0xb0, 0x00);
/// Country labels.
pub const LABEL: Rgba = Rgba::rgb(0x22, 0x22, 0x22);
/// The halo behind labels.
pub const LABEL_HALO: Rgba = Rgba([0xff, 0xff, 0xff, 0xc0]);

/// Background of an error banner.
pub const ERROR_FILL: Rgba = Rgba::rgb(0xfd, 0xec, 0xea);
/// Text of an error banner.
pub const ERROR_INK: Rgba = Rgba::rgb(0x9b, 0x1c, 0x1c);
/// Background of an information banner.
pub const INFO_FILL: Rgba = Rgba::rgb(0xe8, 0xf3, 0xe8);
/// Text of an information banner.
pub const INFO_INK: Rgba = Rgba::rgb(0x1e, 0x5b, 0x28);
/// The faint disc around an exercise whose exact site is unknown.
pub const UNCERTAINTY: Rgba = Rgba([40, 40, 40, 28]);

/// Timeline ticks for changes of membership.
pub const TICK_MEMBERSHIP: Rgba = Rgba::rgb(0x3a, 0x6e, 0xb4);
/// Timeline ticks for meetings, summits and decisions.
pub const TICK_EVENT: Rgba = Rgba::rgb(0x2e, 0x8b, 0x57);
/// Timeline ticks for exercises.
pub const TICK_EXERCISE: Rgba = Rgba::rgb(0x2b, 0x2b, 0x2b);

/// The fill for a membership status (`None`: never had one).
pub fn status_fill(status: Option<Status>) -> Rgba {
    match status {
        Some(Status::Member) => Rgba::rgb(0x3a, 0x6e, 0xb4),
        Some(Status::Frozen) => Rgba::rgb(0xe8, 0xa3, 0x3d),
        Some(Status::Former) => Rgba::rgb(0xb7, 0xa6, 0xc9),
        Some(Status::Observer) => Rgba::rgb(0x8f, 0xcf, 0xc4),
        None => LAND,
    }
}

/// The legend's words for a status.
pub fn status_label(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Member) => "Member",
        Some(Status::Frozen) => "Participation frozen",
        Some(Status::Former) => "Former member",
        Some(Status::Observer) => "Observer",
        None => "Never a member",
    }
}

/// Statuses in legend order.
pub const LEGEND_ORDER: [Option<Status>; 5] = [
    Some(Status::Member),
    Some(Status::Frozen),
    Some(Status::Former),
    Some(Status::Observer),
    None,
];
