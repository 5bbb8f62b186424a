//! File dialogs (rfd) on a background thread, so the window never freezes; and a typed-path
//! fallback where no dialog can be shown (no desktop portal and no zenity). In a browser, rfd's
//! async picker opens a dataset, and files to save are downloaded.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::Command;
use crate::dataset::Date;
use crate::export::figure::FigureFormat;

/// What a file dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Choosing a dataset to open.
    OpenDataset,
    /// Choosing where to save a screenshot.
    SaveScreenshot,
    /// Choosing where to export the map as a figure.
    ExportMap(FigureFormat),
    /// Choosing where to save the dataset with its edited story, as a copy.
    SaveStoryCopy,
    /// Choosing where to write the story handout (a PDF).
    ExportStory,
}

impl DialogPurpose {
    /// The dialog's title and its button.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Self::OpenDataset => ("Open dataset", "Open"),
            Self::SaveScreenshot => ("Save window screenshot", "Save"),
            Self::ExportMap(_) => ("Export map", "Export"),
            Self::SaveStoryCopy => ("Save the dataset and its story as", "Save"),
            Self::ExportStory => ("Export story", "Export"),
        }
    }

    /// What to do with the chosen path.
    pub fn command(self, path: PathBuf) -> Command {
        match self {
            Self::OpenDataset => Command::OpenDataset(path),
            Self::SaveScreenshot => Command::SaveScreenshot(path),
            Self::ExportMap(_) => Command::ExportMap(path),
            Self::SaveStoryCopy => Command::SaveStoryAs(path),
            Self::ExportStory => Command::ExportStory(path),
        }
    }
}

/// A dialog running on its own thread (in a browser: the page's file picker, awaited).
pub struct PendingDialog {
    receiver: Receiver<Option<Command>>,
}

/// What became of a pending dialog this frame.
pub enum DialogOutcome {
    /// Still open.
    Waiting,
    /// Closed: what to do with the choice, or `None` if the user cancelled.
    Done(Option<Command>),
}

impl PendingDialog {
    /// Shows a native dialog for `purpose` on a background thread, starting in `folder`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn spawn(purpose: DialogPurpose, default_name: String, folder: Option<PathBuf>) -> Self {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().set_title(purpose.words().0);
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let chosen = match purpose {
                DialogPurpose::OpenDataset => dialog
                    .add_filter("Membership dataset (JSON)", &["json"])
                    .pick_file(),
                DialogPurpose::SaveScreenshot => dialog
                    .add_filter("PNG image", &["png"])
                    .set_file_name(default_name)
                    .save_file(),
                DialogPurpose::SaveStoryCopy => dialog
                    .add_filter("Membership dataset (JSON)", &["json"])
                    .set_file_name(default_name)
                    .save_file(),
                DialogPurpose::ExportMap(format) => dialog
                    .add_filter(format.description(), &[format.extension()])
                    .set_file_name(default_name)
                    .save_file(),
                DialogPurpose::ExportStory => dialog
                    .add_filter(FigureFormat::Pdf.description(), &["pdf"])
                    .set_file_name(default_name)
                    .save_file(),
            };
            if sender
                .send(chosen.map(|path| purpose.command(path)))
                .is_err()
            {
                log::warn!("the file dialog closed after the window stopped waiting for it");
            }
        });
        Self { receiver }
    }

    /// In a browser: the page's file picker for a dataset to open, read as bytes since the page
    /// gets no path; a file to save needs no dialog, as the browser downloads it under
    /// `default_name` (see [`crate::web::download`]).
    #[cfg(target_arch = "wasm32")]
    pub fn spawn(purpose: DialogPurpose, default_name: String, _folder: Option<PathBuf>) -> Self {
        let (sender, receiver) = channel();
        if purpose != DialogPurpose::OpenDataset {
            // The receiver is in hand, so this cannot fail.
            sender.send(Some(purpose.command(default_name.into()))).ok();
            return Self { receiver };
        }
        wasm_bindgen_futures::spawn_local(async move {
            let picked = rfd::AsyncFileDialog::new()
                .set_title(purpose.words().0)
                .add_filter("Membership dataset (JSON)", &["json"])
                .pick_file()
                .await;
            let command = match picked {
                Some(file) => Some(Command::OpenDroppedDataset {
                    name: file.file_name(),
                    bytes: file.read().await.into(),
                }),
                None => None,
            };
            // A page that stopped waiting is a page that is gone: nothing to tell.
            sender.send(command).ok();
        });
        Self { receiver }
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
/// In a browser, the page's own picker always can.
pub fn native_dialogs_available() -> bool {
    if cfg!(target_arch = "wasm32") {
        return true;
    }
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
