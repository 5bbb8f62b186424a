//! A map figure for export: the map clipped to a frame, with its title, legend, scale bar, the
//! border captions and a credit line, laid out once in pixels. Writers (`render::svg`,
//! `render::raster`, `render::pdf`) only translate it: every decision is made here. No egui here.

use super::camera::{Camera, MapTransform, ScreenPos};
use super::clip::{ClipRect, clip_items};
use super::dataset_geometry::DatasetGeometry;
use super::font::MapFont;
use super::geometry::{MapGeometry, ProjectedArc, ProjectedArea, detail_level};
use super::labels::Symbol;
use super::layers::Layers;
use super::legend::{LegendRow, Swatch, legend_rows};
use super::palette::{self, MapPalette, Rgba};
use super::placement::{PlacedText, SYMBOL_RADIUS_PX, place_border_captions, place_labels};
use super::projection::{Projection, WorldPos};
use super::scene::Scene;
use crate::dataset::{Date, LoadedDataset, PlacePrecision};

/// The logical height figures are laid out at; larger figures are the same layout scaled up, so a
/// 4K slide reads like a 1080p one.
const LOGICAL_HEIGHT: f32 = 1080.0;
pub(super) const TITLE_SIZE: f32 = 30.0;
const LEGEND_SIZE: f32 = 15.0;
/// The date above each map of a side-by-side figure.
const HEADING_SIZE: f32 = 22.0;
pub(super) const CREDIT_SIZE: f32 = 12.0;
pub(super) const MARGIN: f32 = 24.0;
/// Figures are printed and projected on white pages: they are always drawn in the light palette,
/// whatever the window's theme.
pub const PALETTE: &MapPalette = &MapPalette::LIGHT;

/// What a figure shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureOptions {
    /// Width and height in pixels.
    pub size: [u32; 2],
    /// The title (default: the organisation's name at the date, and the date).
    pub title: Option<String>,
    /// Draw the legend.
    pub legend: bool,
    /// Draw the scale bar.
    pub scale_bar: bool,
    /// Write the credit line.
    pub credit: bool,
    /// A line under the title (an animation frame says what changed).
    pub caption: Option<String>,
    /// Write the borders' captions.
    pub captions: bool,
    /// What part of the world: the members framed, or a given camera.
    pub view: FigureView,
    /// Pixels per layout pixel (default: [`page_scale`] of the height). A map that is the top of
    /// a taller page (a handout's) takes the page's, so its type matches the text under it.
    pub scale: Option<f32>,
}

impl FigureOptions {
    /// Everything shown, the members framed, at `size`.
    pub fn new(size: [u32; 2]) -> Self {
        Self {
            size,
            title: None,
            legend: true,
            scale_bar: true,
            credit: true,
            caption: None,
            captions: true,
            view: FigureView::FitMembers,
            scale: None,
        }
    }
}

/// What part of the world a figure shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FigureView {
    /// Frame every country of the dataset.
    FitMembers,
    /// Centre on a point, showing `width_km` across the map.
    Centre {
        /// Longitude in degrees.
        lon: f64,
        /// Latitude in degrees.
        lat: f64,
        /// How many kilometres the map's width shows.
        width_km: f64,
    },
    /// What a window's map shows: its camera, and how wide (in pixels) that map is, so the
    /// figure shows the same stretch of the world at its own size.
    Window {
        /// The window's camera.
        camera: Camera,
        /// The width of the window's map in pixels.
        width_px: f64,
    },
}

/// The width that means a hairline: the thinnest line the output device draws.
pub const HAIRLINE: f32 = 0.0;

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub colour: Rgba,
    /// Width in pixels ([`HAIRLINE`]: one device pixel, whatever the scale).
    pub width: f32,
    /// Dash and gap lengths, for a dashed line.
    pub dash: Option<[f32; 2]>,
}

/// A line of text with its baseline's left end.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// Where the baseline starts.
    pub baseline: [f32; 2],
}

