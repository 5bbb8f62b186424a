//! What to draw for a dataset at a date with a set of layers and a selection: pure data, built
//! cheaply each time any of those change, and read by both the screen painter and exporters.

use super::dataset_geometry::DatasetGeometry;
use super::layers::Layers;
use super::palette::Fill;
use crate::dataset::{Date, LoadedDataset, PlacePrecision, STANDING_WORDS, Standing};
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::{WorldPos, lon_lat};
use crate::earth::spatial::PointIndex;
use crate::facts::selection::Selection;
use crate::facts::timeline::exercise_opacity;

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

impl Scene {
    /// Where the exercise markers shown are, for labels to keep clear of.
    pub fn marker_positions(&self) -> Vec<WorldPos> {
        self.markers
            .iter()
            .filter(|m| m.opacity > 0.0)
            .map(|m| m.pos)
            .collect()
    }
}

/// How many of the dataset's countries have a standing at the scene's date, for the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The standing it explains.
    pub standing: Standing,
    /// Whether it is drawn with a dashed outline.
    pub dashed: bool,
    /// How many of the dataset's countries on the map have it at the scene's date.
    pub count: usize,
    /// Whether every one of them is drawn lighter (its sources weak, or its start disputed).
    pub all_lighter: bool,
}

/// Everything to draw, in drawing order.
#[derive(Debug, Clone)]
pub struct Scene {
    /// Fill of each base-map country (index as in [`MapGeometry::countries`]).
    pub country_fills: Vec<Fill>,
    /// Base-map countries to outline dashed: their standing is uncertain or unknown.
    pub dashed_countries: Vec<usize>,
    /// How many countries on the map hold a status drawn lighter: it rests only on weak sources,
    /// or the sources differ on whether it had begun.
    pub uncertain_count: usize,
    /// The base-map country to outline as selected.
    pub selected_country: Option<usize>,
    /// Borders of interest to draw: index into [`DatasetGeometry::borders`], and whether selected.
    pub borders: Vec<(usize, bool)>,
    /// Exercise markers.
    pub markers: Vec<Marker>,
    /// The layers drawn (which names, water, places, graticule).
    pub layers: Layers,
    /// Where the markers are, for picking: indexed on the first pick, so that a scene built
    /// for each frame of playback costs nothing more while the pointer is away.
    marker_index: std::sync::OnceLock<PointIndex>,
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
        let mut country_fills = vec![Fill::LAND; geometry.countries.len()];
        let mut dashed_countries = Vec::new();
        let mut uncertain_count = 0;
        let mut counts = [0usize; STANDING_WORDS.len()];
        let mut lighter_counts = [0usize; STANDING_WORDS.len()];
        for country in &dataset.data.countries {
            // Entities without map geometry (an organisation as observer) are listed, not counted.
            let Some(index) = country
                .iso_a3
                .as_deref()
                .and_then(|iso| geometry.country_index(iso))
            else {
                continue;
            };
            let assessed = dataset.assess(country, date);
            let lighter = assessed.uncertain || assessed.unsettled;
            if let Some(row) = STANDING_WORDS
                .iter()
                .position(|w| w.standing == assessed.standing)
            {
                counts[row] += 1;
                lighter_counts[row] += usize::from(lighter);
            }
            // An unknown standing says so in its own legend row, lighter or not.
            uncertain_count += usize::from(lighter && assessed.standing != Standing::Unknown);
            if layers.members {
                country_fills[index] = Fill {
                    standing: assessed.standing,
                    uncertain: lighter,
                };
                if lighter || assessed.standing == Standing::Unknown {
                    dashed_countries.push(index);
                }
            }
        }
        // Land drawn as part of a country (Baikonur) takes that country's fill, never a hole.
        for (index, country) in geometry.countries.iter().enumerate() {
            if let Some(parent) = country
                .part_of
                .as_ref()
                .and_then(|(iso, _)| geometry.country_index(iso))
            {
                country_fills[index] = country_fills[parent];
            }
        }
        let legend = STANDING_WORDS
            .iter()
            .zip(counts.into_iter().zip(lighter_counts))
            .map(|(words, (count, lighter))| LegendEntry {
                standing: words.standing,
                dashed: words.standing == Standing::Unknown,
                count,
                all_lighter: count > 0 && lighter == count,
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
            dashed_countries,
            uncertain_count,
            selected_country,
            borders,
            markers,
            layers,
            marker_index: std::sync::OnceLock::new(),
            legend,
        }
    }

    /// The scene with these exercise markers instead of its own (stress tests and benchmarks
    /// load it with many).
    pub fn with_markers(self, markers: Vec<Marker>) -> Self {
        Self {
            markers,
            marker_index: std::sync::OnceLock::new(),
            ..self
        }
    }

    /// The marker nearest a projected point, if it is within `radius_km`.
    pub fn marker_near(&self, at: WorldPos, radius_km: f64) -> Option<&Marker> {
        self.marker_index
            .get_or_init(|| PointIndex::new(self.markers.iter().map(|m| m.pos)))
            .nearest_within(at, radius_km)
            .and_then(|i| self.markers.get(i))
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
