//! A map figure of a dataset at a date, as a file: what `csto-atlas export` and File ▸ Export map…
//! both call. Files are written to a temporary name and renamed, so no half-written file is left.

use std::path::{Path, PathBuf};

use crate::carto::dataset_geometry::DatasetGeometry;
use crate::carto::figure::{Figure, FigureOptions, FigureSource, layout};
use crate::carto::font::map_font;
use crate::carto::layers::Layers;
use crate::carto::scene::Scene;
use crate::carto::world::World;
use crate::dataset::{Date, LoadedDataset};

/// A figure file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureFormat {
    /// A picture.
    Png,
    /// A vector drawing with real text.
    Svg,
    /// A one-page vector document.
    Pdf,
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
            _ => None,
        }
    }

    /// What it is, for a file dialog's filter.
    pub fn description(self) -> &'static str {
        match self {
            Self::Png => "PNG picture",
            Self::Svg => "SVG drawing",
            Self::Pdf => "PDF document",
        }
    }

    /// Its file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }
}

/// Why a figure could not be made or saved.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Rasterising failed.
    #[error(transparent)]
    Raster(#[from] super::raster::RasterError),
    /// Writing the PDF failed.
    #[error(transparent)]
    Pdf(#[from] super::pdf::PdfError),
    /// The file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Lays out the figure of `dataset` on `date`.
pub fn figure(
    world: &World,
    dataset: &LoadedDataset,
    date: Date,
    options: &FigureOptions,
) -> Figure {
    let dataset_geometry = DatasetGeometry::new(dataset, &world.basemap, &world.geometry);
    let scene = Scene::build(
        dataset,
        &world.geometry,
        &dataset_geometry,
        date,
        Layers::default(),
        None,
    );
    let source = FigureSource {
        dataset,
        geometry: &world.geometry,
        dataset_geometry: &dataset_geometry,
        scene: &scene,
        date,
    };
    layout(&source, options, map_font())
}

/// A laid-out figure in `format`, as the file's bytes.
pub fn encode(figure: &Figure, format: FigureFormat) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        FigureFormat::Png => super::raster::png(figure)?,
        FigureFormat::Svg => super::svg::svg(figure).into_bytes(),
        FigureFormat::Pdf => super::pdf::pdf(figure)?,
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let name = path
        .file_name()
        .map_or_else(|| "figure".into(), |n| n.to_string_lossy().into_owned());
    let temporary = path.with_file_name(format!(".{name}.partial"));
    let failed = |source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    };
    std::fs::write(&temporary, bytes).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(|err| {
        std::fs::remove_file(&temporary).ok();
        failed(err)
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
