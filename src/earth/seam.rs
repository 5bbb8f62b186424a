//! Natural Earth's seam at 180°: every shape that crosses the antimeridian (Fiji, Kiribati,
//! Russia's Chukotka) runs along it in the data, as an edge that is neither a border nor a coast.
//! Lines drop those stretches so that the two sides look joined; on the world map, whose edge the
//! seam is, rings are cut there into one piece on each side. In longitude/latitude; no projection.

use std::ops::Range;

use geo::Coord;

/// How far from 180° (degrees) a point still counts as on the seam.
const SEAM_TOLERANCE: f64 = 1e-6;

/// How finely (degrees of latitude) a cut along the seam is traced, so that it follows the world
/// map's curved edge once projected.
const SEAM_STEP_DEGREES: f64 = 1.0;

fn on_seam(c: &Coord<f64>) -> bool {
    180.0 - c.x.abs() < SEAM_TOLERANCE
}

/// Whether the segment from `a` to `b` runs along the seam (both ends on it: +180° and −180° are
/// the same meridian).
fn along_seam(a: &Coord<f64>, b: &Coord<f64>) -> bool {
    on_seam(a) && on_seam(b)
}

/// Whether the segment from `a` to `b` steps across 180° (from 179.5° E to 180° W, say): short
/// on the globe, but from one edge of the world map to the other.
fn across_seam(a: &Coord<f64>, b: &Coord<f64>) -> bool {
    (a.x - b.x).abs() > 180.0
}

/// The runs of a line that do not lie along the seam, as ranges of its points' indices; on the
/// world map (`world_edge`), a segment that steps across the seam also parts the line, as the
/// map's two edges do.
pub fn off_the_seam(line: &[Coord<f64>], world_edge: bool) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for (i, pair) in line.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if along_seam(a, b) || (world_edge && across_seam(a, b)) {
            if i > start {
                runs.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if line.len() > start + 1 {
        runs.push(start..line.len());
    }
    runs
}

/// A closed ring cut at the seam into the pieces on each side, each closed along the seam and
/// traced finely there; a ring that does not cross comes back whole. A ring around a pole
/// (Antarctica) is closed along the pole's line, where a coarse level of detail may have left
/// only its coast.
pub fn cut_at_seam(ring: &[Coord<f64>]) -> Vec<Vec<Coord<f64>>> {
    let Some((unwrapped, offset)) = unwrap(ring) else {
        return vec![densified(ring)];
    };
    let unwrapped = if offset.abs() > 1.0 {
        closed_along_the_pole(unwrapped)
    } else {
        unwrapped
    };
    let (min, max) = unwrapped
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
            (lo.min(c.x), hi.max(c.x))
        });
    if min >= -180.0 - SEAM_TOLERANCE && max <= 180.0 + SEAM_TOLERANCE {
        return vec![densified(&unwrapped)];
    }
    let mut pieces = Vec::new();
    for turn in [-360.0, 0.0, 360.0] {
        let shifted: Vec<Coord<f64>> = unwrapped
            .iter()
            .map(|c| Coord {
                x: c.x + turn,
                y: c.y,
            })
            .collect();
        let kept = clip_to_band(&shifted);
        if kept.len() >= 4 {
            pieces.push(densified(&kept));
        }
    }
    pieces
}

/// The ring with its longitudes made continuous where it steps across the seam (along it, from
/// +180° to −180°, or straight across, from 179.5° E to 180° W), and how far its end is then
/// from its start (±360° for a ring around a pole); `None` if it never steps across.
fn unwrap(ring: &[Coord<f64>]) -> Option<(Vec<Coord<f64>>, f64)> {
    let mut offset = 0.0;
    let mut stepped = false;
    let mut out = Vec::with_capacity(ring.len());
    let mut previous: Option<Coord<f64>> = None;
    for &c in ring {
        if let Some(p) = previous
            && across_seam(&p, &c)
        {
            offset += 360.0 * (p.x - c.x).signum();
            stepped = true;
        }
        out.push(Coord {
            x: c.x + offset,
            y: c.y,
        });
        previous = Some(c);
    }
    stepped.then_some((out, offset))
}

/// A ring around a pole, unwrapped (its end 360° of longitude from its start), closed along the
/// pole's line: down from its end to the pole, along the pole back to its start's longitude, and
/// up to its start.
fn closed_along_the_pole(mut ring: Vec<Coord<f64>>) -> Vec<Coord<f64>> {
    let (Some(&first), Some(&last)) = (ring.first(), ring.last()) else {
        return ring;
    };
    let mean_latitude = ring.iter().map(|c| c.y).sum::<f64>() / ring.len() as f64;
    let pole = 90.0_f64.copysign(mean_latitude);
    ring.extend([
        Coord { x: last.x, y: pole },
        Coord {
            x: first.x,
            y: pole,
        },
        first,
    ]);
    ring
}

