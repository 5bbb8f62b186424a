//! The map's typefaces, embedded in the binary: the window registers them with egui and the
//! figure writers embed or rasterise them, and label placement measures text with them, so a
//! label sits at the same spot in the window, the SVG, the PNG and the PDF. Ubuntu Light draws
//! what it can; each character it lacks is drawn in the first of the Noto faces that has it
//! (Azerbaijani ə, Uzbek ʻ, Vietnamese, Armenian, Georgian), as egui falls back in the window.

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, GlyphId, ScaleFont as _};

use super::display::{Item, Rgba, TextLine};

/// One embedded font file.
#[derive(Debug, Clone, Copy)]
pub struct FaceFile {
    /// The family name writers give it (SVG `font-family`, egui's font name).
    pub family: &'static str,
    /// The TrueType file.
    pub bytes: &'static [u8],
}

/// The faces in the order a character is looked for (`assets/fonts/README.md`): Ubuntu Light
/// (Ubuntu Font Licence), egui's own default face, then Noto Sans Light's characters Ubuntu
/// lacks, Noto Sans Armenian Light and Noto Sans Georgian Light (SIL Open Font Licence).
pub const FACES: [FaceFile; 4] = [
    face(
        "Ubuntu",
        include_bytes!("../../assets/fonts/Ubuntu-Light.ttf"),
    ),
    face(
        "Noto Sans",
        include_bytes!("../../assets/fonts/NotoSans-Light-subset.ttf"),
    ),
    face(
        "Noto Sans Armenian",
        include_bytes!("../../assets/fonts/NotoSansArmenian-Light.ttf"),
    ),
    face(
        "Noto Sans Georgian",
        include_bytes!("../../assets/fonts/NotoSansGeorgian-Light.ttf"),
    ),
];

const fn face(family: &'static str, bytes: &'static [u8]) -> FaceFile {
    FaceFile { family, bytes }
}

/// The embedded faces, parsed once.
pub struct MapFont {
    faces: Vec<FontRef<'static>>,
}

/// One glyph of a line of text, placed along it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGlyph {
    /// The face it is drawn in (an index into [`FACES`]).
    pub face: usize,
    /// The glyph in that face.
    pub id: GlyphId,
    /// Its pen position from the start of the line, in pixels.
    pub x: f32,
}

/// A stretch of a line drawn in one face, for writers that draw text by font (PDF).
#[derive(Debug, Clone, PartialEq)]
pub struct Run<'a> {
    /// The face (an index into [`FACES`]).
    pub face: usize,
    /// The characters.
    pub text: &'a str,
    /// Where it starts, from the start of the line, in pixels.
    pub x: f32,
}

/// The shared fonts.
pub fn map_font() -> &'static MapFont {
    static FONT: OnceLock<MapFont> = OnceLock::new();
    FONT.get_or_init(|| {
        // The fonts are compiled in; a test reads them, so a broken file fails the build's tests.
        #[allow(clippy::expect_used)]
        let faces = FACES
            .iter()
            .map(|file| FontRef::try_from_slice(file.bytes).expect("the embedded font parses"))
            .collect();
        MapFont { faces }
    })
}

