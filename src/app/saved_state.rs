//! What the app remembers between runs (eframe storage): the view, the date, the layers and panels,
//! the last dataset and the recently opened files. Runtime things (caches, dialogs) are not here.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::PlaySpeed;
use crate::carto::camera::Camera;
use crate::carto::scene::{Layers, Selection};
use crate::dataset::Date;

/// The storage key.
pub const KEY: &str = "csto-atlas-state";

/// How many recent files File ▸ Open recent offers.
pub const MAX_RECENT: usize = 8;

/// Where a dataset came from, so it can be opened again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatasetSource {
    /// An embedded sample (index into `dataset::SAMPLES`).
    Sample(usize),
    /// A file on disk.
    File(PathBuf),
}

/// Which panels are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Panels {
    /// The lists on the left.
    pub lists: bool,
    /// The details on the right.
    pub details: bool,
    /// The timeline at the bottom.
    pub timeline: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            lists: true,
            details: true,
            timeline: true,
        }
    }
}

/// The remembered state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedState {
    /// The map view.
    pub camera: Option<Camera>,
    /// The date shown.
    pub date: Option<Date>,
    /// Layers shown.
    pub layers: Layers,
    /// Panels shown.
    pub panels: Panels,
    /// Playback speed.
    pub speed: PlaySpeed,
    /// What was selected.
    pub selection: Option<Selection>,
    /// The dataset that was open.
    pub dataset: Option<DatasetSource>,
    /// Recently opened dataset files, newest first.
    pub recent_files: Vec<PathBuf>,
}

/// What reading the saved state found.
pub enum Restored {
    /// Nothing saved yet.
    Nothing,
    /// The saved state.
    State(Box<SavedState>),
    /// Something was saved but could not be read (from an older or broken version).
    Unreadable,
}

/// Reads the saved state from eframe's storage.
pub fn restore(storage: Option<&dyn eframe::Storage>) -> Restored {
    let Some(storage) = storage else {
        return Restored::Nothing;
    };
    if storage.get_string(KEY).is_none() {
        return Restored::Nothing;
    }
    match eframe::get_value::<SavedState>(storage, KEY) {
        Some(state) => Restored::State(Box::new(state)),
        None => Restored::Unreadable,
    }
}

/// Puts `path` first in the recent files, once, keeping at most [`MAX_RECENT`].
pub fn remember_recent(recent: &mut Vec<PathBuf>, path: PathBuf) {
    recent.retain(|p| *p != path);
    recent.insert(0, path);
    recent.truncate(MAX_RECENT);
}
