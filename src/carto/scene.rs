//! What to draw for a dataset at a date with a set of layers and a selection: pure data, built
//! cheaply each time any of those change, and read by both the screen painter and exporters.

use super::dataset_geometry::DatasetGeometry;
use super::geometry::MapGeometry;
use super::layers::Layers;
use super::palette::{self, Rgba};
use super::projection::{WorldPos, lon_lat};
use super::selection::Selection;
use super::timeline::exercise_opacity;
use crate::dataset::{Date, LoadedDataset, PlacePrecision, STATUS_WORDS, Status, status_at};

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
    /// 1 while the exercise runs, fading after it (see [`exercise_opacity`]).
    pub opacity: f32,
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
    /// Whether to write the country labels ([`DatasetGeometry::labels`]).
    pub labels_shown: bool,
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
        let mut counts = [0usize; STATUS_WORDS.len()];
        for country in &dataset.data.countries {
            let status = status_at(country, date).map(|s| s.status);
            if let Some(row) = STATUS_WORDS.iter().position(|w| w.status == status) {
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
        let legend = STATUS_WORDS
            .iter()
            .zip(counts)
            .map(|(words, count)| LegendEntry {
                status: words.status,
                label: words.label,
                colour: palette::status_fill(words.status),
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
            markers(dataset, geometry, date, selection)
        } else {
            Vec::new()
        };
        Self {
            country_fills,
            selected_country,
            borders,
            markers,
            labels_shown: layers.labels,
            legend,
        }
    }
}

fn markers(
    dataset: &LoadedDataset,
    geometry: &MapGeometry,
    date: Date,
    selection: Option<&Selection>,
) -> Vec<Marker> {
    dataset
        .data
        .exercises
        .iter()
        .filter_map(|exercise| {
            let opacity = exercise_opacity(exercise, date.first_day());
            if opacity <= 0.0 {
                return None;
            }
            let place = &exercise.place;
            Some(Marker {
                opacity,
                exercise_id: exercise.id.clone(),
                name: exercise.name.clone(),
                pos: geometry.projection.project(lon_lat(place.lon, place.lat))?,
                precision: place.precision,
                selected: selection == Some(&Selection::Exercise(exercise.id.clone())),
            })
        })
        .collect()
}
