//! CSTO Atlas: an alliance's membership history on a map.
//!
//! Data flows one way (see `docs/ARCHITECTURE.md`): [`dataset`] (what the user loads, or
//! [`import`]s from a spreadsheet) and [`basemap`] (Natural Earth, baked) are read by [`earth`]
//! (projected, on a camera) and [`facts`] (queries that draw nothing); [`map`] decides what to draw; [`page`] lays figures and handouts
//! out; [`render`] translates display items for egui, SVG, PNG and PDF; [`export`] makes files of
//! them; [`platform`] holds what differs between desktop and browser; [`app`] holds the state and
//! turns input into commands. [`credits`] names who made the data and software shown; [`i18n`] speaks the user's language. In the
//! browser build, `web` starts the app on the page.

pub mod app;
pub mod basemap;
pub mod credits;
pub mod dataset;
pub mod earth;
pub mod export;
pub mod facts;
pub mod i18n;
pub mod import;
pub mod map;
pub mod page;
pub mod platform;
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod web;
