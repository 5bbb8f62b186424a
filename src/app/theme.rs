//! The window's own colours (banners, timeline ticks): chrome tokens, kept apart from the map's
//! colours in `carto::palette` so the map can be restyled without touching the window and back.

use crate::carto::palette::Rgba;

/// Background of an error banner.
pub const ERROR_FILL: Rgba = Rgba::rgb(0xfd, 0xec, 0xea);
/// Text of an error banner.
pub const ERROR_INK: Rgba = Rgba::rgb(0x9b, 0x1c, 0x1c);
/// Background of an information banner.
pub const INFO_FILL: Rgba = Rgba::rgb(0xe8, 0xf3, 0xe8);
/// Text of an information banner.
pub const INFO_INK: Rgba = Rgba::rgb(0x1e, 0x5b, 0x28);

/// Timeline ticks for changes of membership.
pub const TICK_MEMBERSHIP: Rgba = Rgba::rgb(0x3a, 0x6e, 0xb4);
/// Timeline ticks for meetings, summits and decisions.
pub const TICK_EVENT: Rgba = Rgba::rgb(0x2e, 0x8b, 0x57);
/// Timeline ticks for exercises.
pub const TICK_EXERCISE: Rgba = Rgba::rgb(0x2b, 0x2b, 0x2b);

/// The part of the timeline past the date the sources reach.
pub const BEYOND_SOURCES: Rgba = Rgba([0x80, 0x80, 0x80, 0x40]);

/// Text drawn over the map in presentation mode.
pub const SLIDE_INK: Rgba = Rgba::rgb(0x1a, 0x1a, 0x1a);
/// The bands behind a slide's title and caption.
pub const SLIDE_BAND: Rgba = Rgba([0xff, 0xff, 0xff, 0xe6]);
