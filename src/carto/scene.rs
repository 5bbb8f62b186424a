//! What to draw for a dataset at a date with a set of layers: pure data, built cheaply each time
//! any of those change, and read by both the screen painter and exporters.

use super::geometry::MapGeometry;
use super::palette::{self, Rgba};
use super::projection::WorldPos;
use crate::basemap::BaseMap;
use crate::dataset::{Date, LoadedDataset, PlacePrecision, Status, status_at};

/// Which layers are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// The thing the user selected; ids are dataset ids.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Selection {
    /// A country of the dataset.
    Country(String),
    /// A border of interest.
    Border(String),
    /// An exercise.
    Exercise(String),
    /// A meeting or other event.
    Event(String),
}

/// A border of interest, measured and projected once per dataset.
#[derive(Debug, Clone)]
pub struct BorderGeometry {
    /// The dataset's border id.
    pub id: String,
    /// Projected lines (km); empty if the base map has no shared border.
    pub lines: Vec<Vec<WorldPos>>,
    /// Great-circle length of the shared arcs on the 1:10m map, in kilometres.
    pub computed_length_km: Option<f64>,
}

/// Geometry that depends on the dataset but not on the date: its borders of interest.
#[derive(Debug, Clone, Default)]
pub struct DatasetGeometry {
    /// One entry per dataset border, in dataset order.
    pub borders: Vec<BorderGeometry>,
}

impl DatasetGeometry {
    /// Measures and projects the dataset's borders on the base map.
    pub fn new(dataset: &LoadedDataset, basemap: &BaseMap, geometry: &MapGeometry) -> Self {
        let borders = dataset
            .data
            .borders
            .iter()
            .map(|border| {
                let shared = basemap.border_between(&border.countries[0], &border.countries[1]);
                BorderGeometry {
                    id: border.id.clone(),
                    lines: shared
                        .as_ref()
                        .map(|s| {
                            s.lines
                                .iter()
                                .flat_map(|l| geometry.project_line(l))
                                .collect()
                        })
                        .unwrap_or_default(),
                    computed_length_km: shared.map(|s| s.length_km),
                }
            })
            .collect();
        Self { borders }
    }

    /// The geometry of a border by dataset id.
    pub fn border(&self, id: &str) -> Option<&BorderGeometry> {
        self.borders.iter().find(|b| b.id == id)
    }
}

/// An exercise marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The exercise id.
    pub exercise_id: String,
    /// Its name.
    pub name: String,
    /// Where (km).
    pub pos: WorldPos,
    /// How precise the position is.
    pub precision: PlacePrecision,
    /// Whether it is selected.
    pub selected: bool,
    /// 1 while the exercise runs, fading after it (see [`super::timeline::exercise_opacity`]).
    pub opacity: f32,
}

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

/// One row of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The status (`None`: never a member).
    pub status: Option<Status>,
    /// Its words.
    pub label: &'static str,
    /// Its colour.
    pub colour: Rgba,
    /// How many dataset countries have it at the scene's date.
    pub count: usize,
}

/// Everything to draw, in drawing order.
#[derive(Debug, Clone)]
pub struct Scene {
    /// Fill of each base-map country (index as in [`MapGeometry::countries`]).
    pub country_fills: Vec<Rgba>,
    /// The base-map country to outline as selected.
    pub selected_country: Option<usize>,
    /// Borders of interest to draw: index into [`DatasetGeometry::borders`], and whether selected.
    pub borders: Vec<(usize, bool)>,
    /// Exercise markers.
    pub markers: Vec<Marker>,
    /// Country labels, most important first.
    pub labels: Vec<Label>,
    /// The legend.
    pub legend: Vec<LegendEntry>,
}

impl Scene {
    /// Builds the scene for `dataset` on `date`.
    pub fn build(
        dataset: &LoadedDataset,
        geometry: &MapGeometry,
        dataset_geometry: &DatasetGeometry,
        date: Date,
        layers: Layers,
        selection: Option<&Selection>,
    ) -> Self {
        let mut country_fills = vec![palette::LAND; geometry.countries.len()];
        let mut counts = [0usize; palette::LEGEND_ORDER.len()];
        for country in &dataset.data.countries {
            let status = status_at(country, date).map(|s| s.status);
            if let Some(row) = palette::LEGEND_ORDER.iter().position(|s| *s == status) {
                counts[row] += 1;
            }
            let index = country
                .iso_a3
                .as_deref()
                .and_then(|iso| geometry.country_index(iso));
            if let (true, Some(index)) = (layers.members, index) {
                country_fills[index] = palette::status_fill(status);
            }
        }
        let legend = palette::LEGEND_ORDER
            .iter()
            .zip(counts)
            .map(|(&status, count)| LegendEntry {
                status,
                label: palette::status_label(status),
                colour: palette::status_fill(status),
                count,
            })
            .collect();

        let selected_country = match selection {
            Some(Selection::Country(id)) => dataset
                .country(id)
                .and_then(|c| c.iso_a3.as_deref())
                .and_then(|iso| geometry.country_index(iso)),
            _ => None,
        };
        let borders = if layers.borders {
            dataset_geometry
                .borders
                .iter()
                .enumerate()
                .map(|(i, b)| (i, selection == Some(&Selection::Border(b.id.clone()))))
                .collect()
        } else {
            Vec::new()
        };
        let markers = if layers.exercises {
            dataset
                .data
                .exercises
                .iter()
                .filter_map(|exercise| {
                    let opacity = super::timeline::exercise_opacity(exercise, date.first_day());
                    if opacity <= 0.0 {
                        return None;
                    }
                    let place = &exercise.place;
                    Some(Marker {
                        opacity,
                        exercise_id: exercise.id.clone(),
                        name: exercise.name.clone(),
                        pos: geometry
                            .projection
                            .project(super::projection::lon_lat(place.lon, place.lat))?,
                        precision: place.precision,
                        selected: selection == Some(&Selection::Exercise(exercise.id.clone())),
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let labels = if layers.labels {
            labels(dataset, geometry)
        } else {
            Vec::new()
        };
        Self {
            country_fills,
            selected_country,
            borders,
            markers,
            labels,
            legend,
        }
    }
}

fn labels(dataset: &LoadedDataset, geometry: &MapGeometry) -> Vec<Label> {
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
