//! Country names on the map: which to write, where, and how important each is. They depend on the
//! dataset (its countries' names and ranks) and the base map, not on the date, so they are built
//! once per dataset.

use super::geometry::MapGeometry;
use super::projection::WorldPos;
use crate::dataset::LoadedDataset;

/// How important a label is: primary ones always show, secondary ones when there is room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LabelRank {
    /// A country of the dataset.
    Primary,
    /// Any other country.
    Secondary,
}

/// A country name on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The text.
    pub text: String,
    /// Where its centre goes (km).
    pub pos: WorldPos,
    /// Width of the country (km), to judge whether the label fits at a zoom.
    pub extent_km: f64,
    /// Importance.
    pub rank: LabelRank,
}

/// One label per base-map country, named as the dataset names it where it has the country; most
/// important first (the dataset's countries, then larger before smaller).
pub fn country_labels(dataset: &LoadedDataset, geometry: &MapGeometry) -> Vec<Label> {
    let mut labels: Vec<Label> = geometry
        .countries
        .iter()
        .map(|country| {
            let in_dataset = country
                .iso_a3
                .as_deref()
                .and_then(|iso| dataset.country_by_iso(iso));
            let bounds = country.area.bounds;
            Label {
                text: in_dataset.map_or_else(|| country.name.clone(), |c| c.name.clone()),
                pos: country.area.label_anchor,
                extent_km: bounds.width().min(bounds.height() * 2.0),
                rank: if in_dataset.is_some() {
                    LabelRank::Primary
                } else {
                    LabelRank::Secondary
                },
            }
        })
        .collect();
    labels.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(b.extent_km.total_cmp(&a.extent_km))
    });
    labels
}
