//! Which projection a dataset's map is drawn in: the one the file names, or one chosen from
//! where its countries are — centred on them on the sphere, or the whole world when they span it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::basemap::BaseMap;
use crate::dataset::{Dataset, MapProjection};
use crate::earth::projection::{Projection, lon_lat, spherical_centre};
use crate::earth::world::{World, world};

/// How far (degrees of arc) the countries may lie from their centre for a regional map; spread
/// wider, they get the world map. A hemisphere's map is badly stretched near its rim.
pub const REGIONAL_SPREAD_DEGREES: f64 = 65.0;

/// Which projection the reader asked for (View ▸ Projection; remembered).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectionChoice {
    /// The one the dataset's file names, or centred on its members.
    #[default]
    Automatic,
    /// The whole world, whatever the dataset.
    World,
}

impl ProjectionChoice {
    /// Every choice, as the menu lists them.
    pub const ALL: [ProjectionChoice; 2] = [Self::Automatic, Self::World];

    /// Its name on the menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::Automatic => "Centred on the members",
            Self::World => "Whole world",
        }
    }
}

/// The projection for `dataset`'s map, as `choice` asks.
pub fn projection_for(
    dataset: &Dataset,
    basemap: &BaseMap,
    choice: ProjectionChoice,
) -> Projection {
    if choice == ProjectionChoice::World {
        return Projection::World;
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

/// The base map projected for `dataset`'s map, as `choice` asks.
pub fn world_for(dataset: &Dataset, choice: ProjectionChoice) -> Arc<World> {
    World::in_projection(projection_for(dataset, &world().basemap, choice))
}
