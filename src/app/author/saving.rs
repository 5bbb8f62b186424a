//! Saving the slides and facts into the dataset file. Saving reads the file again and replaces
//! only the members that were edited (`story`, `countries`, `excerpts`…), so edits made in a text
//! editor to the rest of the file are kept; the result must read back as a valid dataset before
//! anything is written, and it is written atomically with the previous file kept as `.bak`
//! (`platform::save`).

use std::path::Path;

use super::{Authoring, choose_copy_path, slide_needs};
use crate::app::Command;
use crate::app::files::FilesCommand;
use crate::app::shared::Shared;
use crate::app::shell::Notice;
use crate::app::state::DatasetSource;
use crate::dataset::{Dataset, LoadedDataset, with_edits};
use crate::platform::{self, Backup, file_write::backup_path};

impl Authoring {
    /// Saves the slides and facts into the open file, or asks where to save a copy when the dataset is not
    /// a file of its own (the embedded one, or one dropped on the window).
    pub(super) fn save(&mut self, shared: &mut Shared) -> Vec<Command> {
        let Some(path) = shared.saved.documents.open_file().map(Path::to_path_buf) else {
            return vec![choose_copy_path(shared)];
        };
        match std::fs::read_to_string(&path) {
            Ok(disk) if disk != shared.shown.dataset.text => {
                self.conflict = Some(disk);
                Vec::new()
            }
            Ok(disk) => self.write(&path, &disk, shared),
            Err(err) => {
                shared.notice = Some(Notice::error(
                    "Could not save: the file cannot be read again",
                    format!("{}: {err}", path.display()),
                ));
                Vec::new()
            }
        }
    }

    /// Writes the edits into `base` (the file's text) and saves that to `path`, after checking
    /// the result reads back as a valid dataset. Says what happened either way.
    pub(super) fn write(&mut self, path: &Path, base: &str, shared: &mut Shared) -> Vec<Command> {
        let story = &shared.shown.dataset.data.story;
        if let Some((i, slide)) = story
            .iter()
            .enumerate()
            .find(|(_, s)| !slide_needs(s).is_empty())
        {
            self.picked = Some(i);
            shared.notice = Some(Notice::error(
                "Could not save",
                format!(
                    "Slide {} “{}” still needs {}.",
                    i + 1,
                    slide.title,
                    slide_needs(slide).join(" and ")
                ),
            ));
            return Vec::new();
        }
        let text = match edited_text(&shared.shown.dataset, self.history.saved(), base) {
            Ok(text) => text,
            Err(err) => {
                shared.notice = Some(Notice::error("Could not save", err));
                return Vec::new();
            }
        };
        let label = path.display().to_string();
        let dataset = match shared.load_bytes(&label, text.as_bytes()) {
            Ok(dataset) => dataset,
            Err(err) => {
                shared.notice = Some(Notice::dataset_error(
                    "Could not save: the file would not be a valid dataset",
                    &err,
                ));
                return Vec::new();
            }
        };

        if let Err(err) = platform::save(path, text.as_bytes(), Backup::Keep) {
            shared.notice = Some(Notice::error(
                "Could not save; the file is as it was",
                format!("{err:#}"),
            ));
            return Vec::new();
        }
        let what = saved_what(self.history.saved(), &dataset.data);
        let shown = &mut shared.shown.dataset;
        let upgraded = !shown.notes.is_empty();
        shown.text = dataset.text;
        shown.notes.clear();
        shown.origin = label;
        self.history.mark_saved(&shown.data);
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let source = DatasetSource::File(path.clone());
        let documents = &mut shared.saved.documents;
        let mut then = Vec::new();
        if !platform::HAS_FILES {
            // Downloaded by the browser: no file to open again, so the source stays as it was.
        } else if documents.dataset.as_ref() == Some(&source) {
            then.push(FilesCommand::AcknowledgeOwnWrite.into());
        } else {
            documents.remember_recent(path.clone());
            documents.dataset = Some(source);
        }
        let kept = if upgraded {
            " (now dataset format version 3)"
        } else {
            ""
        };
        shared.notice = Some(Notice::saved(
            format!(
                "Saved {what} to {}{kept}; the previous file is kept as {}.",
                path.display(),
                backup_path(&path).display()
            ),
            path,
        ));
        then
    }
}

/// What a save wrote, as the banner says it: "the story (5 slides)", "the facts", or both.
fn saved_what(saved: &Dataset, now: &Dataset) -> String {
    let story = format!("the story ({} slides)", now.story.len());
    match (!saved.same_facts(now), saved.story != now.story) {
        (true, true) => format!("the facts and {story}"),
        (true, false) => "the facts".to_owned(),
        (false, _) => story,
    }
}

/// The file's text with the edits in it: only the edited members replaced, or (for a file of an
/// older format version, read upgraded) the whole dataset written in the current format.
fn edited_text(dataset: &LoadedDataset, saved: &Dataset, base: &str) -> Result<String, String> {
    if dataset.notes.is_empty() {
        with_edits(base, saved, &dataset.data).map_err(|err| err.to_string())
    } else {
        serde_json::to_string_pretty(&dataset.data)
            .map(|json| json + "\n")
            .map_err(|err| err.to_string())
    }
}
