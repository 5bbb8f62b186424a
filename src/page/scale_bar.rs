//! A figure's scale bar, in the map's lower right corner, measured on the sphere where it is
//! drawn.

use super::text::{CREDIT_SIZE, MARGIN, palette};
use crate::earth::camera::MapTransform;
use crate::earth::projection::Projection;
use crate::facts::describe;
use crate::render::display::{Item, Stroke};
use crate::render::font::MapFont;

/// A scale bar in the map's lower right corner, true at the map's centre (the projection keeps
/// areas, not distances, so it is a guide, and says so).
pub fn scale_bar_items(
    view: &MapTransform,
    projection: &Projection,
    font: &MapFont,
    map_min: [f32; 2],
    map_size: [f32; 2],
    items: &mut Vec<Item>,
) {
    let km_per_px = ground_km_per_px(view, projection);
    let target_km = km_per_px * 160.0;
    let nice = [1.0, 2.0, 5.0];
    let magnitude = 10f64.powf(target_km.log10().floor());
    let length_km = nice
        .iter()
        .map(|n| n * magnitude)
        .filter(|km| *km <= target_km)
        .fold(magnitude, f64::max);
    let length_px = (length_km / km_per_px) as f32;
    let right = map_min[0] + map_size[0] - MARGIN;
    let y = map_min[1] + map_size[1] - MARGIN;
    let left = right - length_px;
    let bar = Stroke {
        colour: palette().label,
        width: 2.0,
        dash: None,
    };
    items.push(Item::Line {
        points: vec![[left, y - 5.0], [left, y], [right, y], [right, y - 5.0]],
        stroke: bar,
        closed: false,
    });
    let text = format!("{} km (at the centre)", describe::whole_km(length_km));
    let width = font.line_width(&text, CREDIT_SIZE);
    items.push(font.text_item(
        &text,
        [right - width, y - 8.0 - font.line_height(CREDIT_SIZE)],
        CREDIT_SIZE,
        palette().label,
        Some((palette().label_halo, 2.0)),
    ));
}

/// Kilometres on the ground per pixel along the horizontal through the map's centre, measured on
/// the sphere between two points either side of it: the projection is true to scale only at its
/// own centre, not at the view's.
pub fn ground_km_per_px(view: &MapTransform, projection: &Projection) -> f64 {
    use geo::{Distance, Haversine, Point};
    let half_px = (view.size[0] / 4.0).max(1.0);
    let half_km = half_px / view.camera.pixels_per_km;
    let [x, y] = view.camera.centre;
    let ends = [x - half_km, x + half_km].map(|x| projection.unproject(geo::coord! { x: x, y: y }));
    match ends {
        [Some(west), Some(east)] => {
            Haversine.distance(Point(west), Point(east)) / 1000.0 / (2.0 * half_px)
        }
        _ => 1.0 / view.camera.pixels_per_km,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::camera::{Camera, ScreenPos};
    use crate::earth::projection::lon_lat;
    use crate::earth::world::world;
    use geo::{Distance, Geodesic, Point};

    /// The ground distance between two points 200 px apart on the horizontal through the map's
    /// centre, on the WGS84 ellipsoid, against what the scale bar takes 200 px to be.
    fn scale_error(lon: f64, lat: f64, width_km: f64) -> f64 {
        let projection = &world().geometry.projection;
        let size = [1600.0, 900.0];
        let centre = projection.project(lon_lat(lon, lat)).unwrap();
        let camera = Camera {
            centre: [centre.x, centre.y],
            pixels_per_km: size[0] / width_km,
        };
        let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
        let ground = |x: f64| {
            let pos = view.world_from_screen(ScreenPos { x, y: 450.0 });
            Point(projection.unproject(pos).unwrap())
        };
        let geodesic_km = Geodesic.distance(ground(700.0), ground(900.0)) / 1000.0;
        let bar_km = 200.0 * ground_km_per_px(&view, projection);
        (bar_km - geodesic_km).abs() / geodesic_km
    }

    #[test]
    fn the_scale_bar_is_within_two_percent_of_the_geodesic_distance_at_the_view_centre() {
        for (place, lon, lat, width_km) in [
            ("the CSTO view", 75.0, 55.0, 9000.0),
            ("the Pamirs", 71.5, 38.0, 400.0),
            ("Belarus", 28.0, 53.5, 800.0),
            ("Kamchatka", 160.0, 56.0, 1500.0),
        ] {
            let error = scale_error(lon, lat, width_km);
            assert!(error < 0.02, "{place}: off by {:.1} %", error * 100.0);
        }
    }
}
