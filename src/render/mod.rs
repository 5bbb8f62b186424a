//! Turning what `carto` lays out into pixels and files: the egui painter for the window, and one
//! writer per figure format (SVG, PNG, PDF), each a translation with no decisions of its own; and
//! the files they make: figures, animations and the story handout.

pub mod clip;
pub mod display;
pub mod font;
pub mod painter;
pub mod pdf;
pub mod raster;
pub mod svg;

/// A path being built by a writer's own library (tiny-skia, krilla), so each figure polyline is
/// traced one way for all of them.
pub trait PathSink {
    /// Starts a ring or line at a point.
    fn move_to(&mut self, x: f32, y: f32);
    /// Continues it to a point.
    fn line_to(&mut self, x: f32, y: f32);
    /// Closes the ring.
    fn close(&mut self);
}

/// Traces `points` into `path`, closing the ring if asked.
pub fn add_polyline(path: &mut impl PathSink, points: &[[f32; 2]], closed: bool) {
    let mut points = points.iter();
    let Some([x, y]) = points.next() else {
        return;
    };
    path.move_to(*x, *y);
    for [x, y] in points {
        path.line_to(*x, *y);
    }
    if closed {
        path.close();
    }
}
