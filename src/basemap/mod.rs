//! The Natural Earth base map: countries by ISO code, special and disputed areas, shared borders
//! with their lengths, lakes, rivers and places. Baked from TopoJSON and GeoJSON under `assets/`
//! into one compact file ([`packed`]; the bake is build-time code in `tests/bake/`) that is embedded and decoded without parsing JSON.
//! No projection and no egui here.

mod border;
pub mod packed;

use std::borrow::Cow;
use std::sync::OnceLock;

use geo::Coord;

pub use border::{SharedBorder, shared_border_of};
use packed::{Grid, PackedError, Reader};

/// The baked base map (made by `tests/bake/`): Natural Earth 1:10m countries in levels of detail, lakes,
/// rivers and places.
pub const BASEMAP: &[u8] = include_bytes!("../../assets/basemap.bin");

/// How far each level of detail strays from the 1:10m lines at most, roughly, in kilometres:
/// coarse levels for the world, the last one the full 1:10m detail.
pub const LEVEL_TOLERANCES_KM: [f64; 5] = [10.0, 5.0, 2.5, 0.6, 0.0];

/// The level whose shapes are used for picking, label anchors and extents (about 1:50m).
pub const REFERENCE_LEVEL: usize = 2;

/// The finest level: the 1:10m map as published.
pub const FINEST_LEVEL: usize = LEVEL_TOLERANCES_KM.len() - 1;

/// What an area of the base map is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaKind {
    /// A country with an ISO code.
    Country,
    /// Land without a status of its own (a sovereign base area, a remote territory).
    Neutral,
    /// Land drawn as part of a country, with a note: Baikonur is Kazakh land leased to Russia.
    PartOf {
        /// The country it is part of (ISO alpha-3).
        iso_a3: String,
        /// What to say about it ("leased to Russia").
        note: String,
    },
    /// Territory whose sovereignty is disputed: never coloured by any country's status.
    Disputed {
        /// The country holding it on the de facto map, where known.
        held_by: Option<String>,
        /// The country the UN view gives it to, where that differs.
        claimed_by: Option<String>,
    },
}

/// An area of the base map.
#[derive(Debug, Clone)]
pub struct BaseArea {
    /// Natural Earth's name (or the name of a disputed area, e.g. Crimea).
    pub name: String,
    /// ISO 3166-1 alpha-3 code, for a country.
    pub iso_a3: Option<String>,
    /// What it is.
    pub kind: AreaKind,
    /// Where its name goes (longitude/latitude): the pole of inaccessibility of its largest part.
    pub label_at: Coord<f64>,
    /// Its polygons, each a list of rings, each a list of arc references (`!i` = arc `i`
    /// reversed), the same at every level of detail.
    pub rings: Vec<Vec<Vec<i64>>>,
}

/// A populated place (GeoNames).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames' English name.
    pub name: String,
    /// Its country (ISO alpha-3).
    pub iso_a3: String,
    /// Its population.
    pub population: u64,
    /// Whether it is a national capital.
    pub capital: bool,
    /// Where (longitude/latitude).
    pub at: Coord<f64>,
}

/// One level of detail: where each arc is in the file, decoded when first asked for.
#[derive(Debug)]
struct Level {
    tolerance_km: f64,
    arc_offsets: Vec<usize>,
    arcs: OnceLock<Vec<Vec<Coord<f64>>>>,
}

/// The decoded base map.
#[derive(Debug)]
pub struct BaseMap {
    bytes: Cow<'static, [u8]>,
    arc_grid: Grid,
    levels: Vec<Level>,
    /// Countries and special areas, in the baked order.
    pub areas: Vec<BaseArea>,
    /// Lakes (1:50m), longitude/latitude rings: the exterior first.
    pub lakes: Vec<Vec<Vec<Coord<f64>>>>,
    /// Rivers (1:50m) without the stretches a land border already draws.
    pub rivers: Vec<Vec<Coord<f64>>>,
    /// Capitals and cities, largest first.
    pub places: Vec<Place>,
}

impl BaseMap {
    /// Decodes the embedded base map.
    pub fn embedded() -> Result<Self, PackedError> {
        Self::decode(Cow::Borrowed(BASEMAP))
    }

