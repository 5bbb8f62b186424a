//! Authoring the story: edits with undo, saving the story back into the dataset file, and the
//! questions that keep a teacher's work safe (unsaved slides before closing or opening another
//! file; a file changed on disk since it was opened). The Slides panel is in `slides_panel.rs`.
//!
//! Saving reads the file again and replaces only its `story`, so edits made in a text editor to
//! the rest of the file are kept; it writes atomically with the previous file kept as `.bak`.

use std::path::Path;

use super::banner::Notice;
use super::files::DialogPurpose;
use super::state::DatasetSource;
use super::{AtlasApp, Command};
use crate::dataset::{LoadedDataset, Slide, StoryEdit, StoryHistory, unique_id, with_story};
use crate::map::story::view_of_camera;
use crate::platform::file_write::{Backup, backup_path, replace_file};

/// The story being authored: its undo history, the slide picked in the Slides panel, and the
/// questions waiting for an answer.
#[derive(Debug, Default)]
pub struct Authoring {
    /// Undo, redo and the story as last saved.
    pub history: StoryHistory,
    /// The slide picked in the Slides panel (an index into the story).
    pub picked: Option<usize>,
    /// The file changed on disk since it was opened: its text now, while the user chooses.
    pub conflict: Option<String>,
    /// What waits for an answer to "save the slides first?".
    pub pending: Option<Box<Command>>,
    /// The user chose to close without saving.
    pub may_close: bool,
}

impl Authoring {
    /// Authoring `dataset`'s story as it was read.
    pub fn new(dataset: &LoadedDataset) -> Self {
        Self {
            history: StoryHistory::new(&dataset.data.story),
            ..Self::default()
        }
    }
}

/// What to do when the file changed on disk since it was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Put my slides into the file as it is on disk now (its other changes are kept).
    KeepMine,
    /// Drop my slide edits and read the file from disk.
    KeepDisk,
    /// Save my version somewhere else.
    SaveCopy,
    /// Do nothing yet.
    Cancel,
}

/// What to do with unsaved slides before closing or opening another dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save them, then go on.
    Save,
    /// Go on without them.
    Discard,
    /// Stay.
    Cancel,
}

/// What a slide still needs before it can be saved: "a title", "a caption", "an excerpt".
pub fn slide_needs(slide: &Slide) -> Vec<&'static str> {
    let mut needs = Vec::new();
    if slide.title.trim().is_empty() {
        needs.push("a title");
    }
    if slide.caption.trim().is_empty() {
        needs.push("a caption");
    }
    if slide.excerpts.is_empty() {
        needs.push("an excerpt its caption rests on");
    }
    needs
}

impl AtlasApp {
    /// Whether the story has changes that are not in the file.
    pub fn story_unsaved(&self) -> bool {
        self.authoring
            .history
            .is_unsaved(&self.shown.dataset.data.story)
    }

    /// The slide picked in the Slides panel.
    pub fn picked_slide(&self) -> Option<usize> {
        self.authoring.picked
    }

