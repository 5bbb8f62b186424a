//! The presenter's own window while presenting: the slide's speaker notes, the next slide's title,
//! and buttons to move on. It opens as a second window where the platform has them (the class
//! sees only the slides); elsewhere N shows it inside the slides, for a presenter who wants it.

use egui::RichText;

use super::actions::Action;
use super::present::ShownSlide;
use super::{AtlasApp, Command};

impl AtlasApp {
    /// The speaker-notes window, while presenting with it shown.
    pub(super) fn speaker_notes_ui(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some(presentation) = self.presentation.as_ref().filter(|p| p.notes_shown) else {
            return;
        };
        let index = presentation.slide;
        let builder = egui::ViewportBuilder::default()
            .with_title(format!("Speaker notes — {}", super::TITLE))
            .with_inner_size([560.0, 640.0]);
        let id = egui::ViewportId::from_hash_of("speaker_notes");
        ctx.show_viewport_immediate(id, builder, |ui, class| {
            if ui.input(|input| input.viewport().close_requested()) {
                commands.push(Command::ToggleSpeakerNotes);
            }
            let mut notes = |ui: &mut egui::Ui| self.notes_contents_ui(ui, index, commands);
            if class == egui::ViewportClass::EmbeddedWindow {
                notes(ui);
            } else {
                egui::CentralPanel::default().show(ui, notes);
            }
        });
    }

    fn notes_contents_ui(&self, ui: &mut egui::Ui, index: usize, commands: &mut Vec<Command>) {
        let count = self.slide_count();
        let title = |i: usize| match self.slide(i) {
            ShownSlide::Title => "Title slide".to_owned(),
            ShownSlide::Story(slide) => slide.title.clone(),
            ShownSlide::Sources => "Sources".to_owned(),
        };
        ui.label(RichText::new(format!("Slide {} / {count}", index + 1)).weak());
        ui.heading(title(index));
        ui.separator();
        let notes = match self.slide(index) {
            ShownSlide::Story(slide) if !slide.notes.is_empty() => slide.notes.clone(),
            ShownSlide::Story(_) => "No notes for this slide.".to_owned(),
            ShownSlide::Title => {
                "Introduce the organisation and what the sources cover.".to_owned()
            }
            ShownSlide::Sources => "Every caption rests on these articles.".to_owned(),
        };
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 90.0)
            .show(ui, |ui| ui.label(RichText::new(notes).size(18.0)));
        ui.separator();
        let next = if index + 1 < count {
            format!("Next: {}", title(index + 1))
        } else {
            "This is the last slide.".to_owned()
        };
        ui.label(RichText::new(next).strong());
        ui.horizontal(|ui| {
            for action in [Action::PreviousSlide, Action::NextSlide] {
                if ui
                    .button(action.text())
                    .on_hover_text(action.hover_text())
                    .clicked()
                {
                    commands.push(action.command());
                }
            }
        });
    }
}
