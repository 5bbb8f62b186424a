//! The map camera: which part of projected space is on screen, and how big. An immutable value.

use geo::Coord;

use super::projection::{Projection, WorldPos};

/// A point on screen in logical pixels (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPos {
    /// Pixels from the left edge of the map.
    pub x: f64,
    /// Pixels from the top edge of the map.
    pub y: f64,
}

/// What part of the projected map is shown in a viewport of a given size. Remembered between
/// runs; a missing field falls back to the whole-globe view's.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Camera {
    /// The projected point at the centre of the viewport (km).
    pub centre: [f64; 2],
    /// Zoom: screen pixels per projected kilometre.
    pub pixels_per_km: f64,
}

/// Closest zoom out: the whole globe in about 300 pixels.
pub const MIN_PIXELS_PER_KM: f64 = 300.0 / 25_500.0;
/// Closest zoom in: about 200 m per pixel.
pub const MAX_PIXELS_PER_KM: f64 = 5.0;

impl Default for Camera {
    /// The whole globe, centred on the projection's centre.
    fn default() -> Self {
        Self {
            centre: [0.0, 0.0],
            pixels_per_km: MIN_PIXELS_PER_KM,
        }
    }
}

impl Camera {
    /// A camera that fits the projected box `min`..`max` into a viewport of `size` pixels, with a
    /// margin of `margin` (0.1 = 10 %) on each side.
    pub fn framing(min: WorldPos, max: WorldPos, size: [f64; 2], margin: f64) -> Self {
        let span_x = (max.x - min.x).max(1.0);
        let span_y = (max.y - min.y).max(1.0);
        let scale = (size[0] / span_x).min(size[1] / span_y) / (1.0 + 2.0 * margin);
        Self {
            centre: [(min.x + max.x) / 2.0, (min.y + max.y) / 2.0],
            pixels_per_km: scale.clamp(MIN_PIXELS_PER_KM, MAX_PIXELS_PER_KM),
        }
    }

    /// The camera moved by a drag of `dx`, `dy` screen pixels (the map follows the pointer).
    pub fn panned(&self, dx: f64, dy: f64) -> Self {
        Self {
            centre: [
                self.centre[0] - dx / self.pixels_per_km,
                self.centre[1] + dy / self.pixels_per_km,
            ],
            ..*self
        }
    }
}

/// A view of the globe: the projection it is drawn in and a camera in that projection's
/// kilometres (a camera alone is a place in one projection only).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// The projection.
    pub projection: Projection,
    /// The camera, in the projection's kilometres.
    pub camera: Camera,
}

impl MapView {
    /// The place at the middle of the view (longitude/latitude); `None` off the globe.
    pub fn looks_at(&self) -> Option<Coord<f64>> {
        let [x, y] = self.camera.centre;
        self.projection.unproject(Coord { x, y })
    }

    /// The same view in another projection: the same place in the middle, at the same zoom;
    /// `None` when that place is not on the other projection's map.
    pub fn in_projection(&self, projection: Projection) -> Option<MapView> {
        let centre = projection.project(self.looks_at()?)?;
        Some(MapView {
            projection,
            camera: Camera {
                centre: [centre.x, centre.y],
                ..self.camera
            },
        })
    }
}

/// Where the map sits on screen and what its camera shows there: the one transform between
/// projected kilometres and screen pixels, used by drawing, picking and the map widget alike.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapTransform {
    /// What the map shows.
    pub camera: Camera,
    /// The top-left corner of the map's viewport on screen.
    pub origin: ScreenPos,
    /// The viewport's width and height in pixels.
    pub size: [f64; 2],
}

impl MapTransform {
    /// The transform for `camera` in a viewport whose top-left corner is at `origin`.
    pub fn new(camera: Camera, origin: ScreenPos, size: [f64; 2]) -> Self {
        Self {
            camera,
            origin,
            size,
        }
    }

    /// Where a projected point lands on screen.
    pub fn screen_from_world(&self, world: WorldPos) -> ScreenPos {
        let Camera {
            centre,
            pixels_per_km,
        } = self.camera;
        ScreenPos {
            x: self.origin.x + self.size[0] / 2.0 + (world.x - centre[0]) * pixels_per_km,
            y: self.origin.y + self.size[1] / 2.0 - (world.y - centre[1]) * pixels_per_km,
        }
    }

