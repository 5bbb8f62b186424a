//! The command line's `--screenshot`: the window draws itself, egui delivers one frame's pixels,
//! the app saves them and closes. A software renderer (llvmpipe, lavapipe) rasterises every
//! painted frame in full, so only the frame that is saved is painted: the frames before it lay
//! the window out (the map's camera, panel sizes) without painting it, and those after it, while
//! the pixels arrive and the window closes, neither lay out nor paint. The picture is saved as
//! soon as egui delivers it, and whoever asked for it is told straight away: the command line
//! then exits without waiting for the window to close.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// What the command line does once its screenshot is saved, or could not be: told the outcome
/// (the error's message if it failed) as soon as it is known, while the window is still open.
#[derive(Clone)]
pub struct ScreenshotSaved(Arc<dyn Fn(Result<(), String>) + Send + Sync>);

impl ScreenshotSaved {
    /// Calls `tell` with the screenshot's outcome.
    pub fn new(tell: impl Fn(Result<(), String>) + Send + Sync + 'static) -> Self {
        Self(Arc::new(tell))
    }

    /// Tells whoever asked how the screenshot went.
    pub fn tell(&self, outcome: Result<(), String>) {
        (self.0)(outcome);
    }
}

impl fmt::Debug for ScreenshotSaved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ScreenshotSaved")
    }
}

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
    /// Who is told once it is saved.
    pub saved: Option<ScreenshotSaved>,
    /// The frame (egui's count) in which egui was asked for the screenshot. egui paints the
    /// frame after it into the screenshot.
    requested_in: Option<u64>,
    /// Whether the picture has been saved (or failed) and the window asked to close.
    finished: bool,
}

impl ScriptedScreenshot {
    /// A screenshot still to take, saved to `path`, its outcome told to `saved`.
    pub fn new(path: PathBuf, saved: Option<ScreenshotSaved>) -> Self {
        Self {
            path,
            saved,
            requested_in: None,
            finished: false,
        }
    }

    /// How much frame number `frame` paints.
    pub fn painting(&self, frame: u64) -> Painting {
        match self.requested_in {
            _ if self.finished => Painting::Nothing,
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

    /// Notes that the picture has been saved, or could not be; the window closes after this.
    pub fn finish(&mut self) {
        self.finished = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_frame_saved_is_painted() {
        let mut shot = ScriptedScreenshot::new(PathBuf::from("s.png"), None);
        assert_eq!(shot.painting(0), Painting::LayoutOnly);
        assert!(!shot.due(0, false), "no camera yet");
        assert!(shot.due(1, true));
        assert!(!shot.due(2, true), "asked once");
        assert_eq!(shot.painting(1), Painting::LayoutOnly);
        assert_eq!(shot.painting(2), Painting::Everything);
        assert_eq!(shot.painting(3), Painting::Nothing);
        shot.finish();
        assert_eq!(shot.painting(2), Painting::Nothing);
    }
}
