//! Moving from one slide to the next: the camera glides and zooms, and the date runs on, with an
//! ease in and out, so a class sees where the map goes and what changes on the way. No egui here.

use chrono::NaiveDate;

use crate::dataset::Date;
use crate::earth::camera::Camera;

/// How long a move between slides takes.
pub const DURATION_SECS: f64 = 0.8;

/// A move under way from one view and date to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    from: Camera,
    to: Camera,
    from_day: NaiveDate,
    to_date: Date,
    elapsed_secs: f64,
}

/// Where a transition is after a step: the camera and date to show, and whether it has arrived.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// The camera to draw with.
    pub camera: Camera,
    /// The date to show: on the way, a day; on arrival, the slide's date at its precision.
    pub date: Date,
    /// Whether this is the end of the move.
    pub arrived: bool,
}

impl Transition {
    /// A move from `from` on `from_day` to `to` on `to_date`.
    pub fn new(from: Camera, from_day: NaiveDate, to: Camera, to_date: Date) -> Self {
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
                camera: self.to,
                date: self.to_date,
                arrived: true,
            };
        }
        let e = ease_in_out(t);
        let lerp = |a: f64, b: f64| a + (b - a) * e;
        // Zoom changes by the same factor each moment, as the eye expects.
        let zoom = (self.from.pixels_per_km.ln()
            + (self.to.pixels_per_km / self.from.pixels_per_km).ln() * e)
            .exp();
        let camera = Camera {
            centre: [
                lerp(self.from.centre[0], self.to.centre[0]),
                lerp(self.from.centre[1], self.to.centre[1]),
            ],
            pixels_per_km: zoom,
        };
        let days = (self.to_date.first_day() - self.from_day).num_days() as f64;
        let day = self.from_day + chrono::Duration::days((days * e).round() as i64);
        Step {
            camera,
            date: Date::from_day(day),
            arrived: false,
        }
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

    #[test]
    fn glides_from_one_view_and_date_to_the_next_and_arrives_exactly() {
        let from = Camera {
            centre: [0.0, 0.0],
            pixels_per_km: 0.1,
        };
        let to = Camera {
            centre: [1000.0, -500.0],
            pixels_per_km: 0.4,
        };
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let target = Date::parse("1999").unwrap();
        let mut transition = Transition::new(from, day("1993-01-01"), to, target);
        let halfway = transition.advance(DURATION_SECS / 2.0);
        assert!(!halfway.arrived);
        assert!((halfway.camera.centre[0] - 500.0).abs() < 1e-6);
        assert!(
            (halfway.camera.pixels_per_km - 0.2).abs() < 1e-9,
            "zoom halfway in log scale"
        );
        let off_by = (halfway.date.first_day() - day("1996-01-01")).num_days();
        assert!(off_by.abs() <= 1, "{:?}", halfway.date);
        let early = Transition::new(from, day("1993-01-01"), to, target).advance(0.1);
        assert!(
            early.camera.centre[0] < 50.0,
            "eases in: {:?}",
            early.camera
        );
        let end = transition.advance(DURATION_SECS);
        assert_eq!((end.camera, end.date, end.arrived), (to, target, true));
    }
}