/// One thing to draw, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled shape of rings (even-odd rule).
    Shape {
        /// Closed rings in pixels.
        rings: Vec<Vec<[f32; 2]>>,
        /// Fill colour.
        fill: Rgba,
    },
    /// A line, open or closed.
    Line {
        /// Points in pixels.
        points: Vec<[f32; 2]>,
        /// How it is drawn.
        stroke: Stroke,
        /// Whether it closes back to its start.
        closed: bool,
    },
    /// A circle.
    Circle {
        /// Centre in pixels.
        centre: [f32; 2],
        /// Radius in pixels.
        radius: f32,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// Text, one or more lines, with an optional halo behind it.
    Text {
        /// Its lines.
        lines: Vec<TextLine>,
        /// Em size in pixels.
        size: f32,
        /// Colour.
        colour: Rgba,
        /// A halo colour and width, so it reads over any fill.
        halo: Option<(Rgba, f32)>,
    },
    /// Clip what follows to a rectangle, until [`Item::EndClip`].
    Clip {
        /// Top-left corner.
        min: [f32; 2],
        /// Width and height.
        size: [f32; 2],
    },
    /// End the last clip.
    EndClip,
}

/// A laid-out figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Width and height in pixels.
    pub size: [f32; 2],
    /// What to draw, in order.
    pub items: Vec<Item>,
    /// Its title (also the document title of an SVG or PDF).
    pub title: String,
    /// Where the map is, in the layout's logical pixels (a page of text has none).
    pub map: Option<MapTransform>,
    /// Pixels per logical pixel.
    pub scale: f32,
}

impl Figure {
    /// The same figure drawn `factor` times as large (a preview is a small copy).
    pub fn resized(&self, factor: f32) -> Figure {
        Figure {
            size: self.size.map(|v| (v * factor).max(1.0)),
            items: self
                .items
                .iter()
                .cloned()
                .map(|item| scaled(item, factor))
                .collect(),
            title: self.title.clone(),
            map: self.map,
            scale: self.scale * factor,
        }
    }

    /// Where a projected point lands in the figure, in pixels, if the figure has a map.
    pub fn pixel_of(&self, world: WorldPos) -> Option<[f32; 2]> {
        let at = self.map?.screen_from_world(world);
        Some([at.x as f32 * self.scale, at.y as f32 * self.scale])
    }
}

/// Everything a figure is drawn from.
pub struct FigureSource<'a> {
    /// The dataset.
    pub dataset: &'a LoadedDataset,
    /// The projected base map.
    pub geometry: &'a MapGeometry,
    /// The dataset's borders and labels.
    pub dataset_geometry: &'a DatasetGeometry,
    /// What to draw at the date.
    pub scene: &'a Scene,
    /// The date shown.
    pub date: Date,
}

/// The default title: "Collective Security Treaty Organization, 1 July 2025", with how far its
/// sources reach when the date is past them.
pub fn default_title(dataset: &LoadedDataset, date: Date) -> String {
    let (name, _) = dataset.data.organisation.names_at(date);
    format!("{name}, {}", date_heading(dataset, date))
}

/// The default title of two dates side by side, left first: "Collective Security Treaty
/// Organization: 2006 and 2012", named as at the later date, with how far the sources reach
/// when a date is past them.
pub fn compare_title(dataset: &LoadedDataset, left: Date, right: Date) -> String {
    let (name, _) = dataset.data.organisation.names_at(left.max(right));
    format!(
        "{name}: {} and {}",
        date_heading(dataset, left),
        date_heading(dataset, right)
    )
}

/// "2006", or past the date the sources reach, "2026 (as of the sources, August 2025)".
pub fn date_heading(dataset: &LoadedDataset, date: Date) -> String {
    match dataset.data.as_of {
        Some(reach) if date.first_day() > reach.last_day() => {
            format!("{date} (as of the sources, {reach})")
        }
        _ => date.to_string(),
    }
}

/// Pixels per layout pixel for a page `height` pixels high: figures are laid out 1080 high and
/// scaled, so a 4K slide reads like a 1080p one.
pub fn page_scale(height: f32) -> f32 {
    (height / LOGICAL_HEIGHT).clamp(0.25, 8.0)
}

/// Lays out a figure of `source` as `options` ask.
pub fn layout(source: &FigureSource<'_>, options: &FigureOptions, font: &MapFont) -> Figure {
    layout_maps(std::slice::from_ref(source), options, font)
}

