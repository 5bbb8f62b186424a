//! The base map projected (and triangulated when first drawn), for drawing and hit-testing at any
//! camera: the reference level of detail at once, the others when a zoom first needs them.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use geo::{
    Area, BoundingRect, Contains, Coord, InteriorPoint, LineString, MultiPolygon, Point, Polygon,
    Rect,
};

use super::graticule::{SPACINGS, graticule, spacing_for};
use super::horizon::{clip_line, clip_ring};
use super::projection::{EARTH_RADIUS_KM, Projection, WorldPos};
use super::seam::{cut_at_seam, off_the_seam};
use super::spatial::AreaIndex;
use super::water::Water;
use crate::basemap::{
    AreaKind, BaseMap, FINEST_LEVEL, LEVEL_TOLERANCES_KM, REFERENCE_LEVEL, arc_index, stitch,
};

/// A projected area: its outline rings, box and where its label goes.
#[derive(Debug, Clone)]
pub struct ProjectedArea {
    /// Projected shape (km).
    pub shape: MultiPolygon<f64>,
    /// Bounding box (km).
    pub bounds: Rect<f64>,
    /// A point inside its largest part, for the label.
    pub label_anchor: WorldPos,
    /// How much land it covers on the map (km²; equal to the ground's in an equal-area
    /// projection).
    pub land_km2: f64,
}

/// A base-map country (or land drawn like one), projected.
#[derive(Debug, Clone)]
pub struct CountryGeometry {
    /// ISO alpha-3 code, where it has one.
    pub iso_a3: Option<String>,
    /// Natural Earth's name.
    pub name: String,
    /// The country whose fill it takes, with a note (Baikonur: Kazakhstan, "leased to Russia").
    pub part_of: Option<(String, String)>,
    /// The projected area at the reference level of detail.
    pub area: ProjectedArea,
    /// Its index in the base map's areas.
    base: usize,
}

impl CountryGeometry {
    /// Its index in the base map's areas.
    pub fn base_index(&self) -> usize {
        self.base
    }

    /// The ISO code whose status colours it: its own, or that of the country it is part of.
    pub fn status_iso(&self) -> Option<&str> {
        self.iso_a3
            .as_deref()
            .or(self.part_of.as_ref().map(|(iso, _)| iso.as_str()))
    }
}

/// A disputed area, projected.
#[derive(Debug, Clone)]
pub struct DisputedGeometry {
    /// Its name (Crimea, Kosovo, N. Cyprus …).
    pub name: String,
    /// Held by, on the de facto map (ISO alpha-3), where known.
    pub held_by: Option<String>,
    /// Given to, under the UN view (ISO alpha-3), where that differs.
    pub claimed_by: Option<String>,
    /// The projected area at the reference level of detail.
    pub area: ProjectedArea,
    /// Its index in the base map's areas.
    base: usize,
}

/// A projected arc: a stretch of border or coast, drawn once however many areas it bounds.
#[derive(Debug, Clone)]
pub struct ProjectedArc {
    /// Its points (km).
    pub points: Vec<WorldPos>,
    /// Their box.
    pub bounds: Rect<f64>,
}

impl ProjectedArc {
    /// An arc through `points`.
    pub fn new(points: Vec<WorldPos>) -> Self {
        let bounds = points
            .iter()
            .map(|&p| Rect::new(p, p))
            .reduce(union)
            .unwrap_or(Rect::new(Coord::zero(), Coord::zero()));
        Self { points, bounds }
    }
}

/// The box around two boxes.
fn union(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        Coord {
            x: a.min().x.min(b.min().x),
            y: a.min().y.min(b.min().y),
        },
        Coord {
            x: a.max().x.max(b.max().x),
            y: a.max().y.max(b.max().y),
        },
    )
}

/// One level of detail, projected when first drawn.
#[derive(Debug, Default)]
struct LevelGeometry {
    /// Every arc, whole (beyond the horizon too), by its index: what areas are stitched from.
    arcs: Vec<ProjectedArc>,
    /// What of the arcs is drawn: clipped to the horizon, without the seam at 180°; made when
    /// the level is first drawn (the reference level is projected at start-up for its areas).
    drawn: OnceLock<Vec<ProjectedArc>>,
    /// Whether any point of each arc is on the map: a ring of arcs none of which is lies wholly
    /// on the far side.
    shown: Vec<bool>,
    areas: Vec<OnceLock<Option<ProjectedArea>>>,
}

