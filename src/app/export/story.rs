//! File ▸ Export story…: the story handout (a page per slide, then the sources) written as one
//! PDF on its own thread, since a whole story takes a second or more.

use std::path::PathBuf;
use std::sync::Arc;

use crate::dataset::LoadedDataset;
use crate::earth::world::World;
use crate::export::figure::ExportError;
use crate::export::handout::{HandoutTarget, write_handout};
use crate::map::region::ProjectionChoice;
use crate::page::text::SLIDE_SIZE;
use crate::platform::{self, Task};

/// Writes the handout of `dataset` to the PDF at `path` in the background, its slides drawn as
/// presenting draws them (`home`: the dataset's home world; `choice`: View ▸ Projection): how
/// many pages it has, or why it could not be written.
pub fn write_in_background(
    home: Arc<World>,
    dataset: LoadedDataset,
    choice: ProjectionChoice,
    path: PathBuf,
) -> Task<Result<usize, ExportError>> {
    platform::spawn(move || {
        let target = HandoutTarget::Pdf(path);
        write_handout(&home, &dataset, SLIDE_SIZE, choice, &target)
    })
}

/// The handout's file: `path` as a PDF (the extension added if missing), in full.
pub fn handout_path(path: PathBuf) -> PathBuf {
    let path = match HandoutTarget::of_path(&path) {
        Some(HandoutTarget::Pdf(path)) => path,
        _ => path.with_extension("pdf"),
    };
    std::path::absolute(&path).unwrap_or(path)
}

/// "csto-story.pdf": the organisation's short name, for the save dialog.
pub fn default_file_name(dataset: &LoadedDataset) -> String {
    format!("{}-story.pdf", super::settings::dataset_stem(dataset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_name_comes_from_the_short_name() {
        let world = crate::earth::world::world();
        let csto = LoadedDataset::embedded(&|iso| world.knows_iso(iso)).unwrap();
        assert_eq!(default_file_name(&csto), "csto-story.pdf");
    }
}
