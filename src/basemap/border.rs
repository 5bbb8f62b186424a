//! Borders between two countries, taken from the arcs both countries' geometries use.

use geo::{Coord, Haversine, Length, LineString, MultiLineString};

/// The land border two features share, as lines in longitude/latitude.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedBorder {
    /// The border as continuous lines (one per stretch).
    pub lines: MultiLineString<f64>,
    /// Great-circle length of all its lines, in kilometres.
    pub length_km: f64,
}

/// The border made of `arcs` (the arcs two countries share), joined into continuous lines.
pub fn shared_border_of(arcs: Vec<Vec<Coord<f64>>>) -> SharedBorder {
    let lines = MultiLineString(join_lines(arcs));
    let length_km = lines
        .0
        .iter()
        .map(|line| Haversine.length(line))
        .sum::<f64>()
        / 1000.0;
    SharedBorder { lines, length_km }
}

/// Joins lines that meet end to end (in either direction) into longer lines.
fn join_lines(parts: Vec<Vec<Coord<f64>>>) -> Vec<LineString<f64>> {
    let mut remaining = parts;
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
        let line = |points: &[(f64, f64)]| points.iter().map(|&(x, y)| Coord { x, y }).collect();
        let a = line(&[(0.0, 0.0), (1.0, 0.0)]);
        let b = line(&[(2.0, 0.0), (1.0, 0.0)]);
        let c = line(&[(2.0, 0.0), (3.0, 0.0)]);
        let joined = join_lines(vec![a, b, c]);
        assert_eq!(joined.len(), 1);
        assert_eq!(joined[0].0.len(), 4);
    }
}
