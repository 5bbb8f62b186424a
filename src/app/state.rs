//! What the app remembers between runs, saved by eframe exactly as the app holds it: the view,
//! the date, layers and panels, playback speed, the selection, the dataset and recent files, the
//! compare view.
//! Runtime things (the loaded dataset and its caches, dialogs, the file watch) live elsewhere and
//! are rebuilt from this.
//!
//! Every struct here is `#[serde(default)]`, so a field added in a later version takes its
//! default and leaves the user's other settings as they were.

use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

use super::export_dialog::ExportSettings;
use super::playback::PlaySpeed;
use crate::dataset::{DEFAULT_SAMPLE, Date, SAMPLES};
use crate::earth::camera::Camera;
use crate::facts::selection::Selection;
use crate::map::layers::Layers;
use crate::map::palette::Theme;

/// The storage key.
pub const KEY: &str = "csto-atlas-state";

/// How many recent files File ▸ Open recent offers.
pub const MAX_RECENT: usize = 8;

/// Where a dataset came from, so it can be opened again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatasetSource {
    /// An embedded sample, by its id (`dataset::Sample::id`).
    Sample(#[serde(deserialize_with = "sample_id")] String),
    /// A file on disk.
    File(PathBuf),
}

impl DatasetSource {
    /// The dataset the app opens when nothing else is asked for.
    pub fn default_sample() -> Self {
        Self::Sample(DEFAULT_SAMPLE.id.to_owned())
    }

    /// Whether this is the dataset the app opens when nothing else is asked for.
    pub fn is_default_sample(&self) -> bool {
        matches!(self, Self::Sample(id) if id == DEFAULT_SAMPLE.id)
    }
}

/// A sample's id; versions before 0.2 saved its index in the sample list instead.
fn sample_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IdOrIndex {
        Id(String),
        Index(usize),
    }
    Ok(match IdOrIndex::deserialize(deserializer)? {
        IdOrIndex::Id(id) => id,
        IdOrIndex::Index(index) => SAMPLES.get(index).unwrap_or(DEFAULT_SAMPLE).id.to_owned(),
    })
}

/// A panel around the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The lists on the left.
    Lists,
    /// The details on the right.
    Details,
    /// The timeline at the bottom.
    Timeline,
    /// Every source article, beside the details.
    Sources,
    /// The story's slides, to write and reorder.
    Slides,
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
    /// The Sources panel beside the details.
    pub sources: bool,
    /// The Slides panel.
    pub slides: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            lists: true,
            details: true,
            timeline: true,
            sources: false,
            slides: false,
        }
    }
}

impl Panels {
    /// Whether `panel` is shown, to read or change.
    pub fn shown_mut(&mut self, panel: Panel) -> &mut bool {
        match panel {
            Panel::Lists => &mut self.lists,
            Panel::Details => &mut self.details,
            Panel::Timeline => &mut self.timeline,
            Panel::Sources => &mut self.sources,
            Panel::Slides => &mut self.slides,
        }
    }
}

/// How large the map's labels, captions and slide text are written: the one text-size setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    /// As on a desk.
    #[default]
    Normal,
    /// For a small room.
    Large,
    /// For the back row of a classroom.
    BackRow,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 3] = [Self::Normal, Self::Large, Self::BackRow];

    /// How many times the usual size text is.
    pub fn scale(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Large => 1.3,
            Self::BackRow => 1.7,
        }
    }

    /// Its name on the menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::Normal => "Normal",
            Self::Large => "Large",
            Self::BackRow => "Back row",
        }
    }
}

/// The compare view: the map split into two dates side by side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareState {
    /// Whether the map is split.
    pub on: bool,
    /// The date of the left map; `None`: just before the last membership change up to the
    /// timeline's date, following the timeline.
    pub date: Option<Date>,
}

/// Everything the user set up that comes back next time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// The map view; `None` until the map has been laid out (then it frames the members).
    pub camera: Option<Camera>,
    /// The date shown; `None` means the end of the timeline (today).
    pub date: Option<Date>,
    /// Layers shown.
    pub layers: Layers,
    /// Panels shown.
    pub panels: Panels,
    /// Playback speed.
    pub speed: PlaySpeed,
    /// What is selected.
    pub selection: Option<Selection>,
    /// The dataset that is open (`None`: the default sample, as before anything was opened).
    pub dataset: Option<DatasetSource>,
    /// Recently opened dataset files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The export choices and folder.
    pub export: ExportSettings,
    /// How large labels, captions and slide text are.
    pub text_size: TextSize,
    /// Cut between slides instead of gliding.
    pub reduce_motion: bool,
    /// Light or dark map and window.
    pub theme: Theme,
    /// The compare view.
    pub compare: CompareState,
}

impl ViewState {
    /// Puts `path` first in the recent files, once, keeping at most [`MAX_RECENT`].
    pub fn remember_recent(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }
}

/// What reading the saved state found.
pub enum Restored {
    /// Nothing saved yet.
    Nothing,
    /// The saved state.
    State(Box<ViewState>),
    /// Something was saved but could not be read.
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
    match eframe::get_value::<ViewState>(storage, KEY) {
        Some(state) => Restored::State(Box::new(state)),
        None => Restored::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_once_each_and_few() {
        let mut state = ViewState::default();
        for i in 0..10 {
            state.remember_recent(PathBuf::from(format!("{i}.json")));
        }
        state.remember_recent(PathBuf::from("5.json"));
        assert_eq!(state.recent_files.len(), MAX_RECENT);
        assert_eq!(state.recent_files[0], PathBuf::from("5.json"));
        assert_eq!(state.recent_files[1], PathBuf::from("9.json"));
        assert_eq!(
            state
                .recent_files
                .iter()
                .filter(|p| p.ends_with("5.json"))
                .count(),
            1
        );
    }
}