    /// The window title: the dataset's file name, marked while slides are unsaved.
    pub fn window_title(&self) -> String {
        let name = match &self.state.dataset {
            Some(DatasetSource::File(path)) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            ),
            _ => self.shown.dataset.data.organisation.short_name.clone(),
        };
        let unsaved = if self.story_unsaved() { "● " } else { "" };
        format!("{unsaved}{name} — {}", super::TITLE)
    }

    /// `command` if it can go ahead now; `None` if it would drop unsaved slides, in which case
    /// it waits while the user is asked.
    pub(super) fn unless_unsaved(&mut self, command: Command) -> Option<Command> {
        let drops_story = matches!(
            command,
            Command::OpenDataset(_)
                | Command::OpenSample(_)
                | Command::OpenDroppedDataset { .. }
                | Command::Quit
        );
        if drops_story && self.story_unsaved() && !self.authoring.may_close {
            self.authoring.pending = Some(Box::new(command));
            None
        } else {
            Some(command)
        }
    }

    /// Carries out an edit of the story and picks the slide it changed.
    pub(super) fn edit_story(&mut self, edit: StoryEdit) {
        let story = &mut self.shown.dataset.data.story;
        if let Some(picked) = self.authoring.history.apply(story, edit) {
            self.authoring.picked = (!story.is_empty()).then_some(picked);
        }
    }

    /// Takes back (or does again) the last change to the story.
    pub(super) fn undo_story(&mut self, back: bool) {
        let story = &mut self.shown.dataset.data.story;
        let history = &mut self.authoring.history;
        let changed = if back {
            history.undo(story)
        } else {
            history.redo(story)
        };
        if changed {
            self.authoring.picked = self.authoring.picked.filter(|&i| i < story.len());
        }
    }

    /// Adds the map as it is now (date, view, what is selected) as a slide after the picked one.
    pub(super) fn add_slide_from_view(&mut self) {
        let size = self.usable_map_size();
        let camera = self.state.camera.unwrap_or_else(|| self.home_camera());
        let Some(view) = view_of_camera(&self.world.geometry, &camera, size) else {
            return;
        };
        let date = self.date();
        let selected = self.state.selection.as_ref();
        let title = match selected.and_then(|s| self.shown.dataset.country(s.id())) {
            Some(country) => format!("{}, {date}", country.name),
            None => format!(
                "{}, {date}",
                self.shown.dataset.data.organisation.short_name
            ),
        };
        let story = &self.shown.dataset.data.story;
        let slide = Slide {
            id: unique_id(story, "my-slide"),
            title,
            date,
            // Added while comparing, it is a compare slide.
            compare_with: self.compare_date().filter(|compare| *compare != date),
            view,
            highlight: selected.map(|s| s.id().to_owned()).into_iter().collect(),
            caption: String::new(),
            excerpts: Vec::new(),
            notes: String::new(),
        };
        let at = self.authoring.picked.map_or(story.len(), |i| i + 1);
        self.edit_story(StoryEdit::Insert {
            at,
            slide: Box::new(slide),
        });
    }

    /// Picks a slide and shows it on the map: its date, its view, what it highlights.
    pub(super) fn pick_slide(&mut self, index: usize) {
        let Some(slide) = self.shown.dataset.data.story.get(index) else {
            return;
        };
        let date = slide.date;
        let (camera, selection) = self.slide_view(slide, self.usable_map_size());
        self.authoring.picked = Some(index);
        self.state.camera = camera.or(self.state.camera);
        self.state.selection = selection;
        self.state.date = Some(date);
    }

    /// Saves the story into the open file, or asks where to save a copy when the dataset is not
    /// a file of its own (the embedded one, or one dropped on the window).
    pub(super) fn save_story(&mut self) {
        let Some(DatasetSource::File(path)) = self.state.dataset.clone() else {
            self.choose_story_copy_path();
            return;
        };
        match std::fs::read_to_string(&path) {
            Ok(disk) if disk != self.shown.dataset.text => self.authoring.conflict = Some(disk),
            Ok(disk) => self.write_story(&path, &disk),
            Err(err) => {
                self.notice = Some(Notice::error(
                    "Could not save the story: the file cannot be read again",
                    format!("{}: {err}", path.display()),
                ));
            }
        }
    }

    /// Asks where to save the dataset with its story as a copy.
    pub(super) fn choose_story_copy_path(&mut self) {
        let name = format!("{}-story.json", self.shown.dataset.data.organisation.id);
        self.background
            .choose_path(DialogPurpose::SaveStoryCopy, name, None);
    }

    /// Saves the dataset with its story to `path`, a copy that becomes the open file.
    pub(super) fn save_story_as(&mut self, path: &Path) {
        let base = self.shown.dataset.text.clone();
        self.write_story(path, &base);
    }

    /// Carries out the answer to "the file changed on disk".
    pub(super) fn resolve_conflict(&mut self, choice: ConflictChoice) {
        let Some(disk) = self.authoring.conflict.take() else {
            return;
        };
        match choice {
            ConflictChoice::KeepMine => {
                if let Some(DatasetSource::File(path)) = self.state.dataset.clone() {
                    self.write_story(&path, &disk);
                }
            }
            ConflictChoice::KeepDisk => {
                self.authoring.history = StoryHistory::new(&self.shown.dataset.data.story);
                self.authoring.pending = None;
                self.reload();
            }
            ConflictChoice::SaveCopy => self.choose_story_copy_path(),
            ConflictChoice::Cancel => self.authoring.pending = None,
        }
    }

    /// Carries out the answer to "save the slides first?"; returns what was waiting, to be
    /// carried out now.
    pub(super) fn answer_unsaved(&mut self, choice: UnsavedChoice) -> Option<Command> {
        match choice {
            UnsavedChoice::Save => {
                self.save_story();
                // Saved at once: go on. Otherwise the pending command waits for the copy's path
                // or the conflict's answer.
                if self.story_unsaved() {
                    None
                } else {
                    self.authoring.pending.take().map(|c| *c)
                }
            }
            UnsavedChoice::Discard => {
                self.authoring.may_close = true;
                self.authoring.pending.take().map(|c| *c)
            }
            UnsavedChoice::Cancel => {
                self.authoring.pending = None;
                None
            }
        }
    }

    /// Writes the story into `base` (the file's text) and saves that to `path`, after checking
    /// the result reads back as a valid dataset. Says what happened either way.
    fn write_story(&mut self, path: &Path, base: &str) {
        let story = &self.shown.dataset.data.story;
        if let Some((i, slide)) = story
            .iter()
            .enumerate()
            .find(|(_, s)| !slide_needs(s).is_empty())
        {
            self.authoring.picked = Some(i);
            self.notice = Some(Notice::error(
                "Could not save the story",
                format!(
                    "Slide {} “{}” still needs {}.",
                    i + 1,
                    slide.title,
                    slide_needs(slide).join(" and ")
                ),
            ));
            return;
        }
        let text = match self.story_text(base) {
            Ok(text) => text,
            Err(err) => {
                self.notice = Some(Notice::error("Could not save the story", err));
                return;
            }
        };
        let label = path.display().to_string();
        let checked =
            LoadedDataset::from_bytes(&label, text.as_bytes(), &|iso| self.world.knows_iso(iso));
        let dataset = match checked {
            Ok(dataset) => dataset,
            Err(err) => {
                self.notice = Some(Notice::dataset_error(
                    "Could not save the story: the file would not be a valid dataset",
                    &err,
                ));
                return;
            }
        };
        if let Err(err) = replace_file(path, text.as_bytes(), Backup::Keep) {
            self.notice = Some(Notice::error(
                "Could not save the story; the file is as it was",
                format!("{err:#}"),
            ));
            return;
        }
        let slides = dataset.data.story.len();
        let upgraded = !self.shown.dataset.notes.is_empty();
        self.shown.dataset.text = dataset.text;
        self.shown.dataset.notes.clear();
        self.shown.dataset.origin = label;
        self.authoring
            .history
            .mark_saved(&self.shown.dataset.data.story);
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let source = DatasetSource::File(path.clone());
        if cfg!(target_arch = "wasm32") {
            // Downloaded by the browser: no file to open again, so the source stays as it was.
        } else if self.state.dataset.as_ref() == Some(&source) {
            self.background.acknowledge_own_write();
        } else {
            self.state.remember_recent(path.clone());
            self.state.dataset = Some(source);
        }
        let kept = if upgraded {
            " (now dataset format version 3)"
        } else {
            ""
        };
        self.notice = Some(Notice::saved(
            format!(
                "Saved the story ({slides} slides) to {}{kept}; the previous file is kept as {}.",
                path.display(),
                backup_path(&path).display()
            ),
            path,
        ));
    }

    /// The file's text with the story in it: only `story` replaced, or (for a file of an older
    /// format version, read upgraded) the whole dataset written in the current format.
    fn story_text(&self, base: &str) -> Result<String, String> {
        let dataset = &self.shown.dataset;
        if dataset.notes.is_empty() {
            with_story(base, &dataset.data.story).map_err(|err| err.to_string())
        } else {
            serde_json::to_string_pretty(&dataset.data)
                .map(|json| json + "\n")
                .map_err(|err| err.to_string())
        }
    }
}
