//! Authoring the story: edits with undo, the slide picked in the Slides panel (`slides_panel.rs`),
//! saving the story back into the dataset file (`saving.rs`), and the questions that keep a
//! teacher's work safe (`prompts.rs`): unsaved slides before closing or opening another file, a
//! file changed on disk since it was opened.

mod prompts;
mod saving;
mod slides_panel;

pub use prompts::prompts_ui;
pub use slides_panel::slides_ui;

use std::path::PathBuf;

use super::Command;
use super::files::{DialogPurpose, FilesCommand};
use super::shared::Shared;
use super::shell::{Notice, ShellCommand};
use crate::dataset::{LoadedDataset, Slide, StoryEdit, StoryHistory, unique_id};
use crate::map::story::view_of_camera;

/// A change to the story or an answer about it.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthorCommand {
    /// Change the story (the Slides panel).
    Edit(StoryEdit),
    /// Add the map as it is now as a slide, after the picked one.
    AddSlideFromView,
    /// Pick a slide in the Slides panel and show it on the map.
    PickSlide(usize),
    /// Take back the last change to the story.
    Undo,
    /// Do again the change to the story last taken back.
    Redo,
    /// Save the story into the dataset file (for the embedded dataset: ask where to save a copy).
    Save,
    /// Ask where to save the dataset and its story as a copy.
    ChooseCopyPath,
    /// Save the dataset and its story as a copy to this file, which becomes the open one.
    SaveAs(PathBuf),
    /// The answer to "the file changed on disk since it was opened".
    ResolveConflict(ConflictChoice),
    /// The answer to "save the slides first?".
    AnswerUnsaved(UnsavedChoice),
    /// Start afresh on the story of the dataset now shown.
    Reset,
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

impl Authoring {
    /// Authoring `dataset`'s story as it was read.
    pub fn new(dataset: &LoadedDataset) -> Self {
        Self {
            history: StoryHistory::new(&dataset.data.story),
            ..Self::default()
        }
    }

    /// Whether the story on screen has changes that are not in the file.
    pub fn story_unsaved(&self, shared: &Shared) -> bool {
        self.history.is_unsaved(&shared.shown.dataset.data.story)
    }

    /// `command` if it can go ahead now; `None` if it would drop unsaved slides, in which case
    /// it waits while the user is asked (or, for a file changed on disk, the banner says the
    /// slides are kept).
    pub fn unless_unsaved(&mut self, command: Command, shared: &mut Shared) -> Option<Command> {
        if command == Command::Files(FilesCommand::Reload) && self.story_unsaved(shared) {
            if let Some(path) = shared.saved.documents.open_file() {
                shared.notice = Some(Notice::info(format!(
                    "{} changed on disk. Your unsaved slides are kept; saving will ask which \
                     version to keep.",
                    path.display()
                )));
            }
            return None;
        }
        let drops_story = matches!(
            command,
            Command::Files(
                FilesCommand::OpenDataset(_)
                    | FilesCommand::OpenSample(_)
                    | FilesCommand::OpenBytes { .. }
            ) | Command::Shell(ShellCommand::Quit)
        );
        if drops_story && self.story_unsaved(shared) && !self.may_close {
            self.pending = Some(Box::new(command));
            None
        } else {
            Some(command)
        }
    }

    /// Carries out an authoring command.
    pub fn apply(&mut self, command: AuthorCommand, shared: &mut Shared) -> Vec<Command> {
        match command {
            AuthorCommand::Edit(edit) => self.edit(edit, shared),
            AuthorCommand::AddSlideFromView => self.add_slide_from_view(shared),
            AuthorCommand::PickSlide(index) => self.pick(index, shared),
            AuthorCommand::Undo => self.undo(true, shared),
            AuthorCommand::Redo => self.undo(false, shared),
            AuthorCommand::Save => return self.save(shared),
            AuthorCommand::ChooseCopyPath => return vec![choose_copy_path(shared)],
            AuthorCommand::SaveAs(path) => {
                let base = shared.shown.dataset.text.clone();
                return self.write(&path, &base, shared);
            }
            AuthorCommand::ResolveConflict(choice) => return self.resolve_conflict(choice, shared),
            AuthorCommand::AnswerUnsaved(choice) => return self.answer_unsaved(choice, shared),
            AuthorCommand::Reset => *self = Self::new(&shared.shown.dataset),
        }
        Vec::new()
    }

