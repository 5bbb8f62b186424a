//! What differs between the desktop and the browser, in one place: saving bytes (an atomic
//! replace on a disk, a download in a browser), work that finishes later ([`Task`]: a thread, or
//! the page's event loop), file dialogs, files dropped on the window, and what the platform can do
//! at all ([`HAS_FILES`], [`CAN_QUIT`]). Everything above calls these and never asks which
//! platform it runs on.

pub mod file_write;
mod task;

#[cfg_attr(target_arch = "wasm32", path = "browser.rs")]
#[cfg_attr(not(target_arch = "wasm32"), path = "desktop.rs")]
mod imp;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use file_write::{Backup, WriteError};
pub use imp::{CAN_QUIT, DropInbox, HAS_FILES, choose_file, native_dialogs_available, save, spawn};
pub use task::{Poll, Task};

/// What a file dialog asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRequest {
    /// The dialog's title.
    pub title: &'static str,
    /// The kind of file, and its extensions: ("PNG image", &["png"]).
    pub filter: (&'static str, &'static [&'static str]),
    /// Open an existing file, or name one to save.
    pub kind: RequestKind,
}

/// Whether a file dialog opens a file or names one to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestKind {
    /// Pick an existing file.
    Open,
    /// Name a file to write, starting from this name in this folder.
    Save {
        /// The name offered.
        name: String,
        /// The folder to start in.
        folder: Option<PathBuf>,
    },
}

/// A file the user chose or dropped: a path on a disk, or, where there is none (a browser), its
/// name and bytes.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen {
    /// A path to open or write.
    Path(PathBuf),
    /// The content of a file without a path.
    Bytes {
        /// Its name, for messages.
        name: String,
        /// What it holds.
        bytes: Arc<[u8]>,
    },
}

/// `path`'s file name, or `fallback` when it has none.
pub fn file_name(path: &Path, fallback: &str) -> String {
    path.file_name()
        .map_or_else(|| fallback.to_owned(), |n| n.to_string_lossy().into_owned())
}
