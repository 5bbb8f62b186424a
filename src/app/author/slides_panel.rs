//! The Slides panel: the story's slides in order (drag to reorder), and the picked slide's title,
//! date, view, caption, excerpts and speaker notes to edit. Every change is a
//! [`AuthorCommand::Edit`]; the logic is in `mod.rs`, saving in `saving.rs`.

use egui::RichText;

use super::{AuthorCommand, slide_needs};
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::explore::name_of;
use crate::app::frame::Frame;
use crate::app::present::PresentCommand;
use crate::app::theme::Chrome;
use crate::dataset::{Excerpt, Slide, SlideText, SlideView, StoryEdit};
use crate::facts::describe;
use crate::map::story::view_of_camera;
use crate::render::painter::color;

/// How much of an excerpt a checkbox quotes, in characters.
const EXCERPT_CHARS: usize = 140;

/// The list of slides and the editor of the picked one.
pub fn slides_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    ui.heading("Slides");
    let story = &frame.shown.dataset.data.story;
    let state = if frame.unsaved() {
        "unsaved changes"
    } else {
        "saved"
    };
    ui.label(RichText::new(format!("{} slides · {state}", story.len())).weak());
    ui.horizontal_wrapped(|ui| {
        if Action::AddSlide.button(ui, true) {
            commands.push(Action::AddSlide.command());
        }
        history_buttons_ui(ui, frame, commands);
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("slide_list")
        .max_height(ui.available_height() * 0.4)
        .auto_shrink([false, true])
        .show(ui, |ui| slide_list_ui(ui, frame, commands));
    ui.separator();
    let picked = frame
        .authoring
        .picked
        .and_then(|i| story.get(i).map(|s| (i, s)));
    egui::ScrollArea::vertical()
        .id_salt("slide_editor")
        .auto_shrink([false, false])
        .show(ui, |ui| match picked {
            Some((index, slide)) => slide_editor_ui(ui, frame, index, slide, commands),
            None => {
                ui.label(
                    RichText::new(
                        "Pick a slide to edit it, or frame the map as you want it and add it \
                         as a slide.",
                    )
                    .weak(),
                );
            }
        });
}

/// Save, Undo and Redo, each greyed out when there is nothing for it to do.
pub(super) fn history_buttons_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    commands: &mut Vec<Command>,
) {
    let history = &frame.authoring.history;
    for (action, enabled) in [
        (Action::Save, frame.unsaved()),
        (Action::Undo, history.can_undo()),
        (Action::Redo, history.can_redo()),
    ] {
        if action.button(ui, enabled) {
            commands.push(action.command());
        }
    }
}

/// The slides in order: click to pick (and show it on the map), drag onto another to move it.
fn slide_list_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let story = &frame.shown.dataset.data.story;
    if story.is_empty() {
        ui.label(RichText::new("This dataset has no story yet.").weak());
    }
    for (index, slide) in story.iter().enumerate() {
        let unfinished = if slide_needs(slide).is_empty() {
            ""
        } else {
            " (unfinished)"
        };
        let text = format!(
            "{}. {}{unfinished}   {}",
            index + 1,
            slide.title,
            slide.date
        );
        let row = ui
            .selectable_label(frame.authoring.picked == Some(index), text)
            .interact(egui::Sense::click_and_drag())
            .on_hover_text("Click to show it on the map; drag it onto another slide to move it");
        if row.clicked() {
            commands.push(AuthorCommand::PickSlide(index).into());
        }
        if row.drag_started() {
            row.dnd_set_drag_payload(index);
        }
        if row.dragged() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
        }
        if row
            .dnd_hover_payload::<usize>()
            .is_some_and(|from| *from != index)
        {
            let stroke = ui.visuals().selection.stroke;
            ui.painter()
                .hline(row.rect.x_range(), row.rect.top(), stroke);
        }
        if let Some(from) = row.dnd_release_payload::<usize>()
            && *from != index
        {
            commands.push(story_edit(StoryEdit::Move {
                from: *from,
                to: index,
            }));
        }
    }
}

