//! Lambert azimuthal equal-area projection centred on the CSTO area: areas stay true, so member
//! states are compared fairly, and Eurasia is barely distorted near the centre.

use geo::Coord;

/// Mean Earth radius in kilometres (IUGG), the unit of projected coordinates.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A position in projected space, in kilometres east (`x`) and north (`y`) of the centre.
pub type WorldPos = Coord<f64>;

/// A Lambert azimuthal equal-area projection on the sphere.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    lon0: f64,
    sin_lat0: f64,
    cos_lat0: f64,
}

impl Projection {
    /// Centred on the CSTO members: from Belarus to Tajikistan and Russia's Far East.
    pub fn csto() -> Self {
        Self::centred_on(lon_lat(70.0, 50.0))
    }

    /// A projection centred on `centre` (x = longitude, y = latitude, degrees).
    pub fn centred_on(centre: Coord<f64>) -> Self {
        let lat0 = centre.y.to_radians();
        Self {
            lon0: centre.x.to_radians(),
            sin_lat0: lat0.sin(),
            cos_lat0: lat0.cos(),
        }
    }

    /// Projects longitude/latitude (degrees) to kilometres; `None` at the antipode of the centre.
    pub fn project(&self, lon_lat: Coord<f64>) -> Option<WorldPos> {
        let (lon, lat) = (lon_lat.x.to_radians(), lon_lat.y.to_radians());
        let (sin_lat, cos_lat) = lat.sin_cos();
        let (sin_dlon, cos_dlon) = (lon - self.lon0).sin_cos();
        let denominator = 1.0 + self.sin_lat0 * sin_lat + self.cos_lat0 * cos_lat * cos_dlon;
        if denominator <= 1e-12 {
            return None;
        }
        let k = (2.0 / denominator).sqrt() * EARTH_RADIUS_KM;
        Some(Coord {
            x: k * cos_lat * sin_dlon,
            y: k * (self.cos_lat0 * sin_lat - self.sin_lat0 * cos_lat * cos_dlon),
        })
    }

    /// The longitude/latitude (degrees) of a projected point; `None` outside the projected disc.
    pub fn unproject(&self, pos: WorldPos) -> Option<Coord<f64>> {
        let rho = pos.x.hypot(pos.y);
        if rho < 1e-9 {
            return Some(lon_lat(
                self.lon0.to_degrees(),
                self.sin_lat0.asin().to_degrees(),
            ));
        }
        let ratio = rho / (2.0 * EARTH_RADIUS_KM);
        if ratio > 1.0 {
            return None;
        }
        let c = 2.0 * ratio.asin();
        let (sin_c, cos_c) = c.sin_cos();
        let lat = (cos_c * self.sin_lat0 + pos.y * sin_c * self.cos_lat0 / rho).asin();
        let lon = self.lon0
            + (pos.x * sin_c).atan2(rho * self.cos_lat0 * cos_c - pos.y * self.sin_lat0 * sin_c);
        let lon = (lon.to_degrees() + 540.0).rem_euclid(360.0) - 180.0;
        Some(lon_lat(lon, lat.to_degrees()))
    }

    /// Radius of the projected globe (the whole sphere fits in this disc), in kilometres.
    pub fn disc_radius_km(&self) -> f64 {
        2.0 * EARTH_RADIUS_KM
    }
}

/// A geographic coordinate, named so that axis order cannot silently flip.
pub fn lon_lat(lon: f64, lat: f64) -> Coord<f64> {
    Coord { x: lon, y: lat }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_points_across_the_globe() {
        let projection = Projection::csto();
        for lat in (-80..=80).step_by(10) {
            for lon in (-170..=170).step_by(10) {
                let geo = lon_lat(f64::from(lon), f64::from(lat));
                let Some(world) = projection.project(geo) else {
                    continue;
                };
                let back = projection.unproject(world).unwrap();
                assert!(
                    (back.x - geo.x).abs() < 1e-6 && (back.y - geo.y).abs() < 1e-6,
                    "{geo:?} -> {back:?}"
                );
            }
        }
    }

    #[test]
    fn the_centre_maps_to_the_origin_and_north_is_up() {
        let projection = Projection::csto();
        let origin = projection.project(lon_lat(70.0, 50.0)).unwrap();
        assert!(origin.x.abs() < 1e-9 && origin.y.abs() < 1e-9);
        let north = projection.project(lon_lat(70.0, 60.0)).unwrap();
        assert!(north.y > 1000.0 && north.x.abs() < 1e-6);
    }

    #[test]
    fn preserves_area_near_the_centre() {
        // A 1°×1° cell at 50°N covers about 111.2 km × 71.5 km.
        let projection = Projection::csto();
        let corners = [
            lon_lat(70.0, 50.0),
            lon_lat(71.0, 50.0),
            lon_lat(71.0, 51.0),
            lon_lat(70.0, 51.0),
        ];
        let p: Vec<_> = corners
            .iter()
            .map(|c| projection.project(*c).unwrap())
            .collect();
        let area = 0.5
            * (0..4)
                .map(|i| p[i].x * p[(i + 1) % 4].y - p[(i + 1) % 4].x * p[i].y)
                .sum::<f64>()
                .abs();
        let expected = (EARTH_RADIUS_KM.powi(2))
            * 1f64.to_radians()
            * (51f64.to_radians().sin() - 50f64.to_radians().sin());
        assert!((area / expected - 1.0).abs() < 1e-3, "{area} vs {expected}");
    }

    #[test]
    fn the_antipode_has_no_position() {
        let projection = Projection::csto();
        assert_eq!(projection.project(lon_lat(-110.0, -50.0)), None);
        assert_eq!(
            projection.unproject(Coord {
                x: 3.0 * EARTH_RADIUS_KM,
                y: 0.0
            }),
            None
        );
    }
}
