//! The timeline: the date shown, playing through time, stepping from event to event, and the
//! caption that names on the map what happened on the date reached. Its panel is the bar along
//! the bottom of the window (`bar.rs`).

mod bar;
mod playback;

pub use bar::timeline_ui;
pub use playback::{PlaySpeed, Playback};

use super::Command;
use super::shared::Shared;
use crate::dataset::Date;
use crate::facts::selection::Selection;

/// A change to the date or to playback.
#[derive(Debug, Clone, PartialEq)]
pub enum TimelineCommand {
    /// Show the map at this date.
    SetDate(Date),
    /// Start or stop playback.
    TogglePlay,
    /// Move the date on for `seconds` of playing.
    PlaybackTick {
        /// The time the last frame took.
        seconds: f64,
    },
    /// Set the playback speed.
    SetSpeed(PlaySpeed),
    /// Jump to the next (or previous) dated event.
    StepEvent {
        /// Forward in time.
        forward: bool,
    },
    /// Select something dated, move the map to it and the timeline to its date, and say on the
    /// map what happened then.
    ShowOnTimeline {
        /// What to select.
        selection: Selection,
        /// Its date.
        date: Date,
    },
    /// Forget the caption (another dataset is shown).
    ClearCaption,
}

/// Playback, and what happened on the date reached.
#[derive(Debug, Default)]
pub struct Playing {
    /// Whether the date moves on by itself.
    pub playback: Playback,
    /// What happened on the date shown, while playing or stepping through events.
    pub event_caption: Option<String>,
}

impl Playing {
    /// Carries out a timeline command.
    pub fn apply(&mut self, command: TimelineCommand, shared: &mut Shared) -> Vec<Command> {
        let view = &mut shared.saved.view;
        let timeline = &shared.shown.timeline;
        match command {
            TimelineCommand::SetDate(date) => {
                view.date = Some(date);
                self.event_caption = None;
            }
            TimelineCommand::TogglePlay => {
                if !self.playback.playing && shared.date().first_day() >= timeline.end {
                    shared.saved.view.date = Some(Date::from_day(timeline.start));
                }
                self.playback.toggle();
                self.event_caption = None;
            }
            TimelineCommand::PlaybackTick { seconds } => {
                let speed = shared.saved.preferences.speed;
                let days = self.playback.advance(seconds, speed);
                if days > 0 {
                    let day = shared.date().first_day();
                    let next = day + chrono::Duration::days(days);
                    if let Some(passed) = timeline.last_tick_day_between(day, next) {
                        self.event_caption = timeline.caption_on(passed);
                    }
                    if next >= timeline.end {
                        self.playback.playing = false;
                    }
                    shared.saved.view.date = Some(Date::from_day(next));
                }
            }
            TimelineCommand::SetSpeed(speed) => shared.saved.preferences.speed = speed,
            TimelineCommand::StepEvent { forward } => {
                let day = shared.date().first_day();
                let tick = if forward {
                    timeline.next_after(day)
                } else {
                    timeline.previous_before(day)
                };
                if let Some(date) = tick.map(|t| t.date) {
                    self.playback.playing = false;
                    self.event_caption = timeline.caption_on(date.first_day());
                    shared.saved.view.date = Some(date);
                }
            }
            TimelineCommand::ShowOnTimeline { selection, date } => {
                let to = shared.view_for(&selection);
                self.playback.playing = false;
                self.event_caption = timeline.caption_on(date.first_day());
                shared.cut_to(to);
                let view = &mut shared.saved.view;
                view.selection = Some(selection);
                view.date = Some(date);
            }
            TimelineCommand::ClearCaption => self.event_caption = None,
        }
        Vec::new()
    }

    /// The tick that moves the date on while playing, once a frame.
    pub fn frame_commands(&self, ctx: &egui::Context) -> Vec<Command> {
        if !self.playback.playing {
            return Vec::new();
        }
        ctx.request_repaint();
        let seconds = f64::from(ctx.input(|i| i.stable_dt));
        vec![TimelineCommand::PlaybackTick { seconds }.into()]
    }
}
