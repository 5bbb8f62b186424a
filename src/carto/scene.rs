//! What to draw for a dataset at a date with a set of layers and a selection: pure data, built
//! cheaply each time any of those change, and read by both the screen painter and exporters.

use super::dataset_geometry::DatasetGeometry;
use super::geometry::MapGeometry;
use super::layers::Layers;
use super::palette::{self, Rgba};
use super::projection::{WorldPos, lon_lat};
use super::selection::Selection;
use super::spatial::PointIndex;
use super::timeline::exercise_opacity;
use crate::dataset::{Date, LoadedDataset, PlacePrecision, STANDING_WORDS, Standing};

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

/// One row of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The standing it explains.
    pub standing: Standing,
    /// Its words.
    pub label: &'static str,
    /// Its colour.
    pub colour: Rgba,
    /// Whether it is drawn with a dashed outline.
    pub dashed: bool,
    /// How many of the dataset's countries on the map have it at the scene's date.
    pub count: usize,
}

/// A legend row for the fills: a swatch, its words, and what it means when asked.
#[derive(Debug, Clone, PartialEq)]
pub struct FillKey {
    /// The swatch colour.
    pub colour: Rgba,
    /// Whether the swatch is outlined dashed.
    pub dashed: bool,
    /// Its words, with a count where it has one.
    pub text: String,
    /// What it means, for a tooltip.
    pub hint: Option<&'static str>,
}

/// Everything to draw, in drawing order.
#[derive(Debug, Clone)]
pub struct Scene {
    /// Fill of each base-map country (index as in [`MapGeometry::countries`]).
    pub country_fills: Vec<Rgba>,
    /// Base-map countries to outline dashed: their standing is uncertain or unknown.
    pub dashed_countries: Vec<usize>,
    /// How many countries on the map have a standing that rests only on weak sources.
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
        let mut country_fills = vec![palette::LAND; geometry.countries.len()];
        let mut dashed_countries = Vec::new();
        let mut uncertain_count = 0;
        let mut counts = [0usize; STANDING_WORDS.len()];
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
            if let Some(row) = STANDING_WORDS
                .iter()
                .position(|w| w.standing == assessed.standing)
            {
                counts[row] += 1;
            }
            uncertain_count += usize::from(assessed.uncertain);
            if layers.members {
                country_fills[index] = if assessed.uncertain {
                    palette::uncertain_fill(assessed.standing)
                } else {
                    palette::standing_fill(assessed.standing)
                };
                if assessed.uncertain || assessed.standing == Standing::Unknown {
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
            .zip(counts)
            .map(|(words, count)| LegendEntry {
                standing: words.standing,
                label: words.label,
                colour: palette::standing_fill(words.standing),
                dashed: words.standing == Standing::Unknown,
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

impl Scene {
    /// The legend's rows for the fills, in order: each status with its count, "Status unknown"
    /// where some country has it, "Not a member", and the weak-source pattern where a status rests
    /// on one. The window and exported figures list the same rows.
    pub fn fill_keys(&self) -> Vec<FillKey> {
        fill_keys_of(&[(self, None)])
    }
}

/// One legend for maps of several dates side by side: the rows of [`Scene::fill_keys`], each
/// counted at every date ("Member (1998: 9, 2000: 6)"), a row shown where any date needs it.
pub fn compared_fill_keys(scenes: &[(&Scene, Date)]) -> Vec<FillKey> {
    let dated: Vec<(&Scene, Option<Date>)> = scenes.iter().map(|&(s, d)| (s, Some(d))).collect();
    fill_keys_of(&dated)
}

/// The fill rows of `scenes`, each count given per scene (with its date, when there are dates).
fn fill_keys_of(scenes: &[(&Scene, Option<Date>)]) -> Vec<FillKey> {
    let counted = |count: &dyn Fn(&Scene) -> usize| {
        let counts: Vec<String> = scenes
            .iter()
            .map(|(scene, date)| match date {
                Some(date) => format!("{date}: {}", count(scene)),
                None => count(scene).to_string(),
            })
            .collect();
        format!("({})", counts.join(", "))
    };
    let any = |count: &dyn Fn(&Scene) -> usize| scenes.iter().any(|(s, _)| count(s) > 0);
    let Some((first, _)) = scenes.first() else {
        return Vec::new();
    };
    let mut keys: Vec<FillKey> = first
        .legend
        .iter()
        .enumerate()
        .filter_map(|(row, entry)| {
            let count = |scene: &Scene| scene.legend.get(row).map_or(0, |e| e.count);
            let counted = format!("{} {}", entry.label, counted(&count));
            let (text, hint) = match entry.standing {
                Standing::Held(_) => (counted, None),
                Standing::Unknown if any(&count) => (
                    counted,
                    Some("The sources give a status only up to a date; the map does not carry it on."),
                ),
                Standing::Unknown => return None,
                Standing::NoStatus => (entry.label.to_owned(), None),
            };
            Some(FillKey {
                colour: entry.colour,
                dashed: entry.dashed,
                text,
                hint,
            })
        })
        .collect();
    let uncertain = |scene: &Scene| scene.uncertain_count;
    if any(&uncertain) {
        keys.push(FillKey {
            colour: palette::uncertain_fill(Standing::Held(crate::dataset::Status::Observer)),
            dashed: true,
            text: format!("Lighter, dashed: one weak source {}", counted(&uncertain)),
            hint: Some(
                "The status rests only on fragments of unknown date and quality; see the details panel.",
            ),
        });
    }
    keys
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