/// Lays out maps of the same dataset at two dates side by side, each under its date, with one
/// legend counting both dates and one scale bar: a "before and after" figure.
pub fn layout_side_by_side(
    sources: &[FigureSource<'_>; 2],
    options: &FigureOptions,
    font: &MapFont,
) -> Figure {
    layout_maps(sources, options, font)
}

/// The layout of one map, or of several side by side with a heading each; `sources` is never
/// empty (both callers pass one or two).
fn layout_maps(sources: &[FigureSource<'_>], options: &FigureOptions, font: &MapFont) -> Figure {
    let [width, height] = options.size.map(|v| v.max(1) as f32);
    let scale = options.scale.unwrap_or_else(|| page_scale(height));
    let logical = [width / scale, height / scale];
    let (first, last) = (&sources[0], &sources[sources.len() - 1]);
    let title = options.title.clone().unwrap_or_else(|| {
        if sources.len() == 1 {
            default_title(first.dataset, first.date)
        } else {
            compare_title(first.dataset, first.date, last.date)
        }
    });

    let mut items = vec![Item::Shape {
        rings: vec![rect_ring([0.0, 0.0], logical)],
        fill: PALETTE.space,
    }];
    let title_size = fitted_size(font, &title, TITLE_SIZE, logical[0] - 2.0 * MARGIN);
    let caption_height = options
        .caption
        .as_ref()
        .map_or(0.0, |_| font.line_height(LEGEND_SIZE));
    let title_band = title_size * 1.6 + MARGIN * 0.5 + caption_height;
    let credit_lines = if options.credit {
        wrap(
            font,
            &credit_text(first.dataset),
            CREDIT_SIZE,
            logical[0] - 2.0 * MARGIN,
        )
    } else {
        Vec::new()
    };
    let credit_band = if credit_lines.is_empty() {
        MARGIN * 0.5
    } else {
        credit_lines.len() as f32 * font.line_height(CREDIT_SIZE) + MARGIN * 0.5
    };
    // Side by side, each map has its date above it, and a gutter keeps the maps apart.
    let side_by_side = sources.len() > 1;
    let heading_band = if side_by_side {
        font.line_height(HEADING_SIZE) + MARGIN * 0.25
    } else {
        0.0
    };
    let gutter = if side_by_side { MARGIN * 0.5 } else { 0.0 };
    let count = sources.len() as f32;
    let maps_top = title_band + heading_band;
    let map_size = [
        ((logical[0] - gutter * (count - 1.0)) / count).max(1.0),
        (logical[1] - maps_top - credit_band).max(1.0),
    ];
    let map_min = |i: usize| [i as f32 * (map_size[0] + gutter), maps_top];
    let views: Vec<MapTransform> = sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let min = map_min(i);
            let view = map_view(source, options.view, min, map_size);
            let mut map = Vec::new();
            map_items(source, &view, options.captions, font, &mut map);
            // Side by side, painting the margins over a map would paint over its neighbour: the
            // maps are cut to their frames here, so that writers that do not clip draw them
            // apart too.
            if side_by_side {
                let max = [min[0] + map_size[0], min[1] + map_size[1]];
                map = clip_items(map, ClipRect { min, max }, font);
            }
            items.push(Item::Clip {
                min,
                size: map_size,
            });
            items.extend(map);
            items.push(Item::EndClip);
            view
        })
        .collect();
    // The bands above and below the maps are painted over them, so nothing of a map shows
    // outside its frame even where a writer does not clip.
    for (min, size) in [
        ([0.0, 0.0], [logical[0], maps_top]),
        ([0.0, logical[1] - credit_band], [logical[0], credit_band]),
    ] {
        items.push(Item::Shape {
            rings: vec![rect_ring(min, size)],
            fill: PALETTE.space,
        });
    }
    items.push(text_item(
        font,
        &title,
        [MARGIN, MARGIN * 0.5],
        title_size,
        PALETTE.label,
        None,
    ));
    if let Some(caption) = &options.caption {
        items.push(text_item(
            font,
            caption,
            [MARGIN, MARGIN * 0.5 + font.line_height(title_size)],
            LEGEND_SIZE,
            PALETTE.label_secondary,
            None,
        ));
    }
    if side_by_side {
        for (i, source) in sources.iter().enumerate() {
            let heading = date_heading(source.dataset, source.date);
            let size = fitted_size(font, &heading, HEADING_SIZE, map_size[0] - MARGIN);
            let left = map_min(i)[0] + (map_size[0] - font.line_width(&heading, size)) / 2.0;
            items.push(text_item(
                font,
                &heading,
                [left, title_band],
                size,
                PALETTE.label,
                None,
            ));
        }
    }

    if options.legend {
        legend_items(sources, font, map_min(0), map_size, &mut items);
    }
    // The maps share one scale: one bar, under the last.
    if options.scale_bar {
        let last = sources.len() - 1;
        let projection = &sources[last].geometry.projection;
        let view = &views[last];
        scale_bar_items(view, projection, font, map_min(last), map_size, &mut items);
    }
    if !credit_lines.is_empty() {
        let top = logical[1] - credit_band + MARGIN * 0.25;
        items.push(text_item(
            font,
            &credit_lines.join("\n"),
            [MARGIN, top],
            CREDIT_SIZE,
            PALETTE.label_secondary,
            None,
        ));
    }
    Figure {
        size: [width, height],
        items: items.into_iter().map(|item| scaled(item, scale)).collect(),
        title,
        map: Some(views[0]),
        scale,
    }
}

