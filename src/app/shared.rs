//! What every capability reads and changes: the world, today, the saved state, the dataset on
//! screen, the banner and the map's size, with the questions about them several capabilities ask
//! (the date shown, where the camera goes, how large one map is).

use std::sync::Arc;

use super::shell::Notice;
use super::shown::Shown;
use super::state::{DatasetSource, Saved};
use crate::dataset::{DatasetError, Date, LoadedDataset, Slide, sample};
use crate::earth::camera::Camera;
use crate::earth::projection::lon_lat;
use crate::earth::world::World;
use crate::facts::claims::selection_of;
use crate::facts::compare::date_before_last_change;
use crate::facts::selection::Selection;
use crate::map::dataset_geometry::home_camera;
use crate::map::region::world_for;
use crate::map::story::slide_camera;
use crate::map::style::MapStyle;

/// The viewport size assumed before the map has been laid out once.
const FALLBACK_SIZE: [f64; 2] = [800.0, 600.0];

/// The margin around a country the map flies to (0.25: a quarter of its size on each side).
pub const COUNTRY_MARGIN: f64 = 0.25;

/// The gap between the two maps of a split view, in points.
pub const GUTTER: f32 = 6.0;

/// The state every capability shares.
pub struct Shared {
    /// The base map in the projection of the dataset on screen.
    pub world: Arc<World>,
    /// Today: where the timeline ends.
    pub today: Date,
    /// What is remembered between runs.
    pub saved: Saved,
    /// The dataset on screen and its caches.
    pub shown: Shown,
    /// The banner's message, if any.
    pub notice: Option<Notice>,
    /// The map area's size in pixels, as laid out last frame (zero before the first).
    pub map_size: [f64; 2],
    /// Whether the map drew some member's name as its ISO code last frame, for the legend.
    pub short_names: bool,
    /// The left map's date while the map is split into two dates (the compare view, or a
    /// presented compare slide); set by the app's refresh.
    pub split: Option<Date>,
}

impl Shared {
    /// The date the map shows.
    pub fn date(&self) -> Date {
        self.saved
            .view
            .date
            .unwrap_or_else(|| Date::from_day(self.shown.timeline.end))
    }

