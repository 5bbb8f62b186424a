//! Which layers of the map are shown.

use serde::{Deserialize, Serialize};

use super::labels::LabelRank;

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
    /// Write country names.
    pub labels: bool,
    /// Draw lakes and rivers, and name them and the seas.
    pub water: bool,
    /// Mark and name capitals and cities.
    pub places: bool,
    /// Draw meridians and parallels.
    pub graticule: bool,
}

impl Layers {
    /// Whether names of this rank are written.
    pub fn names(&self, rank: LabelRank) -> bool {
        match rank {
            LabelRank::Primary | LabelRank::Secondary => self.labels,
            LabelRank::MemberCapital | LabelRank::Capital | LabelRank::City => self.places,
            LabelRank::Water | LabelRank::River => self.water,
        }
    }
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            members: true,
            borders: true,
            exercises: true,
            labels: true,
            water: true,
            places: true,
            graticule: false,
        }
    }
}
