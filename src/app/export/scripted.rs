//! The command line's `--screenshot`: the window draws itself, egui delivers one frame's pixels,
//! the app saves them and closes. A software renderer (llvmpipe, lavapipe) rasterises every
//! painted frame in full, so only the frame that is saved is painted: the frames before it lay
//! the window out (the map's camera, panel sizes) without painting it, and those after it, while
//! the pixels arrive and the window closes, neither lay out nor paint.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Where the command-line screenshot reports whether it was saved.
pub type ScreenshotOutcome = Arc<Mutex<Option<Result<(), String>>>>;

/// How much of the window a frame paints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Painting {
    /// All of it: every frame of an ordinary run, and the one a scripted screenshot saves.
    Everything,
    /// Nothing, but the window is laid out: the frames before the one saved.
    LayoutOnly,
    /// Nothing: the frames after the one saved, while its pixels arrive and the window closes.
    Nothing,
}

/// The screenshot the command line asked for, from the window's first frame to its closing.
pub struct ScriptedScreenshot {
    /// Where the picture goes.
    pub path: PathBuf,
    outcome: ScreenshotOutcome,
    /// The frame (egui's count) in which egui was asked for the screenshot. egui paints the
    /// frame after it into the screenshot.
    requested_in: Option<u64>,
    /// Whether the outcome has been reported and the window asked to close.
    reported: bool,
}

impl ScriptedScreenshot {
    /// A screenshot still to take, saved to `path`, its outcome told through `outcome`.
    pub fn new(path: PathBuf, outcome: ScreenshotOutcome) -> Self {
        Self {
            path,
            outcome,
            requested_in: None,
            reported: false,
        }
    }

    /// How much frame number `frame` paints.
    pub fn painting(&self, frame: u64) -> Painting {
        match self.requested_in {
            _ if self.reported => Painting::Nothing,
            Some(requested) if frame == requested + 1 => Painting::Everything,
            Some(requested) if frame > requested + 1 => Painting::Nothing,
            _ => Painting::LayoutOnly,
        }
    }

    /// Whether egui is to be asked for the screenshot in `frame`: once, as soon as the map has
    /// its camera (so that the next frame draws it where it stays).
    pub fn due(&mut self, frame: u64, camera_set: bool) -> bool {
        let due = camera_set && self.requested_in.is_none();
        if due {
            self.requested_in = Some(frame);
        }
        due
    }

    /// Tells the command line how the screenshot went; the window closes after this.
    pub fn report(&mut self, error: Option<String>) {
        self.reported = true;
        match self.outcome.lock() {
            Ok(mut slot) => *slot = Some(error.map_or(Ok(()), Err)),
            Err(_) => log::error!("could not report the screenshot's outcome"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_frame_saved_is_painted() {
        let outcome = ScreenshotOutcome::default();
        let mut shot = ScriptedScreenshot::new(PathBuf::from("s.png"), outcome.clone());
        assert_eq!(shot.painting(0), Painting::LayoutOnly);
        assert!(!shot.due(0, false), "no camera yet");
        assert!(shot.due(1, true));
        assert!(!shot.due(2, true), "asked once");
        assert_eq!(shot.painting(1), Painting::LayoutOnly);
        assert_eq!(shot.painting(2), Painting::Everything);
        assert_eq!(shot.painting(3), Painting::Nothing);
        shot.report(None);
        assert_eq!(shot.painting(2), Painting::Nothing);
        assert_eq!(*outcome.lock().unwrap(), Some(Ok(())));
    }
}