    /// The projected point under a screen position.
    pub fn world_from_screen(&self, screen: ScreenPos) -> WorldPos {
        let Camera {
            centre,
            pixels_per_km,
        } = self.camera;
        WorldPos {
            x: centre[0] + (screen.x - self.origin.x - self.size[0] / 2.0) / pixels_per_km,
            y: centre[1] - (screen.y - self.origin.y - self.size[1] / 2.0) / pixels_per_km,
        }
    }

    /// The camera zoomed by `factor`, keeping the world point under `anchor` where it is on screen.
    pub fn zoomed_about(&self, factor: f64, anchor: ScreenPos) -> Camera {
        let before = self.world_from_screen(anchor);
        let pixels_per_km =
            (self.camera.pixels_per_km * factor).clamp(MIN_PIXELS_PER_KM, MAX_PIXELS_PER_KM);
        let zoomed = Self {
            camera: Camera {
                pixels_per_km,
                ..self.camera
            },
            ..*self
        };
        let after = zoomed.world_from_screen(anchor);
        Camera {
            centre: [
                zoomed.camera.centre[0] + before.x - after.x,
                zoomed.camera.centre[1] + before.y - after.y,
            ],
            pixels_per_km,
        }
    }

    /// The camera zoomed by `factor` about the middle of the viewport.
    pub fn zoomed_about_centre(&self, factor: f64) -> Camera {
        let centre = ScreenPos {
            x: self.origin.x + self.size[0] / 2.0,
            y: self.origin.y + self.size[1] / 2.0,
        };
        self.zoomed_about(factor, centre)
    }

    /// Whether any of a projected box lies in the viewport.
    pub fn sees(&self, bounds: &geo::Rect<f64>) -> bool {
        let top_left = self.screen_from_world(WorldPos {
            x: bounds.min().x,
            y: bounds.max().y,
        });
        let bottom_right = self.screen_from_world(WorldPos {
            x: bounds.max().x,
            y: bounds.min().y,
        });
        top_left.x <= self.origin.x + self.size[0]
            && bottom_right.x >= self.origin.x
            && top_left.y <= self.origin.y + self.size[1]
            && bottom_right.y >= self.origin.y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A map viewport of `size` pixels placed away from the screen's corner.
    fn view(centre: [f64; 2], pixels_per_km: f64, size: [f64; 2]) -> MapTransform {
        let camera = Camera {
            centre,
            pixels_per_km,
        };
        MapTransform::new(camera, ScreenPos { x: 250.0, y: 24.0 }, size)
    }

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let view = view([100.0, 200.0], 0.1, [800.0, 600.0]);
        let anchor = ScreenPos { x: 650.0, y: 120.0 };
        let before = view.world_from_screen(anchor);
        let zoomed = MapTransform {
            camera: view.zoomed_about(2.0, anchor),
            ..view
        };
        let after = zoomed.world_from_screen(anchor);
        assert!((before.x - after.x).abs() < 1e-6 && (before.y - after.y).abs() < 1e-6);
        assert!((zoomed.camera.pixels_per_km - 0.2).abs() < 1e-12);
    }

    #[test]
    fn screen_and_world_round_trip() {
        let view = view([-300.0, 50.0], 0.25, [1000.0, 700.0]);
        let world = WorldPos { x: 120.0, y: -40.0 };
        let back = view.world_from_screen(view.screen_from_world(world));
        assert!((back.x - world.x).abs() < 1e-9 && (back.y - world.y).abs() < 1e-9);
        let centre = view.screen_from_world(WorldPos { x: -300.0, y: 50.0 });
        assert_eq!(
            (centre.x, centre.y),
            (750.0, 374.0),
            "the camera centre is mid-viewport"
        );
    }

    #[test]
    fn sees_only_boxes_that_reach_into_the_viewport() {
        let view = view([0.0, 0.0], 1.0, [200.0, 100.0]);
        let near = geo::Rect::new(
            geo::coord! { x: 90.0, y: 40.0 },
            geo::coord! { x: 150.0, y: 90.0 },
        );
        let far = geo::Rect::new(
            geo::coord! { x: 101.0, y: 0.0 },
            geo::coord! { x: 150.0, y: 10.0 },
        );
        assert!(view.sees(&near));
        assert!(!view.sees(&far));
    }

    #[test]
    fn framing_fits_the_box() {
        let camera = Camera::framing(
            WorldPos { x: 0.0, y: 0.0 },
            WorldPos {
                x: 4000.0,
                y: 1000.0,
            },
            [800.0, 600.0],
            0.0,
        );
        assert!((camera.pixels_per_km - 0.2).abs() < 1e-12);
        assert_eq!(camera.centre, [2000.0, 500.0]);
    }
}
