//! Presentation mode: the dataset's story full-screen, slide by slide, with the map, its legend,
//! title, date, caption and excerpt drawn large for the back row (`screen.rs`), and the
//! presenter's notes in a window of their own (`speaker_notes.rs`). Leaving restores exactly the
//! view, date and selection the teacher left.

mod screen;
mod slide;
mod speaker_notes;

pub use screen::presentation_ui;
pub use slide::{ShownSlide, shown_slide, slide_count};
pub use speaker_notes::speaker_notes_ui;

use super::Command;
use super::shared::{Shared, slide_map_size};
use super::state::ViewState;
use crate::dataset::{Date, LoadedDataset};
use crate::earth::camera::MapView;
use crate::facts::selection::Selection;
use crate::page::text::SLIDE_SIZE;

/// A change to the presentation.
#[derive(Debug, Clone, PartialEq)]
pub enum PresentCommand {
    /// Present the story full-screen from this slide.
    Start {
        /// The slide to start on (0: the title slide).
        slide: usize,
    },
    /// Go to a slide (past the last: the last).
    GoTo(usize),
    /// The next or the previous slide.
    Step {
        /// Forward.
        forward: bool,
    },
    /// Show or hide the speaker-notes window.
    ToggleNotes,
    /// Blank the screen or show it again.
    ToggleBlank,
    /// Leave the presentation and restore the view as it was.
    Stop,
    /// Leave the presentation for another dataset, which brings its own view.
    Leave,
    /// Frame the slide shown again (the map's size changed).
    Reframe,
}

/// A presentation under way.
#[derive(Debug)]
pub struct Presentation {
    /// The slide shown (0: the title slide; the last: the sources).
    pub slide: usize,
    /// The view to restore when it ends.
    pub restore: Box<ViewState>,
    /// Whether the screen is blanked.
    pub blank: bool,
    /// Whether the speaker-notes window is shown.
    pub notes_shown: bool,
    /// A slide number being typed (then Enter jumps to it).
    pub typed: String,
}

/// The presentation, while there is one.
#[derive(Debug, Default)]
pub struct Presenting {
    presentation: Option<Presentation>,
}

impl Presenting {
    /// The presentation under way, if any.
    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// Whether a presentation is under way.
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }

    /// The slide shown, while presenting.
    pub fn slide(&self) -> Option<usize> {
        self.presentation.as_ref().map(|p| p.slide)
    }

    /// While presenting, the left date of the slide shown if it compares two dates (`Some(None)`
    /// for a slide of one date); `None` while not presenting.
    pub fn split_date(&self, dataset: &LoadedDataset) -> Option<Option<Date>> {
        let index = self.slide()?;
        Some(match shown_slide(dataset, index) {
            ShownSlide::Story(slide) => slide.compare_with,
            ShownSlide::Title | ShownSlide::Sources => None,
        })
    }

    /// Carries out a presentation command.
    pub fn apply(
        &mut self,
        ctx: &egui::Context,
        command: PresentCommand,
        shared: &mut Shared,
    ) -> Vec<Command> {
        match command {
            PresentCommand::Start { slide } => {
                if self.presentation.is_none() {
                    self.presentation = Some(Presentation {
                        slide: 0,
                        restore: Box::new(shared.saved.view.clone()),
                        blank: false,
                        typed: String::new(),
                        // A second window where the platform has them; not over the slides.
                        notes_shown: !ctx.embed_viewports(),
                    });
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
                self.show_slide(slide, shared);
            }
            PresentCommand::GoTo(slide) => self.show_slide(slide, shared),
            PresentCommand::Step { forward } => {
                if let Some(current) = self.slide() {
                    let next = if forward {
                        current + 1
                    } else {
                        current.saturating_sub(1)
                    };
                    self.show_slide(next, shared);
                }
            }
            PresentCommand::ToggleNotes => {
                if let Some(presentation) = &mut self.presentation {
                    presentation.notes_shown = !presentation.notes_shown;
                }
            }
            PresentCommand::ToggleBlank => {
                if let Some(presentation) = &mut self.presentation {
                    presentation.blank = !presentation.blank;
                }
            }
            PresentCommand::Stop => {
                if let Some(presentation) = self.presentation.take() {
                    shared.glide = None;
                    shared.saved.view = *presentation.restore;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            PresentCommand::Leave => {
                if self.presentation.take().is_some() {
                    shared.glide = None;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            PresentCommand::Reframe => self.reframe(shared),
        }
        Vec::new()
    }

    /// Digits typed while presenting, then Enter, jump to that slide; the keys are taken from the
    /// input so they do not also step. The digits typed so far are kept in the presentation.
    pub fn jump_commands(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let Some(presentation) = &mut self.presentation else {
            return Vec::new();
        };
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            let digits = [
                egui::Key::Num0,
                egui::Key::Num1,
                egui::Key::Num2,
                egui::Key::Num3,
                egui::Key::Num4,
                egui::Key::Num5,
                egui::Key::Num6,
                egui::Key::Num7,
                egui::Key::Num8,
                egui::Key::Num9,
            ];
            for (digit, key) in digits.into_iter().enumerate() {
                if input.consume_key(egui::Modifiers::NONE, key) {
                    presentation.typed.push_str(&digit.to_string());
                }
            }
            if !presentation.typed.is_empty()
                && input.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
            {
                if let Ok(number) = presentation.typed.parse::<usize>() {
                    commands.push(PresentCommand::GoTo(number.saturating_sub(1)).into());
                }
                presentation.typed.clear();
            }
        });
        commands
    }

    /// Shows slide `index`: its date, its view, its highlight. The map and the date glide
    /// there from where they are, or cut when motion is reduced.
    fn show_slide(&mut self, index: usize, shared: &mut Shared) {
        let index = index.min(slide_count(&shared.shown.dataset) - 1);
        let (view, date, selection) = slide_target(shared, index);
        match view {
            Some(view) => shared.move_to(view, Some(date)),
            None => shared.saved.view.date = Some(date),
        }
        shared.saved.view.selection = selection;
        if let Some(presentation) = &mut self.presentation {
            presentation.slide = index;
            presentation.typed.clear();
        }
    }

    /// Frames the slide shown again for the map's new size (the window went full screen).
    fn reframe(&mut self, shared: &mut Shared) {
        let Some(index) = self
            .presentation
            .as_ref()
            .filter(|_| shared.glide.is_none())
            .map(|p| p.slide)
        else {
            return;
        };
        if let (Some(view), _, _) = slide_target(shared, index) {
            shared.saved.view.show(view);
        }
    }
}

/// Where slide `index` looks, at what date, and what it selects.
fn slide_target(shared: &Shared, index: usize) -> (Option<MapView>, Date, Option<Selection>) {
    // A full-HD screen until the map has been laid out.
    let size = shared.map_size_or(SLIDE_SIZE.map(f64::from));
    let dataset = &shared.shown.dataset;
    let (camera, date, selection) = match shown_slide(dataset, index) {
        ShownSlide::Title | ShownSlide::Sources => (
            Some(shared.home_view_for(size)),
            dataset.latest_date(),
            None,
        ),
        ShownSlide::Story(slide) => {
            let (camera, selection) = shared.slide_view(slide, slide_map_size(slide, size));
            (camera, Some(slide.date), selection)
        }
    };
    let date = date.unwrap_or_else(|| Date::from_day(shared.shown.timeline.end));
    (camera, date, selection)
}
