//! Cuts a figure's map items to a rectangle in the layout itself, for figures where painting the
//! margins over the map is not enough: two maps side by side would spill into each other. Every
//! writer then draws the same picture without needing a clip of its own. No egui here.

use super::display::{Item, Stroke};
use super::font::MapFont;

/// A rectangle in figure pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClipRect {
    /// Top-left corner.
    pub min: [f32; 2],
    /// Bottom-right corner.
    pub max: [f32; 2],
}

/// How many sides a circle that crosses the edge is cut as.
const CIRCLE_SIDES: usize = 180;

impl ClipRect {
    fn contains(&self, [x, y]: [f32; 2]) -> bool {
        (self.min[0]..=self.max[0]).contains(&x) && (self.min[1]..=self.max[1]).contains(&y)
    }
}

/// `items` cut to `rect`: shapes cut at its edges, lines split where they leave it, circles that
/// cross it turned into cut polygons, and text that does not fit in it whole left out.
pub fn clip_items(items: Vec<Item>, rect: ClipRect, font: &MapFont) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Item::Shape { rings, fill } => {
                let rings: Vec<Vec<[f32; 2]>> = rings
                    .iter()
                    .map(|ring| clip_ring(ring, rect))
                    .filter(|ring| ring.len() >= 3)
                    .collect();
                if !rings.is_empty() {
                    out.push(Item::Shape { rings, fill });
                }
            }
            Item::Line {
                points,
                stroke,
                closed,
            } => out.extend(clip_line(&points, closed, stroke, rect)),
            Item::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let [x, y] = centre;
                if rect.contains([x - radius, y - radius])
                    && rect.contains([x + radius, y + radius])
                {
                    out.push(Item::Circle {
                        centre,
                        radius,
                        fill,
                        stroke,
                    });
                    continue;
                }
                let ring: Vec<[f32; 2]> = (0..CIRCLE_SIDES)
                    .map(|i| {
                        let angle = i as f32 / CIRCLE_SIDES as f32 * std::f32::consts::TAU;
                        [x + radius * angle.cos(), y + radius * angle.sin()]
                    })
                    .collect();
                if let Some(fill) = fill {
                    let cut = clip_ring(&ring, rect);
                    if cut.len() >= 3 {
                        out.push(Item::convex(cut, fill));
                    }
                }
                if let Some(stroke) = stroke {
                    out.extend(clip_line(&ring, true, stroke, rect));
                }
            }
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => {
                let ascent = font.ascent(size);
                let descent = font.line_height(size) - ascent;
                let fits = lines.iter().all(|line| {
                    let [left, baseline] = line.baseline;
                    let right = left + font.line_width(&line.text, size);
                    rect.contains([left, baseline - ascent])
                        && rect.contains([right, baseline + descent])
                });
                if fits {
                    out.push(Item::Text {
                        lines,
                        size,
                        colour,
                        halo,
                    });
                }
            }
            other @ (Item::Clip { .. } | Item::EndClip) => out.push(other),
        }
    }
    out
}

/// A closed ring cut to `rect` (Sutherland–Hodgman, one edge at a time). Where a concave ring
/// leaves and re-enters, the cut runs along the edge, which fills the same.
fn clip_ring(ring: &[[f32; 2]], rect: ClipRect) -> Vec<[f32; 2]> {
    let edges: [(usize, f32, bool); 4] = [
        (0, rect.min[0], true),
        (0, rect.max[0], false),
        (1, rect.min[1], true),
        (1, rect.max[1], false),
    ];
    let mut points = ring.to_vec();
    for (axis, edge, keep_above) in edges {
        let inside = |p: [f32; 2]| {
            if keep_above {
                p[axis] >= edge
            } else {
                p[axis] <= edge
            }
        };
        let mut cut = Vec::with_capacity(points.len() + 4);
        for (i, &current) in points.iter().enumerate() {
            let previous = points[(i + points.len() - 1) % points.len()];
            match (inside(previous), inside(current)) {
                (true, true) => cut.push(current),
                (true, false) => cut.push(crossing(previous, current, axis, edge)),
                (false, true) => {
                    cut.push(crossing(previous, current, axis, edge));
                    cut.push(current);
                }
                (false, false) => {}
            }
        }
        points = cut;
        if points.is_empty() {
            break;
        }
    }
    points
}

