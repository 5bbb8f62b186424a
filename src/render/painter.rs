//! Paints a scene with egui: fills as one mesh, outlines, borders of interest, markers, labels.

use egui::{Color32, Mesh, Painter, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::carto::camera::{MapTransform, ScreenPos};
use crate::carto::dataset_geometry::DatasetGeometry;
use crate::carto::font::map_font;
use crate::carto::geometry::{MapGeometry, ProjectedArc, ProjectedArea, detail_level};
use crate::carto::labels::Symbol;
use crate::carto::palette::{self, MapPalette, Rgba};
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
    paint_globe(painter, &view, map.geometry);

    let geometry = map.geometry;
    let level = detail_level(map.view.camera.pixels_per_km);
    let mut fills = Mesh::default();
    for (index, &fill) in map.scene.country_fills.iter().enumerate() {
        if let Some(area) = geometry.country_area(level, index).filter(|a| view.sees(a)) {
            add_area(&mut fills, &view, area, color(view.palette.fill(fill)));
        }
    }
    for index in 0..geometry.disputed.len() {
        if let Some(area) = geometry
            .disputed_area(level, index)
            .filter(|a| view.sees(a))
        {
            add_area(&mut fills, &view, area, color(view.palette.disputed));
        }
    }
    painter.add(Shape::mesh(fills));

    paint_context(painter, &view, map);

    // Each border and coast once, however many areas it bounds.
    let border = Stroke::new(0.7, color(view.palette.border));
    for arc in geometry.arcs(level) {
        if view.transform.sees(&arc.bounds) {
            let points = arc.points.iter().map(|p| view.to_screen(*p)).collect();
            painter.add(Shape::line(points, border));
        }
    }
    let uncertain = Stroke::new(1.2, color(view.palette.uncertain_outline));
    for &index in &map.scene.dashed_countries {
        if let Some(area) = geometry.country_area(level, index).filter(|a| view.sees(a)) {
            dashed_outline(painter, &view, area, uncertain);
        }
    }
    let dashed = Stroke::new(1.0, color(view.palette.disputed_outline));
    for index in 0..geometry.disputed.len() {
        if let Some(area) = geometry
            .disputed_area(level, index)
            .filter(|a| view.sees(a))
        {
            dashed_outline(painter, &view, area, dashed);
        }
    }
    if let Some(area) = map
        .scene
        .selected_country
        .and_then(|index| geometry.country_area(level, index))
    {
        outline(
            painter,
            &view,
            area,
            Stroke::new(2.5, color(view.palette.selection)),
        );
    }

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
    let markers = map.scene.marker_positions();
    let labels = map.dataset_geometry.labels.iter();
    let shown = labels.filter(|l| map.scene.layers.names(l.rank));
    let keep_clear = (markers.as_slice(), captions.as_slice());
    let placed = place_labels(
        shown,
        map.geometry,
        view.transform,
        map_font(),
        map.text_scale,
        keep_clear,
    );
    for text in &placed {
        placed_text(painter, view.palette, text);
    }
}

/// Lakes, rivers and the graticule, over the land and under the borders.
fn paint_context(painter: &Painter, view: &Viewport<'_>, map: &MapPaint<'_>) {
    let layers = map.scene.layers;
    let lines = |arcs: &[ProjectedArc], stroke: Stroke| {
        for arc in arcs.iter().filter(|a| view.transform.sees(&a.bounds)) {
            let points = arc.points.iter().map(|p| view.to_screen(*p)).collect();
            painter.add(Shape::line(points, stroke));
        }
    };
    if layers.water {
        let water = map.geometry.water();
        let mut lakes = Mesh::default();
        for lake in water.lakes.iter().filter(|l| view.sees(l)) {
            add_area(&mut lakes, view, lake, color(view.palette.ocean));
        }
        painter.add(Shape::mesh(lakes));
        let rivers = water.rivers_at(view.transform.camera.pixels_per_km);
        lines(rivers, Stroke::new(0.9, color(view.palette.river)));
    }
    if layers.graticule {
        let pixels_per_km = view.transform.camera.pixels_per_km;
        let stroke = Stroke::new(0.6, color(view.palette.graticule));
        lines(map.geometry.graticule(pixels_per_km), stroke);
    }
}

fn paint_globe(painter: &Painter, view: &Viewport<'_>, geometry: &MapGeometry) {
    painter.rect_filled(view.rect, 0.0, color(view.palette.space));
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
        painter.rect_filled(view.rect, 0.0, color(view.palette.ocean));
    } else {
        painter.circle_filled(centre, radius, color(view.palette.ocean));
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

fn outline(painter: &Painter, view: &Viewport<'_>, area: &ProjectedArea, stroke: Stroke) {
    for polygon in &area.shape {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            let points: Vec<Pos2> = ring.coords().map(|c| view.to_screen(*c)).collect();
            painter.add(Shape::closed_line(points, stroke));
        }
    }
}

fn dashed_outline(painter: &Painter, view: &Viewport<'_>, area: &ProjectedArea, stroke: Stroke) {
    for polygon in &area.shape {
        let points: Vec<Pos2> = polygon
            .exterior()
            .coords()
            .map(|c| view.to_screen(*c))
            .collect();
        painter.extend(Shape::dashed_line(&points, stroke, 4.0, 3.0));
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
                Stroke::new(if selected { 8.0 } else { 6.0 }, casing),
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
