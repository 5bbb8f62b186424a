//! A map figure of a dataset at a date, as a file: what `csto-atlas export` and File ▸ Export map…
//! both call. Files are written to a temporary name and renamed, so no half-written file is left.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::dataset::{Date, LoadedDataset};
use crate::earth::projection::lon_lat;
use crate::earth::world::World;
use crate::map::dataset_geometry::DatasetGeometry;
use crate::map::layers::Layers;
use crate::map::region::{ProjectionChoice, projection_framing, world_for};
use crate::map::scene::Scene;
use crate::page::figure::{
    Figure, FigureOptions, FigureSource, FigureView, layout, layout_side_by_side,
};
use crate::platform::file_write::{Backup, WriteError, replace_file};
use crate::render::font::map_font;

/// A figure file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureFormat {
    /// A picture.
    Png,
    /// A vector drawing with real text.
    Svg,
    /// A one-page vector document.
    Pdf,
    /// An animated picture of the map over time (with `--from`/`--to`).
    Gif,
}

impl FigureFormat {
    /// Every format, as offered in the export dialog.
    pub const ALL: [FigureFormat; 3] = [Self::Png, Self::Svg, Self::Pdf];

    /// The format a file name asks for, by its extension.
    pub fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "pdf" => Some(Self::Pdf),
            "gif" => Some(Self::Gif),
            _ => None,
        }
    }

    /// What it is, for a file dialog's filter.
    pub fn description(self) -> &'static str {
        match self {
            Self::Png => "PNG picture",
            Self::Svg => "SVG drawing",
            Self::Pdf => "PDF document",
            Self::Gif => "animated GIF",
        }
    }

    /// What it is and its extension, for a file dialog's filter: ("PNG picture", ["png"]).
    pub fn filter(self) -> (&'static str, &'static [&'static str]) {
        let extensions: &'static [&'static str] = match self {
            Self::Png => &["png"],
            Self::Svg => &["svg"],
            Self::Pdf => &["pdf"],
            Self::Gif => &["gif"],
        };
        (self.description(), extensions)
    }

    /// Its file extension.
    pub fn extension(self) -> &'static str {
        self.filter().1[0]
    }
}

/// Why a figure could not be made or saved.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Rasterising or encoding a picture failed.
    #[error(transparent)]
    Raster(#[from] crate::render::raster::RasterError),
    /// Writing the PDF failed.
    #[error(transparent)]
    Pdf(#[from] crate::render::pdf::PdfError),
    /// A handout was asked of a dataset without a story.
    #[error(
        "{0} has no story to hand out: a handout is made of the slides in its \"story\" (see docs/dataset.md)"
    )]
    NoStory(String),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] crate::platform::file_write::WriteError),
}

/// The base map in the projection a figure of `dataset` showing `view` is drawn in, as the
/// window would draw that view: the dataset's home one, or one centred on the view's centre
/// when that lies far from home (see [`projection_framing`]). A window's view is drawn in the
/// window's projection, which its caller has.
pub fn world_showing(dataset: &LoadedDataset, view: FigureView) -> Arc<World> {
    let choice = ProjectionChoice::Automatic;
    let home = world_for(&dataset.data, choice);
    match view {
        FigureView::Centre { lon, lat, .. } => World::in_projection(projection_framing(
            &[lon_lat(lon, lat)],
            home.geometry.projection,
            choice,
        )),
        FigureView::FitMembers | FigureView::Window { .. } => home,
    }
}

/// Lays out the figure of `dataset` on `date`, measuring its borders and naming its countries first.
pub fn figure(
    world: &World,
    dataset: &LoadedDataset,
    date: Date,
    options: &FigureOptions,
) -> Figure {
    let dataset_geometry = DatasetGeometry::new(dataset, &world.basemap, &world.geometry);
    figure_with(world, dataset, &dataset_geometry, date, options)
}