/// The whole base map in projected space.
#[derive(Debug)]
pub struct MapGeometry {
    /// The projection everything is in.
    pub projection: Projection,
    /// Countries and land drawn like them, in base-map order.
    pub countries: Vec<CountryGeometry>,
    /// Disputed areas.
    pub disputed: Vec<DisputedGeometry>,
    basemap: Arc<BaseMap>,
    levels: Vec<OnceLock<LevelGeometry>>,
    water: OnceLock<Water>,
    graticules: [OnceLock<Vec<ProjectedArc>>; SPACINGS.len()],
    /// The countries' polygons by their boxes, for finding the one under a point.
    country_index: AreaIndex,
    /// The disputed areas' polygons by their boxes.
    disputed_index: AreaIndex,
}

/// The coarsest level of detail that strays less than about half a pixel at this zoom.
pub fn detail_level(pixels_per_km: f64) -> usize {
    LEVEL_TOLERANCES_KM
        .iter()
        .position(|&tolerance| tolerance * pixels_per_km <= MAX_STRAY_PX)
        .unwrap_or(FINEST_LEVEL)
}

/// How far (pixels) simplified lines may stray from the 1:10m lines before a finer level is used.
const MAX_STRAY_PX: f64 = 0.6;

impl MapGeometry {
    /// Projects the base map's reference level; other levels are projected when first drawn.
    pub fn new(basemap: Arc<BaseMap>, projection: Projection) -> Self {
        let mut geometry = Self {
            projection,
            countries: Vec::new(),
            disputed: Vec::new(),
            levels: LEVEL_TOLERANCES_KM
                .iter()
                .map(|_| OnceLock::new())
                .collect(),
            water: OnceLock::new(),
            graticules: Default::default(),
            basemap,
            country_index: AreaIndex::default(),
            disputed_index: AreaIndex::default(),
        };
        for (base, area) in geometry.basemap.areas.iter().enumerate() {
            // An island state too small for the reference level (Tuvalu) takes its 1:10m shape.
            let projected = geometry
                .project_area(REFERENCE_LEVEL, base)
                .or_else(|| geometry.finest_area(base));
            let Some(projected) = projected else {
                continue;
            };
            match &area.kind {
                AreaKind::Disputed {
                    held_by,
                    claimed_by,
                } => geometry.disputed.push(DisputedGeometry {
                    name: area.name.clone(),
                    held_by: held_by.clone(),
                    claimed_by: claimed_by.clone(),
                    area: projected,
                    base,
                }),
                kind => geometry.countries.push(CountryGeometry {
                    iso_a3: area.iso_a3.clone(),
                    name: area.name.clone(),
                    part_of: match kind {
                        AreaKind::PartOf { iso_a3, note } => Some((iso_a3.clone(), note.clone())),
                        _ => None,
                    },
                    area: projected,
                    base,
                }),
            }
        }
        geometry.country_index = AreaIndex::new(geometry.countries.iter().map(|c| &c.area.shape));
        geometry.disputed_index = AreaIndex::new(geometry.disputed.iter().map(|d| &d.area.shape));
        geometry
    }

    /// The base map this was projected from.
    pub fn basemap(&self) -> &BaseMap {
        &self.basemap
    }

    /// A country's area at a level of detail (the reference level's is always there).
    pub fn country_area(&self, level: usize, index: usize) -> Option<&ProjectedArea> {
        let country = self.countries.get(index)?;
        self.area_at(level, country.base, &country.area)
    }

    /// A disputed area at a level of detail.
    pub fn disputed_area(&self, level: usize, index: usize) -> Option<&ProjectedArea> {
        let disputed = self.disputed.get(index)?;
        self.area_at(level, disputed.base, &disputed.area)
    }

    /// Every arc (border and coast) of a level of detail, projected as drawn: clipped to the map's
    /// edge, and without the stretches along 180° where Natural Earth cuts the shapes that cross
    /// it (Fiji, Chukotka), so that they look joined.
    pub fn arcs(&self, level: usize) -> &[ProjectedArc] {
        let Some(geometry) = self.level(level) else {
            return &[];
        };
        geometry.drawn.get_or_init(|| {
            let lines = self.basemap.arcs(level);
            let world_edge = matches!(self.projection, Projection::World);
            lines
                .iter()
                .zip(&geometry.arcs)
                .flat_map(|(line, projected)| {
                    off_the_seam(line, world_edge)
                        .into_iter()
                        .flat_map(|run| clip_line(&self.projection, &projected.points[run]))
                })
                .map(ProjectedArc::new)
                .collect()
        })
    }

