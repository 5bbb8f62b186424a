//! Hatching: the pattern of thin parallel lines that a frozen (suspended) standing and disputed
//! territory carry besides their colour, so that a colour-blind student or a black-and-white
//! printout still tells them from a member's fill. The lines are cut to the area's rings (the
//! even-odd rule, as its fill) and anchored to the map, not the screen, so they move with a pan.

use crate::render::display::{Item, Stroke};

/// Which way a hatch's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slant {
    /// From lower left to upper right (`/`): frozen standings.
    Rising,
    /// From upper left to lower right (`\`): disputed territory.
    Falling,
}

/// How an area is hatched.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hatch {
    /// Which way the lines run.
    pub slant: Slant,
    /// How far apart they are, in pixels, across them.
    pub spacing: f32,
    /// How they are drawn.
    pub stroke: Stroke,
    /// A point the lines pass through: where the map's origin is on screen, so that the lines
    /// stay on the land when the map moves.
    pub anchor: [f32; 2],
}

impl Hatch {
    /// The lines across the area of `rings` (each open: its last point joins its first), one
    /// item per stretch inside the area.
    pub fn items(&self, rings: &[Vec<[f32; 2]>]) -> impl Iterator<Item = Item> + use<> {
        let stroke = self.stroke;
        self.segments(rings)
            .into_iter()
            .map(move |[a, b]| Item::Line {
                points: vec![a, b],
                stroke,
                closed: false,
            })
    }

    /// The stretches of the hatch's lines inside the area of `rings`.
    pub fn segments(&self, rings: &[Vec<[f32; 2]>]) -> Vec<[[f32; 2]; 2]> {
        // Along a rising line x + y is the same; along a falling one x - y.
        let sign = match self.slant {
            Slant::Rising => 1.0,
            Slant::Falling => -1.0,
        };
        let across = |[x, y]: [f32; 2]| x + sign * y;
        let step = self.spacing * std::f32::consts::SQRT_2;
        let (low, high) = rings
            .iter()
            .flatten()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &p| {
                (lo.min(across(p)), hi.max(across(p)))
            });
        if !(step > 0.0 && low < high) {
            return Vec::new();
        }
        let phase = across(self.anchor);
        let first = ((low - phase) / step).ceil() as i64;
        let last = ((high - phase) / step).floor() as i64;
        let mut segments = Vec::new();
        let mut crossings: Vec<[f32; 2]> = Vec::new();
        for k in first..=last {
            let level = phase + k as f32 * step;
            crossings.clear();
            for ring in rings {
                let edges = ring.iter().zip(ring.iter().cycle().skip(1));
                for (&p, &q) in edges {
                    let (sp, sq) = (across(p), across(q));
                    // Half-open, so that a line through a vertex crosses once.
                    if (sp <= level) != (sq <= level) {
                        let t = (level - sp) / (sq - sp);
                        crossings.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
                    }
                }
            }
            crossings.sort_by(|a, b| a[0].total_cmp(&b[0]));
            // A line touching a corner only crosses it in a point: nothing to draw.
            segments.extend(
                crossings
                    .chunks_exact(2)
                    .map(|pair| [pair[0], pair[1]])
                    .filter(|[a, b]| (b[0] - a[0]).abs() + (b[1] - a[1]).abs() > 0.01),
            );
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::display::Rgba;

    fn hatch(slant: Slant) -> Hatch {
        Hatch {
            slant,
            spacing: 5.0,
            stroke: Stroke::solid(Rgba::rgb(0, 0, 0), 1.0),
            anchor: [0.0, 0.0],
        }
    }

    fn square(min: f32, size: f32) -> Vec<[f32; 2]> {
        vec![
            [min, min],
            [min + size, min],
            [min + size, min + size],
            [min, min + size],
        ]
    }

    fn length([a, b]: [[f32; 2]; 2]) -> f32 {
        (b[0] - a[0]).hypot(b[1] - a[1])
    }

    #[test]
    fn a_square_is_crossed_by_lines_the_spacing_apart_and_inside_it() {
        let segments = hatch(Slant::Rising).segments(&[square(0.0, 100.0)]);
        // x + y runs from 0 to 200 across the square: a line every 5 * sqrt(2).
        assert_eq!(segments.len(), 28, "{}", segments.len());
        for [a, b] in &segments {
            for [x, y] in [a, b] {
                assert!((-0.01..=100.01).contains(x) && (-0.01..=100.01).contains(y));
            }
            assert!(
                (a[0] + a[1] - b[0] - b[1]).abs() < 0.01,
                "rising: x + y stays"
            );
        }
        let longest = segments.iter().copied().map(length).fold(0.0, f32::max);
        assert!(longest > 138.0, "the diagonal is crossed whole: {longest}");
    }

    #[test]
    fn falling_lines_keep_x_minus_y_and_a_hole_stays_bare() {
        let rings = [square(0.0, 100.0), square(25.0, 50.0)];
        let segments = hatch(Slant::Falling).segments(&rings);
        for [a, b] in &segments {
            assert!(
                (a[0] - a[1] - b[0] + b[1]).abs() < 0.01,
                "falling: x - y stays"
            );
            let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
            let in_hole = (25.0..75.0).contains(&mid[0]) && (25.0..75.0).contains(&mid[1]);
            assert!(!in_hole, "no line is drawn in the hole: {mid:?}");
        }
        let total: f32 = segments.iter().copied().map(length).sum();
        // The ring's area is 7,500 px²: lines 5 px apart cover about 7,500 / 5 px of length.
        assert!((total - 1500.0).abs() < 60.0, "{total}");
    }

    #[test]
    fn the_lines_move_with_the_map() {
        let still = hatch(Slant::Rising).segments(&[square(0.0, 100.0)]);
        // The map moved 7 px right and down, its origin with it.
        let moved = Hatch {
            anchor: [7.0, 7.0],
            ..hatch(Slant::Rising)
        }
        .segments(&[square(7.0, 100.0)]);
        assert_eq!(still.len(), moved.len());
        for (a, b) in still.iter().zip(&moved) {
            let same = |i: usize| (a[0][i] + 7.0 - b[0][i]).abs() < 0.01;
            assert!(same(0) && same(1), "{a:?} {b:?}");
        }
        assert!(hatch(Slant::Rising).segments(&[]).is_empty());
    }
}
