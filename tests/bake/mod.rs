//! Bakes the base map: reads Natural Earth's TopoJSON and the places file under `assets/` and
//! writes the compact file the app embeds (`assets/basemap.bin`, format in `csto_atlas::basemap::packed`).
//! Everything that depends only on the base map is done here, once, instead of at every start:
//! simplifying the 1:10m arcs into levels of detail, finding disputed areas, choosing where each
//! country's name goes, dropping river lines that a border already draws.
//!
//! Build-time code, not shipped: it lives with the test that runs it (`tests/basemap_bake.rs`).
//! Regenerate with `UPDATE_BASEMAP=1 cargo test --release --test basemap_bake`; without the
//! variable that test fails if the committed file is not what this code makes from the sources.

use std::collections::HashMap;
use std::path::Path;

use geo::{
    Area, BooleanOps, BoundingRect, Contains, Coord, InteriorPoint, LineString, MultiPolygon,
    Polygon, SimplifyVwIdx,
};

pub mod topojson;

use csto_atlas::basemap::packed::{Grid, MAGIC, Writer};
use csto_atlas::basemap::{AreaKind, FINEST_LEVEL, LEVEL_TOLERANCES_KM, REFERENCE_LEVEL, stitch};
use csto_atlas::earth::projection::{Projection, WorldPos};
use topojson::{Feature, TopoJsonError, Topology};

/// Why the base map could not be baked.
#[derive(Debug, thiserror::Error)]
pub enum BakeError {
    /// A source file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// Which file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// A TopoJSON file could not be decoded.
    #[error(transparent)]
    TopoJson(#[from] TopoJsonError),
    /// The places file is not the GeoJSON expected.
    #[error("places/cities.geojson: {0}")]
    Places(serde_json::Error),
}

/// Smallest disputed area worth showing, in square degrees: smaller differences between the two
/// maps are slivers where their borders were digitised differently.
const MIN_DISPUTED_AREA_DEG2: f64 = 0.2;

/// A river closer than this to a land border is that border (the Panj, the Amu Darya): the border
/// is drawn, not a second, coarser river line beside it.
const RIVER_ON_BORDER_KM: f64 = 12.0;

/// How the special areas of Natural Earth (features without an ISO code) are drawn.
const SPECIAL_AREAS: &[(&str, SpecialRule)] = &[
    ("Baikonur", SpecialRule::PartOf("KAZ", "leased to Russia")),
    ("Kosovo", SpecialRule::Disputed),
    ("N. Cyprus", SpecialRule::Disputed),
    ("Somaliland", SpecialRule::Disputed),
    ("Siachen Glacier", SpecialRule::Disputed),
    ("Spratly Is.", SpecialRule::Disputed),
    ("Scarborough Reef", SpecialRule::Disputed),
    ("Bajo Nuevo Bank", SpecialRule::Disputed),
    ("Serranilla Bank", SpecialRule::Disputed),
];

/// Names for disputed areas found by comparing the de facto and UN-view maps (claimant, holder).
const DIFFERENCE_NAMES: &[(&str, &str, &str)] = &[("UKR", "RUS", "Crimea")];

#[derive(Debug, Clone, Copy)]
enum SpecialRule {
    /// Drawn as part of this country, with a note (Baikonur: Kazakh land leased to Russia).
    PartOf(&'static str, &'static str),
    /// Drawn as disputed territory.
    Disputed,
}

/// One area of the baked map, before it is written.
struct BakedFeature {
    name: String,
    iso_a3: Option<String>,
    kind: AreaKind,
    rings: Vec<Vec<Vec<i64>>>,
}

/// Bakes the base map from the files under `assets` (the project's `assets/` folder).
pub fn bake(assets: &Path) -> Result<Vec<u8>, BakeError> {
    let read = |relative: &str| {
        let path = assets.join(relative);
        std::fs::read(&path).map_err(|source| BakeError::Read {
            path: path.display().to_string(),
            source,
        })
    };
    let un_view = Topology::decode(
        "un-view/countries-50m.json",
        &read("naturalearth/un-view/countries-50m.json")?,
        "countries",
    )?;
    let detail = Topology::decode(
        "countries-10m.json",
        &read("naturalearth/countries-10m.json")?,
        "countries",
    )?;
    let physical_json = read("naturalearth/world-50m-physical.json")?;
    let lakes = Topology::decode("world-50m-physical.json", &physical_json, "lakes")?;
    let rivers = Topology::decode("world-50m-physical.json", &physical_json, "rivers")?;
    let places = read("places/cities.geojson")?;

    let projection = Projection::csto();
    let features = classify(&detail, &un_view);
    let levels = simplified_levels(&detail.arcs);

    // The arcs are stored on the 1:10m file's own grid, so exactly.
    let arc_grid = detail
        .quantisation
        .map_or(Grid::FINE, |(scale, translate)| Grid { scale, translate });
    let mut out = Writer::default();
    out.bytes.extend_from_slice(MAGIC);
    out.grid(arc_grid);
    out.unsigned(detail.arcs.len() as u64);
    out.unsigned(levels.len() as u64);
    for (tolerance, arcs) in LEVEL_TOLERANCES_KM.iter().zip(&levels) {
        write_level(&mut out, arc_grid, *tolerance as f32, arcs);
    }

    out.unsigned(features.len() as u64);
    for feature in &features {
        // Tiny islands vanish at the reference level: their label goes by the full detail.
        let label_at = [REFERENCE_LEVEL, FINEST_LEVEL]
            .iter()
            .find_map(|&level| label_point(&feature.rings, &levels[level], &projection))
            .unwrap_or_default();
        write_feature(&mut out, feature, label_at);
    }

    let lake_polygons: Vec<&Polygon<f64>> = lakes
        .features
        .iter()
        .flat_map(|f| f.shape.0.iter())
        .collect();
    out.unsigned(lake_polygons.len() as u64);
    for polygon in lake_polygons {
        out.unsigned(1 + polygon.interiors().len() as u64);
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            out.line(Grid::FINE, &ring.0);
        }
    }
    let river_lines = rivers_off_borders(&rivers, &detail, &projection);
    out.unsigned(river_lines.len() as u64);
    for line in &river_lines {
        out.line(Grid::FINE, line);
    }

