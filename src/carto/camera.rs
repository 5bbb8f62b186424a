//! The map camera: which part of projected space is on screen, and how big. An immutable value.

use super::projection::WorldPos;

/// A point on screen in logical pixels (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPos {
    /// Pixels from the left edge of the map.
    pub x: f64,
    /// Pixels from the top edge of the map.
    pub y: f64,
}

/// What part of the projected map is shown in a viewport of a given size.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
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

    /// Where a projected point lands in a viewport of `size` pixels.
    pub fn screen_from_world(&self, world: WorldPos, size: [f64; 2]) -> ScreenPos {
        ScreenPos {
            x: size[0] / 2.0 + (world.x - self.centre[0]) * self.pixels_per_km,
            y: size[1] / 2.0 - (world.y - self.centre[1]) * self.pixels_per_km,
        }
    }

    /// The projected point under a screen position.
    pub fn world_from_screen(&self, screen: ScreenPos, size: [f64; 2]) -> WorldPos {
        WorldPos {
            x: self.centre[0] + (screen.x - size[0] / 2.0) / self.pixels_per_km,
            y: self.centre[1] - (screen.y - size[1] / 2.0) / self.pixels_per_km,
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

    /// The camera zoomed by `factor` keeping the world point under `anchor` where it is on screen.
    pub fn zoomed(&self, factor: f64, anchor: ScreenPos, size: [f64; 2]) -> Self {
        let before = self.world_from_screen(anchor, size);
        let pixels_per_km =
            (self.pixels_per_km * factor).clamp(MIN_PIXELS_PER_KM, MAX_PIXELS_PER_KM);
        let zoomed = Self {
            pixels_per_km,
            ..*self
        };
        let after = zoomed.world_from_screen(anchor, size);
        Self {
            centre: [
                zoomed.centre[0] + before.x - after.x,
                zoomed.centre[1] + before.y - after.y,
            ],
            pixels_per_km,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let size = [800.0, 600.0];
        let camera = Camera {
            centre: [100.0, 200.0],
            pixels_per_km: 0.1,
        };
        let anchor = ScreenPos { x: 650.0, y: 120.0 };
        let before = camera.world_from_screen(anchor, size);
        let zoomed = camera.zoomed(2.0, anchor, size);
        let after = zoomed.world_from_screen(anchor, size);
        assert!((before.x - after.x).abs() < 1e-6 && (before.y - after.y).abs() < 1e-6);
        assert!((zoomed.pixels_per_km - 0.2).abs() < 1e-12);
    }

    #[test]
    fn screen_and_world_round_trip() {
        let size = [1000.0, 700.0];
        let camera = Camera {
            centre: [-300.0, 50.0],
            pixels_per_km: 0.25,
        };
        let world = WorldPos { x: 120.0, y: -40.0 };
        let back = camera.world_from_screen(camera.screen_from_world(world, size), size);
        assert!((back.x - world.x).abs() < 1e-9 && (back.y - world.y).abs() < 1e-9);
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
