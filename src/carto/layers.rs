//! Which layers of the map are shown.

use serde::{Deserialize, Serialize};

/// Which layers are shown. Remembered between runs: a layer added later starts shown and leaves
/// the user's other choices as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Layers {
    /// Colour member states by status.
    pub members: bool,
    /// Draw borders of interest.
    pub borders: bool,
    /// Draw exercise markers.
    pub exercises: bool,
    /// Draw country labels.
    pub labels: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            members: true,
            borders: true,
            exercises: true,
            labels: true,
        }
    }
}
