//! Borders between two countries, taken from the arcs both countries' geometries use.

use geo::{Coord, Haversine, Length, LineString, MultiLineString};

use super::topojson::Topology;

/// The land border two features share, as lines in longitude/latitude.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedBorder {
    /// The border as continuous lines (one per stretch).
    pub lines: MultiLineString<f64>,
    /// Great-circle length of all its lines, in kilometres.
    pub length_km: f64,
}

/// The arcs used by both the feature at `a` and the one at `b`, joined into continuous lines.
pub fn shared_border(topology: &Topology, a: usize, b: usize) -> SharedBorder {
    let (arcs_a, arcs_b) = (&topology.features[a].arcs, &topology.features[b].arcs);
    let shared: Vec<&LineString<f64>> = arcs_a
        .iter()
        .filter(|i| arcs_b.binary_search(i).is_ok())
        .map(|&i| &topology.arcs[i])
        .collect();
    let lines = MultiLineString(join_lines(shared));
    let length_km = lines
        .0
        .iter()
        .map(|line| Haversine.length(line))
        .sum::<f64>()
        / 1000.0;
    SharedBorder { lines, length_km }
}

/// Joins lines that meet end to end (in either direction) into longer lines.
fn join_lines(parts: Vec<&LineString<f64>>) -> Vec<LineString<f64>> {
    let mut remaining: Vec<Vec<Coord<f64>>> = parts.into_iter().map(|l| l.0.clone()).collect();
    let mut joined = Vec::new();
    while let Some(mut line) = remaining.pop() {
        while let Some(next) = remaining.iter().position(|other| touches(&line, other)) {
            let mut other = remaining.swap_remove(next);
            let (first, last) = (line[0], line[line.len() - 1]);
            if other[0] == last {
                line.extend(other.into_iter().skip(1));
            } else if other[other.len() - 1] == last {
                other.reverse();
                line.extend(other.into_iter().skip(1));
            } else if other[other.len() - 1] == first {
                other.extend(line.into_iter().skip(1));
                line = other;
            } else {
                other.reverse();
                other.extend(line.into_iter().skip(1));
                line = other;
            }
        }
        joined.push(LineString(line));
    }
    joined
}

fn touches(line: &[Coord<f64>], other: &[Coord<f64>]) -> bool {
    let ends = [line[0], line[line.len() - 1]];
    !other.is_empty() && (ends.contains(&other[0]) || ends.contains(&other[other.len() - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lines_in_any_direction() {
        let a = LineString::from(vec![(0.0, 0.0), (1.0, 0.0)]);
        let b = LineString::from(vec![(2.0, 0.0), (1.0, 0.0)]);
        let c = LineString::from(vec![(2.0, 0.0), (3.0, 0.0)]);
        let joined = join_lines(vec![&a, &b, &c]);
        assert_eq!(joined.len(), 1);
        assert_eq!(joined[0].0.len(), 4);
    }
}
