//! Paints display items with egui: the window's writer. Like the SVG, PNG and PDF writers it only
//! translates what the symbolizer and the page layout decided. The map's base layer (hundreds of
//! thousands of points of coast and border) is rasterised by the PNG writer into a texture kept
//! while the layer stays the same, so the window shows a figure's pixels and the GPU draws two
//! triangles for it; the layers above it (highlights, markers, names) become egui shapes, their
//! mesh kept the same way.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::epaint::{CircleShape, ClippedShape, Primitive};
use egui::{Color32, Mesh, Painter, Pos2, Rect, Shape, pos2, vec2};

use super::display::{HAIRLINE, Item, Rgba, Stroke, TextLine};
use super::raster::{Placement, rasterise_items};

/// Converts a display colour for egui.
#[allow(clippy::disallowed_methods)] // the one place colour tokens become egui colours
pub fn color(rgba: Rgba) -> Color32 {
    let [r, g, b, a] = rgba.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// How wide egui draws a [`HAIRLINE`], in points: egui draws a line thinner than its feathering as
/// one pixel of fainter ink, which reads as the device hairline the other writers draw.
const HAIRLINE_POINTS: f32 = 0.7;

/// How many sides a dashed circle is traced with.
const CIRCLE_SIDES: usize = 48;

/// Paints `items` now, in order.
pub fn paint_items<'a>(painter: &Painter, items: impl IntoIterator<Item = &'a Item>) {
    let mut clips = vec![painter.clone()];
    for item in items {
        let Some(current) = clips.last() else {
            return;
        };
        match item {
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => paint_text(current, lines, *size, *colour, *halo),
            Item::Clip { min, size } => {
                let rect = egui::Rect::from_min_size(pos2(min[0], min[1]), vec2(size[0], size[1]));
                clips.push(current.with_clip_rect(rect.intersect(current.clip_rect())));
            }
            Item::EndClip => {
                if clips.len() > 1 {
                    clips.pop();
                }
            }
            shape => {
                let mut shapes = Vec::new();
                shapes_of(shape, &mut shapes);
                current.extend(shapes);
            }
        }
    }
}

/// Paints a layer whose items stay the same for as long as `layer_id` does as one picture of
/// `area` (in points), rasterised as the figures are and kept as a texture under `slot` (one
/// slot per map on screen) while the layer and the screen's pixel density stay the same, moved
/// by `offset` points (a layer made for a pan). However many vertices its borders and coasts
/// have, the GPU (or a software renderer such as llvmpipe) then draws two triangles for it, and
/// the window shows the same pixels as an exported figure.
pub fn paint_layer_as_image(
    painter: &Painter,
    slot: egui::Id,
    layer_id: u64,
    items: &[Item],
    area: Rect,
    offset: egui::Vec2,
) {
    let ctx = painter.ctx();
    let pixels_per_point = ctx.pixels_per_point();
    // Whole pixels, so that each texel falls on one pixel of the screen.
    let min = (area.min.to_vec2() * pixels_per_point).floor();
    let max = (area.max.to_vec2() * pixels_per_point).ceil();
    let size = [(max.x - min.x) as u32, (max.y - min.y) as u32];
    let key = (layer_id, pixels_per_point.to_bits());
    let kept = ctx.data(|d| d.get_temp::<((u64, u32), egui::TextureHandle)>(slot));
    let texture = match kept {
        Some((kept_key, texture)) if kept_key == key => texture,
        kept => {
            let placement = Placement {
                origin: (min / pixels_per_point).into(),
                scale: pixels_per_point,
            };
            let image = match rasterise_items(items, placement, size) {
                Ok(pixmap) => egui::ColorImage::from_rgba_premultiplied(
                    [size[0] as usize, size[1] as usize],
                    pixmap.data(),
                ),
                Err(err) => {
                    log::error!("cannot draw the map: {err}");
                    return;
                }
            };
            let texture = match kept {
                Some((_, mut texture)) => {
                    texture.set(image, egui::TextureOptions::LINEAR);
                    texture
                }
                None => ctx.load_texture("map layer", image, egui::TextureOptions::LINEAR),
            };
            ctx.data_mut(|d| d.insert_temp(slot, (key, texture.clone())));
            texture
        }
    };
    let rect = Rect::from_min_max(
        (min / pixels_per_point).to_pos2(),
        (max / pixels_per_point).to_pos2(),
    );
    painter.image(
        texture.id(),
        rect.translate(offset),
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        Color32::WHITE,
    );
}

/// Paints a layer whose items stay the same for as long as `layer_id` does, keeping the mesh its
/// shapes make in egui's memory under `slot` (one slot per map on screen). Text is painted afresh
/// each frame: egui places its glyphs itself.
pub fn paint_layer(painter: &Painter, slot: egui::Id, layer_id: u64, items: &[Item]) {
    let ctx = painter.ctx();
    let key = (layer_id, ctx.pixels_per_point().to_bits());
    let kept = ctx.data(|d| d.get_temp::<((u64, u32), Arc<Mesh>)>(slot));
    let mesh = match kept {
        Some((kept_key, mesh)) if kept_key == key => mesh,
        _ => {
            let mesh = Arc::new(tessellate(ctx, items));
            ctx.data_mut(|d| d.insert_temp(slot, (key, mesh.clone())));
            mesh
        }
    };
    painter.add(Shape::mesh(mesh));
    paint_items(
        painter,
        items
            .iter()
            .filter(|item| matches!(item, Item::Text { .. })),
    );
}

