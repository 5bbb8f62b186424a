//! Paints a scene with egui: fills as one mesh, outlines, borders of interest, markers, labels.

use std::sync::Arc;

use egui::epaint::Tessellator;
use egui::{Color32, Mesh, Painter, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::carto::camera::{Camera, MapTransform, ScreenPos};
use crate::carto::dataset_geometry::DatasetGeometry;
use crate::carto::font::map_font;
use crate::carto::geometry::{MapGeometry, ProjectedArc, ProjectedArea, detail_level};
use crate::carto::labels::Symbol;
use crate::carto::layers::Layers;
use crate::carto::palette::{self, Fill, MapPalette, Rgba};
use crate::carto::placement::{
    Anchor, PlacedText, SYMBOL_RADIUS_PX, place_border_captions, place_labels,
};
use crate::carto::projection::WorldPos;
use crate::carto::scene::Scene;
use crate::dataset::PlacePrecision;

/// Converts a palette (or theme) colour for egui.
#[allow(clippy::disallowed_methods)] // the one place colour tokens become egui colours
pub fn color(rgba: Rgba) -> Color32 {
    let [r, g, b, a] = rgba.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// Everything the painter needs to know about the map it paints.
pub struct MapPaint<'a> {
    /// The projected base map.
    pub geometry: &'a MapGeometry,
    /// The dataset's borders of interest.
    pub dataset_geometry: &'a DatasetGeometry,
    /// What to draw.
    pub scene: &'a Scene,
    /// Where the map is on screen and what its camera shows.
    pub view: &'a MapTransform,
    /// Text shown next to each border of interest (same order as the dataset's borders).
    pub border_captions: &'a [String],
    /// How much larger than usual to write labels and captions (the text-size setting).
    pub text_scale: f32,
    /// The colours to draw in (the theme's).
    pub palette: &'a MapPalette,
}

/// The map's transform, with its viewport as an egui rectangle.
struct Viewport<'a> {
    rect: Rect,
    transform: &'a MapTransform,
    palette: &'a MapPalette,
}

impl Viewport<'_> {
    fn to_screen(&self, world: WorldPos) -> Pos2 {
        let ScreenPos { x, y } = self.transform.screen_from_world(world);
        pos2(x as f32, y as f32)
    }

    fn sees(&self, area: &ProjectedArea) -> bool {
        self.transform.sees(&area.bounds)
    }
}

/// Paints the map into the viewport of `map.view`.
pub fn paint_map(painter: &Painter, map: &MapPaint<'_>) {
    let ScreenPos { x, y } = map.view.origin;
    let [width, height] = map.view.size;
    let view = Viewport {
        rect: Rect::from_min_size(pos2(x as f32, y as f32), vec2(width as f32, height as f32)),
        transform: map.view,
        palette: map.palette,
    };
    painter.add(Shape::mesh(base_mesh(painter.ctx(), &view, map)));

    paint_borders_of_interest(painter, &view, map);
    paint_markers(painter, &view, map.scene);
    // Captions first: labels keep clear of them.
    let borders = map.scene.borders.iter().filter_map(|&(index, _)| {
        let caption = map.border_captions.get(index)?;
        Some((
            map.dataset_geometry.borders[index].lines.as_slice(),
            caption.as_str(),
        ))
    });
    let captions = place_border_captions(borders, view.transform, map_font(), map.text_scale);
    for caption in &captions {
        placed_text(painter, view.palette, caption);
    }
    let labels = &map.dataset_geometry.labels;
    let key = LabelKey {
        rect: view.rect,
        camera: view.transform.camera,
        text_scale: map.text_scale,
        labels_generation: map.dataset_geometry.generation,
        layers: map.scene.layers,
        markers: map.scene.marker_positions(),
        captions,
    };
    let at = (view.rect.min.x as i32, view.rect.min.y as i32);
    let placed = cached(painter.ctx(), ("map labels", at), key, |key| {
        let shown = labels.iter().filter(|l| key.layers.names(l.rank));
        let keep_clear = (key.markers.as_slice(), key.captions.as_slice());
        place_labels(
            shown,
            map.geometry,
            view.transform,
            map_font(),
            map.text_scale,
            keep_clear,
        )
    });
    for text in &placed {
        placed_text(painter, view.palette, text);
    }
}

