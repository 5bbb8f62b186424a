//! Which projection a dataset's map is drawn in: the one the file names, or one chosen from
//! where its countries are — centred on them on the sphere, or the whole world when they span it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use geo::Coord;

use crate::basemap::{BaseArea, BaseMap, arc_index};
use crate::dataset::{Dataset, LoadedDataset, MapProjection};
use crate::earth::projection::{Projection, lon_lat};
use crate::earth::sphere::{arc_degrees, spherical_centre};
use crate::earth::world::{World, world};
use crate::facts::describe;

/// How far (degrees of arc) the countries may lie from their centre for a regional map; spread
/// wider, they get the world map. A hemisphere's map is badly stretched near its rim.
pub const REGIONAL_SPREAD_DEGREES: f64 = 65.0;

/// How far (degrees of arc) the middle of a view may lie from its projection's centre before the
/// map is centred on it again: within it, shapes are distorted by less than about a degree.
pub const RECENTRE_DEGREES: f64 = 15.0;

/// How far (degrees of arc) the reader may pan the middle of the view from its projection's
/// centre before the map is centred again where they stopped: a little more than
/// [`RECENTRE_DEGREES`], so a view framed near that limit is not centred again on arrival.
pub const PANNED_FAR_DEGREES: f64 = 20.0;

/// How many points of each country's outline a view's centre is found from: enough for its
/// smallest cap to be within a degree or so of the whole outline's, and quick for many countries.
const OUTLINE_SAMPLES: usize = 64;

/// Which projection the reader asked for (View ▸ Projection; remembered).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub enum ProjectionChoice {
    /// Centred on what is framed: the dataset's members at first (or what its file names), each
    /// slide's and each found place's own region, and wherever the reader pans to.
    #[default]
    Automatic,
    /// The whole world, whatever the dataset.
    World,
    /// Centred on one place (longitude, latitude), wherever the view goes.
    Fixed {
        /// Longitude and latitude, degrees.
        centre: [f64; 2],
    },
}

impl ProjectionChoice {
    /// Its name on the menu.
    pub fn label(self) -> String {
        match self {
            Self::Automatic => "Follow the view (centred on what is framed)".to_owned(),
            Self::World => "Whole world".to_owned(),
            Self::Fixed { centre } => format!(
                "Keep centred on {}",
                describe::lon_lat_words(centre[0], centre[1])
            ),
        }
    }

    /// Whether the map is centred again on what a view frames.
    pub fn follows_the_view(self) -> bool {
        self == Self::Automatic
    }
}

/// The projection of `dataset`'s home view (its members framed), as `choice` asks.
pub fn home_projection(
    dataset: &Dataset,
    basemap: &BaseMap,
    choice: ProjectionChoice,
) -> Projection {
    match choice {
        ProjectionChoice::World => return Projection::World,
        ProjectionChoice::Fixed { centre } => {
            return Projection::centred_on(lon_lat(centre[0], centre[1]));
        }
        ProjectionChoice::Automatic => {}
    }
    match dataset.map {
        Some(MapProjection::Azimuthal { centre }) => {
            Projection::centred_on(lon_lat(centre.lon, centre.lat))
        }
        Some(MapProjection::World) => Projection::World,
        None => automatic(dataset, basemap),
    }
}

/// Centred on the countries' label points (each country counts once, however large), or the
/// world when they are spread too far for one hemisphere or there are none.
fn automatic(dataset: &Dataset, basemap: &BaseMap) -> Projection {
    let places: Vec<_> = dataset
        .countries
        .iter()
        .filter_map(|country| country.iso_a3.as_deref())
        .filter_map(|iso| {
            basemap
                .areas
                .iter()
                .find(|area| area.iso_a3.as_deref() == Some(iso))
        })
        .map(|area| area.label_at)
        .collect();
    match spherical_centre(&places) {
        Some((centre, spread)) if spread <= REGIONAL_SPREAD_DEGREES => {
            Projection::centred_on(centre)
        }
        _ => Projection::World,
    }
}

/// The base map projected for `dataset`'s home view, as `choice` asks.
pub fn world_for(dataset: &Dataset, choice: ProjectionChoice) -> Arc<World> {
    World::in_projection(home_projection(dataset, &world().basemap, choice))
}

/// The projection for a view that frames `places` (longitude/latitude), as `choice` asks: the
/// reference projection (the dataset's home, or the one the view is in) while they lie within
/// [`RECENTRE_DEGREES`] of its centre, else one centred on them, or the world when they are
/// spread too far for one hemisphere. No places: the reference.
pub fn projection_framing(
    places: &[Coord<f64>],
    reference: Projection,
    choice: ProjectionChoice,
) -> Projection {
    match choice {
        ProjectionChoice::Automatic => {}
        _ => return reference,
    }
    let Some((centre, spread)) = spherical_centre(places) else {
        return reference;
    };
    if spread > REGIONAL_SPREAD_DEGREES {
        return Projection::World;
    }
    match reference.centre() {
        Some(at) if arc_degrees(at, centre) <= RECENTRE_DEGREES => reference,
        _ => Projection::centred_on(centre),
    }
}

/// Points along a country's outline (longitude/latitude, at most [`OUTLINE_SAMPLES`] from the
/// coarsest level of detail, and its label point), for finding the centre of a view that frames
/// it; none for a code the base map lacks.
pub fn outline_points(basemap: &BaseMap, iso_a3: &str) -> Vec<Coord<f64>> {
    basemap
        .country(iso_a3)
        .map(|area| area_outline_points(basemap, area))
        .unwrap_or_default()
}

/// Points along a base-map area's outline, as [`outline_points`] finds them for a country.
pub fn area_outline_points(basemap: &BaseMap, area: &BaseArea) -> Vec<Coord<f64>> {
    let arcs = basemap.arcs(0);
    let points: Vec<Coord<f64>> = area
        .rings
        .iter()
        .flatten()
        .flatten()
        .filter_map(|&reference| arcs.get(arc_index(reference)))
        .flatten()
        .copied()
        .collect();
    let stride = points.len().div_ceil(OUTLINE_SAMPLES).max(1);
    let mut sampled: Vec<Coord<f64>> = points.into_iter().step_by(stride).collect();
    sampled.push(area.label_at);
    sampled
}

/// Where the thing with `id` is (a country's or a border's countries' outlines, an exercise's
/// or an event's place), for finding the centre of a view that frames it; none for an id the
/// dataset lacks or a thing without a place.
pub fn framed_places(dataset: &LoadedDataset, basemap: &BaseMap, id: &str) -> Vec<Coord<f64>> {
    let outlines = |codes: &mut dyn Iterator<Item = &str>| {
        codes.flat_map(|iso| outline_points(basemap, iso)).collect()
    };
    if let Some(country) = dataset.country(id) {
        return outlines(&mut country.iso_a3.as_deref().into_iter());
    }
    if let Some(border) = dataset.border(id) {
        return outlines(&mut border.countries.iter().map(String::as_str));
    }
    dataset
        .exercise(id)
        .map(|e| &e.place)
        .or_else(|| dataset.event(id).and_then(|e| e.place.as_ref()))
        .map(|place| vec![lon_lat(place.lon, place.lat)])
        .unwrap_or_default()
}
