//! What differs between the desktop and the browser: writing files safely on a disk.

pub mod file_write;
