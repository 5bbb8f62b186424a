//! The one symbolizer: a scene seen through a view becomes display items, with every width,
//! radius, dash and halo taken from the theme's [`MapStyle`]. The window paints these items, and
//! every figure, slide and handout page lays them out: the picture a teacher hands out is the
//! picture on the screen. No egui here.
//!
//! The items come in three groups, so that a frame costs only what changed: the base layers
//! (globe, fills, water, graticule, borders, outlines), the highlights (the selected and the
//! hovered country) and the overlay (borders of interest, markers, names) are each built once per
//! view and kept in a [`SymbolCache`] with an id a painter can keep its mesh by: a still frame
//! builds nothing, and hovering rebuilds only the highlights.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use geo::{Coord, MultiPolygon};

use super::dataset_geometry::DatasetGeometry;
use super::hatching::Hatch;
use super::labels::Symbol;
use super::layers::Layers;
use super::palette::Fill;
use super::pick::Hit;
use super::placement::{PlacedText, place_border_captions, place_labels};
use super::scene::{Marker, Scene};
use super::small_states::{small_state_circle, small_states};
use super::style::MapStyle;
use crate::dataset::PlacePrecision;
use crate::earth::camera::{MapTransform, ScreenPos};
use crate::earth::geometry::{MapGeometry, ProjectedArc, ProjectedArea, detail_level};
use crate::earth::projection::WorldPos;
use crate::render::display::{Item, Rgba, Stroke, rect_ring};
use crate::render::font::MapFont;

/// What the symbolizer draws besides the scene itself: the selection and the pointer's target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Highlight {
    /// Draw what the scene marks as selected (the window does; a clean figure does not).
    pub selection: bool,
    /// What the pointer is over, to outline.
    pub hover: Option<Hit>,
}

impl Highlight {
    /// Nothing highlighted: a clean figure.
    pub const NONE: Highlight = Highlight {
        selection: false,
        hover: None,
    };
}

/// Everything a map is drawn from.
pub struct MapInput<'a> {
    /// The projected base map.
    pub geometry: &'a MapGeometry,
    /// The dataset's borders of interest and names.
    pub dataset_geometry: &'a DatasetGeometry,
    /// What to draw.
    pub scene: &'a Scene,
    /// Where the map is and what its camera shows.
    pub view: &'a MapTransform,
    /// The caption beside each border of interest, in the dataset's order (empty: no captions).
    pub border_captions: &'a [String],
    /// How much larger than usual names and captions are written.
    pub text_scale: f32,
    /// The colours and sizes.
    pub style: &'a MapStyle,
    /// The selection and the hovered thing, if drawn.
    pub highlight: &'a Highlight,
    /// The font names are measured with.
    pub font: &'a MapFont,
}

/// Display items kept while what they show stays the same, with an id unique in the process so a
/// painter can keep what it made of them (a mesh) by that id.
#[derive(Debug)]
pub struct Layer {
    /// Unique for every layer built.
    pub id: u64,
    /// Its items, in drawing order.
    pub items: Vec<Item>,
}

impl Layer {
    fn new(items: Vec<Item>) -> Arc<Self> {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Arc::new(Self {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            items,
        })
    }
}

/// A map as display items, in drawing order: base, highlight, overlay.
#[derive(Debug, Clone)]
pub struct MapSymbols {
    /// The globe, fills, water, graticule, borders and dashed outlines.
    pub base: Arc<Layer>,
    /// How far (pixels) the base layer is to be moved from where it was made: while the map is
    /// panned, the layer is made once with a margin around the view and then moved.
    pub base_offset: [f32; 2],
    /// Where on screen the base layer was made for, before it is moved: its top-left corner and
    /// its size in pixels (the view, or the view and its margin while panning).
    pub base_area: ([f32; 2], [f32; 2]),
    /// The outlines of the selected and the hovered country.
    pub highlight: Arc<Layer>,
    /// Borders of interest, exercise markers, captions and names.
    pub overlay: Arc<Layer>,
    /// Whether some member is named by its short name (its ISO code) for want of room.
    pub short_names: bool,
}