    /// The colours and sizes the map is drawn in: the theme's.
    pub fn style(&self) -> &'static MapStyle {
        MapStyle::of(self.saved.preferences.theme)
    }

    /// The compare view's left date while exploring with the map split: the date the user set or,
    /// until they set one, the date just before the last membership change up to the timeline's
    /// date.
    pub fn compare_view_date(&self) -> Option<Date> {
        let compare = self.saved.view.compare;
        compare.on.then(|| {
            compare
                .date
                .or_else(|| date_before_last_change(&self.shown.timeline, self.date()))
                .unwrap_or_else(|| Date::from_day(self.shown.timeline.start))
        })
    }

    /// The view that frames every country of the dataset that is on the map.
    pub fn home_camera(&self) -> Camera {
        self.home_camera_for(self.usable_map_size())
    }

    /// The home view for a map of `size` pixels.
    pub fn home_camera_for(&self, size: [f64; 2]) -> Camera {
        home_camera(&self.shown.dataset, &self.world.geometry, size)
    }

    /// The size of one map: the map area, or one half of it while the map is split.
    pub fn usable_map_size(&self) -> [f64; 2] {
        let area = self.map_size_or(FALLBACK_SIZE);
        match self.split {
            Some(_) => half_size(area),
            None => area,
        }
    }

    /// The map area's size as laid out last frame, or `fallback` before it has been laid out.
    pub fn map_size_or(&self, fallback: [f64; 2]) -> [f64; 2] {
        if self.map_size[0] > 0.0 {
            self.map_size
        } else {
            fallback
        }
    }

    /// The camera the map has, or the home view before it has one.
    pub fn camera(&self) -> Camera {
        self.saved.view.camera.unwrap_or_else(|| self.home_camera())
    }

    /// The view that fits a projected box (km) into the map, with a `margin` (0.1 = 10 %) around.
    pub fn camera_framing(&self, bounds: geo::Rect<f64>, margin: f64) -> Camera {
        Camera::framing(bounds.min(), bounds.max(), self.usable_map_size(), margin)
    }

    /// The view that shows a selected thing; `None` if it has no place on the map.
    pub fn camera_for(&self, selection: &Selection) -> Option<Camera> {
        let geometry = &self.world.geometry;
        let dataset = &self.shown.dataset;
        let size = self.usable_map_size();
        let current = self.camera();
        let centre_on = |lon: f64, lat: f64, pixels_per_km: f64| {
            let pos = geometry.projection.project(lon_lat(lon, lat))?;
            Some(Camera {
                centre: [pos.x, pos.y],
                pixels_per_km,
            })
        };
        match selection {
            Selection::Country(id) => {
                let iso = dataset.country(id)?.iso_a3.as_deref()?;
                Some(self.camera_framing(geometry.bounds_of([iso])?, COUNTRY_MARGIN))
            }
            Selection::Border(id) => {
                let border = dataset.border(id)?;
                let bounds = geometry.bounds_of(border.countries.iter().map(String::as_str))?;
                Some(self.camera_framing(bounds, 0.1))
            }
            Selection::Exercise(id) => {
                let place = &dataset.exercise(id)?.place;
                // Close enough to see the region around the site: about 1500 km across.
                let zoom = current.pixels_per_km.max(size[0].min(size[1]) / 1500.0);
                centre_on(place.lon, place.lat, zoom)
            }
            Selection::Excerpt(_) => None,
            Selection::Event(id) => {
                let place = dataset.event(id)?.place.as_ref()?;
                centre_on(place.lon, place.lat, current.pixels_per_km)
            }
        }
    }

    /// The camera that frames a story slide in a map of `size` pixels, and what it selects.
    pub fn slide_view(&self, slide: &Slide, size: [f64; 2]) -> (Option<Camera>, Option<Selection>) {
        let dataset = &self.shown.dataset;
        let camera = slide_camera(dataset, &self.world.geometry, slide, size);
        let selection = slide
            .highlight
            .first()
            .and_then(|id| selection_of(dataset, id));
        (camera, selection)
    }

    /// Projects the base map again for the dataset on screen after the projection chosen changed,
    /// and frames the dataset afresh (a camera is a place in one projection's kilometres).
    pub fn reproject(&mut self) {
        let world = world_for(&self.shown.dataset.data, self.saved.preferences.projection);
        if world.geometry.projection == self.world.geometry.projection {
            return;
        }
        self.world = world;
        let dataset = self.shown.dataset.clone();
        self.shown = Shown::new(dataset, &self.world, self.today, &self.saved.view);
        self.saved.view.camera = None;
    }

    /// Reads a dataset from where it lives.
    pub fn load(&self, source: &DatasetSource) -> Result<LoadedDataset, DatasetError> {
        let is_known = |iso: &str| self.world.knows_iso(iso);
        match source {
            DatasetSource::File(path) => LoadedDataset::from_path(path, &is_known),
            DatasetSource::Sample(id) => match sample(id) {
                Some(sample) => LoadedDataset::sample(sample, &is_known),
                None => LoadedDataset::embedded(&is_known),
            },
        }
    }

    /// Reads dataset bytes that came without a path (dropped, or picked in a browser).
    pub fn load_bytes(&self, name: &str, bytes: &[u8]) -> Result<LoadedDataset, DatasetError> {
        LoadedDataset::from_bytes(name, bytes, &|iso| self.world.knows_iso(iso))
    }
}

/// The size of one map of `slide` in a map area of `area` pixels: half of it for a compare
/// slide.
pub fn slide_map_size(slide: &Slide, area: [f64; 2]) -> [f64; 2] {
    match slide.compare_with {
        Some(_) => half_size(area),
        None => area,
    }
}

/// The size of one of two maps side by side in `area`.
fn half_size(area: [f64; 2]) -> [f64; 2] {
    let whole =
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(area[0] as f32, area[1] as f32));
    let [left, _] = split(whole);
    [f64::from(left.width()), f64::from(left.height())]
}

/// The left and right halves of `area`, a gutter apart.
pub fn split(area: egui::Rect) -> [egui::Rect; 2] {
    let width = ((area.width() - GUTTER) / 2.0).max(1.0);
    let left = egui::Rect::from_min_size(area.min, egui::vec2(width, area.height()));
    let right = egui::Rect::from_min_size(egui::pos2(area.max.x - width, area.min.y), left.size());
    [left, right]
}
