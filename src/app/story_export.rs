//! File ▸ Export story…: the story handout (a page per slide, then the sources) written as one
//! PDF on its own thread, since a whole story takes a second or more, with the banner saying
//! where it went.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::banner::Notice;
use super::files::DialogPurpose;
use super::{AtlasApp, Command};
use crate::dataset::LoadedDataset;
use crate::earth::world::World;
use crate::export::handout::{HandoutTarget, write_handout};

/// The handout's page size, as `csto-atlas export --story` makes it by default: 1920×1080
/// pixels, a 20 × 11.25 inch landscape page.
const PAGE_SIZE: [u32; 2] = [1920, 1080];

/// A handout being written on its own thread.
pub struct PendingHandout {
    path: PathBuf,
    receiver: Receiver<Result<usize, String>>,
}

impl PendingHandout {
    /// Writes the handout of `dataset` to the PDF at `path` on a new thread (in a browser,
    /// which has none, at once, and the page waits).
    pub fn spawn(world: &'static World, dataset: LoadedDataset, path: PathBuf) -> Self {
        let (sender, receiver) = channel();
        let target = HandoutTarget::Pdf(path.clone());
        let write = move || {
            let outcome =
                write_handout(world, &dataset, PAGE_SIZE, &target).map_err(|err| err.to_string());
            if sender.send(outcome).is_err() {
                log::warn!("the handout was written after the window closed");
            }
        };
        #[cfg(not(target_arch = "wasm32"))]
        std::thread::spawn(write);
        #[cfg(target_arch = "wasm32")]
        write();
        Self { path, receiver }
    }

    /// The command saying how it went, once it has.
    pub fn poll(&self) -> Option<Command> {
        let outcome = match self.receiver.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        Some(Command::StoryExported {
            path: self.path.clone(),
            outcome,
        })
    }
}

/// "csto-story.pdf": the organisation's short name, for the save dialog.
fn default_file_name(dataset: &LoadedDataset) -> String {
    let name: String = dataset
        .data
        .organisation
        .short_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{name}-story.pdf")
}

impl AtlasApp {
    /// Asks where to write the handout, or says there is no story to hand out.
    pub(super) fn choose_story_path(&mut self) {
        let dataset = &self.shown.dataset;
        if dataset.data.story.is_empty() {
            self.notice = Some(Notice::error(
                "There is no story to hand out",
                format!(
                    "{} has no slides in its \"story\" (see docs/dataset.md).",
                    dataset.origin
                ),
            ));
            return;
        }
        let name = default_file_name(dataset);
        let folder = self.state.export.folder.clone();
        self.background
            .choose_path(DialogPurpose::ExportStory, name, folder);
    }

    /// Starts writing the handout to `path` (a PDF; the extension is added if missing).
    pub(super) fn export_story(&mut self, path: PathBuf) {
        let path = match HandoutTarget::of_path(&path) {
            Some(HandoutTarget::Pdf(path)) => path,
            _ => path.with_extension("pdf"),
        };
        let path = std::path::absolute(&path).unwrap_or(path);
        self.notice = Some(Notice::info(format!(
            "Writing the story handout ({} pages) to {}…",
            self.shown.dataset.data.story.len() + 1,
            path.display()
        )));
        let dataset = self.shown.dataset.clone();
        self.background
            .start_handout(PendingHandout::spawn(self.world, dataset, path));
    }

    /// Says where the handout went, or why it could not be written.
    pub(super) fn story_exported(&mut self, path: PathBuf, outcome: Result<usize, String>) {
        self.notice = Some(match outcome {
            Ok(pages) => {
                self.state.export.folder = path.parent().map(Path::to_path_buf);
                Notice::saved(
                    format!(
                        "Exported the story handout ({pages} pages) to {}",
                        path.display()
                    ),
                    path,
                )
            }
            Err(err) => Notice::error("Could not export the story handout", err),
        });
    }
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