impl MapSymbols {
    /// Every item, in drawing order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.base
            .items
            .iter()
            .chain(&self.highlight.items)
            .chain(&self.overlay.items)
    }
}

/// How far beyond the view (a share of its width and height, on each side) the base layer is
/// made while the map is panned, so that the frames of a pan move it rather than make it again.
const PAN_MARGIN: f64 = 0.5;

/// What the base layers were built for.
#[derive(Debug, Clone, PartialEq)]
struct BaseKey {
    view: MapTransform,
    style: MapStyle,
    fills: Vec<Fill>,
    dashed: Vec<usize>,
    layers: Layers,
}

/// The base layer kept, the key it answers and the view it was made for (the key's view, with a
/// margin around it while panning).
#[derive(Debug, Clone)]
struct KeptBase {
    key: BaseKey,
    made_for: MapTransform,
    layer: Arc<Layer>,
}

impl BaseKey {
    /// Whether `self` differs from `other` only in where the camera looks: a pan.
    fn panned_from(&self, other: &BaseKey) -> bool {
        let (a, b) = (&self.view, &other.view);
        a.camera.pixels_per_km == b.camera.pixels_per_km
            && a.origin == b.origin
            && a.size == b.size
            && self.style == other.style
            && self.fills == other.fills
            && self.dashed == other.dashed
            && self.layers == other.layers
    }
}

/// `view` grown by [`PAN_MARGIN`] on every side, looking at the same place.
fn with_pan_margin(view: &MapTransform) -> MapTransform {
    let [w, h] = view.size;
    let origin = ScreenPos {
        x: view.origin.x - PAN_MARGIN * w,
        y: view.origin.y - PAN_MARGIN * h,
    };
    let scale = 1.0 + 2.0 * PAN_MARGIN;
    MapTransform::new(view.camera, origin, [w * scale, h * scale])
}

/// What the highlights were built for.
#[derive(Debug, Clone, PartialEq)]
struct HighlightKey {
    view: MapTransform,
    style: MapStyle,
    selected: Option<usize>,
    hover: Option<Hit>,
}

/// What the overlay was built for: the view, what of the scene it draws, and how.
#[derive(Debug, Clone, PartialEq)]
struct OverlayKey {
    view: MapTransform,
    style: MapStyle,
    text_scale: f32,
    selection: bool,
    labels_generation: u64,
    layers: Layers,
    borders: Vec<(usize, bool)>,
    markers: Vec<Marker>,
    border_captions: Vec<String>,
}

/// What the names were placed for: the view, the text size, the names and what they keep clear
/// of.
#[derive(Debug, Clone, PartialEq)]
struct LabelKey {
    view: MapTransform,
    text_scale: f32,
    labels_generation: u64,
    layers: Layers,
    markers: Vec<WorldPos>,
    captions: Vec<PlacedText>,
}

/// The layers and name placement of one map, kept between frames (one per map on screen).
#[derive(Debug, Clone, Default)]
pub struct SymbolCache {
    base: Option<KeptBase>,
    highlight: Option<(HighlightKey, Arc<Layer>)>,
    overlay: Option<(OverlayKey, (Arc<Layer>, bool))>,
    labels: Option<(LabelKey, Arc<[PlacedText]>)>,
}

/// The value kept in `slot` for `key`, made again only when the key changes.
fn kept<K: PartialEq, V: Clone>(
    slot: &mut Option<(K, V)>,
    key: K,
    make: impl FnOnce(&K) -> V,
) -> V {
    if let Some((old, value)) = slot
        && *old == key
    {
        return value.clone();
    }
    let value = make(&key);
    *slot = Some((key, value.clone()));
    value
}

