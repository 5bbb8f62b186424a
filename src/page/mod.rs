//! Page layout: a map figure with its title, legend, scale bar and credit (one map, or two dates side
//! by side), and the story handout's pages. Laid out once in pixels from the symbolizer's items;
//! writers only translate.

pub mod figure;
pub mod handout;
pub mod legend_box;
pub mod scale_bar;
pub mod text;
pub mod title;
