//! Places on the sphere, apart from any projection: how far apart two are, the way between them
//! along a great circle, and the centre of a group of them.

use geo::Coord;

use super::projection::lon_lat;

/// A place as a unit vector (x towards 0° E on the equator, z towards the north pole).
fn unit(place: Coord<f64>) -> [f64; 3] {
    let (lon, lat) = (place.x.to_radians(), place.y.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// The place a unit vector points at (longitude −180..180, latitude −90..90).
fn place_of(v: [f64; 3]) -> Coord<f64> {
    lon_lat(
        v[1].atan2(v[0]).to_degrees(),
        v[2].clamp(-1.0, 1.0).asin().to_degrees(),
    )
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// `v` scaled to length 1; `None` for (nearly) the zero vector.
fn normalised(v: [f64; 3]) -> Option<[f64; 3]> {
    let length = dot(v, v).sqrt();
    (length > 1e-9).then(|| v.map(|x| x / length))
}

/// How far apart two places are, in degrees of arc.
pub fn arc_degrees(a: Coord<f64>, b: Coord<f64>) -> f64 {
    dot(unit(a), unit(b)).clamp(-1.0, 1.0).acos().to_degrees()
}

/// The place a share `t` (0 at `from`, 1 at `to`) of the way along the great circle from `from`
/// to `to`. Antipodes have no one great circle between them: the way stays at `from` until it
/// ends at `to`.
pub fn along_great_circle(from: Coord<f64>, to: Coord<f64>, t: f64) -> Coord<f64> {
    let (a, b) = (unit(from), unit(to));
    let angle = dot(a, b).clamp(-1.0, 1.0).acos();
    if angle < 1e-12 || (std::f64::consts::PI - angle) < 1e-9 {
        return if t < 1.0 { from } else { to };
    }
    let (wa, wb) = (
        ((1.0 - t) * angle).sin() / angle.sin(),
        (t * angle).sin() / angle.sin(),
    );
    place_of([0, 1, 2].map(|i| a[i] * wa + b[i] * wb))
}

/// The centre on the sphere of some places (longitude/latitude) and how far (degrees of arc) the
/// farthest of them lies from it: the centre of the smallest cap that holds them all, found by
/// stepping from their mean towards the farthest place by ever smaller steps (Bădoiu and
/// Clarkson), so that a region framed around it is as small as it can be however its members
/// cluster. `None` for no places, or places spread so evenly that they have no mean direction.
pub fn spherical_centre(places: &[Coord<f64>]) -> Option<(Coord<f64>, f64)> {
    let points: Vec<[f64; 3]> = places.iter().copied().map(unit).collect();
    let sum = points
        .iter()
        .fold([0.0; 3], |s, v| [s[0] + v[0], s[1] + v[1], s[2] + v[2]]);
    if points.is_empty() || dot(sum, sum).sqrt() < 1e-6 * points.len() as f64 {
        return None;
    }
    let mut centre = normalised(sum)?;
    let farthest = |centre: [f64; 3]| {
        points
            .iter()
            .copied()
            .min_by(|a, b| dot(*a, centre).total_cmp(&dot(*b, centre)))
            .unwrap_or(centre)
    };
    for step in 1..=CENTRE_STEPS {
        let far = farthest(centre);
        let t = 1.0 / (step as f64 + 1.0);
        let moved = [0, 1, 2].map(|i| centre[i] * (1.0 - t) + far[i] * t);
        centre = normalised(moved).unwrap_or(centre);
    }
    let spread = dot(farthest(centre), centre)
        .clamp(-1.0, 1.0)
        .acos()
        .to_degrees();
    Some((place_of(centre), spread))
}

/// How many steps [`spherical_centre`] takes: its centre is then within about a degree of the best.
const CENTRE_STEPS: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_centre_is_found_across_the_antimeridian() {
        let (centre, spread) =
            spherical_centre(&[lon_lat(178.0, -18.0), lon_lat(-172.0, -14.0)]).unwrap();
        assert!(centre.x.abs() > 170.0, "{centre:?}");
        assert!(spread < 6.0, "{spread}");
        assert!(spherical_centre(&[]).is_none());
        // Many members on one side do not pull the centre away from the few on the other.
        let mut places = vec![lon_lat(-100.0, 45.0)];
        places.extend((0..30).map(|i| lon_lat(f64::from(i), 50.0)));
        let (centre, spread) = spherical_centre(&places).unwrap();
        assert!((-70.0..-30.0).contains(&centre.x), "{centre:?}");
        assert!(spread < 55.0, "{spread}");
    }

    #[test]
    fn arcs_are_measured_across_the_antimeridian_and_the_pole() {
        assert!((arc_degrees(lon_lat(179.0, 0.0), lon_lat(-179.0, 0.0)) - 2.0).abs() < 1e-9);
        assert!((arc_degrees(lon_lat(0.0, 80.0), lon_lat(180.0, 80.0)) - 20.0).abs() < 1e-9);
        assert!((arc_degrees(lon_lat(10.0, 20.0), lon_lat(10.0, 20.0))).abs() < 1e-6);
    }

    #[test]
    fn the_way_along_a_great_circle_starts_and_ends_at_its_ends_and_halves_the_arc() {
        let (fiji, samoa) = (lon_lat(178.0, -18.0), lon_lat(-172.0, -14.0));
        let start = along_great_circle(fiji, samoa, 0.0);
        let end = along_great_circle(fiji, samoa, 1.0);
        assert!(arc_degrees(start, fiji) < 1e-9 && arc_degrees(end, samoa) < 1e-9);
        let middle = along_great_circle(fiji, samoa, 0.5);
        let whole = arc_degrees(fiji, samoa);
        assert!((arc_degrees(fiji, middle) - whole / 2.0).abs() < 1e-9);
        assert!((arc_degrees(middle, samoa) - whole / 2.0).abs() < 1e-9);
        // Across the antimeridian, not the long way round through Africa.
        assert!(middle.x.abs() > 170.0, "{middle:?}");
    }
}
