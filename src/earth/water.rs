//! Lakes, rivers and seas: projected from the base map's 1:50m physical layer, and the few names a
//! lesson on Central Asia needs. Natural Earth's physical file has no names, so they come from
//! [`WATER_NAMES`], a table written for this app. No egui here.

use super::geometry::{ProjectedArc, ProjectedArea, project_polygon};
use super::horizon::clip_line;
use super::projection::Projection;
use crate::basemap::BaseMap;

/// What kind of water a name is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaterKind {
    /// A sea or a lake: the name is centred on the point.
    Body,
    /// A river: the name is written beside its line at the point.
    River,
}

/// A named sea, lake or river: its name, a point for the label (longitude, latitude) and how
/// wide a sea or lake is there, in kilometres, to judge whether the name fits at a zoom (rivers
/// are named wherever they are drawn).
///
/// Provenance of the points: the seas' are open water between the countries of Natural Earth's
/// 1:10m map; the lakes' are the poles of inaccessibility of the Aral Sea's and Issyk-Kul's
/// polygons in the 1:50m physical layer (`assets/naturalearth/world-50m-physical.json`), and the
/// rivers' are points of that layer's river lines, away from borders (the Amu Darya near
/// Türkmenabat). A test checks each against the base map. Lake Balkhash is not in that layer's
/// lakes, so it is neither drawn nor named.
pub const WATER_NAMES: &[(&str, WaterKind, f64, f64, f64)] = &[
    ("Caspian Sea", WaterKind::Body, 50.9, 41.9, 300.0),
    ("Black Sea", WaterKind::Body, 34.0, 43.3, 400.0),
    ("Aral Sea", WaterKind::Body, 59.64, 44.79, 60.0),
    ("Issyk-Kul", WaterKind::Body, 77.36, 42.43, 50.0),
    ("Amu Darya", WaterKind::River, 63.71, 39.06, 0.0),
    ("Syr Darya", WaterKind::River, 65.94, 44.55, 0.0),
    ("Volga", WaterKind::River, 45.92, 48.33, 0.0),
];

/// Lakes and rivers in projected space.
#[derive(Debug)]
pub struct Water {
    /// Lakes, filled with the sea's colour.
    pub lakes: Vec<ProjectedArea>,
    /// Rivers, as lines (without the stretches that are land borders).
    pub rivers: Vec<ProjectedArc>,
}

/// Rivers are drawn from this zoom (pixels per km): at a continental view the many 1:50m rivers
/// would read as borders across the member states' fill.
pub const RIVERS_FROM_PIXELS_PER_KM: f64 = 0.35;

impl Water {
    /// The rivers drawn at this zoom: none at a continental view.
    pub fn rivers_at(&self, pixels_per_km: f64) -> &[ProjectedArc] {
        if pixels_per_km >= RIVERS_FROM_PIXELS_PER_KM {
            &self.rivers
        } else {
            &[]
        }
    }

    /// Projects the base map's lakes and rivers.
    pub fn new(basemap: &BaseMap, projection: &Projection) -> Self {
        let lakes = basemap
            .lakes
            .iter()
            .filter_map(|rings| {
                ProjectedArea::from_polygons(project_polygon(projection, rings.clone()), None)
            })
            .collect();
        let rivers = basemap
            .rivers
            .iter()
            .flat_map(|line| clip_line(projection, &projection.project_line_unclipped(line)))
            .map(ProjectedArc::new)
            .collect();
        Self { lakes, rivers }
    }
}

#[cfg(test)]
mod tests {
    use geo::{Distance, Euclidean, Point};

    use super::*;
    use crate::earth::projection::lon_lat;
    use crate::earth::world::world;

    #[test]
    fn every_lake_and_sea_name_is_in_water_and_every_river_name_by_its_river() {
        let world = world();
        let geometry = &world.geometry;
        let water = geometry.water();
        for &(name, kind, lon, lat, _) in WATER_NAMES {
            let at = geometry.projection.project(lon_lat(lon, lat)).unwrap();
            match kind {
                WaterKind::Body => {
                    let in_lake = water.lakes.iter().any(|lake| lake.contains(at));
                    let on_land = geometry.country_at(at).is_some();
                    assert!(in_lake || !on_land, "{name} is on land");
                }
                WaterKind::River => {
                    let nearest = water
                        .rivers
                        .iter()
                        .flat_map(|r| r.points.windows(2))
                        .map(|pair| {
                            Euclidean.distance(&Point(at), &geo::Line::new(pair[0], pair[1]))
                        })
                        .fold(f64::INFINITY, f64::min);
                    assert!(nearest < 15.0, "{name} is {nearest:.0} km from a river");
                }
            }
        }
    }

    #[test]
    fn the_panj_is_drawn_as_the_frontier_not_as_a_second_line() {
        let world = world();
        let geometry = &world.geometry;
        let water = geometry.water();
        let frontier = world.basemap.border_between("TJK", "AFG").unwrap();
        for line in &frontier.lines {
            for coord in line.coords().step_by(10) {
                let at = geometry.projection.project(*coord).unwrap();
                let near = water.rivers.iter().any(|river| {
                    river
                        .points
                        .iter()
                        .any(|p| (p.x - at.x).hypot(p.y - at.y) < 3.0)
                });
                assert!(!near, "a river line runs along the frontier at {coord:?}");
            }
        }
    }
}
