//! What of the globe a projection draws: outlines and lines clipped to the map's edge (an
//! azimuthal map's horizon), so nothing from the far side of the globe is drawn, squeezed against
//! the rim. The world map shows everything and clips nothing.

use super::projection::{HORIZON_RADIUS_KM, Projection, WorldPos};

/// The parts of a projected line that the map shows, each with at least two points.
pub fn clip_line(projection: &Projection, points: &[WorldPos]) -> Vec<Vec<WorldPos>> {
    let radius = HORIZON_RADIUS_KM;
    let inside = |p: &WorldPos| projection.shows(*p);
    let whole = matches!(projection, Projection::World) || points.iter().all(inside);
    if whole {
        return if points.len() > 1 {
            vec![points.to_vec()]
        } else {
            Vec::new()
        };
    }
    let mut parts = Vec::new();
    let mut part: Vec<WorldPos> = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match (inside(&a), inside(&b)) {
            (true, true) => {
                if part.is_empty() {
                    part.push(a);
                }
                part.push(b);
            }
            (true, false) => {
                if part.is_empty() {
                    part.push(a);
                }
                part.push(crossing(a, b, radius));
                parts.push(std::mem::take(&mut part));
            }
            (false, true) => {
                part = vec![crossing(b, a, radius), b];
            }
            (false, false) => {}
        }
    }
    parts.push(part);
    parts.retain(|p| p.len() > 1);
    parts
}

/// A closed projected ring clipped to the map's edge; `None` if nothing of it is shown. Rings
/// wholly on the map come back as they are.
pub fn clip_ring(projection: &Projection, ring: Vec<WorldPos>) -> Option<Vec<WorldPos>> {
    let Projection::Azimuthal(_) = projection else {
        return Some(ring);
    };
    let inside = |p: &WorldPos| projection.shows(*p);
    if ring.iter().all(inside) {
        return Some(ring);
    }
    // A ring with no point on the map lies on the far side, however it winds: around the
    // antipode, where a small country is drawn as a thin ring along the rim of the projection's
    // disc, it would otherwise be clipped to the whole map.
    if !ring.iter().any(inside) {
        return None;
    }
    // Sutherland–Hodgman against the horizon's disc traced as a convex polygon.
    let outline = projection.outline();
    let corners = bounding_corners(&ring);
    let mut clipped = ring;
    for (i, &from) in outline.iter().enumerate() {
        let to = outline[(i + 1) % outline.len()];
        let keeps = |p: WorldPos| {
            (to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x) >= 0.0
        };
        // An edge the ring's box lies wholly inside of cuts nothing.
        if corners.iter().all(|&corner| keeps(corner)) {
            continue;
        }
        let input = std::mem::take(&mut clipped);
        let &last = input.last()?;
        let mut previous = last;
        for point in input {
            match (keeps(point), keeps(previous)) {
                (true, true) => clipped.push(point),
                (true, false) => {
                    clipped.push(intersection(previous, point, from, to));
                    clipped.push(point);
                }
                (false, true) => clipped.push(intersection(previous, point, from, to)),
                (false, false) => {}
            }
            previous = point;
        }
    }
    if clipped.len() < 3 {
        return None;
    }
    if clipped.first() != clipped.last() {
        clipped.push(clipped[0]);
    }
    Some(clipped)
}

/// The four corners of the box around some points.
fn bounding_corners(points: &[WorldPos]) -> [WorldPos; 4] {
    let (mut min, mut max) = (
        WorldPos {
            x: f64::INFINITY,
            y: f64::INFINITY,
        },
        WorldPos {
            x: f64::NEG_INFINITY,
            y: f64::NEG_INFINITY,
        },
    );
    for p in points {
        min = WorldPos {
            x: min.x.min(p.x),
            y: min.y.min(p.y),
        };
        max = WorldPos {
            x: max.x.max(p.x),
            y: max.y.max(p.y),
        };
    }
    [
        min,
        WorldPos { x: max.x, y: min.y },
        max,
        WorldPos { x: min.x, y: max.y },
    ]
}

/// Where the segment from `inside` to `outside` meets the circle of `radius` about the origin.
fn crossing(inside: WorldPos, outside: WorldPos, radius: f64) -> WorldPos {
    let d = outside - inside;
    let (a, b, c) = (
        d.x * d.x + d.y * d.y,
        2.0 * (inside.x * d.x + inside.y * d.y),
        inside.x * inside.x + inside.y * inside.y - radius * radius,
    );
    let t = if a > 0.0 {
        ((-b + (b * b - 4.0 * a * c).max(0.0).sqrt()) / (2.0 * a)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    inside + d * t
}

/// Where the segment `p`–`q` meets the line through `a` and `b`.
fn intersection(p: WorldPos, q: WorldPos, a: WorldPos, b: WorldPos) -> WorldPos {
    let (r, s) = (q - p, b - a);
    let denominator = r.x * s.y - r.y * s.x;
    if denominator.abs() < 1e-12 {
        return q;
    }
    let t = ((a.x - p.x) * s.y - (a.y - p.y) * s.x) / denominator;
    p + r * t
}

#[cfg(test)]
mod tests {
    use geo::{Area, Coord, LineString, Polygon};

    use super::*;
    use crate::earth::projection::lon_lat;

    fn at(x: f64, y: f64) -> WorldPos {
        Coord { x, y }
    }

    #[test]
    fn a_line_leaving_and_coming_back_is_cut_at_the_horizon() {
        let projection = Projection::csto();
        let r = HORIZON_RADIUS_KM;
        let line = [at(0.0, 0.0), at(2.0 * r, 0.0), at(0.0, 10.0)];
        let parts = clip_line(&projection, &line);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!((parts[0][1].x - r).abs() < 1e-6);
        assert!(parts.iter().flatten().all(|p| p.x.hypot(p.y) <= r + 1e-6));
    }

    #[test]
    fn a_ring_across_the_horizon_keeps_only_its_near_side() {
        let projection = Projection::csto();
        let r = HORIZON_RADIUS_KM;
        let square = vec![
            at(0.0, -1000.0),
            at(2.0 * r, -1000.0),
            at(2.0 * r, 1000.0),
            at(0.0, 1000.0),
            at(0.0, -1000.0),
        ];
        let clipped = clip_ring(&projection, square).unwrap();
        let area = Polygon::new(LineString(clipped.clone()), vec![]).unsigned_area();
        // About r × 2000 km, less the bulge the circle cuts off.
        assert!(area > 0.98 * r * 2000.0 && area < r * 2000.0, "{area}");
        assert!(clipped.iter().all(|p| p.x.hypot(p.y) <= r + 1e-6));
        let far = vec![
            at(1.5 * r, 0.0),
            at(1.6 * r, 0.0),
            at(1.6 * r, 10.0),
            at(1.5 * r, 0.0),
        ];
        assert!(clip_ring(&projection, far).is_none());
        // A country around the antipode: a ring along the rim, around the whole map.
        let around: Vec<_> = (0..=64)
            .map(|i| {
                let angle = f64::from(i) / 64.0 * std::f64::consts::TAU;
                at(1.9 * r * angle.cos(), 1.9 * r * angle.sin())
            })
            .collect();
        assert!(clip_ring(&projection, around).is_none());
    }

    #[test]
    fn the_world_map_clips_nothing() {
        let world = Projection::World;
        let line: Vec<_> = [lon_lat(-179.0, 0.0), lon_lat(179.0, 0.0)]
            .iter()
            .filter_map(|c| world.project(*c))
            .collect();
        assert_eq!(clip_line(&world, &line), vec![line]);
    }
}