    write_places(&mut out, &places)?;
    Ok(out.bytes)
}

/// Sorts the 1:10m features into countries, disputed areas and other special areas; a disputed
/// piece of a country (Crimea, drawn inside Russia) becomes an area of its own.
fn classify(detail: &Topology, un_view: &Topology) -> Vec<BakedFeature> {
    // Natural Earth gives Australia and the Ashmore and Cartier Islands the same numeric code:
    // match by code and name first, by code alone where the code is unique.
    let iso_by_id_and_name: HashMap<(&str, &str), &str> = un_view
        .features
        .iter()
        .filter_map(|f| Some(((f.id.as_deref()?, f.name.as_str()), f.a3.as_deref()?)))
        .collect();
    let mut iso_by_id: HashMap<&str, Option<&str>> = HashMap::new();
    for f in &un_view.features {
        if let (Some(id), Some(a3)) = (f.id.as_deref(), f.a3.as_deref()) {
            iso_by_id
                .entry(id)
                .and_modify(|unique| *unique = None)
                .or_insert(Some(a3));
        }
    }
    let mut features = Vec::new();
    for feature in &detail.features {
        let iso = feature.id.as_deref().and_then(|id| {
            iso_by_id_and_name
                .get(&(id, feature.name.as_str()))
                .copied()
                .or_else(|| iso_by_id.get(id).copied().flatten())
                .map(str::to_owned)
        });
        let special = SPECIAL_AREAS
            .iter()
            .find(|(name, _)| *name == feature.name)
            .map(|(_, rule)| *rule);
        let kind = match (&iso, special) {
            (Some(_), _) => AreaKind::Country,
            (None, Some(SpecialRule::PartOf(iso, note))) => AreaKind::PartOf {
                iso_a3: iso.to_owned(),
                note: note.to_owned(),
            },
            (None, Some(SpecialRule::Disputed)) => AreaKind::Disputed {
                held_by: None,
                claimed_by: None,
            },
            (None, None) => AreaKind::Neutral,
        };
        let mut rings = feature.rings.clone();
        if let Some(holder) = &iso {
            for (claimant, piece) in claimed_pieces(feature, holder, un_view) {
                let part = rings.remove(piece);
                let name = DIFFERENCE_NAMES
                    .iter()
                    .find(|(c, h, _)| *c == claimant && h == holder)
                    .map_or("Disputed area", |(_, _, name)| name);
                features.push(BakedFeature {
                    name: name.to_owned(),
                    iso_a3: None,
                    kind: AreaKind::Disputed {
                        held_by: Some(holder.clone()),
                        claimed_by: Some(claimant),
                    },
                    rings: vec![part],
                });
            }
        }
        features.push(BakedFeature {
            name: feature.name.clone(),
            iso_a3: iso,
            kind,
            rings,
        });
    }
    features
}

