//! Property tests: random bytes and random edits of the real files never make the loaders panic
//! or hang, and every dataset problem carries a line and column.
//!
//! They double as the fuzz targets of the dataset loader and the TopoJSON decoder: the suite runs a
//! few hundred cases each; `CSTO_FUZZ_CASES=1000000` runs as many as asked (see the README's
//! "Contributing" section for the long run).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use csto_atlas::dataset::{DatasetError, LoadedDataset, SAMPLES};
use csto_atlas::earth::geometry::ProjectedArea;
use csto_atlas::earth::projection::Projection;
use proptest::prelude::*;

/// The bake's TopoJSON decoder (build-time code, not shipped), fuzzed here with the loaders.
#[path = "bake/topojson.rs"]
#[allow(dead_code)]
mod topojson;
use topojson::Topology;

const TOPOLOGY_110M: &[u8] = include_bytes!("../assets/naturalearth/countries-110m.json");

/// Two quantized countries sharing one arc, with a hole and a multipolygon: every part of the
/// decoder in a few hundred bytes, so a fuzz run can afford a million of them.
const TOPOLOGY_SMALL: &[u8] = br#"{"type":"Topology","transform":{"scale":[0.01,0.01],"translate":[60,35]},
"objects":{"countries":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","id":"762","properties":{"name":"Tajikistan"},"arcs":[[0,1],[2]]},
{"type":"MultiPolygon","id":"004","properties":{"name":"Afghanistan"},"arcs":[[[-1,3]],[[4]]]}]}},
"arcs":[[[0,0],[100,0],[0,100]],[[100,100],[-100,0],[0,-100]],[[20,20],[10,0],[0,10],[-10,0],[0,-10]],
[[0,0],[-100,0],[0,100],[100,0]],[[300,300],[10,0],[0,10],[-10,0],[0,-10]]]}"#;

/// Decodes a topology and projects every country it holds, as the app does.
fn decode_and_project(bytes: &[u8]) {
    if let Ok(topology) = Topology::decode("edited.json", bytes, "countries") {
        let projection = Projection::csto();
        for feature in &topology.features {
            std::hint::black_box(ProjectedArea::new(&feature.shape, &projection));
        }
    }
}

/// How many cases a property runs: `default` in the suite, or `CSTO_FUZZ_CASES` for a long run.
fn cases(default: u32) -> u32 {
    std::env::var("CSTO_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// One edit of a text: replace, insert or delete a few bytes at a position (as a fraction).
#[derive(Debug, Clone)]
enum Edit {
    Replace(f64, Vec<u8>),
    Insert(f64, Vec<u8>),
    Delete(f64, usize),
}

fn json_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop::sample::select(b"{}[]\":,-.0123456789eEtruefalsn \n\\\xff\x00".to_vec()),
        1..6,
    )
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, json_bytes()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (0.0..1.0f64, json_bytes()).prop_map(|(at, b)| Edit::Insert(at, b)),
        (0.0..1.0f64, 1..40usize).prop_map(|(at, n)| Edit::Delete(at, n)),
    ]
}

fn apply(text: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = text.to_vec();
    for edit in edits {
        let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
        match edit {
            Edit::Replace(f, new) => {
                let start = at(*f, bytes.len());
                let end = (start + new.len()).min(bytes.len());
                bytes.splice(start..end, new.iter().copied());
            }
            Edit::Insert(f, new) => {
                let start = at(*f, bytes.len());
                bytes.splice(start..start, new.iter().copied());
            }
            Edit::Delete(f, n) => {
                let start = at(*f, bytes.len());
                let end = (start + n).min(bytes.len());
                bytes.drain(start..end);
            }
        }
    }
    bytes
}

fn assert_located(result: Result<LoadedDataset, DatasetError>) {
    if let Err(DatasetError::Invalid { problems, .. }) = result {
        assert!(!problems.is_empty());
        for problem in problems {
            assert!(
                problem.location.is_some(),
                "no location: {}",
                problem.message
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn random_bytes_never_break_the_dataset_loader(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        assert_located(LoadedDataset::from_bytes("random.json", &bytes, &|_| true));
    }

    #[test]
    fn edits_of_the_real_dataset_are_reported_with_locations(edits in prop::collection::vec(edit(), 1..4)) {
        for sample in SAMPLES {
            let bytes = apply(sample.json.as_bytes(), &edits);
            assert_located(LoadedDataset::from_bytes("edited.json", &bytes, &|iso| iso.len() == 3));
        }
    }
}

/// Replaces the `pick`-th leaf (in document order, modulo their number) of `value`.
fn replace_leaf(value: &mut serde_json::Value, pick: usize, with: serde_json::Value) {
    fn leaves<'a>(value: &'a mut serde_json::Value, out: &mut Vec<&'a mut serde_json::Value>) {
        match value {
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| leaves(v, out)),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| leaves(v, out)),
            leaf => out.push(leaf),
        }
    }
    let mut all = Vec::new();
    leaves(value, &mut all);
    let count = all.len();
    if let Some(leaf) = all.into_iter().nth(pick % count.max(1)) {
        *leaf = with;
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e6..1e6f64).prop_map(serde_json::Value::from),
        "[A-Za-z0-9 -]{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn wrong_values_in_valid_json_are_reported_with_locations(
        picks in prop::collection::vec((any::<usize>(), json_value()), 1..4)
    ) {
        let mut value: serde_json::Value = serde_json::from_str(SAMPLES[0].json).unwrap();
        for (pick, with) in picks {
            replace_leaf(&mut value, pick, with);
        }
        let text = serde_json::to_string_pretty(&value).unwrap();
        assert_located(LoadedDataset::from_bytes("values.json", text.as_bytes(), &|iso| iso.len() == 3));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn random_bytes_never_break_the_topojson_loader(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = Topology::decode("random.json", &bytes, "countries");
    }

    #[test]
    fn edits_of_a_real_topology_never_panic(edits in prop::collection::vec(edit(), 1..4)) {
        decode_and_project(&apply(TOPOLOGY_110M, &edits));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn edits_of_a_small_topology_never_panic(edits in prop::collection::vec(edit(), 1..6)) {
        decode_and_project(&apply(TOPOLOGY_SMALL, &edits));
    }
}

#[test]
fn the_small_topology_decodes_to_two_countries() {
    let topology = Topology::decode("small.json", TOPOLOGY_SMALL, "countries").unwrap();
    assert_eq!(topology.features.len(), 2);
}