/// The map of `input` as display items, reusing what `cache` kept where nothing it shows changed.
pub fn symbolize(input: &MapInput<'_>, cache: &mut SymbolCache) -> MapSymbols {
    let scene = input.scene;
    let base_key = BaseKey {
        view: *input.view,
        style: input.style.clone(),
        fills: scene.country_fills.clone(),
        dashed: scene.dashed_countries.clone(),
        layers: scene.layers,
    };
    let (base, base_offset, made_for) = base_layer(input, &mut cache.base, base_key);
    let base_area = (
        [made_for.origin.x as f32, made_for.origin.y as f32],
        made_for.size.map(|v| v as f32),
    );
    let highlight_key = HighlightKey {
        view: *input.view,
        style: input.style.clone(),
        selected: scene.selected_country.filter(|_| input.highlight.selection),
        hover: input.highlight.hover.clone(),
    };
    let highlight = kept(&mut cache.highlight, highlight_key, |key| {
        Layer::new(Symbolizer::new(input).highlight(key.selected, key.hover.as_ref()))
    });
    let overlay_key = OverlayKey {
        view: *input.view,
        style: input.style.clone(),
        text_scale: input.text_scale,
        selection: input.highlight.selection,
        labels_generation: input.dataset_geometry.generation,
        layers: scene.layers,
        borders: scene.borders.clone(),
        markers: scene.markers.clone(),
        border_captions: input.border_captions.to_vec(),
    };
    let labels = &mut cache.labels;
    let (overlay, short_names) = kept(&mut cache.overlay, overlay_key, |_| {
        let (items, short_names) = overlay_items(input, labels);
        (Layer::new(items), short_names)
    });
    MapSymbols {
        base,
        base_offset,
        base_area,
        highlight,
        overlay,
        short_names,
    }
}

/// The base layer for `key`, how far to move it and the view it was made for: the one kept if it
/// answers the key, or if the key is a pan from it that stays within the margin it was made with;
/// otherwise made again, with a margin around the view when the key is a pan (the next frames of
/// the pan move it).
fn base_layer(
    input: &MapInput<'_>,
    slot: &mut Option<KeptBase>,
    key: BaseKey,
) -> (Arc<Layer>, [f32; 2], MapTransform) {
    let mut panned = false;
    if let Some(kept) = slot {
        if kept.key == key {
            return (kept.layer.clone(), [0.0, 0.0], kept.made_for);
        }
        if key.panned_from(&kept.key) {
            panned = true;
            let at = WorldPos {
                x: key.view.camera.centre[0],
                y: key.view.camera.centre[1],
            };
            let (now, then) = (
                key.view.screen_from_world(at),
                kept.made_for.screen_from_world(at),
            );
            let offset = [now.x - then.x, now.y - then.y];
            let made_wider = kept.made_for.size != kept.key.view.size;
            let [w, h] = key.view.size;
            if made_wider && offset[0].abs() <= PAN_MARGIN * w && offset[1].abs() <= PAN_MARGIN * h
            {
                let offset = [offset[0] as f32, offset[1] as f32];
                return (kept.layer.clone(), offset, kept.made_for);
            }
        }
    }
    let made_for = if panned {
        with_pan_margin(&key.view)
    } else {
        key.view
    };
    let layer = Layer::new(
        Symbolizer::new(&MapInput {
            view: &made_for,
            ..*input
        })
        .base(),
    );
    *slot = Some(KeptBase {
        key,
        made_for,
        layer: layer.clone(),
    });
    (layer, [0.0, 0.0], made_for)
}

