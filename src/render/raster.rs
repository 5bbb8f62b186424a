//! Rasterises a figure straight from its layout with tiny-skia (never by reading an SVG back), text
//! from the embedded font's glyph outlines, and encodes it as PNG.

use ab_glyph::{Font as _, OutlineCurve};
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

/// How many bands each core takes on average: more bands than cores even out bands of unequal
/// work (a legend's text in one, open sea in another).
const BANDS_PER_CORE: usize = 4;

/// The fewest rows of pixels a band has.
const MIN_BAND_ROWS: u32 = 128;

/// Where display items fall on a picture's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The point (in the items' units) at the picture's top-left corner.
    pub origin: [f32; 2],
    /// Pixels per unit.
    pub scale: f32,
}

impl Placement {
    /// Items in pixels from the picture's corner: a figure.
    pub const PIXELS: Placement = Placement {
        origin: [0.0, 0.0],
        scale: 1.0,
    };

    /// The transform from the items' units to the pixels of a band whose first row is `top`.
    fn transform(self, top: u32) -> Transform {
        let Placement { origin, scale } = self;
        Transform::from_row(
            scale,
            0.0,
            0.0,
            scale,
            -origin[0] * scale,
            -origin[1] * scale - top as f32,
        )
    }
}

/// The figure as RGBA pixels.
pub fn rasterise(drawing: &Drawing) -> Result<Pixmap, RasterError> {
    let size = drawing.size.map(|v| v.round() as u32);
    rasterise_items(&drawing.items, Placement::PIXELS, size)
}

/// `items` as a picture of `w`×`h` pixels, placed on it by `placement`, rasterised in
/// horizontal bands on every core (one band where there is one core, or no threads, as in a
/// browser), each painting only the paths that reach its rows.
pub fn rasterise_items(
    items: &[Item],
    placement: Placement,
    [w, h]: [u32; 2],
) -> Result<Pixmap, RasterError> {
    let mut page = Pixmap::new(w, h).ok_or(RasterError::Size(w, h))?;
    let ops = ops(items);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if cores <= 1 {
        draw(&ops, &mut page.as_mut(), 0, placement);
        return Ok(page);
    }
    let band_rows = h
        .div_ceil((cores * BANDS_PER_CORE) as u32)
        .max(MIN_BAND_ROWS);
    let row_bytes = w as usize * 4;
    let bands: Vec<(u32, &mut [u8])> = page
        .data_mut()
        .chunks_mut(band_rows as usize * row_bytes)
        .enumerate()
        .map(|(i, rows)| (i as u32 * band_rows, rows))
        .collect();
    let queue = std::sync::Mutex::new(bands);
    let ops = &ops;
    std::thread::scope(|scope| {
        for _ in 0..cores {
            scope.spawn(|| {
                loop {
                    let next = queue
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .pop();
                    let Some((top, rows)) = next else {
                        break;
                    };
                    let height = (rows.len() / row_bytes) as u32;
                    if let Some(mut band) = tiny_skia::PixmapMut::from_bytes(rows, w, height) {
                        draw(ops, &mut band, top, placement);
                    }
                }
            });
        }
    });
    Ok(page)
}

/// One path to paint and how: what every band paints, built once.
struct Op {
    path: tiny_skia::Path,
    ink: Ink,
    /// The rows it may touch, in the items' units: its box's, widened by half its line.
    rows: [f32; 2],
}

/// How a path is painted.
enum Ink {
    Fill(Rgba, FillRule),
    Stroke(Stroke),
}

