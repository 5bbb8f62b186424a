//! The base map projected once (and triangulated when first drawn), for drawing and hit-testing
//! at any camera.

use geo::TriangulateEarcut;
use geo::{
    Area, BoundingRect, Contains, Coord, InteriorPoint, LineString, MultiPolygon, Point, Polygon,
    Rect,
};

use super::projection::{Projection, WorldPos};
use crate::basemap::BaseMap;

/// Triangles in projected space, ready to become a GPU mesh.
#[derive(Debug, Clone, Default)]
pub struct Triangles {
    /// Vertex positions (km).
    pub vertices: Vec<WorldPos>,
    /// Three vertex indices per triangle.
    pub indices: Vec<u32>,
}

/// A projected area: its outline rings, triangles, box and where its label goes.
#[derive(Debug, Clone)]
pub struct ProjectedArea {
    /// Projected shape (km).
    pub shape: MultiPolygon<f64>,
    /// Fill triangles, made the first time the window draws the area (figures fill the rings).
    triangles: std::sync::OnceLock<Triangles>,
    /// Bounding box (km).
    pub bounds: Rect<f64>,
    /// A point inside its largest part, for the label.
    pub label_anchor: WorldPos,
}

/// A base-map country, projected.
#[derive(Debug, Clone)]
pub struct CountryGeometry {
    /// ISO alpha-3 code, where it has one.
    pub iso_a3: Option<String>,
    /// Natural Earth's name.
    pub name: String,
    /// The projected area.
    pub area: ProjectedArea,
}

/// A disputed area, projected.
#[derive(Debug, Clone)]
pub struct DisputedGeometry {
    /// Claimed by (UN view), ISO alpha-3.
    pub claimed_by: String,
    /// Held by (de facto map), ISO alpha-3.
    pub held_by: String,
    /// The projected area.
    pub area: ProjectedArea,
}

/// The whole base map in projected space.
#[derive(Debug, Clone)]
pub struct MapGeometry {
    /// The projection everything is in.
    pub projection: Projection,
    /// Countries, in base-map order.
    pub countries: Vec<CountryGeometry>,
    /// Disputed areas.
    pub disputed: Vec<DisputedGeometry>,
}

impl MapGeometry {
    /// Projects and triangulates `basemap`.
    pub fn new(basemap: &BaseMap, projection: Projection) -> Self {
        let countries = basemap
            .countries
            .iter()
            .filter_map(|country| {
                Some(CountryGeometry {
                    iso_a3: country.iso_a3.clone(),
                    name: country.name.clone(),
                    area: ProjectedArea::new(&country.shape, &projection)?,
                })
            })
            .collect();
        let disputed = basemap
            .disputed
            .iter()
            .filter_map(|d| {
                Some(DisputedGeometry {
                    claimed_by: d.claimed_by.clone(),
                    held_by: d.held_by.clone(),
                    area: ProjectedArea::new(&d.shape, &projection)?,
                })
            })
            .collect();
        Self {
            projection,
            countries,
            disputed,
        }
    }

    /// The country index for an ISO alpha-3 code.
    pub fn country_index(&self, iso_a3: &str) -> Option<usize> {
        self.countries
            .iter()
            .position(|c| c.iso_a3.as_deref() == Some(iso_a3))
    }

    /// The country under a projected point.
    pub fn country_at(&self, world: WorldPos) -> Option<usize> {
        self.countries.iter().position(|c| c.area.contains(world))
    }

    /// The disputed area under a projected point.
    pub fn disputed_at(&self, world: WorldPos) -> Option<usize> {
        self.disputed.iter().position(|d| d.area.contains(world))
    }

    /// Projects a line in longitude/latitude, splitting it where points have no projection.
    pub fn project_line(&self, line: &LineString<f64>) -> Vec<Vec<WorldPos>> {
        let mut parts = vec![Vec::new()];
        for coord in line.coords() {
            match self.projection.project(*coord) {
                Some(pos) => parts
                    .last_mut()
                    .map(|part| part.push(pos))
                    .unwrap_or_default(),
                None => parts.push(Vec::new()),
            }
        }
        parts.retain(|part| part.len() > 1);
        parts
    }

    /// The projected box around the countries with these ISO codes.
    pub fn bounds_of<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> Option<Rect<f64>> {
        codes
            .into_iter()
            .filter_map(|code| self.country_index(code))
            .map(|i| self.countries[i].area.bounds)
            .reduce(|a, b| {
                Rect::new(
                    Coord {
                        x: a.min().x.min(b.min().x),
                        y: a.min().y.min(b.min().y),
                    },
                    Coord {
                        x: a.max().x.max(b.max().x),
                        y: a.max().y.max(b.max().y),
                    },
                )
            })
    }
}

impl ProjectedArea {
    /// Projects and triangulates a longitude/latitude shape; `None` if nothing of it projects.
    pub fn new(shape: &MultiPolygon<f64>, projection: &Projection) -> Option<Self> {
        let project_ring = |ring: &LineString<f64>| -> LineString<f64> {
            ring.coords()
                .filter_map(|c| projection.project(*c))
                .collect()
        };
        let shape = MultiPolygon(
            shape
                .iter()
                .map(|p| {
                    Polygon::new(
                        project_ring(p.exterior()),
                        p.interiors().iter().map(project_ring).collect(),
                    )
                })
                .filter(|p| p.exterior().0.len() >= 4)
                .collect(),
        );
        let bounds = shape.bounding_rect()?;
        let largest = shape
            .iter()
            .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
        let label_anchor = largest
            .interior_point()
            .map(|p| p.0)
            .unwrap_or(bounds.center());
        Some(Self {
            shape,
            triangles: std::sync::OnceLock::new(),
            bounds,
            label_anchor,
        })
    }

    /// Its fill triangles, made on first use.
    pub fn triangles(&self) -> &Triangles {
        self.triangles.get_or_init(|| {
            let mut triangles = Triangles::default();
            for polygon in &self.shape {
                let raw = polygon.earcut_triangles_raw();
                let base = triangles.vertices.len() as u32;
                triangles
                    .vertices
                    .extend(raw.vertices.iter().map(|&[x, y]| Coord { x, y }));
                triangles
                    .indices
                    .extend(raw.triangle_indices.iter().map(|&i| base + i as u32));
            }
            triangles
        })
    }

    /// Whether a projected point is inside.
    pub fn contains(&self, world: WorldPos) -> bool {
        self.bounds.contains(&world) && self.shape.contains(&Point(world))
    }
}
