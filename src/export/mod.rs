//! Export orchestration: a dataset at a date becomes a laid-out figure, the figure becomes the bytes
//! of a PNG, SVG, PDF or GIF, and the bytes become a file; likewise the story handout.

use std::path::Path;

pub mod figure;
pub mod handout;

/// Whether `path` names a folder rather than a file: it is written with a trailing slash, or a
/// folder is there. A dot in a folder's name ("Class 9.b/") is then not taken for an extension.
pub fn names_a_folder(path: &Path) -> bool {
    let text = path.as_os_str().to_string_lossy();
    text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir()
}