/// Parts of `feature` (indices into its polygons, last first so they can be removed in order)
/// that the UN view gives to another country, with that country's code.
fn claimed_pieces(feature: &Feature, holder: &str, un_view: &Topology) -> Vec<(String, usize)> {
    let mut pieces = Vec::new();
    for (index, part) in feature.shape.0.iter().enumerate().rev() {
        if part.unsigned_area() < MIN_DISPUTED_AREA_DEG2 {
            continue;
        }
        let Some(inside) = part.interior_point() else {
            continue;
        };
        // The claimant's polygon holding this part. Polygons wider than a hemisphere are ones that
        // cross the antimeridian (Russia's Chukotka); their containment tests are meaningless.
        let claimant = un_view.features.iter().find_map(|f| {
            let a3 = f.a3.as_deref().filter(|a3| *a3 != holder)?;
            f.shape
                .0
                .iter()
                .find(|polygon| {
                    polygon
                        .bounding_rect()
                        .is_some_and(|b| b.width() < 180.0 && b.contains(&inside))
                        && polygon.contains(&inside)
                })
                .map(|polygon| (a3, polygon))
        });
        // Most of the part must be the claimant's, not a sliver where two digitisations differ.
        if let Some((a3, polygon)) = claimant {
            let overlap = MultiPolygon(vec![part.clone()])
                .intersection(&MultiPolygon(vec![polygon.clone()]))
                .unsigned_area();
            if overlap > 0.5 * part.unsigned_area() {
                pieces.push((a3.to_owned(), index));
            }
        }
    }
    pieces
}

/// Every arc at every level of detail: each level keeps an arc's two ends, so neighbours keep
/// identical edges at every level, and drops points by Visvalingam-Whyatt area in kilometres on
/// the ground: each arc is measured in an equal-area projection centred on the arc itself, so a
/// tolerance means the same on every continent, whatever the map is later centred on.
fn simplified_levels(arcs: &[LineString<f64>]) -> Vec<Vec<Vec<Coord<f64>>>> {
    LEVEL_TOLERANCES_KM
        .iter()
        .map(|&tolerance| {
            arcs.iter()
                .map(|arc| {
                    if tolerance == 0.0 || arc.0.is_empty() {
                        return arc.0.clone();
                    }
                    let local = Projection::centred_on(arc.0[arc.0.len() / 2]);
                    let projected: LineString<f64> = arc
                        .coords()
                        .map(|c| local.project_unclipped(*c).unwrap_or_default())
                        .collect();
                    projected
                        .simplify_vw_idx(tolerance * tolerance)
                        .into_iter()
                        .map(|i| arc.0[i])
                        .collect()
                })
                .collect()
        })
        .collect()
}