    fn area_at<'a>(
        &'a self,
        level: usize,
        base: usize,
        reference: &'a ProjectedArea,
    ) -> Option<&'a ProjectedArea> {
        if level == REFERENCE_LEVEL {
            return Some(reference);
        }
        self.level(level)?
            .areas
            .get(base)?
            .get_or_init(|| self.project_area(level, base))
            .as_ref()
    }

    fn level(&self, level: usize) -> Option<&LevelGeometry> {
        let cell = self.levels.get(level)?;
        Some(cell.get_or_init(|| {
            let mut arcs = Vec::new();
            let mut shown = Vec::new();
            for arc in self.basemap.arcs(level) {
                // Projected once, point for point (the antipode, which has no position, is put
                // on the far rim, beyond the horizon).
                let far = Coord {
                    x: 2.0 * EARTH_RADIUS_KM,
                    y: 0.0,
                };
                let points: Vec<WorldPos> = arc
                    .iter()
                    .map(|c| self.projection.project_unclipped(*c).unwrap_or(far))
                    .collect();
                shown.push(points.iter().any(|&p| self.projection.shows(p)));
                arcs.push(ProjectedArc::new(points));
            }
            LevelGeometry {
                arcs,
                drawn: OnceLock::new(),
                shown,
                areas: self.basemap.areas.iter().map(|_| OnceLock::new()).collect(),
            }
        }))
    }

    /// The graticule spaced for this zoom, projected when first drawn.
    pub fn graticule(&self, pixels_per_km: f64) -> &[ProjectedArc] {
        let spacing = spacing_for(pixels_per_km);
        self.graticules[spacing].get_or_init(|| {
            graticule(SPACINGS[spacing].0)
                .iter()
                .flat_map(|line| {
                    clip_line(
                        &self.projection,
                        &self.projection.project_line_unclipped(line),
                    )
                })
                .map(ProjectedArc::new)
                .collect()
        })
    }

    /// Lakes and rivers, projected when first drawn.
    pub fn water(&self) -> &Water {
        self.water
            .get_or_init(|| Water::new(&self.basemap, &self.projection))
    }

    /// Builds one base-map area at a level from its projected arcs.
    fn project_area(&self, level: usize, base: usize) -> Option<ProjectedArea> {
        let area = self.basemap.areas.get(base)?;
        let projection = &self.projection;
        let polygons = match projection {
            // Stitched from the arcs projected once for the level, then clipped to the horizon.
            Projection::Azimuthal(_) => {
                let level = self.level(level)?;
                let arc = |i: usize| level.arcs.get(i).map(|a| a.points.as_slice());
                let on_map = |rings: &&Vec<Vec<i64>>| {
                    rings
                        .iter()
                        .flatten()
                        .any(|&r| level.shown.get(arc_index(r)).copied().unwrap_or(false))
                };
                area.rings
                    .iter()
                    .filter(on_map)
                    .filter_map(|rings| {
                        let mut lines = rings
                            .iter()
                            .map(|ring| clip_ring(projection, stitch(arc, ring)).map(LineString));
                        let exterior = lines.next()??;
                        Some(Polygon::new(exterior, lines.flatten().collect()))
                    })
                    .collect()
            }
            // Stitched in longitude/latitude, cut at the seam, then projected.
            Projection::World => {
                let arcs = self.basemap.arcs(level);
                let arc = |i: usize| arcs.get(i).map(Vec::as_slice);
                area.rings
                    .iter()
                    .flat_map(|rings| {
                        let rings = rings.iter().map(|ring| stitch(arc, ring)).collect();
                        world_polygons(projection, rings)
                    })
                    .collect()
            }
        };
        let anchor = projection.project(area.label_at);
        ProjectedArea::from_polygons(polygons, anchor)
    }

    /// One base-map area at the finest level, from its own arcs alone (the level is not
    /// projected for it).
    fn finest_area(&self, base: usize) -> Option<ProjectedArea> {
        let area = self.basemap.areas.get(base)?;
        let arcs: HashMap<usize, Vec<Coord<f64>>> = area
            .rings
            .iter()
            .flatten()
            .flatten()
            .map(|&reference| {
                let index = arc_index(reference);
                (index, self.basemap.arc(FINEST_LEVEL, index))
            })
            .collect();
        let arc = |i: usize| arcs.get(&i).map(Vec::as_slice);
        let polygons = area
            .rings
            .iter()
            .flat_map(|rings| {
                let rings = rings.iter().map(|ring| stitch(arc, ring)).collect();
                project_polygon(&self.projection, rings)
            })
            .collect();
        ProjectedArea::from_polygons(polygons, self.projection.project(area.label_at))
    }

    /// The country index for an ISO alpha-3 code.
    pub fn country_index(&self, iso_a3: &str) -> Option<usize> {
        self.countries
            .iter()
            .position(|c| c.iso_a3.as_deref() == Some(iso_a3))
    }

    /// The country under a projected point.
    pub fn country_at(&self, world: WorldPos) -> Option<usize> {
        self.country_index
            .area_at(world, |i| &self.countries[i].area.shape)
    }

    /// The disputed area under a projected point.
    pub fn disputed_at(&self, world: WorldPos) -> Option<usize> {
        self.disputed_index
            .area_at(world, |i| &self.disputed[i].area.shape)
    }

    /// Projects a line in longitude/latitude, splitting it where points have no projection.
    pub fn project_line(&self, line: &LineString<f64>) -> Vec<Vec<WorldPos>> {
        let mut parts = vec![Vec::new()];
        for coord in line.coords() {
            match self.projection.project(*coord) {
                Some(pos) => parts
                    .last_mut()
                    .map(|part| part.push(pos))
                    .unwrap_or_default(),
                None => parts.push(Vec::new()),
            }
        }
        parts.retain(|part| part.len() > 1);
        parts
    }

    /// The projected box around the countries with these ISO codes.
    pub fn bounds_of<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> Option<Rect<f64>> {
        codes
            .into_iter()
            .filter_map(|code| self.country_index(code))
            .map(|i| self.countries[i].area.bounds)
            .reduce(union)
    }
}

