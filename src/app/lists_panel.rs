//! The left panel: layer toggles and lists of countries, borders, exercises and events.

use super::{AtlasApp, Command};
use crate::carto::describe;
use crate::carto::palette;
use crate::carto::scene::Selection;
use crate::dataset::status_at;
use crate::render::painter::color;

/// Layer toggles, then one list per kind of thing; clicking an entry selects it and moves the map.
pub fn lists_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading("Layers");
            let mut layers = app.layers;
            ui.checkbox(&mut layers.members, "Member states");
            ui.checkbox(&mut layers.borders, "Borders of interest");
            ui.checkbox(&mut layers.exercises, "Exercises");
            ui.checkbox(&mut layers.labels, "Labels");
            if layers != app.layers {
                commands.push(Command::SetLayers(layers));
            }
            ui.separator();

            let data = &app.dataset.data;
            ui.heading("Members and observers");
            let mut countries: Vec<_> = data.countries.iter().collect();
            countries.sort_by(|a, b| a.name.cmp(&b.name));
            for country in countries {
                let status = status_at(country, app.date).map(|s| s.status);
                let selection = Selection::Country(country.id.clone());
                ui.horizontal(|ui| {
                    let (chip, _) =
                        ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(chip, 2.0, color(palette::status_fill(status)));
                    let selected = app.selection.as_ref() == Some(&selection);
                    let response = ui
                        .selectable_label(selected, &country.name)
                        .on_hover_text(describe::status_phrase(country, app.date));
                    if response.clicked() {
                        commands.push(Command::Focus(selection));
                    }
                });
            }

            if !data.borders.is_empty() {
                ui.separator();
                ui.heading("Borders of interest");
                for border in &data.borders {
                    entry(
                        ui,
                        app,
                        commands,
                        Selection::Border(border.id.clone()),
                        &border.name,
                    );
                }
            }
            if !data.exercises.is_empty() {
                ui.separator();
                ui.heading("Exercises");
                let mut exercises: Vec<_> = data.exercises.iter().collect();
                exercises.sort_by_key(|e| e.start);
                for exercise in exercises {
                    entry(
                        ui,
                        app,
                        commands,
                        Selection::Exercise(exercise.id.clone()),
                        &exercise.name,
                    );
                }
            }
            if !data.events.is_empty() {
                ui.separator();
                ui.heading("Meetings and events");
                let mut events: Vec<_> = data.events.iter().collect();
                events.sort_by_key(|e| e.start);
                for event in events {
                    let text = format!("{} · {}", event.start.year(), event.title);
                    entry(ui, app, commands, Selection::Event(event.id.clone()), &text);
                }
            }
        });
}

fn entry(
    ui: &mut egui::Ui,
    app: &AtlasApp,
    commands: &mut Vec<Command>,
    selection: Selection,
    text: &str,
) {
    let selected = app.selection.as_ref() == Some(&selection);
    if ui.selectable_label(selected, text).clicked() {
        commands.push(Command::Focus(selection));
    }
}
