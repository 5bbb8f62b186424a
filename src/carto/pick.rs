//! What is under the pointer: markers first, then borders of interest, disputed areas, countries.

use super::camera::{MapTransform, ScreenPos};
use super::dataset_geometry::DatasetGeometry;
use super::geometry::MapGeometry;
use super::scene::Scene;

/// How close (in screen pixels) the pointer must be to a marker or line to pick it.
pub const PICK_RADIUS_PX: f64 = 8.0;

/// A thing on the map under the pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    /// An exercise marker (exercise id).
    Exercise(String),
    /// A border of interest (index into [`DatasetGeometry::borders`]).
    Border(usize),
    /// A disputed area (index into [`MapGeometry::disputed`]).
    Disputed(usize),
    /// A base-map country (index into [`MapGeometry::countries`]).
    Country(usize),
}

/// The topmost thing at `pointer` on the map that `view` puts on screen.
pub fn pick(
    scene: &Scene,
    geometry: &MapGeometry,
    dataset_geometry: &DatasetGeometry,
    view: &MapTransform,
    pointer: ScreenPos,
) -> Option<Hit> {
    let distance = |a: ScreenPos, b: ScreenPos| (a.x - b.x).hypot(a.y - b.y);
    let nearest_marker = scene
        .markers
        .iter()
        .map(|m| (m, distance(view.screen_from_world(m.pos), pointer)))
        .filter(|(_, d)| *d <= PICK_RADIUS_PX)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((marker, _)) = nearest_marker {
        return Some(Hit::Exercise(marker.exercise_id.clone()));
    }
    for &(index, _) in &scene.borders {
        let lines = &dataset_geometry.borders[index].lines;
        let near = lines.iter().any(|line| {
            line.windows(2).any(|pair| {
                let a = view.screen_from_world(pair[0]);
                let b = view.screen_from_world(pair[1]);
                segment_distance(pointer, a, b) <= PICK_RADIUS_PX / 2.0
            })
        });
        if near {
            return Some(Hit::Border(index));
        }
    }
    let world = view.world_from_screen(pointer);
    if let Some(index) = geometry.disputed_at(world) {
        return Some(Hit::Disputed(index));
    }
    geometry.country_at(world).map(Hit::Country)
}

fn segment_distance(p: ScreenPos, a: ScreenPos, b: ScreenPos) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq == 0.0 {
        0.0
    } else {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_sq).clamp(0.0, 1.0)
    };
    (p.x - (a.x + t * dx)).hypot(p.y - (a.y + t * dy))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_to_a_segment_clamps_to_its_ends() {
        let a = ScreenPos { x: 0.0, y: 0.0 };
        let b = ScreenPos { x: 10.0, y: 0.0 };
        assert_eq!(segment_distance(ScreenPos { x: 5.0, y: 3.0 }, a, b), 3.0);
        assert_eq!(segment_distance(ScreenPos { x: 13.0, y: 4.0 }, a, b), 5.0);
    }
}
