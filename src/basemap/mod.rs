//! The Natural Earth base map: countries by ISO code, areas whose sovereignty is disputed, and
//! shared borders with their lengths. Decoded from TopoJSON embedded from `assets/`. No egui here.

mod border;
mod topojson;

use std::collections::HashMap;

use geo::{Area, BooleanOps, BoundingRect, Contains, InteriorPoint, MultiPolygon, Rect};

pub use border::{SharedBorder, shared_border};
pub use topojson::{Feature, TopoJsonError, Topology};

/// World-atlas countries at 1:50m (de facto borders), drawn on the map.
pub const COUNTRIES_50M: &[u8] = include_bytes!("../../assets/naturalearth/countries-50m.json");
/// World-atlas countries at 1:10m, used to measure borders.
pub const COUNTRIES_10M: &[u8] = include_bytes!("../../assets/naturalearth/countries-10m.json");
/// UN-view countries at 1:50m (Crimea in Ukraine), with ISO alpha-3 codes.
pub const UN_VIEW_50M: &[u8] =
    include_bytes!("../../assets/naturalearth/un-view/countries-50m.json");

/// A country of the base map.
#[derive(Debug, Clone)]
pub struct BaseCountry {
    /// ISO 3166-1 alpha-3 code, where it has one.
    pub iso_a3: Option<String>,
    /// Name as Natural Earth gives it.
    pub name: String,
    /// Its area (de facto borders) in longitude/latitude degrees.
    pub shape: MultiPolygon<f64>,
    /// Bounding box of `shape`.
    pub bounds: Rect<f64>,
}

/// An area one country claims (in the UN view) while the map draws it inside another.
#[derive(Debug, Clone)]
pub struct DisputedArea {
    /// The country the UN view gives it to (ISO alpha-3).
    pub claimed_by: String,
    /// The country that holds it on the de facto map (ISO alpha-3).
    pub held_by: String,
    /// The area in longitude/latitude degrees.
    pub shape: MultiPolygon<f64>,
}

/// The decoded base map.
#[derive(Debug, Clone)]
pub struct BaseMap {
    /// Countries at 1:50m.
    pub countries: Vec<BaseCountry>,
    /// Areas drawn inside one country but claimed by another.
    pub disputed: Vec<DisputedArea>,
    detail: Topology,
    detail_index: HashMap<String, usize>,
}

/// Smallest disputed area worth showing, in square degrees: smaller differences between the two
/// maps are slivers where their borders were digitised differently.
const MIN_DISPUTED_AREA_DEG2: f64 = 0.2;

impl BaseMap {
    /// Decodes the embedded Natural Earth files.
    pub fn embedded() -> Result<Self, TopoJsonError> {
        let un_view = Topology::decode("un-view/countries-50m.json", UN_VIEW_50M, "countries")?;
        let iso_by_numeric: HashMap<String, String> = un_view
            .features
            .iter()
            .filter_map(|f| Some((f.id.clone()?, f.a3.clone()?)))
            .collect();
        let iso_of = |feature: &Feature| {
            feature
                .id
                .as_ref()
                .and_then(|id| iso_by_numeric.get(id))
                .cloned()
        };

        let world = Topology::decode("countries-50m.json", COUNTRIES_50M, "countries")?;
        let countries: Vec<BaseCountry> = world
            .features
            .into_iter()
            .filter_map(|feature| {
                let bounds = feature.shape.bounding_rect()?;
                Some(BaseCountry {
                    iso_a3: iso_of(&feature),
                    name: feature.name,
                    shape: feature.shape,
                    bounds,
                })
            })
            .collect();
        let disputed = disputed_areas(&countries, &un_view);

        let detail = Topology::decode("countries-10m.json", COUNTRIES_10M, "countries")?;
        let detail_index = detail
            .features
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((iso_of(f)?, i)))
            .collect();
        Ok(Self {
            countries,
            disputed,
            detail,
            detail_index,
        })
    }

    /// Whether the map has a country with this ISO alpha-3 code.
    pub fn knows_iso(&self, iso_a3: &str) -> bool {
        self.countries
            .iter()
            .any(|c| c.iso_a3.as_deref() == Some(iso_a3))
    }

    /// The border two countries share on the 1:10m map, with its length.
    pub fn border_between(&self, a_iso: &str, b_iso: &str) -> Option<SharedBorder> {
        let a = *self.detail_index.get(a_iso)?;
        let b = *self.detail_index.get(b_iso)?;
        let border = shared_border(&self.detail, a, b);
        (!border.lines.0.is_empty()).then_some(border)
    }
}

/// Areas the UN view gives to one country that the de facto map draws inside another.
fn disputed_areas(countries: &[BaseCountry], un_view: &Topology) -> Vec<DisputedArea> {
    let mut disputed = Vec::new();
    for claimant in &un_view.features {
        let Some(claimant_iso) = &claimant.a3 else {
            continue;
        };
        let Some(de_facto) = countries
            .iter()
            .find(|c| c.iso_a3.as_ref() == Some(claimant_iso))
        else {
            continue;
        };
        let (claimed, drawn) = (
            claimant.shape.unsigned_area(),
            de_facto.shape.unsigned_area(),
        );
        if claimed - drawn < MIN_DISPUTED_AREA_DEG2 {
            continue;
        }
        let extra = claimant.shape.difference(&de_facto.shape);
        for piece in extra.0 {
            if piece.unsigned_area() < MIN_DISPUTED_AREA_DEG2 {
                continue;
            }
            let Some(inside) = piece.interior_point() else {
                continue;
            };
            let holder = countries
                .iter()
                .find(|c| c.bounds.contains(&inside) && c.shape.contains(&inside));
            if let Some(held_by) = holder.and_then(|h| h.iso_a3.clone()) {
                disputed.push(DisputedArea {
                    claimed_by: claimant_iso.clone(),
                    held_by,
                    shape: MultiPolygon(vec![piece]),
                });
            }
        }
    }
    disputed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crimea_is_disputed_between_ukraine_and_russia() {
        let map = BaseMap::embedded().unwrap();
        let crimea = geo::Point::new(34.1, 45.0);
        let area = map
            .disputed
            .iter()
            .find(|d| d.shape.contains(&crimea))
            .expect("Crimea should be a disputed area");
        assert_eq!(
            (area.claimed_by.as_str(), area.held_by.as_str()),
            ("UKR", "RUS")
        );
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