    /// Decodes a packed base map; the arcs of each level are decoded when first used.
    pub fn decode(bytes: Cow<'static, [u8]>) -> Result<Self, PackedError> {
        let mut reader = Reader::new(&bytes);
        reader.magic()?;
        let arc_grid = reader.grid()?;
        let arc_count = reader.count(bytes.len())?;
        let level_count = reader.count(LEVEL_TOLERANCES_KM.len() + 1)?;
        let mut levels = Vec::with_capacity(level_count);
        for _ in 0..level_count {
            let tolerance_km = f64::from(reader.float()?);
            let mut offsets = Vec::with_capacity(arc_count.min(bytes.len()));
            let mut offset = 0usize;
            for _ in 0..arc_count {
                offset = offset.saturating_add(reader.count(bytes.len())?);
                offsets.push(offset);
            }
            let length = reader.count(bytes.len())?;
            let start = reader.position();
            reader.take(length)?;
            levels.push(Level {
                tolerance_km,
                arc_offsets: offsets.into_iter().map(|o| start + o).collect(),
                arcs: OnceLock::new(),
            });
        }
        let area_count = reader.count(bytes.len())?;
        let mut areas = Vec::with_capacity(area_count);
        for _ in 0..area_count {
            areas.push(read_area(&mut reader, arc_count)?);
        }
        let lake_count = reader.count(bytes.len())?;
        let mut lakes = Vec::with_capacity(lake_count);
        for _ in 0..lake_count {
            let rings = reader.count(bytes.len())?;
            lakes.push(
                (0..rings)
                    .map(|_| reader.line(Grid::FINE))
                    .collect::<Result<_, _>>()?,
            );
        }
        let river_count = reader.count(bytes.len())?;
        let rivers = (0..river_count)
            .map(|_| reader.line(Grid::FINE))
            .collect::<Result<_, _>>()?;
        let place_count = reader.count(bytes.len())?;
        let mut places = Vec::with_capacity(place_count);
        for _ in 0..place_count {
            places.push(Place {
                name: reader.text()?,
                iso_a3: reader.text()?,
                population: reader.unsigned()?,
                capital: reader.unsigned()? != 0,
                at: reader.lon_lat()?,
            });
        }
        if levels.len() != LEVEL_TOLERANCES_KM.len() {
            return Err(PackedError::BadValue(0));
        }
        Ok(Self {
            bytes,
            arc_grid,
            levels,
            areas,
            lakes,
            rivers,
            places,
        })
    }

    /// How far `level` strays from the 1:10m lines, roughly, in kilometres.
    pub fn tolerance_km(&self, level: usize) -> f64 {
        self.levels.get(level).map_or(0.0, |l| l.tolerance_km)
    }

    /// Every arc of a level of detail, in longitude/latitude (decoded on first use).
    pub fn arcs(&self, level: usize) -> &[Vec<Coord<f64>>] {
        let Some(level) = self.levels.get(level) else {
            return &[];
        };
        level.arcs.get_or_init(|| {
            level
                .arc_offsets
                .iter()
                .map(|&offset| self.arc_at(offset))
                .collect()
        })
    }

    /// One arc of a level (longitude/latitude), read from the file on its own, without decoding
    /// the whole level; empty if there is no such arc.
    pub fn arc(&self, level: usize, index: usize) -> Vec<Coord<f64>> {
        self.levels
            .get(level)
            .and_then(|l| l.arc_offsets.get(index))
            .map_or_else(Vec::new, |&offset| self.arc_at(offset))
    }

    /// One arc read from the file. The file is compiled in and checked by a test, so a bad arc
    /// means a broken build: it is read as empty rather than failing a frame.
    fn arc_at(&self, offset: usize) -> Vec<Coord<f64>> {
        Reader::at(&self.bytes, offset)
            .line(self.arc_grid)
            .unwrap_or_default()
    }

    /// Whether the map has a country with this ISO alpha-3 code.
    pub fn knows_iso(&self, iso_a3: &str) -> bool {
        self.country(iso_a3).is_some()
    }

    /// The country with this ISO alpha-3 code.
    pub fn country(&self, iso_a3: &str) -> Option<&BaseArea> {
        self.areas
            .iter()
            .find(|a| a.kind == AreaKind::Country && a.iso_a3.as_deref() == Some(iso_a3))
    }

    /// The border two countries share on the 1:10m map, with its length.
    pub fn border_between(&self, a_iso: &str, b_iso: &str) -> Option<SharedBorder> {
        let arcs_of = |iso: &str| -> Option<Vec<usize>> {
            let mut arcs: Vec<usize> = self
                .country(iso)?
                .rings
                .iter()
                .flatten()
                .flatten()
                .map(|&arc| arc_index(arc))
                .collect();
            arcs.sort_unstable();
            arcs.dedup();
            Some(arcs)
        };
        let (a, b) = (arcs_of(a_iso)?, arcs_of(b_iso)?);
        let finest = self.levels.get(FINEST_LEVEL)?;
        let shared: Vec<Vec<Coord<f64>>> = a
            .iter()
            .filter(|arc| b.binary_search(arc).is_ok())
            .filter_map(|&arc| Some(self.arc_at(*finest.arc_offsets.get(arc)?)))
            .collect();
        let border = shared_border_of(shared);
        (!border.lines.0.is_empty()).then_some(border)
    }
}

