//! Turning a [`crate::carto::scene::Scene`] into pixels: egui shapes for the window.

pub mod painter;
