//! The Earth on a plane: the projection, the camera and the one screen transform, the base map
//! projected (and triangulated when first drawn) with its water and graticule, spatial indexes for
//! picking, the shared world (projected once per process). No dataset and no egui here.

pub mod camera;
pub mod geometry;
pub mod graticule;
pub mod horizon;
pub mod projection;
pub mod seam;
pub mod spatial;
pub mod sphere;
pub mod water;
pub mod world;