/// Lays out the figure of `dataset` on `date` with its geometry already made (the window has it;
/// an animation or a series makes it once for every frame).
pub fn figure_with(
    world: &World,
    dataset: &LoadedDataset,
    dataset_geometry: &DatasetGeometry,
    date: Date,
    options: &FigureOptions,
) -> Figure {
    let scene = figure_scene(world, dataset, dataset_geometry, date);
    let source = FigureSource {
        dataset,
        geometry: &world.geometry,
        dataset_geometry,
        scene: &scene,
        date,
    };
    layout(&source, options, map_font())
}

/// Lays out `dataset` at two dates side by side ("before and after"), each map under its date,
/// with its geometry already made.
pub fn compare_figure_with(
    world: &World,
    dataset: &LoadedDataset,
    dataset_geometry: &DatasetGeometry,
    dates: [Date; 2],
    options: &FigureOptions,
) -> Figure {
    let scenes = dates.map(|date| figure_scene(world, dataset, dataset_geometry, date));
    let [before, after] = [0, 1].map(|i| FigureSource {
        dataset,
        geometry: &world.geometry,
        dataset_geometry,
        scene: &scenes[i],
        date: dates[i],
    });
    layout_side_by_side(&[before, after], options, map_font())
}

/// What a figure draws at `date`: every layer, nothing selected.
fn figure_scene(
    world: &World,
    dataset: &LoadedDataset,
    dataset_geometry: &DatasetGeometry,
    date: Date,
) -> Scene {
    Scene::build(
        dataset,
        &world.geometry,
        dataset_geometry,
        date,
        Layers::default(),
        None,
    )
}

/// A laid-out figure in `format`, as the file's bytes.
pub fn encode(figure: &Figure, format: FigureFormat) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        FigureFormat::Png => crate::render::raster::png(&figure.drawing)?,
        FigureFormat::Svg => crate::render::svg::svg(&figure.drawing).into_bytes(),
        FigureFormat::Pdf => crate::render::pdf::pdf(&figure.drawing)?,
        // A single-frame GIF: `animation_gif` makes the moving ones.
        FigureFormat::Gif => {
            let frame = crate::render::raster::rgba_image(&figure.drawing)?;
            let mut bytes = Vec::new();
            image::codecs::gif::GifEncoder::new_with_speed(&mut bytes, 10)
                .encode_frame(image::Frame::new(frame))
                .map_err(crate::render::raster::RasterError::from)?;
            bytes
        }
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    Ok(replace_file(path, bytes, Backup::None)?)
}

/// Writes each named figure as a PNG, `folder/NAME.png`, making the folder first; returns how
/// many it wrote.
pub fn write_png_folder(
    folder: &Path,
    figures: impl IntoIterator<Item = (String, Figure)>,
) -> Result<usize, ExportError> {
    std::fs::create_dir_all(folder).map_err(|source| WriteError {
        step: "create the folder",
        path: folder.to_path_buf(),
        source,
    })?;
    let mut written = 0;
    for (name, figure) in figures {
        let bytes = encode(&figure, FigureFormat::Png)?;
        write_atomically(&folder.join(format!("{name}.png")), &bytes)?;
        written += 1;
    }
    Ok(written)
}

/// The dates from `from` to `to` (both included) every `step`, each at the precision of the step
/// (years give "1995", months "1995-06").
pub fn series(from: Date, to: Date, step: Step) -> Vec<Date> {
    let mut dates = Vec::new();
    let mut day = from.first_day();
    let end = to.last_day();
    while day <= end && dates.len() < MAX_FRAMES {
        let date = match step {
            Step::Years(_) => Date::parse(&day.format("%Y").to_string()),
            Step::Months(_) => Date::parse(&day.format("%Y-%m").to_string()),
        };
        dates.extend(date.ok());
        let next = match step {
            Step::Years(n) => day.checked_add_months(chrono::Months::new(12 * n)),
            Step::Months(n) => day.checked_add_months(chrono::Months::new(n)),
        };
        let Some(next) = next else { break };
        day = next;
    }
    dates
}

/// The most frames an animation has.
pub const MAX_FRAMES: usize = 600;

/// The step between an animation's frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Whole years.
    Years(u32),
    /// Whole months.
    Months(u32),
}

impl std::str::FromStr for Step {
    type Err = String;

