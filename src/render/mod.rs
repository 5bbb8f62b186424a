//! Turning what `carto` lays out into pixels and files: the egui painter for the window, and one
//! writer per figure format (SVG, PNG, PDF), each a translation with no decisions of its own.

pub mod export;
pub mod painter;
pub mod pdf;
pub mod raster;
pub mod svg;
