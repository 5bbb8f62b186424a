//! What panels and windows read while a frame is drawn: the shared state and each capability's,
//! read-only. They change nothing; what they want changed they push as [`super::Command`]s.

use super::author::Authoring;
use super::explore::Exploring;
use super::present::Presenting;
use super::shared::Shared;
use super::shell::Shell;
use super::timeline::Playing;

/// The app as the panels see it for one frame.
pub struct Frame<'a> {
    /// What every capability shares (the dataset, the saved state, the banner…), which the frame
    /// also derefs to.
    pub shared: &'a Shared,
    /// The search box, the Sources filter, the compare view's changes.
    pub explore: &'a Exploring,
    /// Playback and the event caption.
    pub playing: &'a Playing,
    /// The presentation under way, if any.
    pub presenting: &'a Presenting,
    /// The story being written.
    pub authoring: &'a Authoring,
    /// The Help window open, if any.
    pub shell: &'a Shell,
}

impl std::ops::Deref for Frame<'_> {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        self.shared
    }
}

impl Frame<'_> {
    /// How large the map's labels are written: the text-size setting, and half as large again
    /// on a slide, which is read from across a room.
    pub fn map_text_scale(&self) -> f32 {
        let slide = if self.presenting.is_presenting() {
            1.5
        } else {
            1.0
        };
        self.saved.preferences.text_size.scale() * slide
    }

    /// Whether the slides or facts have changes that are not in the file.
    pub fn unsaved(&self) -> bool {
        self.authoring.unsaved(self.shared)
    }
}
