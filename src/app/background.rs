//! What happens between user actions, as commands: playback moving the date, files dropped on
//! the window, dialogs and screenshots finishing on other threads, and the open file changing on
//! disk. The plumbing for those (pending dialogs, the typed-path window, the screenshot channel,
//! the file watch) lives in [`Background`], runtime only.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use super::banner::TypedPath;
use super::files::{DialogOutcome, DialogPurpose, PendingDialog};
use super::story_export::PendingHandout;
use super::watch::{self, FileWatch};
use super::{AtlasApp, Command, ScreenshotOutcome, StartOptions, screenshot};

/// How many frames the command-line screenshot waits, so the map is drawn at its final size.
const FRAMES_BEFORE_SCREENSHOT: u64 = 3;

struct PendingScreenshot {
    path: PathBuf,
    receiver: Receiver<Arc<egui::ColorImage>>,
}

/// Work that finishes outside the frame: dialogs, screenshots, the file watch.
pub struct Background {
    dialog: Option<PendingDialog>,
    typed_path: Option<TypedPath>,
    native_dialogs: bool,
    screenshot: Option<PendingScreenshot>,
    /// The command-line screenshot still to take, and where to say how it went.
    scripted_screenshot: Option<PathBuf>,
    screenshot_outcome: Option<ScreenshotOutcome>,
    watch: Option<FileWatch>,
    frames_drawn: u64,
    handout: Option<PendingHandout>,
    /// Dropped files read by the browser, as commands to open them.
    #[cfg(target_arch = "wasm32")]
    dropped: (std::sync::mpsc::Sender<Command>, Receiver<Command>),
}

impl Background {
    /// Nothing pending yet.
    pub fn new(options: &StartOptions) -> Self {
        Self {
            dialog: None,
            typed_path: None,
            native_dialogs: !options.typed_paths_only && super::files::native_dialogs_available(),
            screenshot: None,
            scripted_screenshot: options.screenshot.clone(),
            screenshot_outcome: options.screenshot_outcome.clone(),
            watch: None,
            frames_drawn: 0,
            handout: None,
            #[cfg(target_arch = "wasm32")]
            dropped: channel(),
        }
    }

    /// Asks the user for a path: a native dialog on its own thread, or the typed-path window
    /// where no dialog can be shown. Does nothing while one is already open.
    pub fn choose_path(
        &mut self,
        purpose: DialogPurpose,
        default_name: String,
        folder: Option<PathBuf>,
    ) {
        if self.dialog.is_some() || self.typed_path.is_some() {
            return;
        }
        if self.native_dialogs {
            self.dialog = Some(PendingDialog::spawn(purpose, default_name, folder));
        } else {
            let text = match purpose {
                DialogPurpose::OpenDataset => String::new(),
                DialogPurpose::SaveScreenshot
                | DialogPurpose::ExportMap(_)
                | DialogPurpose::SaveStoryCopy
                | DialogPurpose::ExportStory => folder.map_or_else(
                    || default_name.clone(),
                    |f| f.join(&default_name).display().to_string(),
                ),
            };
            self.typed_path = Some(TypedPath { purpose, text });
        }
    }

    /// Keeps an eye on a handout being written (the one before is left to finish unwatched).
    pub fn start_handout(&mut self, handout: PendingHandout) {
        self.handout = Some(handout);
    }