/// What the base layers' cached mesh was made for: the view, the fills and what is outlined.
#[derive(Clone, PartialEq)]
struct BaseKey {
    rect: Rect,
    camera: Camera,
    pixels_per_point: f32,
    palette: MapPalette,
    fills: Vec<Fill>,
    dashed: Vec<usize>,
    selected: Option<usize>,
    layers: Layers,
}

/// The globe, fills, water, graticule, borders and outlines, as one mesh, tessellated once and
/// reused while nothing they show changes: a frame at a still view costs a copy of one mesh
/// rather than tessellating every border again.
fn base_mesh(ctx: &egui::Context, view: &Viewport<'_>, map: &MapPaint<'_>) -> Arc<Mesh> {
    let key = BaseKey {
        rect: view.rect,
        camera: view.transform.camera,
        pixels_per_point: ctx.pixels_per_point(),
        palette: view.palette.clone(),
        fills: map.scene.country_fills.clone(),
        dashed: map.scene.dashed_countries.clone(),
        selected: map.scene.selected_country,
        layers: map.scene.layers,
    };
    let at = (view.rect.min.x as i32, view.rect.min.y as i32);
    cached(ctx, ("map base layers", at), key, |key| {
        let mut tessellator = Tessellator::new(
            key.pixels_per_point,
            ctx.tessellation_options(|o| *o),
            ctx.fonts(|f| f.font_image_size()),
            Vec::new(),
        );
        let mut mesh = Mesh::default();
        for shape in base_shapes(view, map) {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        Arc::new(mesh)
    })
}

/// What the labels were placed for: the view, the text size, the names and what they keep clear of.
#[derive(Clone, PartialEq)]
struct LabelKey {
    rect: Rect,
    camera: Camera,
    text_scale: f32,
    labels_generation: u64,
    layers: Layers,
    markers: Vec<WorldPos>,
    captions: Vec<PlacedText>,
}

/// The value `make` gives for `key`, kept in egui's memory under `name` and made again only when
/// the key changes.
fn cached<K, V>(
    ctx: &egui::Context,
    name: impl std::hash::Hash + std::fmt::Debug,
    key: K,
    make: impl FnOnce(&K) -> V,
) -> V
where
    K: Clone + PartialEq + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    let id = egui::Id::NULL.with(name);
    if let Some((old_key, value)) = ctx.data(|d| d.get_temp::<(K, V)>(id))
        && old_key == key
    {
        return value;
    }
    let value = make(&key);
    ctx.data_mut(|d| d.insert_temp(id, (key, value.clone())));
    value
}

/// The shapes under the borders of interest, markers and text.
fn base_shapes(view: &Viewport<'_>, map: &MapPaint<'_>) -> Vec<Shape> {
    let mut shapes = Vec::new();
    globe(&mut shapes, view, map.geometry);

    let geometry = map.geometry;
    let level = detail_level(map.view.camera.pixels_per_km);
    let mut fills = Mesh::default();
    for (index, &fill) in map.scene.country_fills.iter().enumerate() {
        if let Some(area) = geometry.country_area(level, index).filter(|a| view.sees(a)) {
            add_area(&mut fills, view, area, color(view.palette.fill(fill)));
        }
    }
    for index in 0..geometry.disputed.len() {
        if let Some(area) = geometry
            .disputed_area(level, index)
            .filter(|a| view.sees(a))
        {
            add_area(&mut fills, view, area, color(view.palette.disputed));
        }
    }
    shapes.push(Shape::mesh(fills));
    context(&mut shapes, view, map);

    // Each border and coast once, however many areas it bounds.
    let border = Stroke::new(0.7, color(view.palette.border));
    arc_lines(&mut shapes, view, geometry.arcs(level), border);
    let uncertain = Stroke::new(1.2, color(view.palette.uncertain_outline));
    for &index in &map.scene.dashed_countries {
        if let Some(area) = geometry.country_area(level, index).filter(|a| view.sees(a)) {
            dashed_outline(&mut shapes, view, area, uncertain);
        }
    }
    let dashed = Stroke::new(1.0, color(view.palette.disputed_outline));
    for index in 0..geometry.disputed.len() {
        if let Some(area) = geometry
            .disputed_area(level, index)
            .filter(|a| view.sees(a))
        {
            dashed_outline(&mut shapes, view, area, dashed);
        }
    }
    if let Some(area) = map
        .scene
        .selected_country
        .and_then(|index| geometry.country_area(level, index))
    {
        let selected = Stroke::new(2.5, color(view.palette.selection));
        outline(&mut shapes, view, area, selected);
    }
    shapes
}

