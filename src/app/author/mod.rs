//! Authoring the dataset: the story's slides (the Slides panel, `slides_panel.rs`) and its facts
//! (the Facts panel, `facts_panel.rs`, validated as they are typed, `facts.rs`), edited with one
//! undo history; saving them back into the dataset file (`saving.rs`), and the questions that
//! keep a teacher's work safe (`prompts.rs`): unsaved changes before closing or opening another
//! file, a file changed on disk since it was opened.

mod facts;
mod facts_panel;
mod prompts;
mod saving;
mod slides_panel;

pub use facts::Refusal;
pub use facts_panel::facts_ui;
pub use prompts::prompts_ui;
pub use slides_panel::slides_ui;

use std::path::PathBuf;

use super::Command;
use super::files::{DialogPurpose, FilesCommand};
use super::shared::Shared;
use super::shell::{Notice, ShellCommand};
use crate::dataset::{
    Dataset, EditHistory, FactEdit, FactRef, LoadedDataset, Slide, StoryEdit, apply_story_edit,
    slug, unique_id,
};
use crate::map::story::view_of_camera;

/// A change to the story or an answer about it.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthorCommand {
    /// Change the story (the Slides panel).
    Edit(StoryEdit),
    /// Change the facts (the Facts panel).
    EditFact(FactEdit),
    /// Wait for a click on the map to place this exercise or event (`None`: stop waiting).
    StartPlacing(Option<FactRef>),
    /// Put the exercise or event being placed here (a click on the map), in this country.
    PlaceAt {
        /// Longitude in degrees.
        lon: f64,
        /// Latitude in degrees.
        lat: f64,
        /// The country there (ISO alpha-3), if any.
        country: Option<String>,
    },
    /// Add the map as it is now as a slide, after the picked one.
    AddSlideFromView,
    /// Pick a slide in the Slides panel and show it on the map.
    PickSlide(usize),
    /// Take back the last change to the slides or facts.
    Undo,
    /// Do again the change last taken back.
    Redo,
    /// Save the slides and facts into the dataset file (for the embedded dataset: ask where to
    /// save a copy).
    Save,
    /// Ask where to save the dataset as a copy.
    ChooseCopyPath,
    /// Save the dataset as a copy to this file, which becomes the open one.
    SaveAs(PathBuf),
    /// The answer to "the file changed on disk since it was opened".
    ResolveConflict(ConflictChoice),
    /// The answer to "save the changes first?".
    AnswerUnsaved(UnsavedChoice),
    /// Start afresh on the story of the dataset now shown.
    Reset,
}

/// What to do when the file changed on disk since it was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Put my changes into the file as it is on disk now (its other changes are kept).
    KeepMine,
    /// Drop my edits and read the file from disk.
    KeepDisk,
    /// Save my version somewhere else.
    SaveCopy,
    /// Do nothing yet.
    Cancel,
}

/// What to do with unsaved changes before closing or opening another dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save them, then go on.
    Save,
    /// Go on without them.
    Discard,
    /// Stay.
    Cancel,
}

/// The dataset being authored: its undo history, the slide picked in the Slides panel, the last
/// fact edit refused, and the questions waiting for an answer.
#[derive(Debug)]
pub struct Authoring {
    /// Undo, redo and the dataset as last saved.
    pub history: EditHistory<Dataset>,
    /// The last edit of the facts that was refused, and why: shown beside its field until the
    /// next edit.
    pub refusal: Option<Refusal>,
    /// The exercise or event the next click on the map places.
    pub placing: Option<FactRef>,
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
            history: EditHistory::new(&dataset.data),
            refusal: None,
            placing: None,
            picked: None,
            conflict: None,
            pending: None,
            may_close: false,
        }
    }

    /// Whether the slides or facts on screen have changes that are not in the file.
    pub fn unsaved(&self, shared: &Shared) -> bool {
        self.history.is_unsaved(&shared.shown.dataset.data)
    }

    /// `command` if it can go ahead now; `None` if it would drop unsaved changes, in which case
    /// it waits while the user is asked (or, for a file changed on disk, the banner says the
    /// changes are kept).
    pub fn unless_unsaved(&mut self, command: Command, shared: &mut Shared) -> Option<Command> {
        if command == Command::Files(FilesCommand::Reload) && self.unsaved(shared) {
            if let Some(path) = shared.saved.documents.open_file() {
                shared.notice = Some(Notice::info(format!(
                    "{} changed on disk. Your unsaved changes are kept; saving will ask which \
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
                    | FilesCommand::NewDataset
                    | FilesCommand::OpenBytes { .. }
            ) | Command::Shell(ShellCommand::Quit)
        );
        if drops_story && self.unsaved(shared) && !self.may_close {
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
            AuthorCommand::EditFact(edit) => self.edit_fact(edit, shared),
            AuthorCommand::StartPlacing(fact) => self.placing = fact,
            AuthorCommand::PlaceAt { lon, lat, country } => {
                self.place_at(lon, lat, country, shared)
            }
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
        let data = &mut shared.shown.dataset.data;
        let typing = edit.typing();
        let picked = self
            .history
            .record(data, typing, |data| apply_story_edit(&mut data.story, edit));
        if let Some(picked) = picked {
            self.picked = (!data.story.is_empty()).then_some(picked);
        }
    }

    /// Takes back (or does again) the last change to the slides or facts.
    fn undo(&mut self, back: bool, shared: &mut Shared) {
        let mut data = shared.shown.dataset.data.clone();
        let changed = if back {
            self.history.undo(&mut data)
        } else {
            self.history.redo(&mut data)
        };
        if changed {
            self.refusal = None;
            self.picked = self.picked.filter(|&i| i < data.story.len());
            facts::show_edited(shared, data);
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
                self.history = EditHistory::new(&shared.shown.dataset.data);
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
                if !self.unsaved(shared) {
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

/// Asks where to save the dataset with its edits as a copy.
fn choose_copy_path(shared: &Shared) -> Command {
    let name = format!(
        "{}.json",
        slug(&shared.shown.dataset.data.organisation.short_name)
    );
    FilesCommand::ChoosePath {
        purpose: DialogPurpose::SaveStoryCopy,
        name,
        folder: None,
    }
    .into()
}
