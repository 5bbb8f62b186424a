//! The dataset on screen and what is derived from it: its geometry and labels, its timeline and
//! its countries in the orders the lists show them (made when the dataset opens), the scene
//! (rebuilt when the date, layers or selection change), and the compare view's second scene.
//! Runtime only: none of it is saved.

use super::state::ViewState;
use crate::dataset::{Date, LoadedDataset};
use crate::earth::world::World;
use crate::facts::search::SearchIndex;
use crate::facts::selection::Selection;
use crate::facts::timeline::Timeline;
use crate::map::dataset_geometry::DatasetGeometry;
use crate::map::layers::Layers;
use crate::map::scene::Scene;

/// What a scene was built from: when any of it changes, the scene is built again.
#[derive(Debug, Clone, PartialEq)]
struct SceneKey {
    date: Date,
    layers: Layers,
    selection: Option<Selection>,
}

/// The dataset on screen with its caches.
pub struct Shown {
    /// The dataset.
    pub dataset: LoadedDataset,
    /// Its borders and labels on the base map.
    pub geometry: DatasetGeometry,
    /// Its dated events, from its first date to today.
    pub timeline: Timeline,
    /// What the map draws now.
    pub scene: Scene,
    scene_key: SceneKey,
    /// What the compare view's other map draws, with the date it was built for.
    compare: Option<(SceneKey, Scene)>,
    /// What the search box finds in the dataset, built when first searched.
    search: std::sync::OnceLock<SearchIndex>,
    /// The countries (indices into the dataset's) by name, as the lists show them.
    pub countries_by_name: Vec<usize>,
    /// The countries by the start of their first period, as the overview's strips show them.
    pub countries_by_start: Vec<usize>,
}

impl Shown {
    /// Measures, labels and times `dataset` (up to `today`), and builds its scene for `state`.
    pub fn new(dataset: LoadedDataset, world: &World, today: Date, state: &ViewState) -> Self {
        let geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        let timeline = Timeline::new(&dataset.data, today.first_day());
        let scene_key = SceneKey {
            date: Date::from_day(timeline.end),
            layers: state.layers,
            selection: None,
        };
        let scene = build_scene(&dataset, world, &geometry, &scene_key);
        let countries = &dataset.data.countries;
        let mut countries_by_name: Vec<usize> = (0..countries.len()).collect();
        countries_by_name.sort_by(|&a, &b| countries[a].name.cmp(&countries[b].name));
        let mut countries_by_start: Vec<usize> = (0..countries.len()).collect();
        countries_by_start.sort_by_key(|&i| countries[i].periods.first().map(|p| p.from));
        Self {
            dataset,
            geometry,
            timeline,
            scene,
            scene_key,
            compare: None,
            search: std::sync::OnceLock::new(),
            countries_by_name,
            countries_by_start,
        }
    }

    /// Projects the dataset's geometry again into `world`'s projection, and its scene; the
    /// compare view's scene is made again when next asked for.
    pub fn reproject(&mut self, world: &World) {
        self.geometry = DatasetGeometry::new(&self.dataset, &world.basemap, &world.geometry);
        self.scene = build_scene(&self.dataset, world, &self.geometry, &self.scene_key);
        self.compare = None;
    }

    /// Which dataset this is: a number new for every dataset shown (and every reload), so what
    /// is kept for one is never taken for another's.
    pub fn generation(&self) -> u64 {
        self.geometry.generation
    }

    /// What the search box finds in the dataset (and the base map), indexed on first use.
    pub fn search_index(&self, world: &World) -> &SearchIndex {
        self.search
            .get_or_init(|| SearchIndex::new(&self.dataset, &world.basemap))
    }

    /// Brings `state` in line with the dataset (the date within the timeline, a selection that
    /// names something in it), then rebuilds the scene if what it shows has changed.
    pub fn refresh(&mut self, world: &World, state: &mut ViewState) {
        // A date keeps the precision it was given ("February 2024" for a tick the sources date
        // to the month) unless it has to be moved into the timeline.
        let date = match state.date {
            Some(date) if self.timeline.clamp(date.first_day()) == date.first_day() => date,
            Some(date) => Date::from_day(self.timeline.clamp(date.first_day())),
            None => Date::from_day(self.timeline.end),
        };
        state.date = Some(date);
        if !state.selection.as_ref().is_none_or(|s| self.has(s)) {
            state.selection = None;
        }
        let key = SceneKey {
            date,
            layers: state.layers,
            selection: state.selection.clone(),
        };
        if key != self.scene_key {
            self.scene = build_scene(&self.dataset, world, &self.geometry, &key);
            self.scene_key = key;
        }
    }

    /// Builds the compare view's other scene at `date` (with the layers and selection of
    /// `state`) if it is not built yet, or drops it when there is no date.
    pub fn refresh_compare(&mut self, world: &World, date: Option<Date>, state: &ViewState) {
        let Some(date) = date else {
            self.compare = None;
            return;
        };
        let key = SceneKey {
            date,
            layers: state.layers,
            selection: state.selection.clone(),
        };
        if self.compare.as_ref().is_none_or(|(built, _)| *built != key) {
            let scene = build_scene(&self.dataset, world, &self.geometry, &key);
            self.compare = Some((key, scene));
        }
    }

    /// The compare view's other scene and its date, while the map is split.
    pub fn compare_scene(&self) -> Option<(&Scene, Date)> {
        self.compare.as_ref().map(|(key, scene)| (scene, key.date))
    }

    /// Whether the selection names something in the dataset.
    pub fn has(&self, selection: &Selection) -> bool {
        let dataset = &self.dataset;
        match selection {
            Selection::Country(id) => dataset.country(id).is_some(),
            Selection::Border(id) => dataset.border(id).is_some(),
            Selection::Exercise(id) => dataset.exercise(id).is_some(),
            Selection::Event(id) => dataset.event(id).is_some(),
            Selection::Excerpt(id) => dataset.excerpt(id).is_some(),
        }
    }
}

fn build_scene(
    dataset: &LoadedDataset,
    world: &World,
    geometry: &DatasetGeometry,
    key: &SceneKey,
) -> Scene {
    Scene::build(
        dataset,
        &world.geometry,
        geometry,
        key.date,
        key.layers,
        key.selection.as_ref(),
    )
}
