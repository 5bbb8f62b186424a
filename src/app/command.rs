//! Everything the user can ask of the app, as values: panels push them, [`super::AtlasApp::apply`]
//! carries them out in one place at the end of the frame.

use std::path::PathBuf;

use crate::carto::camera::Camera;
use crate::carto::scene::{Layers, Selection};

/// One user action.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select something (or clear the selection) without moving the map.
    Select(Option<Selection>),
    /// Select something and move the map to it.
    Focus(Selection),
    /// Show or hide layers.
    SetLayers(Layers),
    /// Move the map.
    SetCamera(Camera),
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
        bytes: std::sync::Arc<[u8]>,
    },
    /// Open one of the embedded sample datasets (index into `dataset::SAMPLES`).
    OpenSample(usize),
    /// Ask where to save a screenshot of the window.
    ChooseScreenshotPath,
    /// Save a screenshot of the window to this PNG file.
    SaveScreenshot(PathBuf),
    /// Hide the message banner.
    DismissNotice,
    /// Read the open dataset file again (it changed on disk).
    ReloadFromDisk,
    /// Forget the recently opened files.
    ClearRecentFiles,
    /// Show or hide panels.
    SetPanels(super::saved_state::Panels),
    /// Show the map at this date.
    SetDate(crate::dataset::Date),
    /// Start or stop playback.
    TogglePlay,
    /// Set the playback speed.
    SetSpeed(super::timeline_bar::PlaySpeed),
    /// Jump to the next (or previous) dated event.
    StepEvent {
        /// Forward in time.
        forward: bool,
    },
}
