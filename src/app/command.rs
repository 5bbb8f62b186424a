//! Everything that changes the app's state, as values: panels, keys, the map widget, playback and
//! background work push them; [`super::AtlasApp::apply`] carries them out in one place at the end
//! of the frame.

use std::path::PathBuf;
use std::sync::Arc;

use super::authoring::{ConflictChoice, UnsavedChoice};
use super::playback::PlaySpeed;
use super::state::Panel;
use crate::dataset::{Date, StoryEdit};
use crate::earth::camera::Camera;
use crate::facts::selection::Selection;
use crate::map::layers::Layers;

/// A window of the Help menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpWindow {
    /// Every keyboard shortcut.
    KeyboardShortcuts,
    /// Version, credits and licences.
    About,
}

/// One change to the app's state.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select something (or clear the selection) without moving the map.
    Select(Option<Selection>),
    /// Select something and move the map to it.
    Focus(Selection),
    /// Select something dated, move the map to it and the timeline to its date, and say on the
    /// map what happened then.
    ShowOnTimeline {
        /// What to select.
        selection: Selection,
        /// Its date.
        date: Date,
    },
    /// Show or hide layers.
    SetLayers(Layers),
    /// Move the map (the map widget's pans and zooms).
    SetCamera(Camera),
    /// The map's viewport now has this size in pixels.
    SetMapSize([f64; 2]),
    /// Frame the member states again.
    ResetView,
    /// Ask for a dataset file to open.
    ChooseDatasetToOpen,
    /// Open a dataset file (the open one stays if it is broken).
    OpenDataset(PathBuf),
    /// Open dataset bytes dropped on the window (`name` labels errors).
    OpenDroppedDataset {
        /// The file's name.
        name: String,
        /// Its content.
        bytes: Arc<[u8]>,
    },
    /// Open one of the embedded sample datasets, by id.
    OpenSample(String),
    /// Ask where to save a screenshot of the window.
    ChooseScreenshotPath,
    /// Save a screenshot of the window to this PNG file.
    SaveScreenshot(PathBuf),
    /// A screenshot was written (or could not be).
    ScreenshotFinished {
        /// Where it was to go.
        path: PathBuf,
        /// Why it could not be saved, if it could not.
        error: Option<String>,
    },
    /// Hide the message banner.
    DismissNotice,
    /// Read the open dataset file again (it changed on disk).
    ReloadFromDisk,
    /// Forget the recently opened files.
    ClearRecentFiles,
    /// Show a hidden panel or hide a shown one.
    TogglePanel(Panel),
    /// Move the glide between slides on by `dt_secs` (once a frame while it runs).
    AdvanceTransition {
        /// The time since the last frame.
        dt_secs: f64,
    },
    /// Glide between slides, or cut.
    ToggleReduceMotion,
    /// Write labels, captions and slides at this size.
    SetTextSize(super::state::TextSize),
    /// Draw the map and the window in this theme.
    SetTheme(crate::map::palette::Theme),
    /// Show the map at this date.
    SetDate(Date),
    /// Start or stop playback.
    TogglePlay,
    /// Move the date on for `seconds` of playing.
    PlaybackTick {
        /// The time the last frame took.
        seconds: f64,
    },
    /// Set the playback speed.
    SetSpeed(PlaySpeed),
    /// Jump to the next (or previous) dated event.
    StepEvent {
        /// Forward in time.
        forward: bool,
    },
    /// Split the map into two dates side by side, or back into one.
    ToggleCompare,
    /// Set the compare view's other date (`None`: just before the last membership change).
    SetCompareDate(Option<Date>),
    /// Search the Sources panel for this text.
    SetSourcesQuery(String),
    /// Open, type in, move through or close the search box (Ctrl+F).
    Search(super::search::SearchEdit),
    /// Open the Export map dialog.
    OpenExportDialog,
    /// Change the export choices.
    SetExportSettings(Box<super::export_dialog::ExportSettings>),
    /// Ask where to export the map.
    ChooseExportPath,
    /// Export the map as a figure to this file (its extension gives the format).
    ExportMap(PathBuf),
    /// Put a picture of the map (as the export choices draw it) on the clipboard.
    CopyMapImage,
    /// Close the Export map dialog.
    CloseExportDialog,
    /// Ask where to write the story handout.
    ChooseStoryExportPath,
    /// Write the story handout as a PDF to this file, on a background thread.
    ExportStory(PathBuf),
    /// The story handout was written (how many pages), or could not be (why).
    StoryExported {
        /// Where it was to go.
        path: PathBuf,
        /// Its page count, or why it could not be written.
        outcome: Result<usize, String>,
    },
    /// Present the story full-screen from this slide.
    StartPresenting {
        /// The slide to start on (0: the title slide).
        slide: usize,
    },
    /// Go to a slide (past the last: the last).
    GoToSlide(usize),
    /// The next or the previous slide.
    StepSlide {
        /// Forward.
        forward: bool,
    },
    /// Show or hide the speaker-notes window.
    ToggleSpeakerNotes,
    /// Blank the screen or show it again.
    ToggleBlank,
    /// Leave the presentation and restore the view as it was.
    StopPresenting,
    /// Change the story (the Slides panel).
    EditStory(StoryEdit),
    /// Add the map as it is now as a slide, after the picked one.
    AddSlideFromView,
    /// Pick a slide in the Slides panel and show it on the map.
    PickSlide(usize),
    /// Take back the last change to the story.
    UndoStory,
    /// Do again the change to the story last taken back.
    RedoStory,
    /// Save the story into the dataset file (for the embedded dataset: ask where to save a copy).
    SaveStory,
    /// Ask where to save the dataset and its story as a copy.
    ChooseStoryCopyPath,
    /// Save the dataset and its story as a copy to this file, which becomes the open one.
    SaveStoryAs(PathBuf),
    /// The answer to "the file changed on disk since it was opened".
    ResolveConflict(ConflictChoice),
    /// The answer to "save the slides first?".
    AnswerUnsaved(UnsavedChoice),
    /// Open a Help window.
    ShowHelp(HelpWindow),
    /// Close a Help window.
    CloseHelp,
    /// Close the app.
    Quit,
}
