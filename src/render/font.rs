//! The one typeface of the map, embedded in the binary: the window registers it with egui and the
//! figure writers embed or rasterise it, and label placement measures text with it, so a label
//! sits at the same spot in the window, the SVG, the PNG and the PDF.

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, ScaleFont as _};

use super::display::{Item, Rgba, TextLine};

/// The font file: Ubuntu Light (Ubuntu Font Licence, `assets/fonts/`), egui's own default face.
pub const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");

/// The family name writers give the font (SVG `font-family`, PDF font name).
pub const FONT_FAMILY: &str = "Ubuntu";

/// The embedded font, parsed once.
pub struct MapFont {
    face: FontRef<'static>,
}

/// The shared font.
pub fn map_font() -> &'static MapFont {
    static FONT: OnceLock<MapFont> = OnceLock::new();
    FONT.get_or_init(|| {
        // The font is compiled in; a test reads it, so a broken file fails the build's tests.
        #[allow(clippy::expect_used)]
        let face = FontRef::try_from_slice(FONT_BYTES).expect("the embedded font parses");
        MapFont { face }
    })
}

impl MapFont {
    /// The parsed face, for writers that draw glyph outlines.
    pub fn face(&self) -> &FontRef<'static> {
        &self.face
    }

    /// The scale for an em size of `size` pixels (egui's font sizes are em sizes).
    pub fn scale(&self, size: f32) -> ab_glyph::PxScale {
        // ab_glyph scales by the line height (ascent - descent), egui by the em.
        let per_em = self.face.units_per_em().unwrap_or(1000.0);
        ab_glyph::PxScale::from(size * self.face.height_unscaled() / per_em)
    }

    /// How wide one line of `text` is at an em size of `size` pixels, kerning included.
    pub fn line_width(&self, text: &str, size: f32) -> f32 {
        let scaled = self.face.as_scaled(self.scale(size));
        let mut width = 0.0;
        let mut previous = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(previous) = previous {
                width += scaled.kern(previous, id);
            }
            width += scaled.h_advance(id);
            previous = Some(id);
        }
        width
    }

    /// Width and height of `text` (lines split at `\n`) at an em size of `size` pixels.
    pub fn measure(&self, text: &str, size: f32) -> [f32; 2] {
        let width = text
            .lines()
            .map(|line| self.line_width(line, size))
            .fold(0.0, f32::max);
        let lines = text.lines().count().max(1) as f32;
        [width, lines * self.line_height(size)]
    }

    /// The distance from one baseline to the next.
    pub fn line_height(&self, size: f32) -> f32 {
        let scaled = self.face.as_scaled(self.scale(size));
        scaled.ascent() - scaled.descent() + scaled.line_gap()
    }

    /// The distance from the top of a line to its baseline.
    pub fn ascent(&self, size: f32) -> f32 {
        self.face.as_scaled(self.scale(size)).ascent()
    }

    /// Text whose box's top-left corner is `top_left`, its lines left-aligned as egui lays them
    /// out, each on the baseline this font puts it.
    pub fn text_item(
        &self,
        text: &str,
        top_left: [f32; 2],
        size: f32,
        colour: Rgba,
        halo: Option<(Rgba, f32)>,
    ) -> Item {
        let line_height = self.line_height(size);
        let ascent = self.ascent(size);
        Item::Text {
            lines: text
                .lines()
                .enumerate()
                .map(|(i, line)| TextLine {
                    text: line.to_owned(),
                    baseline: [top_left[0], top_left[1] + ascent + i as f32 * line_height],
                })
                .collect(),
            size,
            colour,
            halo,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_size_scales_linearly() {
        let font = map_font();
        let short = font.line_width("Iran", 13.0);
        let long = font.line_width("Kazakhstan", 13.0);
        assert!(short > 10.0 && long > short * 2.0, "{short} {long}");
        let double = font.line_width("Kazakhstan", 26.0);
        assert!((double - 2.0 * long).abs() < 0.5, "{double} vs {long}");
        let [w, h] = font.measure("Tajik-Afghan frontier\n1374.2 km published", 13.0);
        assert!(w > long && h > 2.0 * 13.0, "{w} {h}");
    }
}