/// "Base map: Natural Earth. Places: GeoNames (CC BY 4.0). Sources: India.com, The Diplomat, …"
/// from the dataset's articles.
pub fn credit_text(dataset: &LoadedDataset) -> String {
    let mut outlets: Vec<&str> = dataset
        .data
        .articles
        .iter()
        .map(|a| a.outlet.as_str())
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    format!(
        "Base map: Natural Earth. Places: GeoNames (CC BY 4.0). Sources: {}. Made with CSTO Atlas.",
        outlets.join(", ")
    )
}

fn map_view(
    source: &FigureSource<'_>,
    view: FigureView,
    map_min: [f32; 2],
    map_size: [f32; 2],
) -> MapTransform {
    let size = map_size.map(f64::from);
    let camera = match view {
        FigureView::FitMembers => {
            super::dataset_geometry::home_camera(source.dataset, source.geometry, size)
        }
        FigureView::Centre { lon, lat, width_km } => {
            let centre = source
                .geometry
                .projection
                .project(super::projection::lon_lat(lon, lat))
                .unwrap_or(WorldPos { x: 0.0, y: 0.0 });
            Camera {
                centre: [centre.x, centre.y],
                pixels_per_km: size[0] / width_km.max(1.0),
            }
        }
        FigureView::Window { camera, width_px } => Camera {
            pixels_per_km: camera.pixels_per_km * size[0] / width_px.max(1.0),
            ..camera
        },
    };
    MapTransform::new(
        camera,
        ScreenPos {
            x: f64::from(map_min[0]),
            y: f64::from(map_min[1]),
        },
        size,
    )
}