/// Borders of interest, markers, captions and names, with the names' placement kept in `labels`
/// while what they keep clear of stays the same; and whether a name was shortened.
fn overlay_items(
    input: &MapInput<'_>,
    labels: &mut Option<(LabelKey, Arc<[PlacedText]>)>,
) -> (Vec<Item>, bool) {
    let scene = input.scene;
    let symbolizer = Symbolizer::new(input);
    let mut overlay = Vec::new();
    symbolizer.borders_of_interest(&mut overlay);
    symbolizer.markers(&mut overlay);
    // Captions first: names keep clear of them.
    let captions = symbolizer.captions();
    let label_key = LabelKey {
        view: *input.view,
        text_scale: input.text_scale,
        labels_generation: input.dataset_geometry.generation,
        layers: scene.layers,
        markers: scene.marker_positions(),
        captions: captions.clone(),
    };
    let labels = kept(labels, label_key, |key| {
        let shown = input
            .dataset_geometry
            .labels
            .iter()
            .filter(|l| key.layers.names(l.rank));
        let keep_clear = (key.markers.as_slice(), key.captions.as_slice());
        place_labels(
            shown,
            input.geometry,
            input.view,
            input.font,
            input.text_scale,
            keep_clear,
        )
        .into()
    });
    for placed in captions.iter().chain(labels.iter()) {
        symbolizer.placed_text(placed, &mut overlay);
    }
    let shorts: HashSet<&str> = input
        .dataset_geometry
        .labels
        .iter()
        .filter_map(|label| label.short.as_deref())
        .collect();
    let short_names = labels
        .iter()
        .any(|placed| shorts.contains(placed.text.as_str()));
    (overlay, short_names)
}

/// Turns one view's geometry into items.
struct Symbolizer<'a> {
    input: &'a MapInput<'a>,
    level: usize,
}

impl<'a> Symbolizer<'a> {
    fn new(input: &'a MapInput<'a>) -> Self {
        Self {
            input,
            level: detail_level(input.view.camera.pixels_per_km),
        }
    }

    fn px(&self, world: WorldPos) -> [f32; 2] {
        let at = self.input.view.screen_from_world(world);
        [at.x as f32, at.y as f32]
    }

    fn visible(&self, area: &ProjectedArea) -> bool {
        self.input.view.sees(&area.bounds)
    }

