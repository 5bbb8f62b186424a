//! The desktop's side of [`super`]: files replaced atomically on the disk, work on threads, native
//! file dialogs (rfd), dropped files by their paths.

use std::path::Path;

use super::file_write::{Backup, WriteError, replace_file};
use super::{Chosen, FileRequest, RequestKind, Task};

/// Files have paths here: recent files, the file watch, "Open folder" and "Copy path" work.
pub const HAS_FILES: bool = true;

/// The app can close its own window.
pub const CAN_QUIT: bool = true;

/// Writes `bytes` to `path` through a flushed temporary file and a rename, keeping the previous
/// file as `.bak` if asked (see [`replace_file`]).
pub fn save(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), WriteError> {
    replace_file(path, bytes, backup)
}

/// Runs `work` on a thread of its own, in the language of the thread that asked.
pub fn spawn<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Task<T> {
    let (sender, task) = Task::channel();
    let language = crate::i18n::language();
    std::thread::spawn(move || {
        crate::i18n::set_language(language);
        if sender.send(work()).is_err() {
            log::warn!("a background task finished after the window stopped waiting");
        }
    });
    task
}

/// Shows a native file dialog on its own thread, so the window never freezes; `None` if the
/// user cancels.
pub fn choose_file(request: FileRequest) -> Task<Option<Chosen>> {
    spawn(move || {
        let (kind, extensions) = request.filter;
        let dialog = rfd::FileDialog::new()
            .set_title(request.title)
            .add_filter(kind, extensions);
        let chosen = match request.kind {
            RequestKind::Open => dialog.pick_file(),
            RequestKind::Save { name, folder } => {
                let dialog = match folder {
                    Some(folder) => dialog.set_directory(folder),
                    None => dialog,
                };
                dialog.set_file_name(name).save_file()
            }
        };
        chosen.map(Chosen::Path)
    })
}

/// Whether a native file dialog can be shown here: rfd needs the XDG desktop portal (on the
/// session D-Bus) or the `zenity` program.
pub fn native_dialogs_available() -> bool {
    let has_session_bus =
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    has_session_bus || has_zenity
}

/// Files dropped on the window: by their paths, or their bytes where the system gives no path.
#[derive(Debug, Default)]
pub struct DropInbox;

impl DropInbox {
    /// Nothing dropped yet.
    pub fn new() -> Self {
        Self
    }

    /// The files dropped this frame.
    pub fn take(&mut self, ctx: &egui::Context) -> Vec<Chosen> {
        ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .filter_map(|file| {
                    let path = file.path();
                    if !path.as_os_str().is_empty() {
                        return Some(Chosen::Path(path.to_path_buf()));
                    }
                    Some(Chosen::Bytes {
                        name: "dropped file".to_owned(),
                        bytes: file.bytes().ok()?.into(),
                    })
                })
                .collect()
        })
    }
}