/// A ring clipped to longitudes −180..180 (Sutherland–Hodgman against the two meridians), closed.
fn clip_to_band(ring: &[Coord<f64>]) -> Vec<Coord<f64>> {
    let mut clipped = ring.to_vec();
    for (side, limit) in [(1.0, 180.0), (-1.0, -180.0)] {
        let inside = |c: &Coord<f64>| side * c.x <= side * limit;
        let cross = |a: Coord<f64>, b: Coord<f64>| {
            let t = (limit - a.x) / (b.x - a.x);
            Coord {
                x: limit,
                y: a.y + t * (b.y - a.y),
            }
        };
        let input = std::mem::take(&mut clipped);
        let Some(&last) = input.last() else {
            return Vec::new();
        };
        let mut previous = last;
        for point in input {
            match (inside(&point), inside(&previous)) {
                (true, true) => clipped.push(point),
                (true, false) => {
                    clipped.push(cross(previous, point));
                    clipped.push(point);
                }
                (false, true) => clipped.push(cross(previous, point)),
                (false, false) => {}
            }
            previous = point;
        }
    }
    if let Some(&first) = clipped.first()
        && clipped.last() != Some(&first)
    {
        clipped.push(first);
    }
    clipped
}

/// The ring with points added along the seam, at most [`SEAM_STEP_DEGREES`] apart.
fn densified(ring: &[Coord<f64>]) -> Vec<Coord<f64>> {
    let mut out = Vec::with_capacity(ring.len());
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        out.push(a);
        if along_seam(&a, &b) && (a.x - b.x).abs() < 1.0 {
            let steps = ((b.y - a.y).abs() / SEAM_STEP_DEGREES).floor() as usize;
            for i in 1..steps {
                let t = i as f64 / steps as f64;
                out.push(Coord {
                    x: a.x,
                    y: a.y + t * (b.y - a.y),
                });
            }
        }
    }
    out.extend(ring.last());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Area, LineString, Polygon};

    fn c(x: f64, y: f64) -> Coord<f64> {
        Coord { x, y }
    }

    #[test]
    fn a_line_along_the_seam_is_dropped_there() {
        let line = [
            c(170.0, 60.0),
            c(180.0, 65.0),
            c(-180.0, 66.0),
            c(-170.0, 66.0),
        ];
        let runs = off_the_seam(&line, false);
        assert_eq!(runs, vec![0..2, 2..4]);
    }

    #[test]
    fn a_line_stepping_across_the_seam_parts_there_on_the_world_map_only() {
        // Chukotka's coast in the base map: 180° W straight to 179.5° E.
        let line = [
            c(-179.0, 65.2),
            c(-180.0, 65.1),
            c(179.5, 64.8),
            c(179.0, 64.5),
        ];
        assert_eq!(off_the_seam(&line, true), vec![0..2, 2..4]);
        assert_eq!(off_the_seam(&line, false), vec![0..4]);
    }

    #[test]
    fn a_coast_around_a_pole_is_closed_along_the_pole() {
        // Antarctica at the coarsest level: only its coast, stepping across 180° once.
        let ring = [
            c(-180.0, -84.0),
            c(-90.0, -70.0),
            c(0.0, -70.0),
            c(90.0, -66.0),
            c(179.0, -84.0),
            c(-180.0, -84.0),
        ];
        let pieces = cut_at_seam(&ring);
        assert_eq!(pieces.len(), 1, "{pieces:?}");
        let piece = &pieces[0];
        assert!(piece.iter().any(|p| p.y == -90.0), "{piece:?}");
        assert!(piece.iter().all(|p| p.x.abs() <= 180.0), "{piece:?}");
    }

    #[test]
    fn a_ring_stepping_straight_across_the_seam_is_cut_too() {
        let ring = [
            c(179.0, 64.0),
            c(-179.0, 64.0),
            c(-179.0, 66.0),
            c(179.0, 66.0),
            c(179.0, 64.0),
        ];
        let pieces = cut_at_seam(&ring);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        for piece in &pieces {
            let (lo, hi) = piece.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
                (lo.min(p.x), hi.max(p.x))
            });
            assert!(
                hi - lo <= 1.0 + 1e-9,
                "each piece stays on its side: {piece:?}"
            );
        }
    }

    #[test]
    fn a_ring_across_the_seam_is_cut_into_one_piece_each_side() {
        // An island from 178° E to 178° W, stored as one ring that steps along the seam.
        let ring = [
            c(178.0, -18.0),
            c(180.0, -18.0),
            c(-180.0, -17.0),
            c(-178.0, -17.0),
            c(-178.0, -16.0),
            c(-180.0, -16.0),
            c(180.0, -15.0),
            c(178.0, -15.0),
            c(178.0, -18.0),
        ];
        let pieces = cut_at_seam(&ring);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        let area: f64 = pieces
            .iter()
            .map(|p| Polygon::new(LineString(p.clone()), vec![]).unsigned_area())
            .sum();
        assert!(area > 7.0 && area < 9.0, "{area}");
        for piece in &pieces {
            assert!(piece.iter().all(|p| p.x.abs() <= 180.0 + 1e-9));
            let east = piece.iter().all(|p| p.x >= 178.0 - 1e-9);
            let west = piece.iter().all(|p| p.x <= -178.0 + 1e-9);
            assert!(east || west, "{piece:?}");
        }
    }

    #[test]
    fn a_ring_around_a_pole_stays_whole() {
        let ring = [
            c(-180.0, -70.0),
            c(0.0, -65.0),
            c(180.0, -70.0),
            c(180.0, -90.0),
            c(-180.0, -90.0),
            c(-180.0, -70.0),
        ];
        assert_eq!(cut_at_seam(&ring).len(), 1);
    }
}
