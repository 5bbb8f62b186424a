//! How the window looks and behaves: which panels are shown, how large text is written, the
//! theme, whether slides glide, how fast the timeline plays.

use serde::{Deserialize, Serialize};

use crate::app::timeline::PlaySpeed;
use crate::i18n::Language;
use crate::map::palette::Theme;
use crate::map::region::ProjectionChoice;

/// A panel around the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The lists on the left.
    Lists,
    /// The details on the right.
    Details,
    /// The timeline at the bottom.
    Timeline,
    /// Every source article, beside the details.
    Sources,
    /// The story's slides, to write and reorder.
    Slides,
    /// The selected fact, to correct or add to.
    Facts,
}

/// Which panels are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Panels {
    /// The lists on the left.
    pub lists: bool,
    /// The details on the right.
    pub details: bool,
    /// The timeline at the bottom.
    pub timeline: bool,
    /// The Sources panel beside the details.
    pub sources: bool,
    /// The Slides panel.
    pub slides: bool,
    /// The Facts panel.
    pub facts: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            lists: true,
            details: true,
            timeline: true,
            sources: false,
            slides: false,
            facts: false,
        }
    }
}

impl Panels {
    /// Whether `panel` is shown, to read or change.
    pub fn shown_mut(&mut self, panel: Panel) -> &mut bool {
        match panel {
            Panel::Lists => &mut self.lists,
            Panel::Details => &mut self.details,
            Panel::Timeline => &mut self.timeline,
            Panel::Sources => &mut self.sources,
            Panel::Slides => &mut self.slides,
            Panel::Facts => &mut self.facts,
        }
    }
}

/// How large the map's labels, captions and slide text are written: the one text-size setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    /// As on a desk.
    #[default]
    Normal,
    /// For a small room.
    Large,
    /// For the back row of a classroom.
    BackRow,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 3] = [Self::Normal, Self::Large, Self::BackRow];

    /// How many times the usual size text is.
    pub fn scale(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Large => 1.3,
            Self::BackRow => 1.7,
        }
    }

    /// Its name on the menu.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Normal => "text-size-normal",
            Self::Large => "text-size-large",
            Self::BackRow => "text-size-back-row",
        })
    }
}

/// How the window looks and behaves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Panels shown.
    pub panels: Panels,
    /// How large labels, captions and slide text are.
    pub text_size: TextSize,
    /// Light or dark map and window.
    pub theme: Theme,
    /// Cut between slides instead of gliding.
    pub reduce_motion: bool,
    /// Playback speed.
    pub speed: PlaySpeed,
    /// The map's projection: centred on the members, or the whole world.
    pub projection: ProjectionChoice,
    /// The language chosen on the View menu; none: the system's.
    pub language: Option<Language>,
}
