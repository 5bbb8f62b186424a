//! What every capability reads and changes: the world, today, the saved state, the dataset on
//! screen, the banner and the map's size, with the questions about them several capabilities ask
//! (the date shown, where the camera goes, how large one map is).

use std::sync::Arc;

use super::shell::Notice;
use super::shown::Shown;
use super::state::{DatasetSource, Saved};
use crate::dataset::{DatasetError, Date, LoadedDataset, Slide, sample};
use crate::earth::camera::{Camera, MapView};
use crate::earth::projection::{Projection, lon_lat};
use crate::earth::world::World;
use crate::facts::claims::selection_of;
use crate::facts::compare::date_before_last_change;
use crate::facts::selection::Selection;
use crate::map::dataset_geometry::home_camera;
use crate::map::region::{
    ProjectionChoice, area_outline_points, framed_places, home_projection, projection_framing,
};
use crate::map::story::{slide_camera, slide_projection};
use crate::map::style::MapStyle;
use crate::map::transition::Transition;

/// The viewport size assumed before the map has been laid out once.
const FALLBACK_SIZE: [f64; 2] = [800.0, 600.0];

/// The margin around a country the map flies to (0.25: a quarter of its size on each side).
pub const COUNTRY_MARGIN: f64 = 0.25;

/// The gap between the two maps of a split view, in points.
pub const GUTTER: f32 = 6.0;

/// What a view frames, whatever projection it is drawn in.
enum Framing<'a> {
    /// These countries (ISO alpha-3), with a margin (a share of their size on each side).
    Countries(Vec<&'a str>, f64),
    /// A base-map country, by its index in the base map's areas.
    BaseCountry(usize),
    /// A place in the middle, at this zoom (pixels per km).
    Place(geo::Coord<f64>, f64),
}

/// The state every capability shares.
pub struct Shared {
    /// The base map in the projection the map is drawn in.
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
    /// The map's move to another view (and date) under way, if any.
    pub glide: Option<Transition>,
}

impl Shared {
    /// What is selected, if the dataset shown has it (a selection remembered from another file
    /// is not).
    pub fn shown_selection(&self) -> Option<&Selection> {
        self.saved
            .view
            .selection
            .as_ref()
            .filter(|selection| self.shown.has(selection))
    }

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

    /// The projection of the dataset's home view, as the reader chose (View ▸ Projection).
    pub fn home_projection(&self) -> Projection {
        home_projection(
            &self.shown.dataset.data,
            &self.world.basemap,
            self.saved.preferences.projection,
        )
    }

    /// The view that frames every country of the dataset that is on the map.
    pub fn home_view(&self) -> MapView {
        self.home_view_for(self.usable_map_size())
    }

    /// The home view for a map of `size` pixels.
    pub fn home_view_for(&self, size: [f64; 2]) -> MapView {
        let projection = self.home_projection();
        let world = World::in_projection(projection);
        MapView {
            projection,
            camera: home_camera(&self.shown.dataset, &world.geometry, size),
        }
    }

    /// The home camera for a map of `size` pixels, in the projection drawn while the map has no
    /// view of its own (the home projection).
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

    /// The camera the map has, or the home view's before it has one.
    pub fn camera(&self) -> Camera {
        self.saved
            .view
            .camera
            .unwrap_or_else(|| self.home_camera_for(self.usable_map_size()))
    }

    /// What the map shows: the projection it is drawn in and its camera.
    pub fn view(&self) -> MapView {
        MapView {
            projection: self
                .saved
                .view
                .projection
                .unwrap_or(self.world.geometry.projection),
            camera: self.camera(),
        }
    }

    /// The projection for a view that frames `places`: the home one while they lie near its
    /// centre, else one centred on them (as View ▸ Projection allows).
    fn projection_framing(&self, places: &[geo::Coord<f64>]) -> Projection {
        projection_framing(
            places,
            self.home_projection(),
            self.saved.preferences.projection,
        )
    }

    /// The view that shows a selected thing; `None` if it has no place on the map.
    pub fn view_for(&self, selection: &Selection) -> Option<MapView> {
        let dataset = &self.shown.dataset;
        let basemap = &self.world.basemap;
        let size = self.usable_map_size();
        let current = self.camera();
        // Close enough to see the region around an exercise's site: about 1500 km across.
        let exercise_zoom = current.pixels_per_km.max(size[0].min(size[1]) / 1500.0);
        let (id, framing) = match selection {
            Selection::Excerpt(_) => return None,
            Selection::Country(id) => {
                let iso = dataset.country(id)?.iso_a3.as_deref()?;
                (id, Framing::Countries(vec![iso], COUNTRY_MARGIN))
            }
            Selection::Border(id) => {
                let codes = dataset.border(id)?.countries.iter().map(String::as_str);
                (id, Framing::Countries(codes.collect(), 0.1))
            }
            Selection::Exercise(id) => {
                let place = &dataset.exercise(id)?.place;
                (
                    id,
                    Framing::Place(lon_lat(place.lon, place.lat), exercise_zoom),
                )
            }
            Selection::Event(id) => {
                let place = dataset.event(id)?.place.as_ref()?;
                let at = lon_lat(place.lon, place.lat);
                (id, Framing::Place(at, current.pixels_per_km))
            }
        };
        let projection = self.projection_framing(&framed_places(dataset, basemap, id));
        self.framed_in(projection, framing)
    }