    fn country(&self, index: usize) -> Option<&'a ProjectedArea> {
        let geometry = self.input.geometry;
        geometry
            .country_area(self.level, index)
            .filter(|a| self.visible(a))
    }

    fn disputed(&self) -> impl Iterator<Item = &'a ProjectedArea> + '_ {
        let geometry = self.input.geometry;
        (0..geometry.disputed.len()).filter_map(move |i| {
            geometry
                .disputed_area(self.level, i)
                .filter(|a| self.visible(a))
        })
    }

    /// An area's rings in pixels, each open.
    fn rings(&self, shape: &MultiPolygon<f64>) -> Vec<Vec<[f32; 2]>> {
        let open = |ring: &geo::LineString<f64>| -> Vec<[f32; 2]> {
            let points = &ring.0[..ring.0.len().saturating_sub(1)];
            points.iter().map(|c: &Coord<f64>| self.px(*c)).collect()
        };
        shape
            .iter()
            .flat_map(|polygon| std::iter::once(polygon.exterior()).chain(polygon.interiors()))
            .map(open)
            .collect()
    }

    /// An area filled, and hatched over its fill if it carries a hatch.
    fn fill_area(
        &self,
        area: &ProjectedArea,
        fill: Rgba,
        hatch: Option<Hatch>,
        items: &mut Vec<Item>,
    ) {
        let rings = self.rings(&area.shape);
        let lines: Vec<Item> = hatch.map(|h| h.items(&rings).collect()).unwrap_or_default();
        items.push(Item::Shape { rings, fill });
        items.extend(lines);
    }

    fn outline(&self, area: &ProjectedArea, stroke: Stroke, items: &mut Vec<Item>) {
        items.extend(
            self.rings(&area.shape)
                .into_iter()
                .map(|points| Item::Line {
                    points,
                    stroke,
                    closed: true,
                }),
        );
    }

    fn arc_lines(&self, arcs: &[ProjectedArc], stroke: Stroke, items: &mut Vec<Item>) {
        let view = self.input.view;
        items.extend(
            arcs.iter()
                .filter(|a| view.sees(&a.bounds))
                .map(|arc| Item::Line {
                    points: arc.points.iter().map(|p| self.px(*p)).collect(),
                    stroke,
                    closed: false,
                }),
        );
    }

    /// The globe, fills, water, graticule, borders and dashed outlines.
    fn base(&self) -> Vec<Item> {
        let MapStyle { palette, sizes } = self.input.style;
        let scene = self.input.scene;
        let mut items = Vec::new();
        self.globe(&mut items);
        // A pattern as well as a colour where the standing is frozen or the land disputed.
        let style = self.input.style;
        let anchor = self.px(WorldPos { x: 0.0, y: 0.0 });
        for (index, &fill) in scene.country_fills.iter().enumerate() {
            if let Some(area) = self.country(index) {
                let hatch = style.standing_hatch(fill.standing, anchor);
                self.fill_area(area, palette.fill(fill), hatch, &mut items);
            }
        }
        for area in self.disputed() {
            let hatch = style.disputed_hatch(anchor);
            self.fill_area(area, palette.disputed, Some(hatch), &mut items);
        }
        self.context(scene.layers, &mut items);
        // Each border and coast once, however many areas it bounds.
        let border = Stroke::solid(palette.border, sizes.border_width);
        self.arc_lines(self.input.geometry.arcs(self.level), border, &mut items);
        let uncertain = Stroke::dashed(
            palette.uncertain_outline,
            sizes.uncertain_outline_width,
            sizes.outline_dash,
        );
        for area in scene
            .dashed_countries
            .iter()
            .filter_map(|&i| self.country(i))
        {
            self.outline(area, uncertain, &mut items);
        }
        let disputed = Stroke::dashed(
            palette.disputed_outline,
            sizes.disputed_outline_width,
            sizes.outline_dash,
        );
        for area in self.disputed() {
            self.outline(area, disputed, &mut items);
        }
        self.small_states(&mut items);
        items
    }

    /// The states too small to see, as circles in their standing's colour.
    fn small_states(&self, items: &mut Vec<Item>) {
        let MapStyle { palette, .. } = self.input.style;
        let scene = self.input.scene;
        let view = self.input.view;
        let reach =
            f64::from(self.input.style.sizes.small_state_radius) / view.camera.pixels_per_km;
        for (index, at) in small_states(scene, self.input.geometry, view.camera.pixels_per_km) {
            let around = geo::Rect::new(
                Coord {
                    x: at.x - reach,
                    y: at.y - reach,
                },
                Coord {
                    x: at.x + reach,
                    y: at.y + reach,
                },
            );
            if view.sees(&around) {
                let fill = palette.fill(scene.country_fills[index]);
                items.push(small_state_circle(self.px(at), fill, self.input.style));
            }
        }
    }

    /// The space around the globe, and the sea: what the projection shows (a hemisphere's disc,
    /// the world's outline), or the whole view where the view lies inside it.
    fn globe(&self, items: &mut Vec<Item>) {
        let palette = &self.input.style.palette;
        let view = self.input.view;
        let projection = &self.input.geometry.projection;
        let min = [view.origin.x as f32, view.origin.y as f32];
        let size = view.size.map(|v| v as f32);
        items.push(Item::convex(rect_ring(min, size), palette.space));
        let corners = rect_ring(min, size);
        let inside = |&[x, y]: &[f32; 2]| {
            let at = view.world_from_screen(ScreenPos {
                x: f64::from(x),
                y: f64::from(y),
            });
            projection.shows(at)
        };
        if corners.iter().all(inside) {
            items.push(Item::convex(corners, palette.ocean));
        } else {
            let outline = projection
                .outline()
                .into_iter()
                .map(|p| self.px(p))
                .collect();
            items.push(Item::convex(outline, palette.ocean));
        }
    }

    /// Lakes, rivers and the graticule, over the land and under the borders.
    fn context(&self, layers: Layers, items: &mut Vec<Item>) {
        let MapStyle { palette, sizes } = self.input.style;
        let geometry = self.input.geometry;
        let pixels_per_km = self.input.view.camera.pixels_per_km;
        if layers.water {
            let water = geometry.water();
            for lake in water.lakes.iter().filter(|l| self.visible(l)) {
                self.fill_area(lake, palette.ocean, None, items);
            }
            let river = Stroke::solid(palette.river, sizes.river_width);
            self.arc_lines(water.rivers_at(pixels_per_km), river, items);
        }
        if layers.graticule {
            let stroke = Stroke::solid(palette.graticule, sizes.graticule_width);
            self.arc_lines(geometry.graticule(pixels_per_km), stroke, items);
        }
    }

    /// The selected country's outline and the hovered area's.
    fn highlight(&self, selected: Option<usize>, hover: Option<&Hit>) -> Vec<Item> {
        let MapStyle { palette, sizes } = self.input.style;
        let geometry = self.input.geometry;
        let mut items = Vec::new();
        let hovered = match hover {
            Some(Hit::Country(index)) if Some(*index) != selected => {
                geometry.country_area(self.level, *index)
            }
            Some(Hit::Disputed(index)) => geometry.disputed_area(self.level, *index),
            _ => None,
        };
        if let Some(area) = hovered {
            let stroke = Stroke::solid(palette.selection.faded(0.7), sizes.hover_outline_width);
            self.outline(area, stroke, &mut items);
        }
        if let Some(area) = selected.and_then(|index| geometry.country_area(self.level, index)) {
            let stroke = Stroke::solid(palette.selection, sizes.selected_outline_width);
            self.outline(area, stroke, &mut items);
        }
        items
    }

    /// Each border of interest: its casing, then the line.
    fn borders_of_interest(&self, items: &mut Vec<Item>) {
        let MapStyle { palette, sizes } = self.input.style;
        for &(index, selected) in &self.input.scene.borders {
            let Some(border) = self.input.dataset_geometry.borders.get(index) else {
                continue;
            };
            let lines: Vec<Vec<[f32; 2]>> = border
                .lines
                .iter()
                .map(|line| line.iter().map(|p| self.px(*p)).collect())
                .collect();
            let casing = if selected && self.input.highlight.selection {
                Stroke::solid(palette.selection, sizes.frontier_selected_casing_width)
            } else {
                Stroke::solid(palette.frontier_casing, sizes.frontier_casing_width)
            };
            let line = Stroke::solid(palette.frontier, sizes.frontier_width);
            for stroke in [casing, line] {
                items.extend(lines.iter().map(|points| Item::Line {
                    points: points.clone(),
                    stroke,
                    closed: false,
                }));
            }
        }
    }

    /// The exercise markers in view: the ring of an approximate site, the selection ring and
    /// the diamond, faded by the marker's opacity.
    fn markers(&self, items: &mut Vec<Item>) {
        let view = self.input.view;
        let (min, max) = (
            [view.origin.x as f32, view.origin.y as f32],
            [
                (view.origin.x + view.size[0]) as f32,
                (view.origin.y + view.size[1]) as f32,
            ],
        );
        let margin = self.input.style.sizes.country_ring_radius;
        for marker in &self.input.scene.markers {
            let [x, y] = self.px(marker.pos);
            let near = x >= min[0] - margin
                && x <= max[0] + margin
                && y >= min[1] - margin
                && y <= max[1] + margin;
            if near {
                self.marker([x, y], marker, items);
            }
        }
    }

    fn marker(&self, centre: [f32; 2], marker: &Marker, items: &mut Vec<Item>) {
        let MapStyle { palette, sizes } = self.input.style;
        let fade = |colour: Rgba| colour.faded(marker.opacity);
        let ring = match marker.precision {
            PlacePrecision::Point => None,
            PlacePrecision::Region => Some(sizes.region_ring_radius),
            PlacePrecision::Country => Some(sizes.country_ring_radius),
        };
        if let Some(radius) = ring {
            items.push(Item::Circle {
                centre,
                radius,
                fill: Some(fade(palette.uncertainty)),
                stroke: Some(Stroke::dashed(
                    fade(palette.exercise),
                    sizes.site_ring_width,
                    sizes.site_ring_dash,
                )),
            });
        }
        if marker.selected && self.input.highlight.selection {
            items.push(Item::Circle {
                centre,
                radius: sizes.marker_selected_radius,
                fill: None,
                stroke: Some(Stroke::solid(
                    palette.selection,
                    sizes.marker_selected_width,
                )),
            });
        }
        diamond(
            centre,
            sizes.marker_radius,
            fade(palette.exercise),
            Some(Stroke::solid(
                fade(palette.marker_outline),
                sizes.marker_outline_width,
            )),
            items,
        );
    }

    /// The captions of the borders of interest, placed.
    fn captions(&self) -> Vec<PlacedText> {
        let input = self.input;
        let borders = input.scene.borders.iter().filter_map(|&(index, _)| {
            let caption = input.border_captions.get(index)?;
            let border = input.dataset_geometry.borders.get(index)?;
            Some((border.lines.as_slice(), caption.as_str()))
        });
        place_border_captions(borders, input.view, input.font, input.text_scale)
    }

    /// A placed name: its leader line, its place's symbol, and the text with its halo.
    fn placed_text(&self, placed: &PlacedText, items: &mut Vec<Item>) {
        let MapStyle { palette, sizes } = self.input.style;
        if let Some(leader) = placed.leader {
            items.push(Item::Line {
                points: leader.map(|p| [p.x as f32, p.y as f32]).to_vec(),
                stroke: Stroke::solid(palette.leader, sizes.leader_width),
                closed: false,
            });
        }
        if let Some((at, symbol)) = placed.symbol {
            place_symbol([at.x as f32, at.y as f32], symbol, self.input.style, items);
        }
        let top_left = placed.top_left();
        items.push(self.input.font.text_item(
            &placed.text,
            [top_left.x as f32, top_left.y as f32],
            placed.size,
            palette.ink(placed.colour),
            Some((palette.label_halo, sizes.text_halo)),
        ));
    }
}

