//! A map figure for export: the map clipped to a frame, with its title, legend, scale bar, the
//! border captions and a credit line, laid out once in pixels. The map itself is the symbolizer's
//! (`map::symbolize`), as in the window; writers only translate the items. No egui here.

use super::legend_box::legend_items;
use super::scale_bar::scale_bar_items;
use super::text::{
    CREDIT_SIZE, HEADING_SIZE, LEGEND_SIZE, MARGIN, TITLE_SIZE, fitted_size, page_scale, palette,
    style, wrap,
};
use super::title::{compare_title, credit_text, date_heading, default_title};
use crate::dataset::{Date, LoadedDataset};
use crate::earth::camera::{Camera, MapTransform, ScreenPos};
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::WorldPos;
use crate::facts::describe;
use crate::map::dataset_geometry::DatasetGeometry;
use crate::map::scene::Scene;
use crate::map::symbolize::{Highlight, MapInput, MapSymbols, SymbolCache, symbolize};
use crate::render::clip::{ClipRect, clip_items};
use crate::render::display::{Drawing, Item, rect_ring};
use crate::render::font::MapFont;

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

/// A laid-out figure: its drawing, and where its map is.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What the writers draw.
    pub drawing: Drawing,
    /// Where the map is, in the layout's logical pixels (a page of text has none).
    pub map: Option<MapTransform>,
    /// Pixels per logical pixel.
    pub scale: f32,
}

impl Figure {
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
    let palette = palette();

    let mut items = vec![Item::convex(rect_ring([0.0, 0.0], logical), palette.space)];
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
    let mut short_names = false;
    let views: Vec<MapTransform> = sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let min = map_min(i);
            let view = map_view(source, options.view, min, map_size);
            let symbols = map_symbols(source, &view, options.captions, font);
            short_names |= symbols.short_names;
            let mut map: Vec<Item> = symbols.items().cloned().collect();
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
        items.push(Item::convex(rect_ring(min, size), palette.space));
    }
    items.push(font.text_item(
        &title,
        [MARGIN, MARGIN * 0.5],
        title_size,
        palette.label,
        None,
    ));
    if let Some(caption) = &options.caption {
        items.push(font.text_item(
            caption,
            [MARGIN, MARGIN * 0.5 + font.line_height(title_size)],
            LEGEND_SIZE,
            palette.label_secondary,
            None,
        ));
    }
    if side_by_side {
        for (i, source) in sources.iter().enumerate() {
            let heading = date_heading(source.dataset, source.date);
            let size = fitted_size(font, &heading, HEADING_SIZE, map_size[0] - MARGIN);
            let left = map_min(i)[0] + (map_size[0] - font.line_width(&heading, size)) / 2.0;
            items.push(font.text_item(&heading, [left, title_band], size, palette.label, None));
        }
    }

    if options.legend {
        let (min, size) = (map_min(0), map_size);
        legend_items(sources, &views, short_names, font, min, size, &mut items);
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
        items.push(font.text_item(
            &credit_lines.join("\n"),
            [MARGIN, top],
            CREDIT_SIZE,
            palette.label_secondary,
            None,
        ));
    }
    Figure {
        drawing: Drawing {
            size: [width, height],
            title,
            items: items.into_iter().map(|item| item.scaled(scale)).collect(),
        },
        map: Some(views[0]),
        scale,
    }
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
            crate::map::dataset_geometry::home_camera(source.dataset, source.geometry, size)
        }
        FigureView::Centre { lon, lat, width_km } => {
            let centre = source
                .geometry
                .projection
                .project(crate::earth::projection::lon_lat(lon, lat))
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

/// One map's symbols, drawn by the symbolizer as the window draws them, without the window's
/// highlights.
fn map_symbols(
    source: &FigureSource<'_>,
    view: &MapTransform,
    captions: bool,
    font: &MapFont,
) -> MapSymbols {
    let border_captions: Vec<String> = if captions {
        source
            .dataset
            .data
            .borders
            .iter()
            .map(|border| describe::border_caption(source.dataset, border))
            .collect()
    } else {
        Vec::new()
    };
    let input = MapInput {
        geometry: source.geometry,
        dataset_geometry: source.dataset_geometry,
        scene: source.scene,
        view,
        border_captions: &border_captions,
        text_scale: 1.0,
        style: style(),
        highlight: &Highlight::NONE,
        font,
    };
    symbolize(&input, &mut SymbolCache::default())
}
