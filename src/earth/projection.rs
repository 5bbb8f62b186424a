//! The map's projections, both equal-area so that member states are compared fairly: a Lambert
//! azimuthal equal-area projection centred on a region, showing the hemisphere around its centre
//! (north up there, shapes barely distorted near it), and Equal Earth for organisations that span
//! the world.

use geo::Coord;

/// Mean Earth radius in kilometres (IUGG), the unit of projected coordinates.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A position in projected space, in kilometres east (`x`) and north (`y`) of the centre.
pub type WorldPos = Coord<f64>;

/// How far from its centre an azimuthal map shows the globe, in degrees of arc: one hemisphere,
/// so nothing is drawn from the far side of the globe.
pub const HORIZON_DEGREES: f64 = 90.0;

/// A map projection on the sphere. Saved as what it is and, for an azimuthal one, its centre.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(from = "Written", into = "Written")]
pub enum Projection {
    /// Lambert azimuthal equal-area, centred on a region.
    Azimuthal(Azimuthal),
    /// Equal Earth, the whole world, centred on Greenwich (where Natural Earth's seam at 180° is
    /// the map's edge).
    World,
}

/// A Lambert azimuthal equal-area projection's centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Azimuthal {
    centre: Coord<f64>,
    lon0: f64,
    sin_lat0: f64,
    cos_lat0: f64,
}

/// A projection as it is saved: the centre only, from which the rest is worked out.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(tag = "projection", rename_all = "lowercase")]
enum Written {
    Azimuthal { centre: [f64; 2] },
    World,
}

impl From<Written> for Projection {
    fn from(written: Written) -> Self {
        match written {
            Written::Azimuthal { centre } => Self::centred_on(lon_lat(centre[0], centre[1])),
            Written::World => Self::World,
        }
    }
}

impl From<Projection> for Written {
    fn from(projection: Projection) -> Self {
        match projection.centre() {
            Some(centre) => Self::Azimuthal {
                centre: [centre.x, centre.y],
            },
            None => Self::World,
        }
    }
}

impl Projection {
    /// Centred on the CSTO members: from Belarus to Tajikistan and Russia's Far East.
    pub fn csto() -> Self {
        Self::centred_on(lon_lat(70.0, 50.0))
    }

    /// An azimuthal projection centred on `centre` (x = longitude, y = latitude, degrees).
    pub fn centred_on(centre: Coord<f64>) -> Self {
        // Kept as given (within range) so that a saved centre reads back as the same projection.
        let centre = lon_lat(wrap_lon(centre.x), centre.y.clamp(-90.0, 90.0));
        let lat0 = centre.y.to_radians();
        Self::Azimuthal(Azimuthal {
            centre,
            lon0: centre.x.to_radians(),
            sin_lat0: lat0.sin(),
            cos_lat0: lat0.cos(),
        })
    }

    /// The centre of an azimuthal projection (`None` for the world map).
    pub fn centre(&self) -> Option<Coord<f64>> {
        match self {
            Self::Azimuthal(azimuthal) => Some(azimuthal.centre),
            Self::World => None,
        }
    }

    /// Projects longitude/latitude (degrees) to kilometres; `None` where the map does not show
    /// the point (beyond an azimuthal map's horizon).
    pub fn project(&self, lon_lat: Coord<f64>) -> Option<WorldPos> {
        let pos = self.project_unclipped(lon_lat)?;
        self.shows(pos).then_some(pos)
    }

    /// Projects longitude/latitude (degrees) to kilometres, beyond the horizon too (where an
    /// azimuthal projection still has a position, squeezed towards the rim of its disc); `None`
    /// only at the antipode of an azimuthal projection's centre. For outlines that are clipped to
    /// the horizon after projecting.
    pub fn project_unclipped(&self, lon_lat: Coord<f64>) -> Option<WorldPos> {
        match self {
            Self::Azimuthal(azimuthal) => azimuthal.project(lon_lat),
            Self::World => Some(equal_earth::project(lon_lat)),
        }
    }

    /// A line's points (longitude/latitude) projected beyond the horizon too, for clipping after;
    /// the antipode, which has no position, left out.
    pub fn project_line_unclipped(&self, line: &[Coord<f64>]) -> Vec<WorldPos> {
        line.iter()
            .filter_map(|c| self.project_unclipped(*c))
            .collect()
    }

    /// The longitude/latitude (degrees) of a projected point; `None` off the map.
    pub fn unproject(&self, pos: WorldPos) -> Option<Coord<f64>> {
        if !self.shows(pos) {
            return None;
        }
        self.unproject_unclipped(pos)
    }

    /// The longitude/latitude (degrees) of a projected point beyond the horizon too, as
    /// [`Self::project_unclipped`] put it; `None` outside the projection's whole disc or outline.
    pub fn unproject_unclipped(&self, pos: WorldPos) -> Option<Coord<f64>> {
        match self {
            Self::Azimuthal(azimuthal) => azimuthal.unproject(pos),
            Self::World => equal_earth::unproject(pos),
        }
    }

