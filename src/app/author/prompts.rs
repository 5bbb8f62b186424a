//! The two questions that keep a teacher's work safe: "save the changes first?" before closing
//! the window or opening another dataset, and "the file changed on disk" when saving.

use egui::RichText;

use super::{AuthorCommand, ConflictChoice, UnsavedChoice};
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::shell::ShellCommand;

/// Shows whichever question is waiting for an answer.
pub fn prompts_ui(ctx: &egui::Context, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    if let Some(waiting) = &frame.authoring.pending {
        let going = match **waiting {
            Command::Shell(ShellCommand::Quit) => "closing",
            _ => "opening another dataset",
        };
        let answer = ask(
            ctx,
            "unsaved_changes",
            "Save your changes?",
            &format!(
                "The slides or facts have changes that are not saved. Save them before \
                 {going}, or they are lost."
            ),
            &[
                ("Save", UnsavedChoice::Save),
                ("Don't save", UnsavedChoice::Discard),
                ("Cancel", UnsavedChoice::Cancel),
            ],
        );
        if let Some(choice) = answer {
            commands.push(AuthorCommand::AnswerUnsaved(choice).into());
        }
    }
    if frame.authoring.conflict.is_some() {
        let answer = ask(
            ctx,
            "story_conflict",
            "The file changed on disk",
            "Someone (perhaps you, in a text editor) changed the dataset file since it was \
             opened. Keeping your changes writes them into the file as it is now: its other \
             changes stay, and the file before saving is kept as .bak.",
            &[
                ("Keep my changes", ConflictChoice::KeepMine),
                ("Use the file on disk", ConflictChoice::KeepDisk),
                ("Save mine as a copy…", ConflictChoice::SaveCopy),
                ("Cancel", ConflictChoice::Cancel),
            ],
        );
        if let Some(choice) = answer {
            commands.push(AuthorCommand::ResolveConflict(choice).into());
        }
    }
}

/// A modal question with a button per answer; Escape or a click outside picks the last one.
fn ask<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    text: &str,
    answers: &[(&str, T)],
) -> Option<T> {
    let mut chosen = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(RichText::new(title).heading());
        ui.add_space(4.0);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (label, answer) in answers {
                if ui.button(*label).clicked() {
                    chosen = Some(*answer);
                }
            }
        });
    });
    if modal.should_close() && chosen.is_none() {
        chosen = answers.last().map(|(_, answer)| *answer);
    }
    chosen
}
