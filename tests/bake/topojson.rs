//! Decodes a TopoJSON topology (quantized, delta-encoded arcs) into geo types, keeping which arcs
//! each feature uses so that shared borders can be found by topology rather than by geometry.

use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;

/// Why a TopoJSON file could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum TopoJsonError {
    /// Not valid JSON, or not a topology.
    #[error("{name}: not a TopoJSON topology: {source}")]
    Json {
        /// Which file.
        name: String,
        /// What serde said (with line and column).
        source: serde_json::Error,
    },
    /// The named object is not in the topology.
    #[error("{name}: has no object “{object}”")]
    MissingObject {
        /// Which file.
        name: String,
        /// The object looked for.
        object: String,
    },
    /// A geometry refers to an arc that does not exist.
    #[error("{name}: feature “{feature}” refers to arc {arc}, but there are {count} arcs")]
    BadArc {
        /// Which file.
        name: String,
        /// The feature's name.
        feature: String,
        /// The arc index as written.
        arc: i64,
        /// How many arcs the topology has.
        count: usize,
    },
}

#[derive(Deserialize)]
struct RawTopology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Option<RawTransform>,
    objects: std::collections::HashMap<String, RawCollection>,
}

#[derive(Deserialize)]
struct RawTransform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct RawCollection {
    #[serde(default)]
    geometries: Vec<RawGeometry>,
}

#[derive(Deserialize)]
struct RawGeometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    id: Option<serde_json::Value>,
    #[serde(default)]
    properties: RawProperties,
    arcs: Option<RawArcs>,
}

