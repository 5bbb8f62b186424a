//! The Tajik-Afghan frontier is computed from the arcs Tajikistan and Afghanistan share in the
//! 1:10m TopoJSON. This test measures it again with its own decoder and haversine, independent of
//! the app's code, and compares.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use csto_atlas::basemap::BaseMap;
use serde_json::Value;

const EARTH_RADIUS_M: f64 = 6_371_008.8;

fn haversine_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.1.to_radians(), b.1.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.0 - a.0).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().asin()
}

fn arc_indices(geometry: &Value, out: &mut Vec<usize>) {
    match geometry {
        Value::Array(items) => items.iter().for_each(|item| arc_indices(item, out)),
        Value::Number(n) => {
            let i = n.as_i64().expect("arc index");
            out.push(if i < 0 { (!i) as usize } else { i as usize });
        }
        _ => {}
    }
}

fn independent_length_km() -> f64 {
    let text = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/naturalearth/countries-10m.json"
    ))
    .unwrap();
    let topology: Value = serde_json::from_slice(&text).unwrap();
    let scale = &topology["transform"]["scale"];
    let translate = &topology["transform"]["translate"];
    let (sx, sy) = (scale[0].as_f64().unwrap(), scale[1].as_f64().unwrap());
    let (tx, ty) = (
        translate[0].as_f64().unwrap(),
        translate[1].as_f64().unwrap(),
    );
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .unwrap();
    let arcs_of = |id: &str| {
        let geometry = geometries.iter().find(|g| g["id"] == id).expect(id);
        let mut arcs = Vec::new();
        arc_indices(&geometry["arcs"], &mut arcs);
        arcs
    };
    let (tajikistan, afghanistan) = (arcs_of("762"), arcs_of("004"));
    let shared: std::collections::BTreeSet<usize> = tajikistan
        .into_iter()
        .filter(|a| afghanistan.contains(a))
        .collect();
    assert!(!shared.is_empty(), "Tajikistan and Afghanistan share arcs");
    let arcs = topology["arcs"].as_array().unwrap();
    let mut metres = 0.0;
    for index in shared {
        let (mut x, mut y) = (0.0, 0.0);
        let points: Vec<(f64, f64)> = arcs[index]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                x += p[0].as_f64().unwrap();
                y += p[1].as_f64().unwrap();
                (x * sx + tx, y * sy + ty)
            })
            .collect();
        metres += points
            .windows(2)
            .map(|w| haversine_m(w[0], w[1]))
            .sum::<f64>();
    }
    metres / 1000.0
}

#[test]
fn the_computed_frontier_matches_an_independent_measurement() {
    let expected = independent_length_km();
    assert!(
        (expected - 1171.6).abs() < 0.05,
        "independent measurement {expected:.2} km"
    );
    let border = BaseMap::embedded()
        .unwrap()
        .border_between("TJK", "AFG")
        .expect("a shared border");
    assert!(
        (border.length_km - expected).abs() < 0.01,
        "app {:.3} km vs {expected:.3} km",
        border.length_km
    );
}

#[test]
fn the_frontier_is_one_continuous_line() {
    let border = BaseMap::embedded()
        .unwrap()
        .border_between("TJK", "AFG")
        .unwrap();
    assert_eq!(border.lines.0.len(), 1, "the shared arcs join end to end");
}

#[test]
fn countries_that_do_not_touch_share_no_border() {
    assert!(
        BaseMap::embedded()
            .unwrap()
            .border_between("TJK", "RUS")
            .is_none()
    );
}