    /// Whether a projected point lies on the part of the map that is drawn.
    pub fn shows(&self, pos: WorldPos) -> bool {
        match self {
            Self::Azimuthal(_) => {
                pos.x * pos.x + pos.y * pos.y
                    <= HORIZON_RADIUS_KM * HORIZON_RADIUS_KM * (1.0 + 1e-9)
            }
            Self::World => equal_earth::inside(pos),
        }
    }

    /// The edge of what the map draws, as a closed convex ring (km): the horizon's disc, or the
    /// world map's outline.
    pub fn outline(&self) -> Vec<WorldPos> {
        match self {
            Self::Azimuthal(_) => {
                let r = HORIZON_RADIUS_KM;
                (0..OUTLINE_SIDES)
                    .map(|i| {
                        let angle = i as f64 / OUTLINE_SIDES as f64 * std::f64::consts::TAU;
                        Coord {
                            x: r * angle.cos(),
                            y: r * angle.sin(),
                        }
                    })
                    .collect()
            }
            Self::World => equal_earth::outline(),
        }
    }

    /// The half-width and half-height of what the map draws (km).
    pub fn half_extent_km(&self) -> [f64; 2] {
        match self {
            Self::Azimuthal(_) => [HORIZON_RADIUS_KM; 2],
            Self::World => {
                let edge = equal_earth::project(lon_lat(180.0, 0.0)).x;
                let top = equal_earth::project(lon_lat(0.0, 90.0)).y;
                [edge, top]
            }
        }
    }
}

/// How many sides the azimuthal horizon's disc is traced with.
const OUTLINE_SIDES: usize = 256;

/// The radius of the horizon's disc on an azimuthal map (km): points at an arc `c` from the
/// centre lie at 2R·sin(c/2), which for the 90° horizon is R·√2.
pub const HORIZON_RADIUS_KM: f64 = EARTH_RADIUS_KM * std::f64::consts::SQRT_2;