/// Lakes, rivers and the graticule, over the land and under the borders.
fn context(shapes: &mut Vec<Shape>, view: &Viewport<'_>, map: &MapPaint<'_>) {
    let layers = map.scene.layers;
    let pixels_per_km = view.transform.camera.pixels_per_km;
    if layers.water {
        let water = map.geometry.water();
        let mut lakes = Mesh::default();
        for lake in water.lakes.iter().filter(|l| view.sees(l)) {
            add_area(&mut lakes, view, lake, color(view.palette.ocean));
        }
        shapes.push(Shape::mesh(lakes));
        let stroke = Stroke::new(0.9, color(view.palette.river));
        arc_lines(shapes, view, water.rivers_at(pixels_per_km), stroke);
    }
    if layers.graticule {
        let stroke = Stroke::new(0.6, color(view.palette.graticule));
        arc_lines(shapes, view, map.geometry.graticule(pixels_per_km), stroke);
    }
}

/// The arcs in view, as lines.
fn arc_lines(shapes: &mut Vec<Shape>, view: &Viewport<'_>, arcs: &[ProjectedArc], stroke: Stroke) {
    for arc in arcs.iter().filter(|a| view.transform.sees(&a.bounds)) {
        let points = arc.points.iter().map(|p| view.to_screen(*p)).collect();
        shapes.push(Shape::line(points, stroke));
    }
}

fn globe(shapes: &mut Vec<Shape>, view: &Viewport<'_>, geometry: &MapGeometry) {
    shapes.push(Shape::rect_filled(
        view.rect,
        0.0,
        color(view.palette.space),
    ));
    let centre = view.to_screen(WorldPos { x: 0.0, y: 0.0 });
    let radius =
        (geometry.projection.disc_radius_km() * view.transform.camera.pixels_per_km) as f32;
    let corners = [
        view.rect.left_top(),
        view.rect.right_top(),
        view.rect.left_bottom(),
        view.rect.right_bottom(),
    ];
    if corners.iter().all(|c| c.distance(centre) <= radius) {
        shapes.push(Shape::rect_filled(
            view.rect,
            0.0,
            color(view.palette.ocean),
        ));
    } else {
        shapes.push(Shape::circle_filled(
            centre,
            radius,
            color(view.palette.ocean),
        ));
    }
}

fn add_area(mesh: &mut Mesh, view: &Viewport<'_>, area: &ProjectedArea, fill: Color32) {
    let base = mesh.vertices.len() as u32;
    let triangles = area.triangles();
    for vertex in &triangles.vertices {
        mesh.colored_vertex(view.to_screen(*vertex), fill);
    }
    mesh.indices
        .extend(triangles.indices.iter().map(|i| base + i));
}

fn outline(shapes: &mut Vec<Shape>, view: &Viewport<'_>, area: &ProjectedArea, stroke: Stroke) {
    for polygon in &area.shape {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            let points: Vec<Pos2> = ring.coords().map(|c| view.to_screen(*c)).collect();
            shapes.push(Shape::closed_line(points, stroke));
        }
    }
}

fn dashed_outline(
    shapes: &mut Vec<Shape>,
    view: &Viewport<'_>,
    area: &ProjectedArea,
    stroke: Stroke,
) {
    for polygon in &area.shape {
        let points: Vec<Pos2> = polygon
            .exterior()
            .coords()
            .map(|c| view.to_screen(*c))
            .collect();
        shapes.extend(Shape::dashed_line(&points, stroke, 4.0, 3.0));
    }
}

fn paint_borders_of_interest(painter: &Painter, view: &Viewport<'_>, map: &MapPaint<'_>) {
    for &(index, selected) in &map.scene.borders {
        let border = &map.dataset_geometry.borders[index];
        let lines: Vec<Vec<Pos2>> = border
            .lines
            .iter()
            .map(|line| line.iter().map(|p| view.to_screen(*p)).collect())
            .collect();
        let casing = color(if selected {
            view.palette.selection
        } else {
            view.palette.frontier_casing
        });
        for line in &lines {
            painter.add(Shape::line(
                line.clone(),
                Stroke::new(palette::frontier_casing_width(selected), casing),
            ));
        }
        for line in lines.iter() {
            painter.add(Shape::line(
                line.clone(),
                Stroke::new(3.5, color(view.palette.frontier)),
            ));
        }
    }
}

