//! Display items and their writers: the vocabulary the symbolizer and the page layout speak
//! (`display`), the embedded font that measures text, cutting items to a frame (`clip`), and one
//! writer per output (the egui painter for the window, SVG, PNG, PDF), each a translation with no
//! decisions of its own. Nothing here reads a scene or a dataset.

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
