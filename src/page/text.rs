//! Type on a page: the sizes and margin every page shares, the style pages are printed in, and
//! fitting and wrapping text to a width with the embedded font.

use crate::map::palette::MapPalette;
use crate::map::style::MapStyle;
use crate::render::font::MapFont;

/// A full-HD slide, 1920×1080 pixels: the default size of a figure, a handout page and a
/// presentation before its window is laid out.
pub const SLIDE_SIZE: [u32; 2] = [1920, 1080];
/// The logical height pages are laid out at (a slide's); larger pages are the same layout scaled
/// up, so a 4K slide reads like a 1080p one.
pub const LOGICAL_HEIGHT: f32 = SLIDE_SIZE[1] as f32;
/// The title's em size.
pub const TITLE_SIZE: f32 = 30.0;
/// The legend's and a figure's caption's em size.
pub const LEGEND_SIZE: f32 = 15.0;
/// The date above each map of a side-by-side figure.
pub const HEADING_SIZE: f32 = 22.0;
/// The credit line's and the scale bar's em size.
pub const CREDIT_SIZE: f32 = 12.0;
/// The margin around a page's contents.
pub const MARGIN: f32 = 24.0;

/// Pages are printed and projected on white paper: they are always drawn in the light style,
/// whatever the window's theme.
pub fn style() -> &'static MapStyle {
    MapStyle::figure()
}

/// The colours of [`style`].
pub fn palette() -> &'static MapPalette {
    &style().palette
}

/// Pixels per layout pixel for a page `height` pixels high: pages are laid out
/// [`LOGICAL_HEIGHT`] high and scaled.
pub fn page_scale(height: f32) -> f32 {
    (height / LOGICAL_HEIGHT).clamp(0.25, 8.0)
}

/// The largest size up to `size` at which `text` fits in `width`.
pub fn fitted_size(font: &MapFont, text: &str, size: f32, width: f32) -> f32 {
    let natural = font.line_width(text, size);
    if natural <= width {
        size
    } else {
        (size * width / natural).max(8.0)
    }
}

/// `text` broken into lines no wider than `width`, at word boundaries.
pub fn wrap(font: &MapFont, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if font.line_width(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}
