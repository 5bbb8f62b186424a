//! Spatial indexes (R-trees) in projected space, so that picking looks only at the few markers,
//! line segments and polygons near the pointer instead of walking all of them. Each is built once
//! per geometry or per scene, never per frame; what they index stays with its owner.

use geo::{BoundingRect, Contains, MultiPolygon, Point};
use rstar::RTree;
use rstar::primitives::{GeomWithData, Line, Rectangle};

use super::projection::WorldPos;

fn xy(pos: WorldPos) -> [f64; 2] {
    [pos.x, pos.y]
}

/// Points (km), each found by its position in the list it was built from.
#[derive(Debug, Clone, Default)]
pub struct PointIndex {
    tree: RTree<GeomWithData<[f64; 2], usize>>,
}

impl PointIndex {
    /// Indexes `points`; a point is named by its position among them.
    pub fn new(points: impl IntoIterator<Item = WorldPos>) -> Self {
        let items = points
            .into_iter()
            .enumerate()
            .map(|(i, pos)| GeomWithData::new(xy(pos), i))
            .collect();
        Self {
            tree: RTree::bulk_load(items),
        }
    }

    /// The point nearest `at`, if it is within `radius_km`.
    pub fn nearest_within(&self, at: WorldPos, radius_km: f64) -> Option<usize> {
        self.tree
            .nearest_neighbor_iter_with_distance_2(&xy(at))
            .next()
            .filter(|(_, distance_2)| *distance_2 <= radius_km * radius_km)
            .map(|(item, _)| item.data)
    }
}

/// The segments of polylines (km), each found by the index of the line set it belongs to.
#[derive(Debug, Clone, Default)]
pub struct SegmentIndex {
    tree: RTree<GeomWithData<Line<[f64; 2]>, usize>>,
}

impl SegmentIndex {
    /// Indexes every segment of `owners`: for each owner, its polylines.
    pub fn new<'a>(owners: impl IntoIterator<Item = &'a [Vec<WorldPos>]>) -> Self {
        let mut items = Vec::new();
        for (owner, lines) in owners.into_iter().enumerate() {
            for line in lines {
                items.extend(
                    line.windows(2)
                        .map(|pair| GeomWithData::new(Line::new(xy(pair[0]), xy(pair[1])), owner)),
                );
            }
        }
        Self {
            tree: RTree::bulk_load(items),
        }
    }

    /// The owner of the segment nearest `at` within `radius_km` that `near_enough` accepts, given
    /// the owner and its distance (km) from `at`.
    pub fn nearest_within(
        &self,
        at: WorldPos,
        radius_km: f64,
        near_enough: impl Fn(usize, f64) -> bool,
    ) -> Option<usize> {
        self.tree
            .nearest_neighbor_iter_with_distance_2(&xy(at))
            .take_while(|(_, distance_2)| *distance_2 <= radius_km * radius_km)
            .map(|(item, distance_2)| (item.data, distance_2.sqrt()))
            .find(|&(owner, distance)| near_enough(owner, distance))
            .map(|(owner, _)| owner)
    }
}

/// A polygon's box, with the area it belongs to and its place among the area's polygons.
type PolygonBox = GeomWithData<Rectangle<[f64; 2]>, (usize, usize)>;

/// Areas (km) by the bounding box of each of their polygons, for point-in-polygon tests on the
/// few whose box holds the point.
#[derive(Debug, Clone, Default)]
pub struct AreaIndex {
    tree: RTree<PolygonBox>,
}

impl AreaIndex {
    /// Indexes the polygons of `areas`; an area is named by its position among them.
    pub fn new<'a>(areas: impl IntoIterator<Item = &'a MultiPolygon<f64>>) -> Self {
        let mut items = Vec::new();
        for (area, shape) in areas.into_iter().enumerate() {
            for (part, polygon) in shape.iter().enumerate() {
                if let Some(bounds) = polygon.bounding_rect() {
                    let rect = Rectangle::from_corners(xy(bounds.min()), xy(bounds.max()));
                    items.push(GeomWithData::new(rect, (area, part)));
                }
            }
        }
        Self {
            tree: RTree::bulk_load(items),
        }
    }

    /// The first area (in the order they were indexed) whose shape contains `at`; `shape` gives
    /// an area's shape by its index, as it was indexed.
    pub fn area_at<'a>(
        &self,
        at: WorldPos,
        shape: impl Fn(usize) -> &'a MultiPolygon<f64>,
    ) -> Option<usize> {
        self.tree
            .locate_all_at_point(&xy(at))
            .map(|item| item.data)
            .filter(|&(area, part)| {
                shape(area)
                    .0
                    .get(part)
                    .is_some_and(|polygon| polygon.contains(&Point(at)))
            })
            .map(|(area, _)| area)
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Rect, coord, polygon};

    fn at(x: f64, y: f64) -> WorldPos {
        coord! { x: x, y: y }
    }

    #[test]
    fn the_nearest_point_is_found_only_within_the_radius() {
        let index = PointIndex::new([at(0.0, 0.0), at(10.0, 0.0), at(10.0, 3.0)]);
        assert_eq!(index.nearest_within(at(9.0, 0.5), 2.0), Some(1));
        assert_eq!(index.nearest_within(at(5.0, 0.0), 2.0), None);
    }

    #[test]
    fn a_segment_is_found_by_its_owner_and_refused_ones_are_skipped() {
        let lines = [
            vec![vec![at(0.0, 0.0), at(10.0, 0.0)]],
            vec![vec![at(0.0, 1.0), at(10.0, 1.0)]],
        ];
        let index = SegmentIndex::new(lines.iter().map(Vec::as_slice));
        assert_eq!(
            index.nearest_within(at(5.0, 0.2), 0.5, |_, _| true),
            Some(0)
        );
        assert_eq!(
            index.nearest_within(at(5.0, 0.4), 0.7, |o, _| o == 1),
            Some(1)
        );
        assert_eq!(
            index.nearest_within(at(5.0, 0.4), 0.7, |_, d| d > 0.5),
            Some(1)
        );
        assert_eq!(index.nearest_within(at(5.0, 3.0), 0.5, |_, _| true), None);
    }

    #[test]
    fn a_point_is_in_the_polygon_not_just_in_its_box() {
        // A triangle whose box also covers the corner (9, 9) outside it, and a square in a
        // second part of the same area.
        let triangle = polygon![(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 0.0, y: 10.0)];
        let square = Rect::new(at(20.0, 20.0), at(30.0, 30.0)).to_polygon();
        let areas = [MultiPolygon(vec![triangle, square])];
        let index = AreaIndex::new(&areas);
        let shape = |i: usize| &areas[i];
        assert_eq!(index.area_at(at(2.0, 2.0), shape), Some(0));
        assert_eq!(index.area_at(at(25.0, 25.0), shape), Some(0));
        assert_eq!(index.area_at(at(9.0, 9.0), shape), None);
    }
}
