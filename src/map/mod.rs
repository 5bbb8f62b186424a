//! Map symbols: what to draw for a dataset at a date (the scene), its layers, the colours and sizes
//! it is drawn in, the names and their placement, the one symbolizer that turns a scene seen
//! through a view into display items, what is under the pointer, the legend's rows and swatches,
//! the hatching of frozen and disputed areas, the dataset's own geometry and projection, where a view or a slide looks and the glide between slides. No egui
//! here.

pub mod dataset_geometry;
pub mod hatching;
pub mod labels;
pub mod layers;
pub mod legend;
pub mod palette;
pub mod pick;
pub mod placement;
pub mod region;
pub mod scene;
pub mod small_states;
pub mod story;
pub mod style;
pub mod symbolize;
pub mod transition;