impl MapFont {
    /// The parsed face number `face` (an index into [`FACES`]).
    pub fn face(&self, face: usize) -> &FontRef<'static> {
        &self.faces[face]
    }

    /// The face that draws `c`: the first that has a glyph for it, or Ubuntu (whose missing-glyph
    /// box then shows) when none has.
    pub fn face_of(&self, c: char) -> usize {
        self.faces
            .iter()
            .position(|face| face.glyph_id(c).0 != 0)
            .unwrap_or(0)
    }

    /// Whether some face has a glyph for `c` (line breaks and tabs need none).
    pub fn covers(&self, c: char) -> bool {
        c.is_control() || self.faces.iter().any(|face| face.glyph_id(c).0 != 0)
    }

    /// The scale of face `face` for an em size of `size` pixels (egui's font sizes are em sizes).
    pub fn scale(&self, face: usize, size: f32) -> ab_glyph::PxScale {
        // ab_glyph scales by the line height (ascent - descent), egui by the em.
        let face = &self.faces[face];
        let per_em = face.units_per_em().unwrap_or(1000.0);
        ab_glyph::PxScale::from(size * face.height_unscaled() / per_em)
    }

    /// The glyphs of one line of `text` at an em size of `size` pixels, each in the face that
    /// draws it, kerned where two neighbours share a face; and the line's width.
    pub fn place(&self, text: &str, size: f32) -> (Vec<PlacedGlyph>, f32) {
        let scaled: Vec<_> = (0..self.faces.len())
            .map(|i| self.faces[i].as_scaled(self.scale(i, size)))
            .collect();
        let mut glyphs = Vec::with_capacity(text.len());
        let mut pen = 0.0;
        let mut previous: Option<PlacedGlyph> = None;
        for c in text.chars() {
            let face = self.face_of(c);
            let id = scaled[face].glyph_id(c);
            if let Some(previous) = previous.filter(|p| p.face == face) {
                pen += scaled[face].kern(previous.id, id);
            }
            let glyph = PlacedGlyph { face, id, x: pen };
            glyphs.push(glyph);
            pen += scaled[face].h_advance(id);
            previous = Some(glyph);
        }
        (glyphs, pen)
    }

    /// One line of `text` cut into stretches of one face each, with where each starts.
    pub fn runs<'a>(&self, text: &'a str, size: f32) -> Vec<Run<'a>> {
        let (glyphs, _) = self.place(text, size);
        let mut runs = Vec::new();
        // The byte where the open stretch starts, and its first glyph.
        let mut open: Option<(usize, PlacedGlyph)> = None;
        for ((at, _), glyph) in text.char_indices().zip(glyphs) {
            if let Some((start, first)) = open.filter(|(_, first)| first.face != glyph.face) {
                runs.push(Run {
                    face: first.face,
                    text: &text[start..at],
                    x: first.x,
                });
                open = None;
            }
            open.get_or_insert((at, glyph));
        }
        if let Some((start, first)) = open {
            runs.push(Run {
                face: first.face,
                text: &text[start..],
                x: first.x,
            });
        }
        runs
    }

    /// How wide one line of `text` is at an em size of `size` pixels, kerning included.
    pub fn line_width(&self, text: &str, size: f32) -> f32 {
        self.place(text, size).1
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

    /// The distance from one baseline to the next (Ubuntu's: every face sits on its lines).
    pub fn line_height(&self, size: f32) -> f32 {
        let scaled = self.faces[0].as_scaled(self.scale(0, size));
        scaled.ascent() - scaled.descent() + scaled.line_gap()
    }

    /// The distance from the top of a line to its baseline.
    pub fn ascent(&self, size: f32) -> f32 {
        self.faces[0].as_scaled(self.scale(0, size)).ascent()
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

    #[test]
    fn each_script_is_drawn_in_a_face_that_has_it() {
        let font = map_font();
        assert_eq!(font.face_of('K'), 0, "Latin in Ubuntu");
        assert_eq!(font.face_of('Қ'), 0, "Kazakh Cyrillic in Ubuntu");
        assert_eq!(font.face_of('ə'), 1, "Azerbaijani schwa in Noto Sans");
        assert_eq!(font.face_of('Հ'), 2, "Armenian");
        assert_eq!(font.face_of('ს'), 3, "Georgian");
        assert!(
            !font.covers('\u{10FFFD}'),
            "a private-use character has no glyph"
        );
        let width = |text| font.line_width(text, 13.0);
        assert!(width("Հայաստան") > 40.0, "Armenian letters take room");
        assert!(width("Azərbaycan") > width("Azrbaycan"), "ə takes room");
    }

    #[test]
    fn a_line_is_cut_into_runs_of_one_face_that_start_where_their_glyphs_do() {
        let font = map_font();
        let runs = font.runs("Armenia (Հայաստան) and Georgia", 13.0);
        let faces: Vec<_> = runs.iter().map(|r| (r.face, r.text)).collect();
        assert_eq!(
            faces,
            [(0, "Armenia ("), (2, "Հայաստան"), (0, ") and Georgia")]
        );
        let before = font.line_width("Armenia (", 13.0);
        assert!(
            (runs[1].x - before).abs() < 0.01,
            "{} vs {before}",
            runs[1].x
        );
        assert!(runs[2].x > runs[1].x + 40.0);
        assert_eq!(font.runs("", 13.0), []);
    }
}