/// A point inside a polygon: the middle of its outline's points where that lies inside (cheap, and
/// true of most shapes), else an interior point.
fn point_inside(polygon: &Polygon<f64>) -> Option<WorldPos> {
    let points = &polygon.exterior().0;
    let count = points.len().max(1) as f64;
    let (x, y) = points
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    let middle = Coord {
        x: x / count,
        y: y / count,
    };
    if polygon.contains(&Point(middle)) {
        return Some(middle);
    }
    polygon.interior_point().map(|p| p.0)
}

/// A polygon's rings (longitude/latitude, the exterior first) on the world map: cut at the seam
/// into a polygon on each side (a hole kept only where the exterior stays whole), then projected.
fn world_polygons(projection: &Projection, rings: Vec<Vec<Coord<f64>>>) -> Vec<Polygon<f64>> {
    let project = |ring: &[Coord<f64>]| LineString(projection.project_line_unclipped(ring));
    let mut rings = rings.iter();
    let Some(exterior) = rings.next() else {
        return Vec::new();
    };
    match cut_at_seam(exterior).as_slice() {
        [whole] => {
            let holes = rings
                .flat_map(|ring| cut_at_seam(ring))
                .map(|hole| project(&hole));
            vec![Polygon::new(project(whole), holes.collect())]
        }
        pieces => pieces
            .iter()
            .map(|piece| Polygon::new(project(piece), Vec::new()))
            .collect(),
    }
}

/// A polygon's rings (longitude/latitude, the exterior first) as the map draws them: clipped to
/// an azimuthal map's horizon, or cut at the seam on the world map; empty if none of it shows.
pub fn project_polygon(projection: &Projection, rings: Vec<Vec<Coord<f64>>>) -> Vec<Polygon<f64>> {
    if let Projection::World = projection {
        return world_polygons(projection, rings);
    }
    let mut rings = rings.iter().map(|ring| project_ring(projection, ring));
    match rings.next().flatten() {
        Some(exterior) => vec![Polygon::new(exterior, rings.flatten().collect())],
        None => Vec::new(),
    }
}

/// A longitude/latitude ring projected and clipped to the map's edge; `None` if none of it shows.
fn project_ring(projection: &Projection, ring: &[Coord<f64>]) -> Option<LineString<f64>> {
    clip_ring(projection, projection.project_line_unclipped(ring)).map(LineString)
}

