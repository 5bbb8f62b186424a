//! The graticule: meridians and parallels, spaced to suit the zoom, as projected lines. No egui.

use super::geometry::ProjectedArc;
use super::projection::{Projection, lon_lat};

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
/// 80° S and 80° N, every `step` degrees, sampled finely enough to curve smoothly.
pub fn graticule(projection: &Projection, step: f64) -> Vec<ProjectedArc> {
    let sample = (step / 10.0).min(1.0);
    let count = |span: f64, by: f64| (span / by).round() as usize;
    let mut lines = Vec::new();
    let project_line = |points: Vec<(f64, f64)>| {
        ProjectedArc::new(
            points
                .into_iter()
                .filter_map(|(lon, lat)| projection.project(lon_lat(lon, lat)))
                .collect(),
        )
    };
    for i in 0..count(360.0, step) {
        let lon = -180.0 + i as f64 * step;
        let points = (0..=count(160.0, sample))
            .map(|j| (lon, -80.0 + j as f64 * sample))
            .collect();
        lines.push(project_line(points));
    }
    for i in 0..=count(160.0, step) {
        let lat = -80.0 + i as f64 * step;
        let points = (0..=count(360.0, sample))
            .map(|j| (-180.0 + j as f64 * sample, lat))
            .collect();
        lines.push(project_line(points));
    }
    lines.retain(|line| line.points.len() > 1);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finer_lines_as_the_map_zooms_in() {
        assert_eq!(spacing_for(0.05), 0);
        assert_eq!(spacing_for(0.2), 0);
        assert_eq!(spacing_for(1.0), 1);
        assert_eq!(spacing_for(5.0), 2);
    }

    #[test]
    fn the_70th_meridian_runs_straight_up_through_the_projection_centre() {
        let lines = graticule(&Projection::csto(), 10.0);
        let meridian = &lines[25]; // −180 + 25 × 10 = 70° E
        assert!(meridian.points.iter().all(|p| p.x.abs() < 1e-6));
    }
}
