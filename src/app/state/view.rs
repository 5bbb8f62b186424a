//! What the map shows: the camera, the date, the selection, the layers and the compare view.
//! Presenting moves these slide by slide and gives them back as they were when it ends.

use serde::{Deserialize, Serialize};

use crate::dataset::Date;
use crate::earth::camera::{Camera, MapView};
use crate::earth::projection::Projection;
use crate::facts::selection::Selection;
use crate::map::layers::Layers;

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

/// What the map shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// The map view; `None` until the map has been laid out (then it frames the members).
    pub camera: Option<Camera>,
    /// The projection the camera is in; `None`: the dataset's home projection.
    pub projection: Option<Projection>,
    /// The date shown; `None` means the end of the timeline (today).
    pub date: Option<Date>,
    /// What is selected.
    pub selection: Option<Selection>,
    /// Layers shown.
    pub layers: Layers,
    /// The compare view.
    pub compare: CompareState,
}

impl ViewState {
    /// Shows `view`: its camera in its projection.
    pub fn show(&mut self, view: MapView) {
        self.camera = Some(view.camera);
        self.projection = Some(view.projection);
    }
}
