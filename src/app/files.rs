//! File dialogs (rfd) on a background thread, so the window never freezes; and a typed-path
//! fallback where no dialog can be shown (no desktop portal and no zenity).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::dataset::Date;

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Choosing a dataset to open.
    OpenDataset,
    /// Choosing where to save a screenshot.
    SaveScreenshot,
}

/// A dialog running on its own thread.
pub struct PendingDialog {
    /// What it is for.
    pub purpose: DialogPurpose,
    receiver: Receiver<Option<PathBuf>>,
}

/// What became of a pending dialog this frame.
pub enum DialogOutcome {
    /// Still open.
    Waiting,
    /// Closed; `None` if the user cancelled.
    Done(Option<PathBuf>),
}

impl PendingDialog {
    /// Shows a native dialog for `purpose` on a background thread.
    pub fn spawn(purpose: DialogPurpose, default_name: String) -> Self {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new();
            let chosen = match purpose {
                DialogPurpose::OpenDataset => dialog
                    .set_title("Open dataset")
                    .add_filter("Membership dataset (JSON)", &["json"])
                    .pick_file(),
                DialogPurpose::SaveScreenshot => dialog
                    .set_title("Save window screenshot")
                    .add_filter("PNG image", &["png"])
                    .set_file_name(default_name)
                    .save_file(),
            };
            if sender.send(chosen).is_err() {
                eprintln!(
                    "csto-atlas: the file dialog closed after the window stopped waiting for it"
                );
            }
        });
        Self { purpose, receiver }
    }

    /// Checks, without waiting, whether the dialog has closed.
    pub fn poll(&self) -> DialogOutcome {
        match self.receiver.try_recv() {
            Ok(chosen) => DialogOutcome::Done(chosen),
            Err(TryRecvError::Empty) => DialogOutcome::Waiting,
            Err(TryRecvError::Disconnected) => DialogOutcome::Done(None),
        }
    }
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

/// The default screenshot file name, with today's date.
pub fn default_screenshot_name(today: Date) -> String {
    format!("csto-atlas-{}.png", today.first_day().format("%Y-%m-%d"))
}