fn map_items(
    source: &FigureSource<'_>,
    view: &MapTransform,
    captions: bool,
    font: &MapFont,
    items: &mut Vec<Item>,
) {
    let geometry = source.geometry;
    let scene = source.scene;
    let to_px = |p: WorldPos| {
        let s = view.screen_from_world(p);
        [s.x as f32, s.y as f32]
    };
    let centre = to_px(WorldPos { x: 0.0, y: 0.0 });
    items.push(Item::Circle {
        centre,
        radius: (geometry.projection.disc_radius_km() * view.camera.pixels_per_km) as f32,
        fill: Some(PALETTE.ocean),
        stroke: None,
    });
    let rings = |area: &ProjectedArea| -> Vec<Vec<[f32; 2]>> {
        area.shape
            .iter()
            .flat_map(|polygon| {
                std::iter::once(polygon.exterior())
                    .chain(polygon.interiors())
                    .map(|ring| ring.coords().map(|c| to_px(*c)).collect())
            })
            .collect()
    };
    let level = detail_level(view.camera.pixels_per_km);
    let visible = |area: &&ProjectedArea| view.sees(&area.bounds);
    let country = |index: usize| geometry.country_area(level, index).filter(visible);
    let disputed = || {
        (0..geometry.disputed.len())
            .filter_map(|i| geometry.disputed_area(level, i).filter(visible))
    };
    for (index, &fill) in scene.country_fills.iter().enumerate() {
        if let Some(area) = country(index) {
            items.push(Item::Shape {
                rings: rings(area),
                fill: PALETTE.fill(fill),
            });
        }
    }
    for area in disputed() {
        items.push(Item::Shape {
            rings: rings(area),
            fill: PALETTE.disputed,
        });
    }
    context_items(geometry, scene.layers, view, &to_px, items);
    // Country borders are hairlines: one device pixel at any size, as thin as the window draws
    // them, and far cheaper to rasterise at 4K than a scaled stroke. Each once, from its arc.
    let border = Stroke {
        colour: PALETTE.border,
        width: HAIRLINE,
        dash: None,
    };
    for arc in geometry.arcs(level).iter().filter(|a| view.sees(&a.bounds)) {
        items.push(Item::Line {
            points: arc.points.iter().map(|p| to_px(*p)).collect(),
            stroke: border,
            closed: false,
        });
    }
    let dashed = |colour, width| Stroke {
        colour,
        width,
        dash: Some([4.0, 3.0]),
    };
    for area in scene.dashed_countries.iter().filter_map(|&i| country(i)) {
        outline(&rings(area), dashed(PALETTE.uncertain_outline, 1.2), items);
    }
    for area in disputed() {
        outline(&rings(area), dashed(PALETTE.disputed_outline, 1.0), items);
    }

    for &(index, _) in &scene.borders {
        let lines: Vec<Vec<[f32; 2]>> = source.dataset_geometry.borders[index]
            .lines
            .iter()
            .map(|line| line.iter().map(|p| to_px(*p)).collect())
            .collect();
        for (colour, width) in [
            (
                PALETTE.frontier_casing,
                palette::frontier_casing_width(false),
            ),
            (PALETTE.frontier, 3.5),
        ] {
            for line in &lines {
                items.push(Item::Line {
                    points: line.clone(),
                    stroke: Stroke {
                        colour,
                        width,
                        dash: None,
                    },
                    closed: false,
                });
            }
        }
    }
    marker_items(scene, &to_px, items);
    // Captions first: labels keep clear of them.
    let caption_texts: Vec<String> = source
        .dataset
        .data
        .borders
        .iter()
        .map(|border| super::describe::border_caption(source.dataset, border))
        .collect();
    let borders = scene
        .borders
        .iter()
        .filter(|_| captions)
        .map(|&(index, _)| {
            (
                source.dataset_geometry.borders[index].lines.as_slice(),
                caption_texts[index].as_str(),
            )
        });
    let placed_captions = place_border_captions(borders, view, font, 1.0);
    let markers = scene.marker_positions();
    let keep_clear = (markers.as_slice(), placed_captions.as_slice());
    let labels = source.dataset_geometry.labels.iter();
    let shown = labels.filter(|l| scene.layers.names(l.rank));
    for placed in place_labels(shown, geometry, view, font, 1.0, keep_clear) {
        if let Some((at, symbol)) = placed.symbol {
            symbol_items(at, symbol, items);
        }
        if let Some(leader) = placed.leader {
            items.push(Item::Line {
                points: leader.map(|p| [p.x as f32, p.y as f32]).to_vec(),
                stroke: Stroke {
                    colour: PALETTE.leader,
                    width: palette::LEADER_WIDTH,
                    dash: None,
                },
                closed: false,
            });
        }
        items.push(placed_item(font, &placed));
    }
    for placed in &placed_captions {
        items.push(placed_item(font, placed));
    }
}

fn marker_items(scene: &Scene, to_px: &dyn Fn(WorldPos) -> [f32; 2], items: &mut Vec<Item>) {
    for marker in &scene.markers {
        let fade = |c: Rgba| {
            let [r, g, b, a] = c.0;
            Rgba([r, g, b, (f32::from(a) * marker.opacity) as u8])
        };
        let centre = to_px(marker.pos);
        let uncertainty = match marker.precision {
            PlacePrecision::Point => None,
            PlacePrecision::Region => Some(16.0),
            PlacePrecision::Country => Some(26.0),
        };
        if let Some(radius) = uncertainty {
            items.push(Item::Circle {
                centre,
                radius,
                fill: Some(fade(PALETTE.uncertainty)),
                stroke: Some(Stroke {
                    colour: fade(PALETTE.exercise),
                    width: 1.2,
                    dash: Some([4.0, 3.0]),
                }),
            });
        }
        items.push(diamond(centre, 6.5, fade(PALETTE.exercise)));
        items.push(Item::Line {
            points: diamond_points(centre, 6.5),
            stroke: Stroke {
                colour: fade(PALETTE.marker_outline),
                width: 1.5,
                dash: None,
            },
            closed: true,
        });
    }
}

fn diamond_points(centre: [f32; 2], r: f32) -> Vec<[f32; 2]> {
    let [x, y] = centre;
    vec![[x, y - r], [x + r, y], [x, y + r], [x - r, y]]
}

fn diamond(centre: [f32; 2], r: f32, fill: Rgba) -> Item {
    Item::Shape {
        rings: vec![diamond_points(centre, r)],
        fill,
    }
}

fn outline(rings: &[Vec<[f32; 2]>], stroke: Stroke, items: &mut Vec<Item>) {
    items.extend(rings.iter().map(|ring| Item::Line {
        points: ring.clone(),
        stroke,
        closed: true,
    }));
}

