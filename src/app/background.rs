//! What happens between user actions: playback moving the date, keys, dropped files, dialogs and
//! screenshots finishing on other threads, and the open file changing on disk.

use std::time::Instant;

use super::banner::Notice;
use super::files::{DialogOutcome, DialogPurpose};
use super::{AtlasApp, Command, screenshot, watch};
use crate::dataset::Date;

impl AtlasApp {
    /// Moves the date on while playing; stops at the end of the timeline.
    pub(super) fn advance_playback(&mut self, ctx: &egui::Context) {
        if !self.playing {
            return;
        }
        let dt = f64::from(ctx.input(|i| i.stable_dt)).min(0.1);
        self.play_carry_days += dt * self.speed.days_per_second();
        let whole_days = self.play_carry_days.floor();
        if whole_days >= 1.0 {
            self.play_carry_days -= whole_days;
            let next = self.date.first_day() + chrono::Duration::days(whole_days as i64);
            if next >= self.timeline.end {
                self.playing = false;
            }
            self.set_date(Date::from_day(next));
        }
        ctx.request_repaint();
    }

    /// Left/Right step through events and Space plays, unless a text field has the keyboard.
    pub(super) fn keyboard_commands(ctx: &egui::Context) -> Vec<Command> {
        if ctx.memory(|m| m.focused().is_some()) {
            return Vec::new();
        }
        ctx.input(|input| {
            let mut commands = Vec::new();
            if input.key_pressed(egui::Key::ArrowLeft) {
                commands.push(Command::StepEvent { forward: false });
            }
            if input.key_pressed(egui::Key::ArrowRight) {
                commands.push(Command::StepEvent { forward: true });
            }
            if input.key_pressed(egui::Key::Space) {
                commands.push(Command::TogglePlay);
            }
            commands
        })
    }

    /// Files dropped on the window open as datasets.
    pub(super) fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
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

    /// Checks dialogs, screenshots and the watched file; returns what they ask for.
    pub(super) fn poll_background(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(dialog) = &self.dialog {
            match dialog.poll() {
                DialogOutcome::Waiting => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100))
                }
                DialogOutcome::Done(chosen) => {
                    let purpose = dialog.purpose;
                    self.dialog = None;
                    commands.extend(chosen.map(|path| match purpose {
                        DialogPurpose::OpenDataset => Command::OpenDataset(path),
                        DialogPurpose::SaveScreenshot => Command::SaveScreenshot(path),
                    }));
                }
            }
        }
        self.poll_screenshot(ctx);
        if let Some(watch) = &mut self.watch {
            if watch.changed(Instant::now()) {
                commands.push(Command::ReloadFromDisk);
            }
            ctx.request_repaint_after(watch::POLL_INTERVAL);
        }
        // The command-line screenshot waits until the map has been drawn a few times at its size.
        if self.frames_drawn >= 3
            && self.camera.is_some()
            && let Some(path) = self.auto_screenshot.take()
        {
            commands.push(Command::SaveScreenshot(path));
        }
        commands
    }

    fn poll_screenshot(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.screenshot else {
            return;
        };
        let Ok(image) = pending.receiver.try_recv() else {
            ctx.request_repaint();
            return;
        };
        let result = screenshot::save_png(&image, &pending.path);
        self.notice = Some(match &result {
            Ok(()) => Notice::info(format!("Saved screenshot to {}", pending.path.display())),
            Err(err) => Notice {
                is_error: true,
                text: "Could not save the screenshot".into(),
                details: vec![format!("{err:#}")],
            },
        });
        if let Some(outcome) = &self.screenshot_outcome {
            if let Ok(mut slot) = outcome.lock() {
                *slot = Some(result.map_err(|err| format!("{err:#}")));
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.screenshot = None;
    }
}