    /// The view that frames a base-map country (its index in the base map's areas) the dataset
    /// has nothing to select for.
    pub fn view_of_base_country(&self, base: usize) -> Option<MapView> {
        let basemap = &self.world.basemap;
        let area = basemap.areas.get(base)?;
        let projection = self.projection_framing(&area_outline_points(basemap, area));
        self.framed_in(projection, Framing::BaseCountry(base))
    }

    /// The view in `projection` that frames what `framing` names.
    fn framed_in(&self, projection: Projection, framing: Framing<'_>) -> Option<MapView> {
        let world = World::in_projection(projection);
        let geometry = &world.geometry;
        let size = self.usable_map_size();
        let fit = |bounds: geo::Rect<f64>, margin: f64| {
            Camera::framing(bounds.min(), bounds.max(), size, margin)
        };
        let camera = match framing {
            Framing::Countries(codes, margin) => fit(geometry.bounds_of(codes)?, margin),
            Framing::BaseCountry(base) => {
                let country = geometry.countries.iter().find(|c| c.base_index() == base)?;
                fit(country.area.bounds, COUNTRY_MARGIN)
            }
            Framing::Place(at, pixels_per_km) => {
                let pos = projection.project(at)?;
                Camera {
                    centre: [pos.x, pos.y],
                    pixels_per_km,
                }
            }
        };
        Some(MapView { projection, camera })
    }

    /// The view that frames a story slide in a map of `size` pixels, and what it selects.
    pub fn slide_view(
        &self,
        slide: &Slide,
        size: [f64; 2],
    ) -> (Option<MapView>, Option<Selection>) {
        let dataset = &self.shown.dataset;
        let projection = slide_projection(
            dataset,
            &self.world.basemap,
            slide,
            self.home_projection(),
            self.saved.preferences.projection,
        );
        let world = World::in_projection(projection);
        let view = slide_camera(dataset, &world.geometry, slide, size)
            .map(|camera| MapView { projection, camera });
        let selection = slide
            .highlight
            .first()
            .and_then(|id| selection_of(dataset, id));
        (view, selection)
    }

    /// Moves the map to `view` and the date to `date` (or keeps the date): a glide from where the
    /// map is, or a cut when motion is reduced.
    pub fn move_to(&mut self, view: MapView, date: Option<Date>) {
        let to_date = date.unwrap_or_else(|| self.date());
        match self.saved.view.camera {
            Some(_) if !self.saved.preferences.reduce_motion => {
                let from_day = self.date().first_day();
                self.glide = Some(Transition::new(self.view(), from_day, view, to_date));
            }
            _ => {
                self.cut_to(Some(view));
                self.saved.view.date = Some(to_date);
            }
        }
    }

    /// Stops a glide under way and shows `view` at once (or stays where it is, without one).
    pub fn cut_to(&mut self, view: Option<MapView>) {
        self.glide = None;
        if let Some(view) = view {
            self.saved.view.show(view);
        }
    }

    /// Moves the glide under way on by `dt_secs`.
    pub fn advance_glide(&mut self, dt_secs: f64) {
        let Some(glide) = &mut self.glide else {
            return;
        };
        let step = glide.advance(dt_secs);
        self.saved.view.show(step.view);
        self.saved.view.date = Some(step.date);
        if step.arrived {
            self.glide = None;
        }
    }

    /// Draws the map in the projection its view is in: projects the base map and the dataset
    /// again when the view moved to another one (a glide, a country found far away, the home view
    /// of another dataset).
    pub fn sync_projection(&mut self) {
        let wanted = self
            .saved
            .view
            .projection
            .unwrap_or_else(|| self.home_projection());
        if wanted != self.world.geometry.projection {
            self.world = World::in_projection(wanted);
            self.shown.reproject(&self.world);
        }
    }

    /// After View ▸ Projection changed: a map kept centred on one place stays where it looks,
    /// any other choice frames the dataset afresh in its home projection.
    pub fn reproject(&mut self) {
        let home = self.home_projection();
        let kept = match self.saved.preferences.projection {
            ProjectionChoice::Fixed { .. } => self.view().in_projection(home),
            _ => None,
        };
        self.cut_to(Some(kept.unwrap_or_else(|| self.home_view())));
        self.sync_projection();
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