fn write_level(out: &mut Writer, grid: Grid, tolerance_km: f32, arcs: &[Vec<Coord<f64>>]) {
    let mut data = Writer::default();
    let mut offsets = Vec::with_capacity(arcs.len());
    for arc in arcs {
        offsets.push(data.bytes.len());
        data.line(grid, arc);
    }
    out.float(tolerance_km);
    let mut last = 0;
    for offset in offsets {
        out.unsigned((offset - last) as u64);
        last = offset;
    }
    out.unsigned(data.bytes.len() as u64);
    out.bytes.extend_from_slice(&data.bytes);
}

fn write_feature(out: &mut Writer, feature: &BakedFeature, label_at: Coord<f64>) {
    let (tag, first, second) = match &feature.kind {
        AreaKind::Country => (0, "", ""),
        AreaKind::Neutral => (1, "", ""),
        AreaKind::PartOf { iso_a3, note } => (2, iso_a3.as_str(), note.as_str()),
        AreaKind::Disputed {
            held_by,
            claimed_by,
        } => (
            3,
            held_by.as_deref().unwrap_or(""),
            claimed_by.as_deref().unwrap_or(""),
        ),
    };
    out.unsigned(tag);
    out.text(&feature.name);
    out.text(feature.iso_a3.as_deref().unwrap_or(""));
    out.text(first);
    out.text(second);
    out.lon_lat(label_at);
    out.unsigned(feature.rings.len() as u64);
    for polygon in &feature.rings {
        out.unsigned(polygon.len() as u64);
        for ring in polygon {
            out.unsigned(ring.len() as u64);
            for &arc in ring {
                out.signed(arc);
            }
        }
    }
}

/// Where an area's name goes: the pole of inaccessibility of its largest part (the point inside
/// farthest from its edges), found in projected space so that "farthest" is in kilometres.
fn label_point(
    rings: &[Vec<Vec<i64>>],
    arcs: &[Vec<Coord<f64>>],
    projection: &Projection,
) -> Option<Coord<f64>> {
    let project = |c: &Coord<f64>| projection.project_unclipped(*c).unwrap_or_default();
    let polygons: Vec<Polygon<f64>> = rings
        .iter()
        .filter_map(|polygon| {
            let mut lines = polygon.iter().map(|ring| {
                LineString(
                    stitch(|i| arcs.get(i).map(Vec::as_slice), ring)
                        .iter()
                        .map(project)
                        .collect(),
                )
            });
            let exterior = lines.next()?;
            (exterior.0.len() >= 4).then(|| Polygon::new(exterior, lines.collect()))
        })
        .collect();
    let largest = polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let pole: Option<WorldPos> = polylabel::polylabel(largest, &1.0)
        .ok()
        .map(|p| p.0)
        .or_else(|| largest.interior_point().map(|p| p.0));
    pole.and_then(|p| projection.unproject_unclipped(p))
}

/// The physical map's rivers in pieces, without the stretches that run along a land border.
fn rivers_off_borders(
    rivers: &Topology,
    detail: &Topology,
    projection: &Projection,
) -> Vec<Vec<Coord<f64>>> {
    let borders = BorderGrid::new(detail, projection);
    let mut pieces = Vec::new();
    for line in rivers.features.iter().flat_map(|f| &f.lines) {
        let mut piece: Vec<Coord<f64>> = Vec::new();
        for coord in line.coords() {
            let on_border = projection
                .project_unclipped(*coord)
                .is_none_or(|p| borders.near(p, RIVER_ON_BORDER_KM));
            if on_border {
                if piece.len() > 1 {
                    pieces.push(std::mem::take(&mut piece));
                }
                piece.clear();
            } else {
                piece.push(*coord);
            }
        }
        if piece.len() > 1 {
            pieces.push(piece);
        }
    }
    pieces
}