    /// Carries out an edit of the story and picks the slide it changed.
    fn edit(&mut self, edit: StoryEdit, shared: &mut Shared) {
        let story = &mut shared.shown.dataset.data.story;
        if let Some(picked) = self.history.apply(story, edit) {
            self.picked = (!story.is_empty()).then_some(picked);
        }
    }

    /// Takes back (or does again) the last change to the story.
    fn undo(&mut self, back: bool, shared: &mut Shared) {
        let story = &mut shared.shown.dataset.data.story;
        let changed = if back {
            self.history.undo(story)
        } else {
            self.history.redo(story)
        };
        if changed {
            self.picked = self.picked.filter(|&i| i < story.len());
        }
    }

    /// Adds the map as it is now (date, view, what is selected) as a slide after the picked one.
    fn add_slide_from_view(&mut self, shared: &mut Shared) {
        let Some(view) = view_of_camera(
            &shared.world.geometry,
            &shared.camera(),
            shared.usable_map_size(),
        ) else {
            return;
        };
        let date = shared.date();
        let dataset = &shared.shown.dataset;
        let selected = shared.saved.view.selection.as_ref();
        let name = match selected.and_then(|s| dataset.country(s.id())) {
            Some(country) => &country.name,
            None => &dataset.data.organisation.short_name,
        };
        let story = &dataset.data.story;
        let slide = Slide {
            id: unique_id(story, "my-slide"),
            title: format!("{name}, {date}"),
            date,
            // Added while comparing, it is a compare slide.
            compare_with: shared.split.filter(|compare| *compare != date),
            view,
            highlight: selected.map(|s| s.id().to_owned()).into_iter().collect(),
            caption: String::new(),
            excerpts: Vec::new(),
            notes: String::new(),
        };
        let at = self.picked.map_or(story.len(), |i| i + 1);
        let slide = Box::new(slide);
        self.edit(StoryEdit::Insert { at, slide }, shared);
    }

    /// Picks a slide and shows it on the map: its date, its view, what it highlights.
    fn pick(&mut self, index: usize, shared: &mut Shared) {
        let Some(slide) = shared.shown.dataset.data.story.get(index) else {
            return;
        };
        let date = slide.date;
        let (to, selection) = shared.slide_view(slide, shared.usable_map_size());
        self.picked = Some(index);
        shared.cut_to(to);
        let view = &mut shared.saved.view;
        view.selection = selection;
        view.date = Some(date);
    }

    /// Carries out the answer to "the file changed on disk".
    fn resolve_conflict(&mut self, choice: ConflictChoice, shared: &mut Shared) -> Vec<Command> {
        let Some(disk) = self.conflict.take() else {
            return Vec::new();
        };
        match choice {
            ConflictChoice::KeepMine => match shared.saved.documents.open_file() {
                Some(path) => {
                    let path = path.to_path_buf();
                    self.write(&path, &disk, shared)
                }
                None => Vec::new(),
            },
            ConflictChoice::KeepDisk => {
                self.history = StoryHistory::new(&shared.shown.dataset.data.story);
                self.pending = None;
                vec![FilesCommand::Reload.into()]
            }
            ConflictChoice::SaveCopy => vec![choose_copy_path(shared)],
            ConflictChoice::Cancel => {
                self.pending = None;
                Vec::new()
            }
        }
    }

    /// Carries out the answer to "save the slides first?"; what was waiting follows, to be
    /// carried out now.
    fn answer_unsaved(&mut self, choice: UnsavedChoice, shared: &mut Shared) -> Vec<Command> {
        match choice {
            UnsavedChoice::Save => {
                let mut then = self.save(shared);
                // Saved at once: go on. Otherwise the pending command waits for the copy's path
                // or the conflict's answer.
                if !self.story_unsaved(shared) {
                    then.extend(self.pending.take().map(|c| *c));
                }
                then
            }
            UnsavedChoice::Discard => {
                self.may_close = true;
                self.pending.take().map(|c| *c).into_iter().collect()
            }
            UnsavedChoice::Cancel => {
                self.pending = None;
                Vec::new()
            }
        }
    }
}

/// Asks where to save the dataset with its story as a copy.
fn choose_copy_path(shared: &Shared) -> Command {
    let name = format!("{}-story.json", shared.shown.dataset.data.organisation.id);
    FilesCommand::ChoosePath {
        purpose: DialogPurpose::SaveStoryCopy,
        name,
        folder: None,
    }
    .into()
}