/// The legend box in the (first) map's lower left corner: one legend for every map, counting
/// each date where there are several.
fn legend_items(
    sources: &[FigureSource<'_>],
    font: &MapFont,
    map_min: [f32; 2],
    map_size: [f32; 2],
    items: &mut Vec<Item>,
) {
    let dated: Vec<(&Scene, Option<Date>)> = match sources {
        [only] => vec![(only.scene, None)],
        several => several.iter().map(|s| (s.scene, Some(s.date))).collect(),
    };
    let disputed_drawn = sources.iter().any(|s| !s.geometry.disputed.is_empty());
    let rows = legend_rows(&dated, disputed_drawn);
    let row_height = font.line_height(LEGEND_SIZE) + 4.0;
    let swatch = LEGEND_SIZE;
    let text_width = rows
        .iter()
        .map(|row| font.line_width(&row.text, LEGEND_SIZE))
        .fold(0.0, f32::max);
    let padding = 10.0;
    let box_size = [
        padding * 3.0 + swatch + text_width,
        padding * 2.0 + row_height * rows.len() as f32,
    ];
    let min = [
        map_min[0] + MARGIN * 0.5,
        map_min[1] + map_size[1] - box_size[1] - MARGIN * 0.5,
    ];
    items.push(Item::Shape {
        rings: vec![rect_ring(min, box_size)],
        fill: PALETTE.legend_background,
    });
    for (
        i,
        LegendRow {
            swatch: kind, text, ..
        },
    ) in rows.iter().enumerate()
    {
        let top = min[1] + padding + i as f32 * row_height;
        let left = min[0] + padding;
        let mid = [left + swatch / 2.0, top + row_height / 2.0];
        swatch_items(*kind, mid, swatch, items);
        let text_top = mid[1] - font.line_height(LEGEND_SIZE) / 2.0;
        items.push(text_item(
            font,
            text,
            [left + swatch + padding, text_top],
            LEGEND_SIZE,
            PALETTE.label,
            None,
        ));
    }
}

/// A legend swatch `size` wide centred on `mid`, drawn as the map draws what it stands for.
fn swatch_items(kind: Swatch, mid: [f32; 2], size: f32, items: &mut Vec<Item>) {
    let square = rect_ring([mid[0] - size / 2.0, mid[1] - size / 2.0], [size, size]);
    let dashed = |colour| Stroke {
        colour,
        width: 1.0,
        dash: Some([3.0, 2.0]),
    };
    let mut filled = |fill, outline: Option<Stroke>| {
        items.push(Item::Shape {
            rings: vec![square.clone()],
            fill,
        });
        if let Some(stroke) = outline {
            items.push(Item::Line {
                points: square.clone(),
                stroke,
                closed: true,
            });
        }
    };
    match kind {
        Swatch::Fill { fill, dashed: true } => {
            filled(PALETTE.fill(fill), Some(dashed(PALETTE.uncertain_outline)));
        }
        Swatch::Fill {
            fill,
            dashed: false,
        } => filled(PALETTE.fill(fill), None),
        Swatch::Disputed => filled(PALETTE.disputed, Some(dashed(PALETTE.disputed_outline))),
        Swatch::Exercise => items.push(diamond(mid, size * 0.45, PALETTE.exercise)),
        Swatch::SiteUncertainty => {
            items.push(Item::Circle {
                centre: mid,
                radius: size * 0.5,
                fill: Some(PALETTE.uncertainty),
                stroke: Some(dashed(PALETTE.exercise)),
            });
            items.push(diamond(mid, size * 0.2, PALETTE.exercise));
        }
        Swatch::Frontier => items.push(Item::Line {
            points: vec![[mid[0] - size / 2.0, mid[1]], [mid[0] + size / 2.0, mid[1]]],
            stroke: Stroke {
                colour: PALETTE.frontier,
                width: 3.5,
                dash: None,
            },
            closed: false,
        }),
    }
}

/// A scale bar in the map's lower right corner, true at the map's centre (the projection keeps
/// areas, not distances, so it is a guide, and says so).
fn scale_bar_items(
    view: &MapTransform,
    projection: &Projection,
    font: &MapFont,
    map_min: [f32; 2],
    map_size: [f32; 2],
    items: &mut Vec<Item>,
) {
    let km_per_px = ground_km_per_px(view, projection);
    let target_km = km_per_px * 160.0;
    let nice = [1.0, 2.0, 5.0];
    let magnitude = 10f64.powf(target_km.log10().floor());
    let length_km = nice
        .iter()
        .map(|n| n * magnitude)
        .filter(|km| *km <= target_km)
        .fold(magnitude, f64::max);
    let length_px = (length_km / km_per_px) as f32;
    let right = map_min[0] + map_size[0] - MARGIN;
    let y = map_min[1] + map_size[1] - MARGIN;
    let left = right - length_px;
    let bar = Stroke {
        colour: PALETTE.label,
        width: 2.0,
        dash: None,
    };
    items.push(Item::Line {
        points: vec![[left, y - 5.0], [left, y], [right, y], [right, y - 5.0]],
        stroke: bar,
        closed: false,
    });
    let text = format!(
        "{} km (at the centre)",
        super::describe::whole_km(length_km)
    );
    let width = font.line_width(&text, CREDIT_SIZE);
    items.push(text_item(
        font,
        &text,
        [right - width, y - 8.0 - font.line_height(CREDIT_SIZE)],
        CREDIT_SIZE,
        PALETTE.label,
        Some((PALETTE.label_halo, 2.0)),
    ));
}

/// Kilometres on the ground per pixel along the horizontal through the map's centre, measured on
/// the sphere between two points either side of it: the projection is true to scale only at its
/// own centre, not at the view's.
pub fn ground_km_per_px(view: &MapTransform, projection: &Projection) -> f64 {
    use geo::{Distance, Haversine, Point};
    let half_px = (view.size[0] / 4.0).max(1.0);
    let half_km = half_px / view.camera.pixels_per_km;
    let [x, y] = view.camera.centre;
    let ends = [x - half_km, x + half_km].map(|x| projection.unproject(geo::coord! { x: x, y: y }));
    match ends {
        [Some(west), Some(east)] => {
            Haversine.distance(Point(west), Point(east)) / 1000.0 / (2.0 * half_px)
        }
        _ => 1.0 / view.camera.pixels_per_km,
    }
}

/// Lakes, rivers and the graticule, as the window draws them.
fn context_items(
    geometry: &MapGeometry,
    layers: Layers,
    view: &MapTransform,
    to_px: &dyn Fn(WorldPos) -> [f32; 2],
    items: &mut Vec<Item>,
) {
    let line_items = |arcs: &[ProjectedArc], colour, width| {
        arcs.iter()
            .filter(|a| view.sees(&a.bounds))
            .map(move |arc| Item::Line {
                points: arc.points.iter().map(|p| to_px(*p)).collect(),
                stroke: Stroke {
                    colour,
                    width,
                    dash: None,
                },
                closed: false,
            })
            .collect::<Vec<_>>()
    };
    if layers.water {
        let water = geometry.water();
        for lake in water.lakes.iter().filter(|l| view.sees(&l.bounds)) {
            let rings = lake
                .shape
                .iter()
                .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                .map(|ring| ring.coords().map(|c| to_px(*c)).collect())
                .collect();
            items.push(Item::Shape {
                rings,
                fill: PALETTE.ocean,
            });
        }
        let rivers = water.rivers_at(view.camera.pixels_per_km);
        items.extend(line_items(rivers, PALETTE.river, 0.9));
    }
    if layers.graticule {
        let graticule = geometry.graticule(view.camera.pixels_per_km);
        items.extend(line_items(graticule, PALETTE.graticule, 0.6));
    }
}

/// A place's symbol: a ringed dot for a capital, a dot for a city.
fn symbol_items(at: ScreenPos, symbol: Symbol, items: &mut Vec<Item>) {
    let centre = [at.x as f32, at.y as f32];
    let ink = PALETTE.place_symbol;
    let stroke = |colour, width| {
        Some(Stroke {
            colour,
            width,
            dash: None,
        })
    };
    match symbol {
        Symbol::Capital => {
            items.push(Item::Circle {
                centre,
                radius: SYMBOL_RADIUS_PX as f32,
                fill: Some(PALETTE.label_halo),
                stroke: stroke(ink, 1.2),
            });
            items.push(Item::Circle {
                centre,
                radius: 1.6,
                fill: Some(ink),
                stroke: None,
            });
        }
        Symbol::City => items.push(Item::Circle {
            centre,
            radius: 2.2,
            fill: Some(ink),
            stroke: stroke(PALETTE.label_halo, 1.0),
        }),
    }
}

fn placed_item(font: &MapFont, placed: &PlacedText) -> Item {
    let top_left = placed.top_left();
    text_item(
        font,
        &placed.text,
        [top_left.x as f32, top_left.y as f32],
        placed.size,
        PALETTE.ink(placed.colour),
        Some((PALETTE.label_halo, 2.0)),
    )
}

/// Text whose box's top-left corner is `top_left`, lines left-aligned as egui lays them out.
pub(super) fn text_item(
    font: &MapFont,
    text: &str,
    top_left: [f32; 2],
    size: f32,
    colour: Rgba,
    halo: Option<(Rgba, f32)>,
) -> Item {
    let line_height = font.line_height(size);
    let ascent = font.ascent(size);
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

/// The largest size up to `size` at which `text` fits in `width`.
fn fitted_size(font: &MapFont, text: &str, size: f32, width: f32) -> f32 {
    let natural = font.line_width(text, size);
    if natural <= width {
        size
    } else {
        (size * width / natural).max(8.0)
    }
}

/// `text` broken into lines no wider than `width`, at word boundaries.
pub(super) fn wrap(font: &MapFont, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if font.line_width(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

pub(super) fn rect_ring(min: [f32; 2], size: [f32; 2]) -> Vec<[f32; 2]> {
    let [x, y] = min;
    let [w, h] = size;
    vec![[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
}

pub(super) fn scaled(item: Item, k: f32) -> Item {
    let p = |[x, y]: [f32; 2]| [x * k, y * k];
    let stroke = |s: Stroke| Stroke {
        width: s.width * k,
        dash: s.dash.map(|d| d.map(|v| v * k)),
        ..s
    };
    match item {
        Item::Shape { rings, fill } => Item::Shape {
            rings: rings
                .into_iter()
                .map(|r| r.into_iter().map(p).collect())
                .collect(),
            fill,
        },
        Item::Line {
            points,
            stroke: s,
            closed,
        } => Item::Line {
            points: points.into_iter().map(p).collect(),
            stroke: stroke(s),
            closed,
        },
        Item::Circle {
            centre,
            radius,
            fill,
            stroke: s,
        } => Item::Circle {
            centre: p(centre),
            radius: radius * k,
            fill,
            stroke: s.map(stroke),
        },
        Item::Text {
            lines,
            size,
            colour,
            halo,
        } => Item::Text {
            lines: lines
                .into_iter()
                .map(|l| TextLine {
                    baseline: p(l.baseline),
                    ..l
                })
                .collect(),
            size: size * k,
            colour,
            halo: halo.map(|(c, w)| (c, w * k)),
        },
        Item::Clip { min, size } => Item::Clip {
            min: p(min),
            size: p(size),
        },
        Item::EndClip => Item::EndClip,
    }
}

#[cfg(test)]
mod scale_bar_tests {
    use super::*;
    use crate::carto::camera::ScreenPos;
    use crate::carto::projection::lon_lat;
    use crate::carto::world::world;
    use geo::{Distance, Geodesic, Point};

    /// The ground distance between two points 200 px apart on the horizontal through the map's
    /// centre, on the WGS84 ellipsoid, against what the scale bar takes 200 px to be.
    fn scale_error(lon: f64, lat: f64, width_km: f64) -> f64 {
        let projection = &world().geometry.projection;
        let size = [1600.0, 900.0];
        let centre = projection.project(lon_lat(lon, lat)).unwrap();
        let camera = Camera {
            centre: [centre.x, centre.y],
            pixels_per_km: size[0] / width_km,
        };
        let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
        let ground = |x: f64| {
            let pos = view.world_from_screen(ScreenPos { x, y: 450.0 });
            Point(projection.unproject(pos).unwrap())
        };
        let geodesic_km = Geodesic.distance(ground(700.0), ground(900.0)) / 1000.0;
        let bar_km = 200.0 * ground_km_per_px(&view, projection);
        (bar_km - geodesic_km).abs() / geodesic_km
    }

    #[test]
    fn the_scale_bar_is_within_two_percent_of_the_geodesic_distance_at_the_view_centre() {
        for (place, lon, lat, width_km) in [
            ("the CSTO view", 75.0, 55.0, 9000.0),
            ("the Pamirs", 71.5, 38.0, 400.0),
            ("Belarus", 28.0, 53.5, 800.0),
            ("Kamchatka", 160.0, 56.0, 1500.0),
        ] {
            let error = scale_error(lon, lat, width_km);
            assert!(error < 0.02, "{place}: off by {:.1} %", error * 100.0);
        }
    }
}