/// Land borders (arcs two countries share) bucketed on a grid, to ask what is near a point.
struct BorderGrid {
    cells: HashMap<(i64, i64), Vec<[WorldPos; 2]>>,
}

const BORDER_CELL_KM: f64 = 25.0;

impl BorderGrid {
    fn new(detail: &Topology, projection: &Projection) -> Self {
        let mut uses = vec![0u8; detail.arcs.len()];
        for feature in &detail.features {
            for &arc in &feature.arcs {
                uses[arc] = uses[arc].saturating_add(1);
            }
        }
        let mut cells: HashMap<(i64, i64), Vec<[WorldPos; 2]>> = HashMap::new();
        for (arc, _) in detail.arcs.iter().zip(&uses).filter(|(_, n)| **n >= 2) {
            let points: Vec<WorldPos> = arc
                .coords()
                .filter_map(|c| projection.project_unclipped(*c))
                .collect();
            for pair in points.windows(2) {
                let mid = (pair[0] + pair[1]) / 2.0;
                cells
                    .entry(cell_of(mid))
                    .or_default()
                    .push([pair[0], pair[1]]);
            }
        }
        Self { cells }
    }

    fn near(&self, p: WorldPos, distance_km: f64) -> bool {
        let (cx, cy) = cell_of(p);
        let reach = (distance_km / BORDER_CELL_KM).ceil() as i64 + 1;
        (-reach..=reach).any(|dx| {
            (-reach..=reach).any(|dy| {
                self.cells.get(&(cx + dx, cy + dy)).is_some_and(|segments| {
                    segments
                        .iter()
                        .any(|&[a, b]| segment_distance(p, a, b) <= distance_km)
                })
            })
        })
    }
}

fn cell_of(p: WorldPos) -> (i64, i64) {
    (
        (p.x / BORDER_CELL_KM).floor() as i64,
        (p.y / BORDER_CELL_KM).floor() as i64,
    )
}

fn segment_distance(p: WorldPos, a: WorldPos, b: WorldPos) -> f64 {
    let d = b - a;
    let length_sq = d.x * d.x + d.y * d.y;
    let t = if length_sq == 0.0 {
        0.0
    } else {
        (((p - a).x * d.x + (p - a).y * d.y) / length_sq).clamp(0.0, 1.0)
    };
    let nearest = a + d * t;
    (p.x - nearest.x).hypot(p.y - nearest.y)
}

#[derive(serde::Deserialize)]
struct PlacesFile {
    features: Vec<PlaceFeature>,
}

#[derive(serde::Deserialize)]
struct PlaceFeature {
    geometry: PlacePoint,
    properties: PlaceProperties,
}

#[derive(serde::Deserialize)]
struct PlacePoint {
    coordinates: [f64; 2],
}

#[derive(serde::Deserialize)]
struct PlaceProperties {
    name: String,
    iso_a3: String,
    population: u64,
    capital: bool,
}

/// Writes the places, largest first. GeoNames' list marks small towns that share a capital's name
/// as capitals too (two more Washingtons, in Utah and Illinois): a place is a capital only if no
/// larger place of its country with its name is one.
fn write_places(out: &mut Writer, geojson: &[u8]) -> Result<(), BakeError> {
    let places: PlacesFile = serde_json::from_slice(geojson).map_err(BakeError::Places)?;
    out.unsigned(places.features.len() as u64);
    let mut capitals = std::collections::HashSet::new();
    for place in &places.features {
        let p = &place.properties;
        let capital = p.capital && capitals.insert((p.iso_a3.as_str(), p.name.as_str()));
        out.text(&p.name);
        out.text(&p.iso_a3);
        out.unsigned(p.population);
        out.unsigned(u64::from(capital));
        let [lon, lat] = place.geometry.coordinates;
        out.lon_lat(Coord { x: lon, y: lat });
    }
    Ok(())
}
