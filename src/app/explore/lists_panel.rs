//! The left panel: layer toggles and lists of countries, borders, exercises and events.

use super::ExploreCommand;
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::timeline::TimelineCommand;
use crate::dataset::Date;
use crate::facts::describe;
use crate::facts::selection::Selection;
use crate::i18n::{tr, tr_with};
use crate::map::legend::Swatch;
use crate::map::palette::Fill;

/// Layer toggles, then one list per kind of thing; clicking an entry selects it and moves the map.
pub fn lists_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr("heading-layers"));
            let mut layers = frame.saved.view.layers;
            ui.checkbox(&mut layers.members, tr("layer-members"));
            // Layers the dataset has nothing for are not offered.
            let data = &frame.shown.dataset.data;
            if !data.borders.is_empty() {
                ui.checkbox(&mut layers.borders, tr("layer-borders"));
            }
            if !data.exercises.is_empty() {
                ui.checkbox(&mut layers.exercises, tr("layer-exercises"));
            }
            ui.checkbox(&mut layers.labels, tr("layer-labels"));
            ui.checkbox(&mut layers.places, tr("layer-places"));
            ui.checkbox(&mut layers.water, tr("layer-water"));
            ui.checkbox(&mut layers.graticule, tr("layer-graticule"));
            if layers != frame.saved.view.layers {
                commands.push(ExploreCommand::SetLayers(layers).into());
            }
            ui.separator();
            super::legend::legend_ui(ui, frame);
            ui.separator();

            let data = &frame.shown.dataset.data;
            ui.heading(tr("heading-members"));
            let by_name = frame.shown.countries_by_name.iter();
            for country in by_name.filter_map(|&i| data.countries.get(i)) {
                let assessed = frame.shown.dataset.assess(country, frame.date());
                // The chip is the legend's swatch: the colour, the hatch, the dashed outline.
                let chip_swatch = Swatch::Fill {
                    fill: Fill {
                        standing: assessed.standing,
                        uncertain: assessed.uncertain,
                    },
                    dashed: assessed.uncertain,
                };
                let selection = Selection::Country(country.id.clone());
                ui.horizontal(|ui| {
                    let (chip, _) =
                        ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    super::legend::swatch_ui(ui, chip, chip_swatch, frame.style());
                    let selected = frame.saved.view.selection.as_ref() == Some(&selection);
                    let response = ui.selectable_label(selected, &country.name).on_hover_text(
                        describe::status_phrase(&frame.shown.dataset, country, frame.date()),
                    );
                    if response.clicked() {
                        commands.push(ExploreCommand::Focus(selection).into());
                    }
                });
            }

            if !data.borders.is_empty() {
                ui.separator();
                ui.heading("Borders of interest");
                for border in &data.borders {
                    entry(
                        ui,
                        frame,
                        commands,
                        Selection::Border(border.id.clone()),
                        &border.name,
                        None,
                    );
                }
            }
            if !data.exercises.is_empty() {
                ui.separator();
                ui.heading("Exercises");
                let order = frame.shown.dataset.exercises_by_date();
                long_list(ui, "exercise_list", order.len(), |ui, row| {
                    let exercise = &data.exercises[order[row]];
                    let selection = Selection::Exercise(exercise.id.clone());
                    let name = &exercise.name;
                    entry(ui, frame, commands, selection, name, Some(exercise.start));
                });
            }
            if !data.events.is_empty() {
                ui.separator();
                ui.heading("Meetings and events");
                let order = frame.shown.dataset.events_by_date();
                long_list(ui, "event_list", order.len(), |ui, row| {
                    let event = &data.events[order[row]];
                    let text = format!("{} · {}", event.start.year(), event.title);
                    let selection = Selection::Event(event.id.clone());
                    entry(ui, frame, commands, selection, &text, Some(event.start));
                });
            }
        });
}

/// Lists longer than this scroll in a box of their own and lay out only the visible rows, so a
/// dataset with thousands of exercises stays responsive.
const INLINE_ROWS: usize = 40;

fn long_list(ui: &mut egui::Ui, id: &str, count: usize, mut row: impl FnMut(&mut egui::Ui, usize)) {
    if count <= INLINE_ROWS {
        (0..count).for_each(|i| row(ui, i));
        return;
    }
    ui.label(egui::RichText::new(tr_with("layer-list-entries", &[("count", count.into())])).weak());
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(320.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, count, |ui, rows| {
            rows.for_each(|i| row(ui, i))
        });
}

/// A row of a list: clicking selects it and moves the map to it, and the timeline to its date
/// if it has one.
fn entry(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    commands: &mut Vec<Command>,
    selection: Selection,
    text: &str,
    date: Option<Date>,
) {
    let selected = frame.saved.view.selection.as_ref() == Some(&selection);
    if ui.selectable_label(selected, text).clicked() {
        commands.push(match date {
            Some(date) => TimelineCommand::ShowOnTimeline { selection, date }.into(),
            None => ExploreCommand::Focus(selection).into(),
        });
    }
}