fn paint_markers(painter: &Painter, view: &Viewport<'_>, scene: &Scene) {
    for marker in &scene.markers {
        let fade = |c: Color32| c.gamma_multiply(marker.opacity);
        let ink = fade(color(view.palette.exercise));
        let centre = view.to_screen(marker.pos);
        if !view.rect.expand(30.0).contains(centre) {
            continue;
        }
        let uncertainty = match marker.precision {
            PlacePrecision::Point => None,
            PlacePrecision::Region => Some(16.0),
            PlacePrecision::Country => Some(26.0),
        };
        if let Some(radius) = uncertainty {
            painter.circle_filled(centre, radius, fade(color(view.palette.uncertainty)));
            painter.extend(dashed_circle(
                centre,
                radius,
                Stroke::new(1.2, ink),
                [4.0, 3.0],
            ));
        }
        if marker.selected {
            painter.circle_stroke(
                centre,
                10.0,
                Stroke::new(3.0, color(view.palette.selection)),
            );
        }
        painter.add(exercise_diamond(
            centre,
            6.5,
            ink,
            Stroke::new(1.5, fade(color(view.palette.marker_outline))),
        ));
    }
}

/// Writes text placed by `carto::placement`, with its halo.
fn placed_text(painter: &Painter, palette: &MapPalette, placed: &PlacedText) {
    if let Some(leader) = placed.leader {
        let points = leader.map(|p| pos2(p.x as f32, p.y as f32));
        painter.line_segment(
            points,
            Stroke::new(palette::LEADER_WIDTH, color(palette.leader)),
        );
    }
    if let Some((at, symbol)) = placed.symbol {
        let centre = pos2(at.x as f32, at.y as f32);
        let ink = color(palette.place_symbol);
        let halo = Stroke::new(1.0, color(palette.label_halo));
        match symbol {
            Symbol::Capital => {
                painter.circle(
                    centre,
                    SYMBOL_RADIUS_PX as f32,
                    color(palette.label_halo),
                    Stroke::new(1.2, ink),
                );
                painter.circle_filled(centre, 1.6, ink);
            }
            Symbol::City => {
                painter.circle(centre, 2.2, ink, halo);
            }
        }
    }
    let align = match placed.anchor {
        Anchor::Centre => egui::Align2::CENTER_CENTER,
        Anchor::LeftMiddle => egui::Align2::LEFT_CENTER,
        Anchor::RightMiddle => egui::Align2::RIGHT_CENTER,
        Anchor::TopMiddle => egui::Align2::CENTER_TOP,
    };
    let at = pos2(placed.at.x as f32, placed.at.y as f32);
    halo_text(
        painter,
        palette,
        at,
        align,
        &placed.text,
        placed.size,
        color(palette.ink(placed.colour)),
    );
}

/// A dashed circle: the ring around an exercise whose site is known only roughly.
pub fn dashed_circle(centre: Pos2, radius: f32, stroke: Stroke, dash: [f32; 2]) -> Vec<Shape> {
    let ring: Vec<Pos2> = (0..=48)
        .map(|i| {
            let angle = i as f32 / 48.0 * std::f32::consts::TAU;
            centre + radius * vec2(angle.cos(), angle.sin())
        })
        .collect();
    Shape::dashed_line(&ring, stroke, dash[0], dash[1])
}

/// The exercise marker: a diamond, distinct from the round dots of cities on other maps.
pub fn exercise_diamond(centre: Pos2, radius: f32, fill: Color32, stroke: Stroke) -> Shape {
    let r = radius;
    let corners = vec![
        centre + vec2(0.0, -r),
        centre + vec2(r, 0.0),
        centre + vec2(0.0, r),
        centre + vec2(-r, 0.0),
    ];
    Shape::convex_polygon(corners, fill, stroke)
}

/// Text with a light halo so it reads over any fill.
fn halo_text(
    painter: &Painter,
    palette: &MapPalette,
    anchor: Pos2,
    align: egui::Align2,
    text: &str,
    size: f32,
    ink: Color32,
) {
    let font = egui::FontId::proportional(size);
    let halo = color(palette.label_halo);
    for offset in [
        vec2(-1.0, 0.0),
        vec2(1.0, 0.0),
        vec2(0.0, -1.0),
        vec2(0.0, 1.0),
    ] {
        painter.text(anchor + offset, align, text, font.clone(), halo);
    }
    painter.text(anchor, align, text, font, ink);
}
