//! Rasterises a figure straight from its layout with tiny-skia (never by reading an SVG back), text
//! from the embedded font's glyph outlines, and encodes it as PNG.

use ab_glyph::{Font as _, OutlineCurve, ScaleFont as _};
use tiny_skia::{FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, StrokeDash, Transform};

use super::add_polyline;
use super::display::Rgba;
use super::display::{Drawing, Item, Stroke, TextLine};
use super::font::map_font;

/// Why a figure could not be rasterised.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    /// The size is zero or too large for memory.
    #[error("a picture of {0}×{1} pixels cannot be made")]
    Size(u32, u32),
    /// PNG encoding failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(#[from] image::ImageError),
}

/// The figure as RGBA pixels.
pub fn rasterise(drawing: &Drawing) -> Result<Pixmap, RasterError> {
    let [w, h] = drawing.size.map(|v| v.round() as u32);
    let mut page = Pixmap::new(w, h).ok_or(RasterError::Size(w, h))?;
    let pixmap = &mut page;
    let transform = Transform::identity();
    for item in &drawing.items {
        match item {
            Item::Shape { rings, fill, .. } => {
                let mut builder = PathBuilder::new();
                for ring in rings {
                    add_polyline(&mut builder, ring, true);
                }
                if let Some(path) = builder.finish() {
                    pixmap.fill_path(&path, &solid(*fill), FillRule::EvenOdd, transform, None);
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
                    stroke_path(pixmap, &path, stroke, transform);
                }
            }
            Item::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                if let Some(path) = PathBuilder::from_circle(centre[0], centre[1], *radius) {
                    if let Some(fill) = fill {
                        pixmap.fill_path(&path, &solid(*fill), FillRule::Winding, transform, None);
                    }
                    if let Some(stroke) = stroke {
                        stroke_path(pixmap, &path, stroke, transform);
                    }
                }
            }
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => {
                for line in lines {
                    let Some(path) = glyph_path(line, *size) else {
                        continue;
                    };
                    if let Some((halo_colour, width)) = halo {
                        let halo_stroke = Stroke {
                            colour: *halo_colour,
                            width: width * 2.0,
                            dash: None,
                        };
                        stroke_path(pixmap, &path, &halo_stroke, transform);
                    }
                    pixmap.fill_path(&path, &solid(*colour), FillRule::Winding, transform, None);
                }
            }
            // The layout paints the bands around the map over it, so the map needs no mask here:
            // masking every path of a 4K figure would double the time it takes.
            Item::Clip { .. } | Item::EndClip => {}
        }
    }
    Ok(page)
}

/// The figure as an image of straight RGBA pixels.
pub fn rgba_image(drawing: &Drawing) -> Result<image::RgbaImage, RasterError> {
    let pixmap = rasterise(drawing)?;
    let (w, h) = (pixmap.width(), pixmap.height());
    // Every figure starts with an opaque background, so its premultiplied pixels are straight.
    image::RgbaImage::from_raw(w, h, pixmap.take()).ok_or(RasterError::Size(w, h))
}

/// The figure as a PNG file's bytes (fast compression: a 4K map encodes in tens of milliseconds).
pub fn png(drawing: &Drawing) -> Result<Vec<u8>, RasterError> {
    let image = rgba_image(drawing)?;
    let mut bytes = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    );
    image::ImageEncoder::write_image(
        encoder,
        image.as_raw(),
        image.width(),
        image.height(),
        image::ExtendedColorType::Rgba8,
    )?;
    Ok(bytes)
}

fn solid(colour: Rgba) -> Paint<'static> {
    let [r, g, b, a] = colour.0;
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, a);
    paint.anti_alias = true;
    paint
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

fn stroke_path(pixmap: &mut Pixmap, path: &tiny_skia::Path, stroke: &Stroke, transform: Transform) {
    let style = tiny_skia::Stroke {
        width: stroke.width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: stroke
            .dash
            .and_then(|[dash, gap]| StrokeDash::new(vec![dash, gap], 0.0)),
        ..tiny_skia::Stroke::default()
    };
    pixmap.stroke_path(path, &solid(stroke.colour), &style, transform, None);
}

/// One line of text as a path of glyph outlines, laid along its baseline with kerning.
fn glyph_path(line: &TextLine, size: f32) -> Option<tiny_skia::Path> {
    let font = map_font();
    let face = font.face();
    let scaled = face.as_scaled(font.scale(size));
    let per_unit = size / face.units_per_em().unwrap_or(1000.0);
    let mut builder = PathBuilder::new();
    let [mut pen, baseline] = line.baseline;
    let mut previous = None;
    for c in line.text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(previous) = previous {
            pen += scaled.kern(previous, id);
        }
        if let Some(outline) = face.outline(id) {
            let at = |p: ab_glyph::Point| (pen + p.x * per_unit, baseline - p.y * per_unit);
            let mut last: Option<(f32, f32)> = None;
            for curve in &outline.curves {
                let start = match curve {
                    OutlineCurve::Line(a, _)
                    | OutlineCurve::Quad(a, _, _)
                    | OutlineCurve::Cubic(a, _, _, _) => at(*a),
                };
                if last != Some(start) {
                    if last.is_some() {
                        builder.close();
                    }
                    builder.move_to(start.0, start.1);
                }
                let end = match curve {
                    OutlineCurve::Line(_, b) => {
                        let b = at(*b);
                        builder.line_to(b.0, b.1);
                        b
                    }
                    OutlineCurve::Quad(_, c, b) => {
                        let (c, b) = (at(*c), at(*b));
                        builder.quad_to(c.0, c.1, b.0, b.1);
                        b
                    }
                    OutlineCurve::Cubic(_, c1, c2, b) => {
                        let (c1, c2, b) = (at(*c1), at(*c2), at(*b));
                        builder.cubic_to(c1.0, c1.1, c2.0, c2.1, b.0, b.1);
                        b
                    }
                };
                last = Some(end);
            }
            if last.is_some() {
                builder.close();
            }
        }
        pen += scaled.h_advance(id);
        previous = Some(id);
    }
    builder.finish()
}
