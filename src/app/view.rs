//! Where the map camera goes: home (the dataset's countries) and to a selected thing.

use super::AtlasApp;
use crate::earth::camera::Camera;
use crate::earth::projection::lon_lat;
use crate::facts::selection::Selection;
use crate::map::dataset_geometry::home_camera;

/// The viewport size assumed before the map has been laid out once.
const FALLBACK_SIZE: [f64; 2] = [800.0, 600.0];

/// The margin around a country the map flies to (0.25: a quarter of its size on each side).
pub(super) const COUNTRY_MARGIN: f64 = 0.25;

impl AtlasApp {
    /// The view that frames every country of the dataset that is on the map.
    pub(super) fn home_camera(&self) -> Camera {
        self.home_camera_for(self.usable_map_size())
    }

    /// The home view for a map of `size` pixels.
    pub(super) fn home_camera_for(&self, size: [f64; 2]) -> Camera {
        home_camera(&self.shown.dataset, &self.world.geometry, size)
    }

    /// The size of one map: the map area, or one half of it while the map is split.
    pub(super) fn usable_map_size(&self) -> [f64; 2] {
        self.pane_size(self.map_size_or(FALLBACK_SIZE))
    }

    /// The map's size as laid out last frame, or `fallback` before it has been laid out.
    pub(super) fn map_size_or(&self, fallback: [f64; 2]) -> [f64; 2] {
        if self.map_size[0] > 0.0 {
            self.map_size
        } else {
            fallback
        }
    }

    /// The view that fits a projected box (km) into the map, with a `margin` (0.1 = 10 %) around.
    pub(super) fn camera_framing(&self, bounds: geo::Rect<f64>, margin: f64) -> Camera {
        Camera::framing(bounds.min(), bounds.max(), self.usable_map_size(), margin)
    }

    /// The view that shows a selected thing; `None` if it has no place on the map.
    pub(super) fn camera_for(&self, selection: &Selection) -> Option<Camera> {
        let geometry = &self.world.geometry;
        let size = self.usable_map_size();
        let current = self.state.camera.unwrap_or_else(|| self.home_camera());
        let centre_on = |lon: f64, lat: f64, pixels_per_km: f64| {
            let pos = geometry.projection.project(lon_lat(lon, lat))?;
            Some(Camera {
                centre: [pos.x, pos.y],
                pixels_per_km,
            })
        };
        match selection {
            Selection::Country(id) => {
                let iso = self.shown.dataset.country(id)?.iso_a3.as_deref()?;
                Some(self.camera_framing(geometry.bounds_of([iso])?, COUNTRY_MARGIN))
            }
            Selection::Border(id) => {
                let border = self.shown.dataset.border(id)?;
                let bounds = geometry.bounds_of(border.countries.iter().map(String::as_str))?;
                Some(self.camera_framing(bounds, 0.1))
            }
            Selection::Exercise(id) => {
                let place = &self.shown.dataset.exercise(id)?.place;
                // Close enough to see the region around the site: about 1500 km across.
                let zoom = current.pixels_per_km.max(size[0].min(size[1]) / 1500.0);
                centre_on(place.lon, place.lat, zoom)
            }
            Selection::Excerpt(_) => None,
            Selection::Event(id) => {
                let place = self.shown.dataset.event(id)?.place.as_ref()?;
                centre_on(place.lon, place.lat, current.pixels_per_km)
            }
        }
    }
}