#[derive(Deserialize, Default)]
struct RawProperties {
    name: Option<String>,
    a3: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawArcs {
    LineString(Vec<i64>),
    Polygon(Vec<Vec<i64>>),
    MultiPolygon(Vec<Vec<Vec<i64>>>),
}

/// One feature of a topology's geometry collection.
#[derive(Debug, Clone)]
pub struct Feature {
    /// The TopoJSON `id` as a string (ISO 3166-1 numeric in world-atlas), if any.
    pub id: Option<String>,
    /// `properties.name`.
    pub name: String,
    /// `properties.a3` (ISO alpha-3), where the file has it.
    pub a3: Option<String>,
    /// The area in longitude/latitude degrees.
    pub shape: MultiPolygon<f64>,
    /// Its lines, for a line feature (a river); empty for an area.
    pub lines: Vec<LineString<f64>>,
    /// Its polygons' rings as arc references (`!i` for arc `i` reversed), as the file has them.
    pub rings: Vec<Vec<Vec<i64>>>,
    /// Indices of the arcs its rings are made of (each once, sorted).
    pub arcs: Vec<usize>,
}

/// A decoded topology: its arcs in longitude/latitude and the features of one object.
#[derive(Debug, Clone)]
pub struct Topology {
    /// Every arc as a line in longitude/latitude degrees.
    pub arcs: Vec<LineString<f64>>,
    /// The features of the decoded object.
    pub features: Vec<Feature>,
    /// The file's quantisation, degrees per step and origin (`transform.scale`, `.translate`).
    pub quantisation: Option<([f64; 2], [f64; 2])>,
}

impl Topology {
    /// Decodes object `object` (e.g. `countries`) of the TopoJSON text `json`; `name` labels errors.
    pub fn decode(name: &str, json: &[u8], object: &str) -> Result<Self, TopoJsonError> {
        let raw: RawTopology =
            serde_json::from_slice(json).map_err(|source| TopoJsonError::Json {
                name: name.to_owned(),
                source,
            })?;
        let arcs: Vec<LineString<f64>> = raw
            .arcs
            .iter()
            .map(|arc| decode_arc(arc, raw.transform.as_ref()))
            .collect();
        let collection = raw
            .objects
            .get(object)
            .ok_or_else(|| TopoJsonError::MissingObject {
                name: name.to_owned(),
                object: object.to_owned(),
            })?;
        let mut features = Vec::with_capacity(collection.geometries.len());
        for geometry in &collection.geometries {
            let (polygons, line_arcs): (Vec<Vec<Vec<i64>>>, Vec<Vec<i64>>) =
                match (geometry.kind.as_deref(), &geometry.arcs) {
                    (Some("Polygon"), Some(RawArcs::Polygon(rings))) => {
                        (vec![rings.clone()], Vec::new())
                    }
                    (Some("MultiPolygon"), Some(RawArcs::MultiPolygon(polys))) => {
                        (polys.clone(), Vec::new())
                    }
                    (Some("LineString"), Some(RawArcs::LineString(line))) => {
                        (Vec::new(), vec![line.clone()])
                    }
                    (Some("MultiLineString"), Some(RawArcs::Polygon(lines))) => {
                        (Vec::new(), lines.clone())
                    }
                    _ => continue,
                };
            let feature_name = geometry.properties.name.clone().unwrap_or_default();
            let bad_arc = |arc: i64| TopoJsonError::BadArc {
                name: name.to_owned(),
                feature: feature_name.clone(),
                arc,
                count: arcs.len(),
            };
            let mut used = Vec::new();
            let mut shape = Vec::with_capacity(polygons.len());
            for rings in &polygons {
                let mut lines = Vec::with_capacity(rings.len());
                for ring in rings {
                    lines.push(stitch_ring(&arcs, ring, &mut used).map_err(bad_arc)?);
                }
                let mut lines = lines.into_iter();
                if let Some(exterior) = lines.next() {
                    shape.push(Polygon::new(exterior, lines.collect()));
                }
            }
            let lines = line_arcs
                .iter()
                .map(|line| stitch_ring(&arcs, line, &mut used).map_err(bad_arc))
                .collect::<Result<Vec<_>, _>>()?;
            used.sort_unstable();
            used.dedup();
            features.push(Feature {
                id: geometry.id.as_ref().map(id_text),
                name: feature_name,
                a3: geometry.properties.a3.clone(),
                shape: MultiPolygon(shape),
                lines,
                rings: polygons,
                arcs: used,
            });
        }
        Ok(Self {
            arcs,
            features,
            quantisation: raw.transform.as_ref().map(|t| (t.scale, t.translate)),
        })
    }
}

fn id_text(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Undoes quantization and delta encoding (TopoJSON spec, "transforms").
fn decode_arc(points: &[[f64; 2]], transform: Option<&RawTransform>) -> LineString<f64> {
    let Some(t) = transform else {
        return points.iter().map(|&[x, y]| Coord { x, y }).collect();
    };
    let (mut x, mut y) = (0.0, 0.0);
    points
        .iter()
        .map(|&[dx, dy]| {
            x += dx;
            y += dy;
            Coord {
                x: x * t.scale[0] + t.translate[0],
                y: y * t.scale[1] + t.translate[1],
            }
        })
        .collect()
}

/// Joins a ring's (or a line's) arcs (negative index = arc `!i` reversed), sharing each joint point once.
fn stitch_ring(
    arcs: &[LineString<f64>],
    ring: &[i64],
    used: &mut Vec<usize>,
) -> Result<LineString<f64>, i64> {
    let mut coords: Vec<Coord<f64>> = Vec::new();
    for &index in ring {
        let (arc_index, reversed) = if index >= 0 {
            (index, false)
        } else {
            (!index, true)
        };
        let arc = usize::try_from(arc_index)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or(index)?;
        used.push(arc_index as usize);
        let skip = usize::from(!coords.is_empty());
        if reversed {
            coords.extend(arc.0.iter().rev().skip(skip));
        } else {
            coords.extend(arc.0.iter().skip(skip));
        }
    }
    Ok(LineString(coords))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARES: &str = r#"{
      "type": "Topology",
      "transform": {"scale": [1, 1], "translate": [0, 0]},
      "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "001", "properties": {"name": "West"}, "arcs": [[0, 1]]},
        {"type": "Polygon", "id": "002", "properties": {"name": "East"}, "arcs": [[-1, 2]]},
        {"type": null, "id": "003", "properties": {"name": "Nowhere"}}
      ]}},
      "arcs": [
        [[1, 0], [0, 1]],
        [[1, 1], [-1, 0], [0, -1], [1, 0]],
        [[1, 0], [1, 0], [0, 1], [-1, 0]]
      ]
    }"#;

    #[test]
    fn decodes_delta_arcs_and_rings() {
        let topology = Topology::decode("test", SQUARES.as_bytes(), "countries").unwrap();
        assert_eq!(
            topology.features.len(),
            2,
            "a feature without geometry is skipped"
        );
        let west = &topology.features[0];
        assert_eq!(west.name, "West");
        let ring: Vec<(f64, f64)> = west.shape.0[0]
            .exterior()
            .coords()
            .map(|c| (c.x, c.y))
            .collect();
        assert_eq!(
            ring,
            vec![(1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0), (1.0, 0.0)]
        );
        assert_eq!(topology.features[1].arcs, vec![0, 2]);
    }

    #[test]
    fn reports_a_missing_arc() {
        let broken = SQUARES.replace("[[0, 1]]", "[[0, 7]]");
        let err = Topology::decode("test", broken.as_bytes(), "countries").unwrap_err();
        assert!(err.to_string().contains("refers to arc 7"), "{err}");
    }
}