    /// Says how the handout went, once it has.
    fn poll_handout(&mut self, ctx: &egui::Context) -> Option<Command> {
        let command = self.handout.as_ref()?.poll();
        if command.is_some() {
            self.handout = None;
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        command
    }

    /// Asks egui for a picture of the next frame, to be saved at `path`.
    pub fn request_screenshot(&mut self, ctx: &egui::Context, path: PathBuf) {
        let (sender, receiver) = channel();
        ctx.request_screenshot(move |image| {
            if sender.send(image).is_err() {
                log::warn!("a screenshot arrived after the window stopped waiting for it");
            }
        });
        self.screenshot = Some(PendingScreenshot { path, receiver });
    }

    /// Tells the command line how its screenshot went; `true` if it was the command line's, and
    /// the window should now close.
    pub fn report_screenshot(&mut self, error: Option<String>) -> bool {
        let Some(outcome) = &self.screenshot_outcome else {
            return false;
        };
        match outcome.lock() {
            Ok(mut slot) => *slot = Some(error.map_or(Ok(()), Err)),
            Err(_) => log::error!("could not report the screenshot's outcome"),
        }
        true
    }

    /// The watched file as it is now was written by the app: not a change to reload.
    pub fn acknowledge_own_write(&mut self) {
        if let Some(watch) = &mut self.watch {
            watch.acknowledge();
        }
    }

    /// Watches `path` for changes (nothing if `None`), keeping the current watch if it is the same file.
    pub fn watch_only(&mut self, path: Option<&Path>) {
        if self.watch.as_ref().map(FileWatch::path) != path {
            self.watch = path.map(|p| FileWatch::new(p.to_path_buf()));
        }
    }

    /// Counts a finished frame; the command-line screenshot keeps frames coming until it is taken.
    pub fn frame_drawn(&mut self, ctx: &egui::Context) {
        self.frames_drawn += 1;
        if self.scripted_screenshot.is_some() {
            ctx.request_repaint();
        }
    }

    /// The typed-path window, while one is wanted.
    pub fn typed_path_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(typed) = &mut self.typed_path
            && !typed.ui(ctx, commands)
        {
            self.typed_path = None;
        }
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) -> Option<Command> {
        let dialog = self.dialog.as_ref()?;
        match dialog.poll() {
            DialogOutcome::Waiting => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                None
            }
            DialogOutcome::Done(command) => {
                self.dialog = None;
                command
            }
        }
    }

    /// Saves the screenshot once egui has delivered it.
    fn poll_screenshot(&mut self, ctx: &egui::Context) -> Option<Command> {
        let pending = self.screenshot.as_ref()?;
        let Ok(image) = pending.receiver.try_recv() else {
            ctx.request_repaint();
            return None;
        };
        let path = pending.path.clone();
        self.screenshot = None;
        let error = screenshot::save_png(&image, &path)
            .err()
            .map(|err| err.to_string());
        Some(Command::ScreenshotFinished { path, error })
    }

    fn poll_watch(&mut self, ctx: &egui::Context) -> Option<Command> {
        let watch = self.watch.as_mut()?;
        ctx.request_repaint_after(watch::POLL_INTERVAL);
        watch
            .changed(web_time::Instant::now())
            .then_some(Command::ReloadFromDisk)
    }
}

impl AtlasApp {
    /// What background work and playback ask for this frame.
    pub(super) fn background_commands(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.playback.playing {
            let seconds = f64::from(ctx.input(|i| i.stable_dt));
            commands.push(Command::PlaybackTick { seconds });
            ctx.request_repaint();
        }
        let background = &mut self.background;
        commands.extend(background.poll_dialog(ctx));
        commands.extend(background.poll_screenshot(ctx));
        commands.extend(background.poll_watch(ctx));
        commands.extend(background.poll_handout(ctx));
        // The command-line screenshot waits until the map has been drawn a few times at its size.
        if background.frames_drawn >= FRAMES_BEFORE_SCREENSHOT
            && self.state.camera.is_some()
            && let Some(path) = background.scripted_screenshot.take()
        {
            commands.push(Command::SaveScreenshot(path));
        }
        commands
    }
}

impl Background {
    /// Files dropped on the window open as datasets.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn dropped_files(&mut self, ctx: &egui::Context) -> Vec<Command> {
        ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .filter_map(|file| {
                    let path = file.path();
                    if !path.as_os_str().is_empty() {
                        return Some(Command::OpenDataset(path.to_path_buf()));
                    }
                    let bytes = file.bytes().ok()?;
                    Some(Command::OpenDroppedDataset {
                        name: "dropped file".to_owned(),
                        bytes: bytes.into(),
                    })
                })
                .collect()
        })
    }

    /// Files dropped on the page open as datasets once the browser has read them (it gives their
    /// names, never a path): the reads finish in a later frame.
    #[cfg(target_arch = "wasm32")]
    pub fn dropped_files(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let dropped = ctx.input(|input| input.raw.dropped_files.clone());
        for file in dropped {
            let sender = self.dropped.0.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.path().display().to_string();
                match file.bytes_async().await {
                    Ok(bytes) => {
                        let bytes = bytes.into();
                        // The receiver lives as long as the page.
                        sender
                            .send(Command::OpenDroppedDataset { name, bytes })
                            .ok();
                        ctx.request_repaint();
                    }
                    Err(err) => web_sys::console::error_1(
                        &format!("csto-atlas: cannot read the dropped file {name}: {err}").into(),
                    ),
                }
            });
        }
        self.dropped.1.try_iter().collect()
    }
}
