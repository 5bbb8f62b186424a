//! Moving the map from one view to another (the next slide, a country found, the home view): the
//! camera glides and zooms, the projection's centre travels along the great circle between the
//! two views' centres, and the date runs on, with an ease in and out, so a class sees where the
//! map goes and what changes on the way. No egui here.

use chrono::NaiveDate;

use crate::dataset::Date;
use crate::earth::camera::{Camera, MapView};
use crate::earth::projection::Projection;
use crate::earth::sphere::along_great_circle;

/// How long a move between slides takes.
pub const DURATION_SECS: f64 = 0.8;

/// A move under way from one view and date to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    from: MapView,
    to: MapView,
    from_day: NaiveDate,
    to_date: Date,
    elapsed_secs: f64,
}

/// Where a transition is after a step: the view and date to show, and whether it has arrived.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// The view to draw.
    pub view: MapView,
    /// The date to show: on the way, a day; on arrival, the slide's date at its precision.
    pub date: Date,
    /// Whether this is the end of the move.
    pub arrived: bool,
}

impl Transition {
    /// A move from `from` on `from_day` to `to` on `to_date`.
    pub fn new(from: MapView, from_day: NaiveDate, to: MapView, to_date: Date) -> Self {
        Self {
            from,
            to,
            from_day,
            to_date,
            elapsed_secs: 0.0,
        }
    }

    /// Moves on by `dt_secs` seconds.
    pub fn advance(&mut self, dt_secs: f64) -> Step {
        self.elapsed_secs += dt_secs.max(0.0);
        let t = (self.elapsed_secs / DURATION_SECS).min(1.0);
        if t >= 1.0 {
            return Step {
                view: self.to,
                date: self.to_date,
                arrived: true,
            };
        }
        let e = ease_in_out(t);
        let days = (self.to_date.first_day() - self.from_day).num_days() as f64;
        let day = self.from_day + chrono::Duration::days((days * e).round() as i64);
        Step {
            view: view_between(&self.from, &self.to, e),
            date: Date::from_day(day),
            arrived: false,
        }
    }

    /// Where the move ends.
    pub fn destination(&self) -> MapView {
        self.to
    }
}

/// The view a share `e` of the way from `from` to `to`. Between two azimuthal projections the
/// centre travels along the great circle while the camera's offset from it and the zoom move
/// on; to or from the world map, the camera glides in `from`'s projection towards where `to`
/// looks, and the projection changes on arrival.
fn view_between(from: &MapView, to: &MapView, e: f64) -> MapView {
    let towards = match (from.projection.centre(), to.projection.centre()) {
        _ if from.projection == to.projection => *to,
        (Some(a), Some(b)) => {
            return MapView {
                projection: Projection::centred_on(along_great_circle(a, b, e)),
                camera: camera_between(&from.camera, &to.camera, e),
            };
        }
        _ => to.in_projection(from.projection).unwrap_or(*from),
    };
    MapView {
        projection: from.projection,
        camera: camera_between(&from.camera, &towards.camera, e),
    }
}

/// The camera a share `e` of the way from `from` to `to` in one projection.
fn camera_between(from: &Camera, to: &Camera, e: f64) -> Camera {
    let lerp = |a: f64, b: f64| a + (b - a) * e;
    Camera {
        centre: [
            lerp(from.centre[0], to.centre[0]),
            lerp(from.centre[1], to.centre[1]),
        ],
        // Zoom changes by the same factor each moment, as the eye expects.
        pixels_per_km: (from.pixels_per_km.ln() + (to.pixels_per_km / from.pixels_per_km).ln() * e)
            .exp(),
    }
}

/// Slow at both ends, quick in the middle (a cubic ease in and out).
fn ease_in_out(t: f64) -> f64 {
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::earth::projection::lon_lat;
    use crate::earth::sphere::arc_degrees;

    fn view(projection: Projection, centre: [f64; 2], pixels_per_km: f64) -> MapView {
        MapView {
            projection,
            camera: Camera {
                centre,
                pixels_per_km,
            },
        }
    }

    #[test]
    fn glides_from_one_view_and_date_to_the_next_and_arrives_exactly() {
        let from = view(Projection::csto(), [0.0, 0.0], 0.1);
        let to = view(Projection::csto(), [1000.0, -500.0], 0.4);
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let target = Date::parse("1999").unwrap();
        let mut transition = Transition::new(from, day("1993-01-01"), to, target);
        let halfway = transition.advance(DURATION_SECS / 2.0);
        assert!(!halfway.arrived);
        assert_eq!(halfway.view.projection, Projection::csto());
        assert!((halfway.view.camera.centre[0] - 500.0).abs() < 1e-6);
        assert!(
            (halfway.view.camera.pixels_per_km - 0.2).abs() < 1e-9,
            "zoom halfway in log scale"
        );
        let off_by = (halfway.date.first_day() - day("1996-01-01")).num_days();
        assert!(off_by.abs() <= 1, "{:?}", halfway.date);
        let early = Transition::new(from, day("1993-01-01"), to, target).advance(0.1);
        assert!(
            early.view.camera.centre[0] < 50.0,
            "eases in: {:?}",
            early.view.camera
        );
        let end = transition.advance(DURATION_SECS);
        assert_eq!((end.view, end.date, end.arrived), (to, target, true));
    }

    #[test]
    fn the_centre_travels_along_the_great_circle_from_one_region_to_the_other() {
        let (almaty, fiji) = (lon_lat(77.0, 43.0), lon_lat(178.0, -18.0));
        let from = view(Projection::centred_on(almaty), [200.0, 0.0], 0.1);
        let to = view(Projection::centred_on(fiji), [0.0, 0.0], 0.3);
        let day = "2001-01-01".parse::<NaiveDate>().unwrap();
        let date = Date::from_day(day);
        let mut transition = Transition::new(from, day, to, date);
        let mut last = almaty;
        let mut travelled = 0.0;
        while let Step {
            view,
            arrived: false,
            ..
        } = transition.advance(DURATION_SECS / 20.0)
        {
            let centre = view.projection.centre().unwrap();
            travelled += arc_degrees(last, centre);
            last = centre;
        }
        travelled += arc_degrees(last, fiji);
        // No detour: the centres' steps add up to the arc between the two.
        assert!(
            (travelled - arc_degrees(almaty, fiji)).abs() < 0.01,
            "{travelled}"
        );
        assert_eq!(transition.destination(), to);
    }

    #[test]
    fn to_the_world_map_the_camera_glides_towards_where_it_will_look_then_cuts() {
        let from = view(Projection::centred_on(lon_lat(77.0, 43.0)), [0.0, 0.0], 0.1);
        let to = view(Projection::World, [0.0, 0.0], 0.02);
        let day = "2001-01-01".parse::<NaiveDate>().unwrap();
        let mut transition = Transition::new(from, day, to, Date::from_day(day));
        let halfway = transition.advance(DURATION_SECS / 2.0).view;
        assert_eq!(halfway.projection, from.projection);
        let looks_at = halfway.looks_at().unwrap();
        assert!(
            looks_at.x < 77.0 && looks_at.x > 0.0,
            "on the way to 0° E: {looks_at:?}"
        );
        assert_eq!(transition.advance(DURATION_SECS).view, to);
    }
}
