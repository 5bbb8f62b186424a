//! The presenter's own window while presenting: the slide's speaker notes, the next slide's title,
//! and buttons to move on. It opens as a second window where the platform has them (the class
//! sees only the slides); elsewhere N shows it inside the slides, for a presenter who wants it.

use egui::RichText;

use super::{PresentCommand, ShownSlide, shown_slide, slide_count};
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::frame::Frame;

/// The speaker-notes window, while presenting with it shown.
pub fn speaker_notes_ui(ctx: &egui::Context, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some(presentation) = frame.presenting.presentation().filter(|p| p.notes_shown) else {
        return;
    };
    let index = presentation.slide;
    let builder = egui::ViewportBuilder::default()
        .with_title(format!("Speaker notes — {}", crate::app::TITLE))
        .with_inner_size([560.0, 640.0]);
    let id = egui::ViewportId::from_hash_of("speaker_notes");
    ctx.show_viewport_immediate(id, builder, |ui, class| {
        if ui.input(|input| input.viewport().close_requested()) {
            commands.push(PresentCommand::ToggleNotes.into());
        }
        let mut notes = |ui: &mut egui::Ui| notes_contents_ui(ui, frame, index, commands);
        if class == egui::ViewportClass::EmbeddedWindow {
            notes(ui);
        } else {
            egui::CentralPanel::default().show(ui, notes);
        }
    });
}

fn notes_contents_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let dataset = &frame.shown.dataset;
    let count = slide_count(dataset);
    let slide = shown_slide(dataset, index);
    ui.label(RichText::new(format!("Slide {} / {count}", index + 1)).weak());
    ui.heading(slide.title());
    ui.separator();
    let notes = match slide {
        ShownSlide::Story(slide) if !slide.notes.is_empty() => slide.notes.clone(),
        ShownSlide::Story(_) => "No notes for this slide.".to_owned(),
        ShownSlide::Title => "Introduce the organisation and what the sources cover.".to_owned(),
        ShownSlide::Sources => "Every caption rests on these articles.".to_owned(),
    };
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 90.0)
        .show(ui, |ui| ui.label(RichText::new(notes).size(18.0)));
    ui.separator();
    let next = if index + 1 < count {
        format!("Next: {}", shown_slide(dataset, index + 1).title())
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
