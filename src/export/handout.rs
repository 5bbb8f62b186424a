//! The story handout as files: one PDF of every page, or numbered PNGs in a folder. What
//! `csto-atlas export --story` and File ▸ Export story… both call; the pages themselves are laid
//! out by `page::handout`.

use std::path::{Path, PathBuf};

use super::figure::{
    ExportError, compare_figure_with, figure_with, write_atomically, write_png_folder,
};
use crate::dataset::LoadedDataset;
use crate::earth::world::World;
use crate::map::dataset_geometry::DatasetGeometry;
use crate::map::region::ProjectionChoice;
use crate::map::story::slide_projection;
use crate::page::figure::Figure;
use crate::page::handout::{SlidePage, sources_page};
use crate::render::font::map_font;

/// Where a handout goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoutTarget {
    /// One PDF file, a page per slide and the sources page.
    Pdf(PathBuf),
    /// A folder of PNGs: `01-<slide-id>.png`, …, `NN-sources.png`.
    Folder(PathBuf),
}

impl HandoutTarget {
    /// A `.pdf` file, or a folder (a path without an extension, or one [`names_a_folder`]);
    /// `None` for any other file.
    pub fn of_path(path: &Path) -> Option<Self> {
        if super::names_a_folder(path) {
            return Some(Self::Folder(path.to_path_buf()));
        }
        match path.extension().and_then(|e| e.to_str()) {
            None => Some(Self::Folder(path.to_path_buf())),
            Some(extension) if extension.eq_ignore_ascii_case("pdf") => {
                Some(Self::Pdf(path.to_path_buf()))
            }
            Some(_) => None,
        }
    }

    /// The file or folder.
    pub fn path(&self) -> &Path {
        match self {
            Self::Pdf(path) | Self::Folder(path) => path,
        }
    }
}

/// A handout page and the name of its PNG (without the extension): `01-slide-1992-treaty`, …,
/// `13-sources`.
pub struct HandoutPage {
    /// `NN-<slide id>` or `NN-sources`.
    pub name: String,
    /// The laid-out page.
    pub figure: Figure,
}

/// The handout's pages, `size` pixels each, laid out one at a time as they are asked for: a page
/// per slide of the story, each drawn in the slide's own projection as presenting shows it (see
/// [`slide_projection`]; `world` is the dataset's home, `choice` what View ▸ Projection says),
/// then the sources page. An error if the dataset has no story.
pub fn handout_pages<'a>(
    world: &'a World,
    dataset: &'a LoadedDataset,
    size: [u32; 2],
    choice: ProjectionChoice,
) -> Result<impl Iterator<Item = HandoutPage> + 'a, ExportError> {
    let story = &dataset.data.story;
    if story.is_empty() {
        return Err(ExportError::NoStory(dataset.origin.clone()));
    }
    let total = story.len() + 1;
    let digits = total.to_string().len().max(2);
    let home = world.geometry.projection;
    let slides = story.iter().enumerate().map(move |(i, slide)| {
        let projection = slide_projection(dataset, &world.basemap, slide, home, choice);
        let world = World::in_projection(projection);
        let dataset_geometry = DatasetGeometry::new(dataset, &world.basemap, &world.geometry);
        let page = SlidePage::new(
            dataset,
            &world.geometry,
            slide,
            [i + 1, total],
            size,
            map_font(),
        );
        // A compare slide's page shows its two dates side by side, as presenting does.
        let map = match slide.compare_with {
            Some(compare) => {
                let dates = [compare, slide.date];
                compare_figure_with(&world, dataset, &dataset_geometry, dates, &page.map)
            }
            None => figure_with(&world, dataset, &dataset_geometry, slide.date, &page.map),
        };
        HandoutPage {
            name: format!("{:0digits$}-{}", i + 1, slide.id),
            figure: page.page(map),
        }
    });
    let sources = std::iter::once_with(move || HandoutPage {
        name: format!("{total:0digits$}-sources"),
        figure: sources_page(dataset, total, size, map_font()),
    });
    Ok(slides.chain(sources))
}

/// The handout as one PDF file's bytes.
pub fn handout_pdf(
    world: &World,
    dataset: &LoadedDataset,
    size: [u32; 2],
    choice: ProjectionChoice,
) -> Result<Vec<u8>, ExportError> {
    let pages = handout_pages(world, dataset, size, choice)?;
    Ok(crate::render::pdf::pdf_pages(
        pages.map(|page| page.figure.drawing),
    )?)
}

/// Writes the handout to `target`; returns how many pages it has.
pub fn write_handout(
    world: &World,
    dataset: &LoadedDataset,
    size: [u32; 2],
    choice: ProjectionChoice,
    target: &HandoutTarget,
) -> Result<usize, ExportError> {
    match target {
        HandoutTarget::Pdf(path) => {
            write_atomically(path, &handout_pdf(world, dataset, size, choice)?)?;
            Ok(dataset.data.story.len() + 1)
        }
        HandoutTarget::Folder(folder) => {
            let pages = handout_pages(world, dataset, size, choice)?;
            write_png_folder(folder, pages.map(|page| (page.name, page.figure)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handout_is_a_pdf_file_or_a_folder() {
        assert_eq!(
            HandoutTarget::of_path(Path::new("out/story.PDF")),
            Some(HandoutTarget::Pdf("out/story.PDF".into()))
        );
        assert_eq!(
            HandoutTarget::of_path(Path::new("out/pages/")),
            Some(HandoutTarget::Folder("out/pages/".into()))
        );
        assert_eq!(HandoutTarget::of_path(Path::new("story.svg")), None);
    }
}