impl ProjectedArea {
    /// Projects a longitude/latitude shape; `None` if nothing of it projects.
    pub fn new(shape: &MultiPolygon<f64>, projection: &Projection) -> Option<Self> {
        let polygons = shape
            .iter()
            .flat_map(|p| {
                let rings = std::iter::once(p.exterior())
                    .chain(p.interiors())
                    .map(|ring| ring.0.clone())
                    .collect();
                project_polygon(projection, rings)
            })
            .collect();
        Self::from_polygons(polygons, None)
    }

    /// An area of projected polygons, its label at `anchor` (or a point inside its largest part);
    /// rings too short to enclose anything are dropped, `None` if nothing is left.
    pub fn from_polygons(polygons: Vec<Polygon<f64>>, anchor: Option<WorldPos>) -> Option<Self> {
        let shape = MultiPolygon(
            polygons
                .into_iter()
                .filter(|p| p.exterior().0.len() >= 4)
                .map(|p| {
                    let (exterior, interiors) = p.into_inner();
                    let interiors = interiors.into_iter().filter(|r| r.0.len() >= 4).collect();
                    Polygon::new(exterior, interiors)
                })
                .collect(),
        );
        let bounds = shape.bounding_rect()?;
        let label_anchor = match anchor {
            Some(anchor) => anchor,
            None => shape
                .iter()
                .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
                .and_then(point_inside)
                .unwrap_or(bounds.center()),
        };
        Some(Self {
            land_km2: shape.unsigned_area(),
            shape,
            bounds,
            label_anchor,
        })
    }

    /// Whether a projected point is inside.
    pub fn contains(&self, world: WorldPos) -> bool {
        self.bounds.contains(&world) && self.shape.contains(&Point(world))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::projection::lon_lat;
    use crate::earth::world::world;

    /// Whether every level of detail tiles the land of a grid `size` degrees across (a point
    /// every half degree) from `south_west` without gaps or overlaps in `geometry`: each point of the grid away from coasts is inside
    /// exactly one area (country or disputed) at every level, because neighbours share their
    /// simplified arcs rather than each simplifying its own ring. How many points were on land.
    fn watertight_points(
        geometry: &MapGeometry,
        south_west: (f64, f64),
        size: (u32, u32),
    ) -> usize {
        let areas = |level: usize, at: WorldPos| {
            let countries = (0..geometry.countries.len())
                .filter_map(|i| geometry.country_area(level, i))
                .filter(|a| a.contains(at))
                .count();
            let disputed = (0..geometry.disputed.len())
                .filter_map(|i| geometry.disputed_area(level, i))
                .filter(|a| a.contains(at))
                .count();
            countries + disputed
        };
        let mut checked = 0;
        for i in 0..=2 * size.0 {
            for j in 0..=2 * size.1 {
                let (lon, lat) = (
                    south_west.0 + 0.5 * f64::from(i),
                    south_west.1 + 0.5 * f64::from(j),
                );
                let at = geometry.projection.project(lon_lat(lon, lat)).unwrap();
                if areas(FINEST_LEVEL, at) != 1 {
                    continue; // a lake or the sea at full detail
                }
                for level in 0..FINEST_LEVEL {
                    assert_eq!(areas(level, at), 1, "level {level} at {lon}°E {lat}°N");
                }
                checked += 1;
            }
        }
        checked
    }

    #[test]
    fn every_level_of_detail_is_watertight_between_neighbours() {
        // Central Asia in the CSTO's projection.
        assert!(watertight_points(&world().geometry, (62.0, 37.0), (18, 12)) > 800);
    }

    #[test]
    fn the_levels_stay_watertight_at_other_centres_and_on_the_world_map() {
        let basemap = || Arc::clone(&world().basemap);
        let europe = MapGeometry::new(basemap(), Projection::centred_on(lon_lat(10.0, 50.0)));
        // Inland, where no coast is simplified away: central Europe, central Africa.
        assert!(watertight_points(&europe, (13.0, 46.0), (8, 5)) > 150);
        let africa = MapGeometry::new(basemap(), Projection::centred_on(lon_lat(17.0, 4.0)));
        assert!(watertight_points(&africa, (16.0, -4.0), (12, 8)) > 300);
        let whole = MapGeometry::new(basemap(), Projection::World);
        assert!(watertight_points(&whole, (62.0, 37.0), (18, 12)) > 800);
    }
}
