//! The graticule: meridians and parallels, spaced to suit the zoom, as projected lines. No egui.

use geo::Coord;

use super::projection::lon_lat;

/// Spacings of the graticule in degrees, widest first, and the zoom (pixels per km) from which
/// each is used: lines stay roughly 80–400 pixels apart.
pub const SPACINGS: [(f64, f64); 3] = [(10.0, 0.0), (5.0, 0.5), (1.0, 2.0)];

/// The spacing (index into [`SPACINGS`]) for a zoom.
pub fn spacing_for(pixels_per_km: f64) -> usize {
    SPACINGS
        .iter()
        .rposition(|&(_, from)| pixels_per_km >= from)
        .unwrap_or(0)
}

/// Meridians from pole to pole (stopping short of them, where they meet) and parallels between
/// 80° S and 80° N, every `step` degrees, in longitude/latitude, sampled finely enough to curve
/// smoothly once projected.
pub fn graticule(step: f64) -> Vec<Vec<Coord<f64>>> {
    let sample = (step / 10.0).min(1.0);
    let count = |span: f64, by: f64| (span / by).round() as usize;
    let mut lines = Vec::new();
    for i in 0..count(360.0, step) {
        let lon = -180.0 + i as f64 * step;
        lines.push(
            (0..=count(160.0, sample))
                .map(|j| lon_lat(lon, -80.0 + j as f64 * sample))
                .collect(),
        );
    }
    for i in 0..=count(160.0, step) {
        let lat = -80.0 + i as f64 * step;
        lines.push(
            (0..=count(360.0, sample))
                .map(|j| lon_lat(-180.0 + j as f64 * sample, lat))
                .collect(),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::projection::Projection;

    #[test]
    fn finer_lines_as_the_map_zooms_in() {
        assert_eq!(spacing_for(0.05), 0);
        assert_eq!(spacing_for(0.2), 0);
        assert_eq!(spacing_for(1.0), 1);
        assert_eq!(spacing_for(5.0), 2);
    }

    #[test]
    fn the_70th_meridian_runs_straight_up_through_the_projection_centre() {
        let lines = graticule(10.0);
        let meridian = &lines[25]; // −180 + 25 × 10 = 70° E
        let projection = Projection::csto();
        let projected: Vec<_> = meridian
            .iter()
            .filter_map(|c| projection.project(*c))
            .collect();
        assert!(projected.len() > 100);
        assert!(projected.iter().all(|p| p.x.abs() < 1e-6));
    }
}
