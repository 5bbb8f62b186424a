//! Cartography without a window: the shared world (base map projected once), projection,
//! camera and screen transform, colours, the dataset's geometry and labels, the scene (what to
//! draw), picking (what is under the pointer, through spatial indexes), search, the timeline, the story handout's pages and what
//! changed between two dates. No egui here.

pub mod camera;
pub mod claims;
pub mod clip;
#[cfg(test)]
mod colour_vision;
pub mod compare;
pub mod dataset_geometry;
pub mod describe;
pub mod figure;
pub mod font;
pub mod geometry;
pub mod graticule;
pub mod handout;
pub mod history;
pub mod labels;
pub mod layers;
pub mod legend;
pub mod palette;
pub mod pick;
pub mod placement;
pub mod projection;
pub mod scene;
pub mod search;
pub mod selection;
pub mod spatial;
pub mod story;
pub mod timeline;
pub mod transition;
pub mod water;
pub mod world;
