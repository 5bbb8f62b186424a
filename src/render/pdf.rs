//! Writes figures as a vector PDF (krilla), a page each: shapes as paths, text in the embedded
//! font (subset into the file, so it stays selectable and searchable). 96 pixels make an inch, so
//! a 1920×1080 figure is a 1440×810 pt page.

use std::borrow::Borrow;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::add_polyline;
use super::display::Rgba;
use super::display::{Drawing, Item, Stroke};
use super::font::{FACES, map_font};

/// Points per pixel at 96 pixels per inch.
const PT_PER_PX: f32 = 72.0 / 96.0;

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The page size is not usable.
    #[error("a page of {0}×{1} pixels cannot be made")]
    Size(f32, f32),
    /// The embedded font could not be read.
    #[error("the embedded font cannot be used in a PDF")]
    Font,
    /// krilla could not finish the document.
    #[error("cannot write the PDF: {0:?}")]
    Write(krilla::error::KrillaError),
}

/// The figure as a one-page PDF file's bytes.
pub fn pdf(drawing: &Drawing) -> Result<Vec<u8>, PdfError> {
    pdf_pages([drawing])
}

/// The figures as the pages of one PDF file, in order; each page is drawn as it comes, so a
/// long document never holds every page's figure at once.
pub fn pdf_pages<F: Borrow<Drawing>>(
    drawings: impl IntoIterator<Item = F>,
) -> Result<Vec<u8>, PdfError> {
    let fonts = FACES
        .iter()
        .map(|file| Font::new(file.bytes.to_vec().into(), 0).ok_or(PdfError::Font))
        .collect::<Result<Vec<_>, _>>()?;
    let mut document = Document::new();
    for drawing in drawings {
        draw_page(&mut document, drawing.borrow(), &fonts)?;
    }
    document.finish().map_err(PdfError::Write)
}

/// Draws `figure` on a new page of `document`.
fn draw_page(document: &mut Document, drawing: &Drawing, fonts: &[Font]) -> Result<(), PdfError> {
    let [w, h] = drawing.size;
    let settings =
        PageSettings::from_wh(w * PT_PER_PX, h * PT_PER_PX).ok_or(PdfError::Size(w, h))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.push_transform(&Transform::from_scale(PT_PER_PX, PT_PER_PX));
    let mut clips = 0;
    for item in &drawing.items {
        match item {
            Item::Shape { rings, fill } => {
                let mut builder = PathBuilder::new();
                for ring in rings {
                    add_polyline(&mut builder, ring, true);
                }
                if let Some(path) = builder.finish() {
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill_of(*fill, FillRule::EvenOdd)));
                    surface.draw_path(&path);
                }
            }
            Item::Line {
                points,
                stroke,
                closed,
            } => {
                let mut builder = PathBuilder::new();
                add_polyline(&mut builder, points, *closed);
                if let Some(path) = builder.finish() {
                    draw_stroke(&mut surface, &path, stroke);
                }
            }
            Item::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let mut builder = PathBuilder::new();
                add_circle(&mut builder, *centre, *radius);
                if let Some(path) = builder.finish() {
                    if let Some(fill) = fill {
                        surface.set_stroke(None);
                        surface.set_fill(Some(fill_of(*fill, FillRule::NonZero)));
                        surface.draw_path(&path);
                    }
                    if let Some(stroke) = stroke {
                        draw_stroke(&mut surface, &path, stroke);
                    }
                }
            }
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => {
                // The halo is the text stroked in the halo colour, under the text filled.
                let halo_stroke = halo.map(|(colour, width)| {
                    stroke_of(&Stroke {
                        colour,
                        width: width * 2.0,
                        dash: None,
                    })
                });
                let passes = [
                    (None, halo_stroke),
                    (Some(fill_of(*colour, FillRule::NonZero)), None),
                ];
                for line in lines {
                    // Each stretch in the font that has its letters, where the layout put it.
                    let runs = map_font().runs(&line.text, *size);
                    for (fill, stroke) in &passes {
                        if fill.is_none() && stroke.is_none() {
                            continue;
                        }
                        surface.set_fill(fill.clone());
                        surface.set_stroke(stroke.clone());
                        for run in &runs {
                            let at = Point::from_xy(line.baseline[0] + run.x, line.baseline[1]);
                            surface.draw_text(
                                at,
                                fonts[run.face].clone(),
                                *size,
                                run.text,
                                false,
                                TextDirection::Auto,
                            );
                        }
                    }
                }
            }
            Item::Clip { min, size } => {
                if let Some(rect) = Rect::from_xywh(min[0], min[1], size[0], size[1]) {
                    let mut builder = PathBuilder::new();
                    builder.push_rect(rect);
                    if let Some(path) = builder.finish() {
                        surface.push_clip_path(&path, &FillRule::NonZero);
                        clips += 1;
                    }
                }
            }
            Item::EndClip => {
                if clips > 0 {
                    surface.pop();
                    clips -= 1;
                }
            }
        }
    }
    for _ in 0..clips {
        surface.pop();
    }
    surface.pop();
    surface.finish();
    page.finish();
    Ok(())
}

fn colour_of(colour: Rgba) -> (rgb::Color, NormalizedF32) {
    let [r, g, b, a] = colour.0;
    let opacity = NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE);
    (rgb::Color::new(r, g, b), opacity)
}

fn fill_of(colour: Rgba, rule: FillRule) -> Fill {
    let (paint, opacity) = colour_of(colour);
    Fill {
        paint: paint.into(),
        opacity,
        rule,
    }
}

fn stroke_of(stroke: &Stroke) -> krilla::paint::Stroke {
    let (paint, opacity) = colour_of(stroke.colour);
    krilla::paint::Stroke {
        paint: paint.into(),
        width: stroke.width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        opacity,
        dash: stroke.dash.map(|[dash, gap]| StrokeDash {
            array: vec![dash, gap],
            offset: 0.0,
        }),
        ..krilla::paint::Stroke::default()
    }
}

fn draw_stroke(surface: &mut Surface<'_>, path: &krilla::geom::Path, stroke: &Stroke) {
    surface.set_fill(None);
    surface.set_stroke(Some(stroke_of(stroke)));
    surface.draw_path(path);
}

impl super::PathSink for PathBuilder {
    fn move_to(&mut self, x: f32, y: f32) {
        PathBuilder::move_to(self, x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        PathBuilder::line_to(self, x, y);
    }
    fn close(&mut self) {
        PathBuilder::close(self);
    }
}

/// A circle as four cubic Béziers.
fn add_circle(builder: &mut PathBuilder, [x, y]: [f32; 2], r: f32) {
    let k = 0.552_284_8 * r;
    builder.move_to(x + r, y);
    builder.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    builder.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    builder.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    builder.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    builder.close();
}