    /// "1y", "2y", "6m".
    fn from_str(text: &str) -> Result<Self, String> {
        let wrong =
            || format!("{text:?} is not a step: write a number of years or months, e.g. 1y or 6m");
        let (number, unit) = text.split_at(text.len().saturating_sub(1));
        let n: u32 = number.parse().ok().filter(|n| *n > 0).ok_or_else(wrong)?;
        match unit {
            "y" | "Y" => Ok(Self::Years(n)),
            "m" | "M" => Ok(Self::Months(n)),
            _ => Err(wrong()),
        }
    }
}

/// An animated GIF of the map over `dates`, each frame captioned with what changed since the one
/// before; a frame lasts `frame_ms`, the last three times as long.
pub fn animation_gif(
    world: &World,
    dataset: &LoadedDataset,
    dates: &[Date],
    options: &FigureOptions,
    frame_ms: u32,
) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    {
        let mut encoder = image::codecs::gif::GifEncoder::new_with_speed(&mut bytes, 10);
        encoder
            .set_repeat(image::codecs::gif::Repeat::Infinite)
            .map_err(crate::render::raster::RasterError::from)?;
        for (i, figure) in animation_frames(world, dataset, dates, options).enumerate() {
            let frame = crate::render::raster::rgba_image(&figure.drawing)?;
            let hold = if i + 1 == dates.len() { 3 } else { 1 };
            let delay = image::Delay::from_numer_denom_ms(frame_ms * hold, 1);
            encoder
                .encode_frame(image::Frame::from_parts(frame, 0, 0, delay))
                .map_err(crate::render::raster::RasterError::from)?;
        }
    }
    Ok(bytes)
}

/// The figures of an animation, each captioned with the changes since the frame before.
pub fn animation_frames<'a>(
    world: &'a World,
    dataset: &'a LoadedDataset,
    dates: &'a [Date],
    options: &'a FigureOptions,
) -> impl Iterator<Item = Figure> + 'a {
    let end = dates
        .last()
        .map_or_else(|| chrono::NaiveDate::MIN, |d| d.last_day());
    let timeline = crate::facts::timeline::Timeline::new(&dataset.data, end);
    let dataset_geometry = DatasetGeometry::new(dataset, &world.basemap, &world.geometry);
    dates.iter().enumerate().map(move |(i, &date)| {
        let since = i.checked_sub(1).map(|p| dates[p].last_day());
        let changes: Vec<&str> = timeline
            .ticks
            .iter()
            .filter(|t| t.date.first_day() <= date.last_day())
            .filter(|t| since.is_none_or(|s| t.date.first_day() > s))
            .filter(|t| t.kind == crate::facts::timeline::TickKind::Membership)
            .map(|t| t.label.as_str())
            .collect();
        let caption = match changes.as_slice() {
            [] if i == 0 => None,
            [] => Some("No change in membership".to_owned()),
            [one] => Some((*one).to_owned()),
            [first, rest @ ..] => Some(format!("{first} (and {} more)", rest.len())),
        };
        let options = FigureOptions {
            caption,
            ..options.clone()
        };
        figure_with(world, dataset, &dataset_geometry, date, &options)
    })
}

/// `path` with the date as given put before the extension: `map.png`, `2008-06` → `map-2008-06.png`.
pub fn dated_path(path: &Path, date: Date) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "map".into(), |s| s.to_string_lossy().into_owned());
    let name = match path.extension() {
        Some(extension) => format!("{stem}-{}.{}", date.to_iso(), extension.to_string_lossy()),
        None => format!("{stem}-{}", date.to_iso()),
    };
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_extensions_and_dates_go_into_names() {
        assert_eq!(
            FigureFormat::of_path(Path::new("a/map.PNG")),
            Some(FigureFormat::Png)
        );
        assert_eq!(
            FigureFormat::of_path(Path::new("map.svg")),
            Some(FigureFormat::Svg)
        );
        assert_eq!(FigureFormat::of_path(Path::new("map.jpeg")), None);
        let date = Date::parse("2008-06").unwrap();
        assert_eq!(
            dated_path(Path::new("out/map.png"), date),
            PathBuf::from("out/map-2008-06.png")
        );
    }
}