/// The items as paths, in painting order.
fn ops(items: &[Item]) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut push = |path: Option<tiny_skia::Path>, ink: Ink| {
        let Some(path) = path else {
            return;
        };
        let reach = match &ink {
            Ink::Stroke(stroke) => stroke.width / 2.0,
            Ink::Fill(..) => 0.0,
        };
        let bounds = path.bounds();
        let rows = [bounds.top() - reach, bounds.bottom() + reach];
        ops.push(Op { path, ink, rows });
    };
    for item in items {
        match item {
            Item::Shape { rings, fill } => {
                let mut builder = PathBuilder::new();
                for ring in rings {
                    add_polyline(&mut builder, ring, true);
                }
                push(builder.finish(), Ink::Fill(*fill, FillRule::EvenOdd));
            }
            Item::Line {
                points,
                stroke,
                closed,
            } => {
                let mut builder = PathBuilder::new();
                add_polyline(&mut builder, points, *closed);
                push(builder.finish(), Ink::Stroke(*stroke));
            }
            Item::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let circle = || PathBuilder::from_circle(centre[0], centre[1], *radius);
                if let Some(fill) = fill {
                    push(circle(), Ink::Fill(*fill, FillRule::Winding));
                }
                if let Some(stroke) = stroke {
                    push(circle(), Ink::Stroke(*stroke));
                }
            }
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => {
                for line in lines {
                    if let Some((halo_colour, width)) = halo {
                        let halo_stroke = Stroke {
                            colour: *halo_colour,
                            width: width * 2.0,
                            dash: None,
                        };
                        push(glyph_path(line, *size), Ink::Stroke(halo_stroke));
                    }
                    push(
                        glyph_path(line, *size),
                        Ink::Fill(*colour, FillRule::Winding),
                    );
                }
            }
            // The layout paints the bands around the map over it, so the map needs no mask here:
            // masking every path of a 4K figure would double the time it takes.
            Item::Clip { .. } | Item::EndClip => {}
        }
    }
    ops
}

/// Paints `ops` into `pixmap`, which holds the picture's rows from `top` down.
fn draw(ops: &[Op], pixmap: &mut tiny_skia::PixmapMut<'_>, top: u32, placement: Placement) {
    let transform = placement.transform(top);
    // The band's rows in the items' units, widened by a pixel of smoothing.
    let unit_at = |row: u32| placement.origin[1] + row as f32 / placement.scale;
    let smoothing = 1.0 / placement.scale;
    let [first, last] = [
        unit_at(top) - smoothing,
        unit_at(top + pixmap.height()) + smoothing,
    ];
    for Op { path, ink, rows } in ops {
        if rows[1] < first || rows[0] > last {
            continue;
        }
        match ink {
            Ink::Fill(colour, rule) => {
                pixmap.fill_path(path, &solid(*colour), *rule, transform, None);
            }
            Ink::Stroke(stroke) => stroke_path(pixmap, path, stroke, transform),
        }
    }
}

/// The figure as an image of straight RGBA pixels.
pub fn rgba_image(drawing: &Drawing) -> Result<image::RgbaImage, RasterError> {
    let pixmap = rasterise(drawing)?;
    let (w, h) = (pixmap.width(), pixmap.height());
    // Every figure starts with an opaque background, so its premultiplied pixels are straight.
    image::RgbaImage::from_raw(w, h, pixmap.take()).ok_or(RasterError::Size(w, h))
}

/// The figure as a PNG file's bytes.
pub fn png(drawing: &Drawing) -> Result<Vec<u8>, RasterError> {
    let image = rgba_image(drawing)?;
    Ok(encode_png(&image)?)
}

/// Straight RGBA pixels as a PNG file's bytes, compressed fast: a 4K map encodes in tens of
/// milliseconds, a window in a few.
pub fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, image::ImageError> {
    let mut bytes = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Up,
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

fn stroke_path(
    pixmap: &mut tiny_skia::PixmapMut<'_>,
    path: &tiny_skia::Path,
    stroke: &Stroke,
    transform: Transform,
) {
    let style = stroke_style(stroke);
    pixmap.stroke_path(path, &solid(stroke.colour), &style, transform, None);
}

/// How tiny-skia strokes a line: round caps and joins, and its dashes.
fn stroke_style(stroke: &Stroke) -> tiny_skia::Stroke {
    tiny_skia::Stroke {
        width: stroke.width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: stroke
            .dash
            .and_then(|[dash, gap]| StrokeDash::new(vec![dash, gap], 0.0)),
        ..tiny_skia::Stroke::default()
    }
}

/// One line of text as a path of glyph outlines, laid along its baseline with kerning, each
/// glyph in the face that draws it.
fn glyph_path(line: &TextLine, size: f32) -> Option<tiny_skia::Path> {
    let font = map_font();
    let mut builder = PathBuilder::new();
    let [line_start, baseline] = line.baseline;
    let (glyphs, _) = font.place(&line.text, size);
    for glyph in glyphs {
        let face = font.face(glyph.face);
        let per_unit = size / face.units_per_em().unwrap_or(1000.0);
        let pen = line_start + glyph.x;
        if let Some(outline) = face.outline(glyph.id) {
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
    }
    builder.finish()
}
