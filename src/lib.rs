//! CSTO Atlas: an alliance's membership history on a map.
//!
//! Data flows one way: [`dataset`] and [`basemap`] feed [`carto`] (what to draw, pure), which
//! [`render`] turns into egui shapes; [`app`] holds the state and turns input into commands.
//! [`credits`] names who made the data and software shown; [`file_write`] replaces files safely.
//! In the browser build, `web` starts the app on the page and hands files to the browser.

pub mod app;
pub mod basemap;
pub mod carto;
pub mod credits;
pub mod dataset;
pub mod file_write;
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod web;
