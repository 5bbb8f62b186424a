//! The browser's side of [`super`]: a file written is a download, work runs on the page's event
//! loop (there are no threads), the page's file picker opens a dataset by its bytes, and dropped
//! files are read by the browser before they arrive.

use std::path::Path;

use wasm_bindgen::JsCast as _;

use super::file_write::{Backup, WriteError};
use super::{Chosen, FileRequest, RequestKind, Task, file_name};

/// A page has no paths: no recent files, no file watch, no folder to open.
pub const HAS_FILES: bool = false;

/// A page is closed with its tab, not by itself.
pub const CAN_QUIT: bool = false;

/// Hands `bytes` to the browser as a download named like `path`'s file (the browser keeps
/// earlier downloads as "name (1).png" itself, so there is no backup to keep).
pub fn save(path: &Path, bytes: &[u8], _backup: Backup) -> Result<(), WriteError> {
    download(path, bytes).map_err(|err| WriteError {
        step: "download",
        path: path.to_path_buf(),
        source: std::io::Error::other(format!("{err:?}")),
    })
}

fn download(path: &Path, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document: not running in a web page"))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor = document
        .create_element("a")?
        .dyn_into::<web_sys::HtmlAnchorElement>()?;
    anchor.set_href(&url);
    anchor.set_download(&file_name(path, "download"));
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Runs `work` now: a page has no threads, and it waits.
pub fn spawn<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Task<T> {
    Task::ready(work())
}

/// The page's file picker for a file to open, read as bytes since the page gets no path; a file
/// to save needs no dialog, as the browser downloads it under the name offered.
pub fn choose_file(request: FileRequest) -> Task<Option<Chosen>> {
    if let RequestKind::Save { name, .. } = &request.kind {
        return Task::ready(Some(Chosen::Path(name.into())));
    }
    let (sender, task) = Task::channel();
    wasm_bindgen_futures::spawn_local(async move {
        let (kind, extensions) = request.filter;
        let picked = rfd::AsyncFileDialog::new()
            .set_title(request.title)
            .add_filter(kind, extensions)
            .pick_file()
            .await;
        let chosen = match picked {
            Some(file) => Some(Chosen::Bytes {
                name: file.file_name(),
                bytes: file.read().await.into(),
            }),
            None => None,
        };
        // A page that stopped waiting is a page that is gone: nothing to tell.
        sender.send(chosen).ok();
    });
    task
}

/// The page's own picker can always be shown.
pub fn native_dialogs_available() -> bool {
    true
}

/// Files dropped on the page, once the browser has read them (it gives their names, never a
/// path): the reads finish in a later frame.
#[derive(Debug)]
pub struct DropInbox {
    sender: std::sync::mpsc::Sender<Chosen>,
    receiver: std::sync::mpsc::Receiver<Chosen>,
}

impl Default for DropInbox {
    fn default() -> Self {
        Self::new()
    }
}

impl DropInbox {
    /// Nothing dropped yet.
    pub fn new() -> Self {
        let (sender, receiver) = std::sync::mpsc::channel();
        Self { sender, receiver }
    }

    /// The files read since the last frame; starts reading those dropped this frame.
    pub fn take(&mut self, ctx: &egui::Context) -> Vec<Chosen> {
        let dropped = ctx.input(|input| input.raw.dropped_files.clone());
        for file in dropped {
            let sender = self.sender.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.path().display().to_string();
                match file.bytes_async().await {
                    Ok(bytes) => {
                        // The receiver lives as long as the page.
                        sender
                            .send(Chosen::Bytes {
                                name,
                                bytes: bytes.into(),
                            })
                            .ok();
                        ctx.request_repaint();
                    }
                    Err(err) => {
                        log::error!("cannot read the dropped file {name}: {err}")
                    }
                }
            });
        }
        self.receiver.try_iter().collect()
    }
}
