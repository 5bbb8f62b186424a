//! Paints display items with egui: the window's writer. Like the SVG, PNG and PDF writers it only
//! translates what the symbolizer and the page layout decided; what is egui's own is how a shape
//! becomes triangles. A layer that stays the same (the map's base) is tessellated once and its
//! mesh kept while the layer's id and the screen's pixel density stay the same.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::epaint::{CircleShape, ClippedShape, Primitive};
use egui::{Color32, Mesh, Painter, Pos2, Rect, Shape, pos2, vec2};

use super::display::{HAIRLINE, Item, Rgba, Stroke, TextLine};

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

/// Paints a layer whose items stay the same for as long as `layer_id` does, keeping the mesh its
/// shapes make in egui's memory under `slot` (one slot per map on screen), moved by `offset`
/// pixels (the base layer while panning, which holds no text). Text is painted afresh each frame:
/// egui places its glyphs itself.
pub fn paint_layer(
    painter: &Painter,
    slot: egui::Id,
    layer_id: u64,
    items: &[Item],
    offset: egui::Vec2,
) {
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
    if offset == egui::Vec2::ZERO {
        painter.add(Shape::mesh(mesh));
    } else {
        // A layer made for a pan, moved: one copy of its mesh rather than a tessellation.
        let mut moved = (*mesh).clone();
        moved.translate(offset);
        painter.add(Shape::mesh(moved));
    }
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
        if let Item::Shape {
            rings,
            fill,
            triangles: Some(triangles),
        } = item
        {
            append_tessellated(ctx, std::mem::take(&mut shapes), &mut mesh);
            // Filled straight from its triangles, without egui's feathered outline: neighbours
            // share their edges exactly, and the borders are drawn over them.
            let base = mesh.vertices.len() as u32;
            let fill = color(*fill);
            for point in rings.iter().flatten() {
                mesh.colored_vertex(pos2(point[0], point[1]), fill);
            }
            mesh.indices.extend(triangles.iter().map(|i| base + i));
        } else {
            shapes_of(item, &mut shapes);
        }
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
        Item::Shape {
            rings,
            fill,
            triangles: Some(triangles),
        } => {
            let mut mesh = Mesh::default();
            let fill = color(*fill);
            for point in rings.iter().flatten() {
                mesh.colored_vertex(to_pos(point), fill);
            }
            mesh.indices.extend(triangles.iter().copied());
            shapes.push(Shape::mesh(mesh));
        }
        Item::Shape {
            rings,
            fill,
            triangles: None,
        } => {
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
