//! Cartography without a window: projection, camera, colours, projected geometry, the scene
//! (what to draw) and picking (what is under the pointer). No egui here.

pub mod camera;
pub mod describe;
pub mod geometry;
pub mod history;
pub mod palette;
pub mod pick;
pub mod projection;
pub mod scene;
pub mod timeline;