/// The shapes of `items` (but text) as one mesh, tessellated as egui tessellates a frame (small
/// circles from its prepared discs), so that a kept layer looks as it would painted afresh.
fn tessellate(ctx: &egui::Context, items: &[Item]) -> Mesh {
    let mut mesh = Mesh::default();
    let mut shapes = Vec::new();
    for item in items {
        shapes_of(item, &mut shapes);
    }
    append_tessellated(ctx, shapes, &mut mesh);
    mesh
}

/// Tessellates `shapes` (unclipped) and appends their triangles to `mesh`.
fn append_tessellated(ctx: &egui::Context, shapes: Vec<Shape>, mesh: &mut Mesh) {
    if shapes.is_empty() {
        return;
    }
    let clipped = shapes
        .into_iter()
        .map(|shape| ClippedShape {
            clip_rect: Rect::EVERYTHING,
            shape,
            transform_after_tessellation: TSTransform::IDENTITY,
        })
        .collect();
    for primitive in ctx.tessellate(clipped, ctx.pixels_per_point()) {
        if let Primitive::Mesh(part) = primitive.primitive {
            mesh.append(part);
        }
    }
}

fn to_pos(point: &[f32; 2]) -> Pos2 {
    pos2(point[0], point[1])
}

fn egui_stroke(stroke: &Stroke) -> egui::Stroke {
    let width = if stroke.width == HAIRLINE {
        HAIRLINE_POINTS
    } else {
        stroke.width
    };
    egui::Stroke::new(width, color(stroke.colour))
}

/// A line through `points` as egui shapes: solid or dashed, open or closed.
fn line_shapes(points: &[Pos2], stroke: &Stroke, closed: bool, shapes: &mut Vec<Shape>) {
    let egui_stroke = egui_stroke(stroke);
    match stroke.dash {
        Some([dash, gap]) => {
            let mut traced = points.to_vec();
            if closed && let Some(&first) = points.first() {
                traced.push(first);
            }
            shapes.extend(Shape::dashed_line(&traced, egui_stroke, dash, gap));
        }
        None if closed => shapes.push(Shape::closed_line(points.to_vec(), egui_stroke)),
        None => shapes.push(Shape::line(points.to_vec(), egui_stroke)),
    }
}

/// The egui shapes of one item that is not text.
fn shapes_of(item: &Item, shapes: &mut Vec<Shape>) {
    match item {
        // The window paints only convex shapes (legend swatches) with egui: the map's areas are
        // rasterised with the rest of its base layer (`paint_layer_as_image`).
        Item::Shape { rings, fill } => {
            for ring in rings {
                let points = ring.iter().map(to_pos).collect();
                shapes.push(Shape::convex_polygon(
                    points,
                    color(*fill),
                    egui::Stroke::NONE,
                ));
            }
        }
        Item::Line {
            points,
            stroke,
            closed,
        } => {
            let points: Vec<Pos2> = points.iter().map(to_pos).collect();
            line_shapes(&points, stroke, *closed, shapes);
        }
        Item::Circle {
            centre,
            radius,
            fill,
            stroke,
        } => {
            let centre = to_pos(centre);
            let fill = fill.map_or(Color32::TRANSPARENT, color);
            match stroke {
                Some(stroke) if stroke.dash.is_some() => {
                    shapes.push(Shape::circle_filled(centre, *radius, fill));
                    let ring: Vec<Pos2> = (0..CIRCLE_SIDES)
                        .map(|i| {
                            let angle = i as f32 / CIRCLE_SIDES as f32 * std::f32::consts::TAU;
                            centre + *radius * vec2(angle.cos(), angle.sin())
                        })
                        .collect();
                    line_shapes(&ring, stroke, true, shapes);
                }
                stroke => shapes.push(Shape::Circle(CircleShape {
                    center: centre,
                    radius: *radius,
                    fill,
                    stroke: stroke.as_ref().map_or(egui::Stroke::NONE, egui_stroke),
                })),
            }
        }
        Item::Text { .. } | Item::Clip { .. } | Item::EndClip => {}
    }
}

/// Text with its lines' baselines where the layout put them, over its halo: the text drawn in
/// the halo's colour shifted by the halo's reach in four directions.
fn paint_text(
    painter: &Painter,
    lines: &[TextLine],
    size: f32,
    colour: Rgba,
    halo: Option<(Rgba, f32)>,
) {
    let font = egui::FontId::proportional(size);
    for line in lines {
        let galley = painter.layout_no_wrap(line.text.clone(), font.clone(), color(colour));
        let baseline = galley.rows.first().map_or(0.0, |row| {
            row.pos.y + row.row.glyphs.first().map_or(0.0, |g| g.pos.y)
        });
        let top_left = pos2(line.baseline[0], line.baseline[1] - baseline);
        if let Some((halo_colour, reach)) = halo {
            let halo_colour = color(halo_colour);
            for offset in [
                vec2(-reach, 0.0),
                vec2(reach, 0.0),
                vec2(0.0, -reach),
                vec2(0.0, reach),
            ] {
                painter.galley_with_override_text_color(
                    top_left + offset,
                    galley.clone(),
                    halo_colour,
                );
            }
        }
        painter.galley(top_left, galley, color(colour));
    }
}