fn read_area(reader: &mut Reader<'_>, arc_count: usize) -> Result<BaseArea, PackedError> {
    let at = reader.position();
    let tag = reader.unsigned()?;
    let name = reader.text()?;
    let iso = reader.text()?;
    let (first, second) = (reader.text()?, reader.text()?);
    let non_empty = |text: String| (!text.is_empty()).then_some(text);
    let kind = match tag {
        0 => AreaKind::Country,
        1 => AreaKind::Neutral,
        2 => AreaKind::PartOf {
            iso_a3: first,
            note: second,
        },
        3 => AreaKind::Disputed {
            held_by: non_empty(first),
            claimed_by: non_empty(second),
        },
        _ => return Err(PackedError::BadValue(at)),
    };
    let label_at = reader.lon_lat()?;
    let polygon_count = reader.count(arc_count + 1)?;
    let mut rings = Vec::with_capacity(polygon_count);
    for _ in 0..polygon_count {
        let ring_count = reader.count(arc_count + 1)?;
        let mut polygon = Vec::with_capacity(ring_count);
        for _ in 0..ring_count {
            let len = reader.count(arc_count + 1)?;
            let mut ring = Vec::with_capacity(len);
            for _ in 0..len {
                let at = reader.position();
                let arc = reader.signed()?;
                if arc_index(arc) >= arc_count {
                    return Err(PackedError::BadValue(at));
                }
                ring.push(arc);
            }
            polygon.push(ring);
        }
        rings.push(polygon);
    }
    Ok(BaseArea {
        name,
        iso_a3: non_empty(iso),
        kind,
        label_at,
        rings,
    })
}

/// The arc a reference names (`!i` is arc `i` reversed, as in TopoJSON).
pub fn arc_index(reference: i64) -> usize {
    if reference >= 0 {
        reference as usize
    } else {
        (!reference) as usize
    }
}

/// Joins a ring's arcs (given by `arc`) into one line, sharing each joint point once.
pub fn stitch<'a, C: Copy + 'a>(arc: impl Fn(usize) -> Option<&'a [C]>, ring: &[i64]) -> Vec<C> {
    let mut points: Vec<C> = Vec::new();
    for &reference in ring {
        let Some(arc) = arc(arc_index(reference)) else {
            continue;
        };
        let skip = usize::from(!points.is_empty());
        if reference >= 0 {
            points.extend(arc.iter().skip(skip));
        } else {
            points.extend(arc.iter().rev().skip(skip));
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area_named<'a>(map: &'a BaseMap, name: &str) -> &'a BaseArea {
        map.areas.iter().find(|a| a.name == name).unwrap()
    }

    #[test]
    fn crimea_is_disputed_between_ukraine_and_russia() {
        let map = BaseMap::embedded().unwrap();
        let crimea = area_named(&map, "Crimea");
        assert_eq!(
            crimea.kind,
            AreaKind::Disputed {
                held_by: Some("RUS".into()),
                claimed_by: Some("UKR".into())
            }
        );
        let (lon, lat) = (crimea.label_at.x, crimea.label_at.y);
        assert!(
            (32.5..36.7).contains(&lon) && (44.4..46.2).contains(&lat),
            "{lon} {lat}"
        );
        let russia = map.country("RUS").unwrap();
        assert!(
            !russia.rings.contains(&crimea.rings[0]),
            "Crimea is no longer part of Russia's fill"
        );
    }

    #[test]
    fn special_areas_are_drawn_and_none_is_a_country() {
        let map = BaseMap::embedded().unwrap();
        for name in ["Kosovo", "N. Cyprus", "Somaliland", "Siachen Glacier"] {
            let area = area_named(&map, name);
            assert!(matches!(area.kind, AreaKind::Disputed { .. }), "{name}");
            assert_eq!(area.iso_a3, None, "{name} must not take a country's colour");
            assert!(!area.rings.is_empty(), "{name} is drawn");
        }
        let baikonur = area_named(&map, "Baikonur");
        assert_eq!(
            baikonur.kind,
            AreaKind::PartOf {
                iso_a3: "KAZ".into(),
                note: "leased to Russia".into()
            }
        );
    }

    #[test]
    fn the_frontier_measures_as_the_1_10m_map_does() {
        let map = BaseMap::embedded().unwrap();
        let border = map.border_between("TJK", "AFG").unwrap();
        // Natural Earth's README: 1171.6 km by haversine on the shared 1:10m arcs.
        assert!(
            (border.length_km - 1171.6).abs() < 0.05,
            "{}",
            border.length_km
        );
    }

    #[test]
    fn coarser_levels_keep_fewer_points_and_every_arc_end() {
        let map = BaseMap::embedded().unwrap();
        let points = |level: usize| map.arcs(level).iter().map(Vec::len).sum::<usize>();
        for level in 1..=FINEST_LEVEL {
            assert!(points(level - 1) < points(level), "level {level}");
            for (coarse, fine) in map.arcs(level - 1).iter().zip(map.arcs(level)) {
                assert_eq!(coarse.first(), fine.first());
                assert_eq!(coarse.last(), fine.last());
            }
        }
    }

    #[test]
    fn places_include_capitals_with_their_countries() {
        let map = BaseMap::embedded().unwrap();
        let dushanbe = map.places.iter().find(|p| p.name == "Dushanbe").unwrap();
        assert!(dushanbe.capital);
        assert_eq!(dushanbe.iso_a3, "TJK");
        assert!(map.lakes.len() > 100 && map.rivers.len() > 100);
    }

    #[test]
    fn knows_members_by_iso_code() {
        let map = BaseMap::embedded().unwrap();
        for code in ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "AFG"] {
            assert!(map.knows_iso(code), "{code}");
        }
        assert!(!map.knows_iso("XYZ"));
    }
}