/// The exercise marker: a diamond, distinct from the round dots of cities on other maps.
pub fn diamond(
    centre: [f32; 2],
    radius: f32,
    fill: Rgba,
    outline: Option<Stroke>,
    items: &mut Vec<Item>,
) {
    let [x, y] = centre;
    let corners = vec![
        [x, y - radius],
        [x + radius, y],
        [x, y + radius],
        [x - radius, y],
    ];
    if let Some(stroke) = outline {
        items.push(Item::convex(corners.clone(), fill));
        items.push(Item::Line {
            points: corners,
            stroke,
            closed: true,
        });
    } else {
        items.push(Item::convex(corners, fill));
    }
}

/// A place's symbol: a ringed dot for a capital, a dot for a city.
fn place_symbol(centre: [f32; 2], symbol: Symbol, style: &MapStyle, items: &mut Vec<Item>) {
    let MapStyle { palette, sizes } = style;
    let ink = palette.place_symbol;
    match symbol {
        Symbol::Capital => {
            items.push(Item::Circle {
                centre,
                radius: sizes.capital_radius,
                fill: Some(palette.label_halo),
                stroke: Some(Stroke::solid(ink, sizes.capital_ring_width)),
            });
            items.push(Item::Circle {
                centre,
                radius: sizes.capital_dot_radius,
                fill: Some(ink),
                stroke: None,
            });
        }
        Symbol::City => items.push(Item::Circle {
            centre,
            radius: sizes.city_radius,
            fill: Some(ink),
            stroke: Some(Stroke::solid(palette.label_halo, sizes.city_halo_width)),
        }),
    }
}
