//! Export orchestration: a dataset at a date becomes a laid-out figure, the figure becomes the bytes
//! of a PNG, SVG, PDF or GIF, and the bytes become a file; likewise the story handout.

pub mod figure;
pub mod handout;
