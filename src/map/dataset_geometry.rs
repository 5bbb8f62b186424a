//! What the map needs of a dataset that does not change with the date: its borders of interest,
//! measured and projected, and its country labels. Built once each time a dataset is opened.

use super::labels::{Label, map_labels};
use crate::basemap::BaseMap;
use crate::dataset::LoadedDataset;
use crate::earth::camera::Camera;
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::WorldPos;
use crate::earth::spatial::SegmentIndex;

/// A border of interest, measured and projected once per dataset.
#[derive(Debug, Clone)]
pub struct BorderGeometry {
    /// The dataset's border id.
    pub id: String,
    /// Projected lines (km); empty if the base map has no shared border.
    pub lines: Vec<Vec<WorldPos>>,
    /// Great-circle length of the shared arcs on the 1:10m map, in kilometres.
    pub computed_length_km: Option<f64>,
}

/// The generation the next [`DatasetGeometry::new`] takes (0 is the empty default).
static NEXT_GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Geometry that depends on the dataset but not on the date.
#[derive(Debug, Clone, Default)]
pub struct DatasetGeometry {
    /// One entry per dataset border, in dataset order.
    pub borders: Vec<BorderGeometry>,
    /// Names on the map (countries, places, water), in the order they claim their places.
    pub labels: Vec<Label>,
    /// The borders' segments, each found by its border's index.
    segments: SegmentIndex,
    /// Which build this is: different for every `new`, so what was worked out from one dataset's
    /// labels (the window's label placement) is never taken for another's.
    pub generation: u64,
}

impl DatasetGeometry {
    /// Measures and projects the dataset's borders on the base map, and names its countries.
    pub fn new(dataset: &LoadedDataset, basemap: &BaseMap, geometry: &MapGeometry) -> Self {
        let borders = dataset
            .data
            .borders
            .iter()
            .map(|border| {
                let shared = basemap.border_between(&border.countries[0], &border.countries[1]);
                BorderGeometry {
                    id: border.id.clone(),
                    lines: shared
                        .as_ref()
                        .map(|s| {
                            s.lines
                                .iter()
                                .flat_map(|l| geometry.project_line(l))
                                .collect()
                        })
                        .unwrap_or_default(),
                    computed_length_km: shared.map(|s| s.length_km),
                }
            })
            .collect::<Vec<BorderGeometry>>();
        Self {
            segments: SegmentIndex::new(borders.iter().map(|b| b.lines.as_slice())),
            borders,
            labels: map_labels(dataset, geometry),
            generation: NEXT_GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The border (index) with a segment nearest `at` within `radius_km` that `near_enough`
    /// accepts, given the border and its distance (km) from `at`.
    pub fn border_near(
        &self,
        at: WorldPos,
        radius_km: f64,
        near_enough: impl Fn(usize, f64) -> bool,
    ) -> Option<usize> {
        self.segments.nearest_within(at, radius_km, near_enough)
    }

    /// The geometry of a border by dataset id.
    pub fn border(&self, id: &str) -> Option<&BorderGeometry> {
        self.borders.iter().find(|b| b.id == id)
    }
}

/// The view that frames every country of `dataset` on the map, in a viewport of `size` pixels; the
/// whole globe when none is on the map.
pub fn home_camera(dataset: &LoadedDataset, geometry: &MapGeometry, size: [f64; 2]) -> Camera {
    let codes = dataset
        .data
        .countries
        .iter()
        .filter_map(|c| c.iso_a3.as_deref());
    match geometry.bounds_of(codes) {
        Some(bounds) => Camera::framing(bounds.min(), bounds.max(), size, 0.06),
        None => {
            let [x, y] = geometry.projection.half_extent_km();
            Camera::framing(
                geo::coord! { x: -x, y: -y },
                geo::coord! { x: x, y: y },
                size,
                0.02,
            )
        }
    }
}
