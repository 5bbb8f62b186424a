//! The window's own colours (banners, timeline ticks, text over the map): chrome tokens, kept
//! apart from the map's colours in `map::palette` so the map can be restyled without touching
//! the window and back. One set per theme; a widget takes the set that matches the visuals it is
//! drawn with, so the chrome follows View ▸ Theme with egui's own colours.

use crate::render::display::Rgba;

/// The window's colours in one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Chrome {
    /// Background of an error banner.
    pub error_fill: Rgba,
    /// Text of an error banner (and of a warning in a panel).
    pub error_ink: Rgba,
    /// Background of an information banner.
    pub info_fill: Rgba,
    /// Text of an information banner.
    pub info_ink: Rgba,
    /// Timeline ticks for changes of membership.
    pub tick_membership: Rgba,
    /// Timeline ticks for meetings, summits and decisions.
    pub tick_event: Rgba,
    /// Timeline ticks for exercises.
    pub tick_exercise: Rgba,
    /// The part of the timeline past the date the sources reach.
    pub beyond_sources: Rgba,
    /// Text drawn over the map (slides, captions).
    pub slide_ink: Rgba,
    /// The bands behind that text.
    pub slide_band: Rgba,
}

impl Chrome {
    /// Dark text on light panels.
    pub const LIGHT: Chrome = Chrome {
        error_fill: Rgba::rgb(0xfd, 0xec, 0xea),
        error_ink: Rgba::rgb(0x9b, 0x1c, 0x1c),
        info_fill: Rgba::rgb(0xe8, 0xf3, 0xe8),
        info_ink: Rgba::rgb(0x1e, 0x5b, 0x28),
        tick_membership: Rgba::rgb(0x3a, 0x6e, 0xb4),
        tick_event: Rgba::rgb(0x2e, 0x8b, 0x57),
        tick_exercise: Rgba::rgb(0x2b, 0x2b, 0x2b),
        beyond_sources: Rgba([0x80, 0x80, 0x80, 0x40]),
        slide_ink: Rgba::rgb(0x1a, 0x1a, 0x1a),
        slide_band: Rgba([0xff, 0xff, 0xff, 0xe6]),
    };

    /// Light text on dark panels.
    pub const DARK: Chrome = Chrome {
        error_fill: Rgba::rgb(0x4a, 0x1c, 0x1c),
        error_ink: Rgba::rgb(0xff, 0xb4, 0xab),
        info_fill: Rgba::rgb(0x1c, 0x3a, 0x22),
        info_ink: Rgba::rgb(0xb6, 0xe8, 0xbd),
        tick_membership: Rgba::rgb(0x6c, 0xa0, 0xe8),
        tick_event: Rgba::rgb(0x5c, 0xc0, 0x8a),
        tick_exercise: Rgba::rgb(0xe0, 0xe0, 0xe0),
        beyond_sources: Rgba([0x80, 0x80, 0x80, 0x40]),
        slide_ink: Rgba::rgb(0xf0, 0xf0, 0xf0),
        slide_band: Rgba([0x18, 0x1a, 0x1e, 0xe6]),
    };

    /// The set that matches `visuals` (dark or light).
    pub fn of(visuals: &egui::Visuals) -> &'static Chrome {
        if visuals.dark_mode {
            &Self::DARK
        } else {
            &Self::LIGHT
        }
    }
}