/// The picked slide's fields.
fn slide_editor_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    index: usize,
    slide: &Slide,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(format!("Slide {}", index + 1)).strong());
    let needs = slide_needs(slide);
    if !needs.is_empty() {
        ui.label(
            RichText::new(format!("Still needs {}.", needs.join(" and ")))
                .color(color(Chrome::of(ui.visuals()).error_ink)),
        );
    }
    text_field_ui(
        ui,
        "Title",
        index,
        SlideText::Title,
        &slide.title,
        false,
        commands,
    );

    let date = frame.date();
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Date: {}", slide.date));
        if slide.date != date
            && ui
                .button(format!("Use the map's date ({date})"))
                .on_hover_text("Show this slide at the date the timeline is on")
                .clicked()
        {
            commands.push(story_edit(StoryEdit::SetDate { slide: index, date }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(view_text(frame, &slide.view));
        let view = view_of_camera(
            &frame.world.geometry,
            &frame.camera(),
            frame.usable_map_size(),
        );
        if let Some(view) = view
            && ui
                .button("Use the map's view")
                .on_hover_text(
                    "Frame this slide as the map is framed now, highlighting the selection",
                )
                .clicked()
        {
            let highlight = frame
                .saved
                .view
                .selection
                .as_ref()
                .map(|s| s.id().to_owned())
                .into_iter()
                .collect();
            commands.push(story_edit(StoryEdit::SetView {
                slide: index,
                view,
                highlight,
            }));
        }
    });
    if !slide.highlight.is_empty() {
        ui.label(RichText::new(format!("Highlights: {}", names(frame, &slide.highlight))).weak());
    }
    text_field_ui(
        ui,
        "Caption",
        index,
        SlideText::Caption,
        &slide.caption,
        true,
        commands,
    );
    excerpt_picker_ui(ui, frame, index, slide, commands);
    text_field_ui(
        ui,
        "Speaker notes",
        index,
        SlideText::Notes,
        &slide.notes,
        true,
        commands,
    );

    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let last = frame.shown.dataset.data.story.len() - 1;
        let moves = [
            ("Move up", index > 0, index.saturating_sub(1)),
            ("Move down", index < last, index + 1),
        ];
        for (text, enabled, to) in moves {
            if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                commands.push(story_edit(StoryEdit::Move { from: index, to }));
            }
        }
        if ui.button("Duplicate").clicked() {
            commands.push(story_edit(StoryEdit::Duplicate(index)));
        }
        if ui
            .button("Delete")
            .on_hover_text("Undo (Ctrl+Z) brings it back")
            .clicked()
        {
            commands.push(story_edit(StoryEdit::Delete(index)));
        }
        if ui
            .button("Present from here")
            .on_hover_text(Action::Present.tooltip())
            .clicked()
        {
            commands.push(PresentCommand::Start { slide: index + 1 }.into());
        }
    });
}

/// A labelled text field of the slide; typing changes the story.
fn text_field_ui(
    ui: &mut egui::Ui,
    name: &str,
    slide: usize,
    field: SlideText,
    current: &str,
    multiline: bool,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(name);
    let mut text = current.to_owned();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY).id_salt((name, slide)))
        .labelled_by(label.id);
    if response.changed() {
        commands.push(story_edit(StoryEdit::SetText { slide, field, text }));
    }
}

/// The excerpts the caption rests on (ticked) and, to add, those about what is selected.
fn excerpt_picker_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    index: usize,
    slide: &Slide,
    commands: &mut Vec<Command>,
) {
    let dataset = &frame.shown.dataset;
    ui.label("The caption rests on");
    let chosen: Vec<&Excerpt> = slide
        .excerpts
        .iter()
        .filter_map(|id| dataset.excerpt(id))
        .collect();
    if chosen.is_empty() {
        ui.label(RichText::new("no excerpt yet").weak());
    }
    let offered: Vec<&Excerpt> = frame
        .saved
        .view
        .selection
        .as_ref()
        .map(|selection| dataset.excerpts_about(selection.id(), &[]))
        .unwrap_or_default()
        .into_iter()
        .filter(|e| !slide.excerpts.contains(&e.id))
        .collect();
    for excerpt in chosen.iter().chain(&offered) {
        let mut ticked = slide.excerpts.contains(&excerpt.id);
        if ui
            .checkbox(
                &mut ticked,
                describe::attributed_quote_within(&frame.shown.dataset, excerpt, EXCERPT_CHARS),
            )
            .changed()
        {
            commands.push(story_edit(StoryEdit::ToggleExcerpt {
                slide: index,
                excerpt: excerpt.id.clone(),
            }));
        }
    }
    if frame.saved.view.selection.is_none() {
        ui.label(
            RichText::new(
                "Select a country, border, exercise or meeting to pick from its excerpts.",
            )
            .weak()
            .small(),
        );
    }
}

/// What part of the map a slide shows, in words.
fn view_text(frame: &Frame<'_>, view: &SlideView) -> String {
    match view {
        SlideView::Fit(ids) => format!("Frames {}", names(frame, ids)),
        SlideView::Centre { lon, lat, width_km } => {
            let ew = if *lon < 0.0 { "W" } else { "E" };
            let ns = if *lat < 0.0 { "S" } else { "N" };
            format!(
                "Centred on {:.2}°{ns} {:.2}°{ew}, {width_km:.0} km across",
                lat.abs(),
                lon.abs()
            )
        }
    }
}

/// The names of dataset things, by id, joined: "Armenia, Azerbaijan".
fn names(frame: &Frame<'_>, ids: &[String]) -> String {
    let dataset = &frame.shown.dataset;
    ids.iter()
        .map(|id| {
            crate::facts::claims::selection_of(dataset, id)
                .map(|s| name_of(dataset, &s))
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| id.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The command making an edit of the story.
fn story_edit(edit: StoryEdit) -> Command {
    AuthorCommand::Edit(edit).into()
}