impl Azimuthal {
    fn project(&self, lon_lat: Coord<f64>) -> Option<WorldPos> {
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

    fn unproject(&self, pos: WorldPos) -> Option<Coord<f64>> {
        let rho = pos.x.hypot(pos.y);
        if rho < 1e-9 {
            return Some(self.centre);
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
        Some(lon_lat(wrap_lon(lon.to_degrees()), lat.to_degrees()))
    }
}

/// Equal Earth (Šavrič, Patterson and Jenny, 2018), on the sphere of [`EARTH_RADIUS_KM`].
mod equal_earth {
    use geo::Coord;

    use super::{EARTH_RADIUS_KM, WorldPos, lon_lat};

    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;

    fn m() -> f64 {
        3f64.sqrt() / 2.0
    }

    /// y/R as a function of the parametric latitude θ, and its derivative.
    fn y_of(theta: f64) -> (f64, f64) {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let value = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        let slope = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        (value, slope)
    }

    pub fn project(lon_lat: Coord<f64>) -> WorldPos {
        let (lon, lat) = (lon_lat.x.to_radians(), lon_lat.y.to_radians());
        let theta = (m() * lat.sin()).asin();
        let (y, slope) = y_of(theta);
        Coord {
            x: EARTH_RADIUS_KM * 2.0 * 3f64.sqrt() * lon * theta.cos() / (3.0 * slope),
            y: EARTH_RADIUS_KM * y,
        }
    }

    pub fn unproject(pos: WorldPos) -> Option<Coord<f64>> {
        let target = pos.y / EARTH_RADIUS_KM;
        let mut theta = target / A1;
        for _ in 0..12 {
            let (y, slope) = y_of(theta);
            let step = (y - target) / slope;
            theta -= step;
            if step.abs() < 1e-12 {
                break;
            }
        }
        let (_, slope) = y_of(theta);
        let lat = (theta.sin() / m()).clamp(-1.0, 1.0).asin();
        let lon = 3.0 * slope * pos.x / (EARTH_RADIUS_KM * 2.0 * 3f64.sqrt() * theta.cos());
        let (lon, lat) = (lon.to_degrees(), lat.to_degrees());
        ((-180.0 - 1e-9..=180.0 + 1e-9).contains(&lon) && lat.abs() <= 90.0)
            .then(|| lon_lat(lon, lat))
    }

    pub fn inside(pos: WorldPos) -> bool {
        unproject(pos).is_some()
    }

    /// The world's edge: the meridians at 180° W and 180° E, pole to pole.
    pub fn outline() -> Vec<WorldPos> {
        let steps = 90;
        let east = (0..=steps).map(|i| lon_lat(180.0, -90.0 + 180.0 * i as f64 / steps as f64));
        let west = (0..=steps).map(|i| lon_lat(-180.0, 90.0 - 180.0 * i as f64 / steps as f64));
        east.chain(west).map(project).collect()
    }
}

/// A longitude brought into −180..180.
fn wrap_lon(lon: f64) -> f64 {
    if (-180.0..180.0).contains(&lon) {
        lon
    } else {
        (lon + 540.0).rem_euclid(360.0) - 180.0
    }
}

/// A geographic coordinate, named so that axis order cannot silently flip.
pub fn lon_lat(lon: f64, lat: f64) -> Coord<f64> {
    Coord { x: lon, y: lat }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Coord<f64>, b: Coord<f64>) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn round_trips_points_across_what_each_projection_shows() {
        for projection in [
            Projection::csto(),
            Projection::centred_on(lon_lat(-170.0, -15.0)),
            Projection::centred_on(lon_lat(0.0, 90.0)),
            Projection::World,
        ] {
            let mut shown = 0;
            for lat in (-80..=80).step_by(10) {
                for lon in (-170..=170).step_by(10) {
                    let geo = lon_lat(f64::from(lon), f64::from(lat));
                    let Some(world) = projection.project(geo) else {
                        continue;
                    };
                    shown += 1;
                    let back = projection.unproject(world).unwrap();
                    assert!(close(back, geo), "{projection:?}: {geo:?} -> {back:?}");
                }
            }
            assert!(shown > 200, "{projection:?} shows only {shown} points");
        }
    }

    #[test]
    fn the_centre_maps_to_the_origin_and_north_is_up() {
        for (lon, lat) in [(70.0, 50.0), (-170.0, -15.0), (-40.0, 50.0)] {
            let projection = Projection::centred_on(lon_lat(lon, lat));
            let origin = projection.project(lon_lat(lon, lat)).unwrap();
            assert!(origin.x.abs() < 1e-9 && origin.y.abs() < 1e-9);
            let north = projection.project(lon_lat(lon, lat + 10.0)).unwrap();
            assert!(north.y > 1000.0 && north.x.abs() < 1e-6);
        }
        let world = Projection::World;
        let north = world.project(lon_lat(10.0, 60.0)).unwrap();
        let south = world.project(lon_lat(10.0, -60.0)).unwrap();
        assert!(north.y > 5000.0 && south.y < -5000.0);
        let west = world.project(lon_lat(-100.0, 0.0)).unwrap();
        assert!(west.x < -9_000.0);
    }

    /// The area of a 1°×1° cell, projected, against its area on the sphere.
    fn cell_area_ratio(projection: &Projection, lon: f64, lat: f64) -> f64 {
        let corners = [
            lon_lat(lon, lat),
            lon_lat(lon + 1.0, lat),
            lon_lat(lon + 1.0, lat + 1.0),
            lon_lat(lon, lat + 1.0),
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
            * ((lat + 1.0).to_radians().sin() - lat.to_radians().sin());
        area / expected
    }

    #[test]
    fn both_projections_keep_areas() {
        for (projection, lon, lat) in [
            (Projection::csto(), 70.0, 50.0),
            (Projection::csto(), 100.0, 20.0),
            (Projection::World, 0.0, 0.0),
            (Projection::World, 150.0, 60.0),
            (Projection::World, -120.0, -45.0),
        ] {
            let ratio = cell_area_ratio(&projection, lon, lat);
            assert!(
                (ratio - 1.0).abs() < 2e-3,
                "{projection:?} at {lon},{lat}: {ratio}"
            );
        }
    }

    #[test]
    fn the_horizon_s_disc_is_where_points_90_degrees_away_land() {
        let expected = 2.0 * EARTH_RADIUS_KM * (HORIZON_DEGREES.to_radians() / 2.0).sin();
        assert!((HORIZON_RADIUS_KM - expected).abs() < 1e-6);
        let edge = Projection::csto()
            .project_unclipped(lon_lat(70.0, -40.0))
            .unwrap();
        assert!((edge.x.hypot(edge.y) - HORIZON_RADIUS_KM).abs() < 1e-6);
    }

    #[test]
    fn nothing_beyond_the_horizon_is_shown() {
        let projection = Projection::csto();
        assert_eq!(projection.project(lon_lat(-110.0, -50.0)), None);
        assert_eq!(projection.project(lon_lat(-110.0, 10.0)), None);
        assert!(
            projection
                .project_unclipped(lon_lat(-110.0, 10.0))
                .is_some()
        );
        assert_eq!(
            projection.unproject(Coord {
                x: 1.5 * EARTH_RADIUS_KM,
                y: 0.0
            }),
            None
        );
        // 80° from the centre is still on the map.
        assert!(projection.project(lon_lat(70.0, -30.0)).is_some());
    }

    #[test]
    fn the_world_map_ends_at_the_antimeridian() {
        let world = Projection::World;
        let [half_width, half_height] = world.half_extent_km();
        assert!(
            world
                .unproject(Coord {
                    x: half_width * 1.01,
                    y: 0.0
                })
                .is_none()
        );
        assert!(
            world
                .unproject(Coord {
                    x: half_width * 0.99,
                    y: 0.0
                })
                .is_some()
        );
        assert!(
            (half_height / half_width - 0.4866).abs() < 0.01,
            "{half_height} {half_width}"
        );
    }
}