/// Where the segment from `a` to `b` crosses the line `axis = edge`.
fn crossing(a: [f32; 2], b: [f32; 2], axis: usize, edge: f32) -> [f32; 2] {
    let t = (edge - a[axis]) / (b[axis] - a[axis]);
    [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
}

/// A line cut to `rect`: whole if it stays inside, else the open pieces inside (Liang–Barsky on
/// each segment).
fn clip_line(points: &[[f32; 2]], closed: bool, stroke: Stroke, rect: ClipRect) -> Vec<Item> {
    if points.iter().all(|p| rect.contains(*p)) {
        return vec![Item::Line {
            points: points.to_vec(),
            stroke,
            closed,
        }];
    }
    let closing = closed.then(|| (points.last().copied(), points.first().copied()));
    let segments = points
        .windows(2)
        .map(|w| (w[0], w[1]))
        .chain(closing.and_then(|(a, b)| Some((a?, b?))));
    let mut pieces: Vec<Vec<[f32; 2]>> = Vec::new();
    let mut open = false;
    for (a, b) in segments {
        match clip_segment(a, b, rect) {
            Some((from, to)) => {
                match pieces.last_mut() {
                    Some(piece) if open && piece.last() == Some(&from) => piece.push(to),
                    _ => pieces.push(vec![from, to]),
                }
                // The piece goes on only if the segment ended inside.
                open = to == b;
            }
            None => open = false,
        }
    }
    pieces
        .into_iter()
        .map(|points| Item::Line {
            points,
            stroke,
            closed: false,
        })
        .collect()
}

/// The part of the segment from `a` to `b` inside `rect`, if any.
fn clip_segment(a: [f32; 2], b: [f32; 2], rect: ClipRect) -> Option<([f32; 2], [f32; 2])> {
    let delta = [b[0] - a[0], b[1] - a[1]];
    let (mut enter, mut leave) = (0.0f32, 1.0f32);
    for axis in 0..2 {
        for (p, q) in [
            (-delta[axis], a[axis] - rect.min[axis]),
            (delta[axis], rect.max[axis] - a[axis]),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    enter = enter.max(t);
                } else {
                    leave = leave.min(t);
                }
            }
        }
    }
    (enter <= leave).then(|| {
        let at = |t: f32| [a[0] + t * delta[0], a[1] + t * delta[1]];
        (
            if enter > 0.0 { at(enter) } else { a },
            if leave < 1.0 { at(leave) } else { b },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::display::{Rgba, TextLine};
    use crate::render::font::map_font;

    const INK: Rgba = Rgba::rgb(0x22, 0x22, 0x22);

    const RECT: ClipRect = ClipRect {
        min: [0.0, 0.0],
        max: [10.0, 10.0],
    };

    #[test]
    fn a_shape_across_the_edge_is_cut_at_it() {
        let ring = vec![[5.0, 2.0], [15.0, 2.0], [15.0, 8.0], [5.0, 8.0]];
        let cut = clip_ring(&ring, RECT);
        assert!(cut.iter().all(|p| RECT.contains(*p)), "{cut:?}");
        assert!(cut.contains(&[10.0, 2.0]) && cut.contains(&[10.0, 8.0]));
        assert!(clip_ring(&[[20.0, 0.0], [30.0, 0.0], [30.0, 5.0]], RECT).is_empty());
    }

    #[test]
    fn a_line_that_leaves_and_comes_back_is_two_pieces() {
        let stroke = Stroke {
            colour: INK,
            width: 1.0,
            dash: None,
        };
        let points = [[2.0, 5.0], [8.0, 5.0], [14.0, 5.0], [14.0, 7.0], [8.0, 7.0]];
        let pieces = clip_line(&points, false, stroke, RECT);
        let lines: Vec<Vec<[f32; 2]>> = pieces
            .into_iter()
            .map(|item| match item {
                Item::Line { points, .. } => points,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            lines,
            vec![
                vec![[2.0, 5.0], [8.0, 5.0], [10.0, 5.0]],
                vec![[10.0, 7.0], [8.0, 7.0]]
            ]
        );
    }

    #[test]
    fn a_circle_inside_stays_a_circle_and_text_across_the_edge_goes() {
        let circle = Item::Circle {
            centre: [5.0, 5.0],
            radius: 2.0,
            fill: Some(INK),
            stroke: None,
        };
        let big = Item::Circle {
            centre: [5.0, 5.0],
            radius: 50.0,
            fill: Some(INK),
            stroke: None,
        };
        let text = Item::Text {
            lines: vec![TextLine {
                text: "Kazakhstan".into(),
                baseline: [8.0, 9.0],
            }],
            size: 12.0,
            colour: INK,
            halo: None,
        };
        let out = clip_items(vec![circle.clone(), big, text], RECT, map_font());
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], circle);
        let Item::Shape { rings, .. } = &out[1] else {
            panic!("{:?}", out[1]);
        };
        // Where the circle covers the rectangle, the cut is the rectangle (to rounding).
        let near = |a: f32, b: f32| (a - b).abs() < 1e-3;
        let within = |v: &f32| (-1e-3..=10.001).contains(v);
        assert!(
            rings[0].iter().all(|[x, y]| within(x) && within(y)),
            "{rings:?}"
        );
        assert!(
            rings[0]
                .iter()
                .any(|[x, y]| near(*x, 10.0) && near(*y, 10.0))
        );
    }
}
