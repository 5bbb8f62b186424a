//! Playing the timeline: how fast, and how far the date moves for the time a frame took.

use serde::{Deserialize, Serialize};

/// How fast playback moves through time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PlaySpeed {
    /// One month per second.
    Month,
    /// Six months per second.
    HalfYear,
    /// One year per second.
    #[default]
    Year,
    /// Two years per second.
    TwoYears,
    /// Five years per second.
    FiveYears,
}

impl PlaySpeed {
    /// Every speed, slowest first.
    pub const ALL: [PlaySpeed; 5] = [
        Self::Month,
        Self::HalfYear,
        Self::Year,
        Self::TwoYears,
        Self::FiveYears,
    ];

    /// Calendar days per second of playback.
    pub fn days_per_second(self) -> f64 {
        match self {
            Self::Month => 30.44,
            Self::HalfYear => 182.6,
            Self::Year => 365.25,
            Self::TwoYears => 730.5,
            Self::FiveYears => 1826.25,
        }
    }

    /// Its name in the speed menu.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Month => "speed-month",
            Self::HalfYear => "speed-half-year",
            Self::Year => "speed-year",
            Self::TwoYears => "speed-two-years",
            Self::FiveYears => "speed-five-years",
        })
    }
}

/// Whether the timeline is playing, and the part of a day it has moved but not yet shown.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Playback {
    /// Whether the date moves on by itself.
    pub playing: bool,
    carry_days: f64,
}

/// The longest frame playback counts, so a stalled window does not jump years ahead.
const MAX_TICK_SECS: f64 = 0.1;

impl Playback {
    /// Starts or stops, forgetting any part of a day.
    pub fn toggle(&mut self) {
        self.playing = !self.playing;
        self.carry_days = 0.0;
    }

    /// Whole days to move the date on after `seconds` of playing at `speed`.
    pub fn advance(&mut self, seconds: f64, speed: PlaySpeed) -> i64 {
        self.carry_days += seconds.min(MAX_TICK_SECS) * speed.days_per_second();
        let whole_days = self.carry_days.floor();
        self.carry_days -= whole_days;
        whole_days as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_a_second_moves_about_a_day_a_frame_and_keeps_the_remainder() {
        let mut playback = Playback::default();
        playback.toggle();
        let days: i64 = (0..60)
            .map(|_| playback.advance(1.0 / 60.0, PlaySpeed::Year))
            .sum();
        assert!((364..=366).contains(&days), "{days}");
    }

    #[test]
    fn a_stalled_frame_counts_as_a_tenth_of_a_second() {
        let mut playback = Playback::default();
        assert_eq!(playback.advance(30.0, PlaySpeed::Year), 36);
    }
}
