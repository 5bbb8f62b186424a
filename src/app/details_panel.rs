//! The right panel: the selection's details and the article excerpts about it, or an overview of
//! the organisation when nothing is selected.

use egui::RichText;

use super::history_strip::history_strip_ui;
use super::{AtlasApp, Command};
use crate::carto::describe;
use crate::carto::selection::Selection;
use crate::dataset::{Border, Country, Event, Excerpt, Exercise, LoadedDataset, status_words};

/// Details of the selection (or the organisation), then its excerpts.
pub fn details_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let dataset = &app.shown.dataset;
            let excerpts = match app.state.selection.as_ref() {
                Some(Selection::Country(id)) => dataset
                    .country(id)
                    .map(|c| country_ui(ui, app, c, commands)),
                Some(Selection::Border(id)) => dataset.border(id).map(|b| border_ui(ui, app, b)),
                Some(Selection::Exercise(id)) => {
                    dataset.exercise(id).map(|e| exercise_ui(ui, dataset, e))
                }
                Some(Selection::Event(id)) => dataset.event(id).map(|e| event_ui(ui, dataset, e)),
                None => None,
            };
            let excerpts = match excerpts {
                Some(excerpts) => {
                    ui.add_space(4.0);
                    if ui.button("Back to overview").clicked() {
                        commands.push(Command::Select(None));
                    }
                    excerpts
                }
                None => overview_ui(ui, app, commands),
            };
            ui.separator();
            ui.heading(format!("Excerpts ({})", excerpts.len()));
            for excerpt in excerpts {
                excerpt_ui(ui, dataset, excerpt);
            }
        });
}

fn overview_ui<'a>(
    ui: &mut egui::Ui,
    app: &'a AtlasApp,
    commands: &mut Vec<Command>,
) -> Vec<&'a Excerpt> {
    let org = &app.shown.dataset.data.organisation;
    ui.heading(&org.name);
    ui.label(RichText::new(format!("{} · as of {}", org.short_name, app.date())).weak());
    ui.add_space(4.0);
    ui.label(&org.summary);
    ui.add_space(6.0);
    egui::Grid::new("legend_counts")
        .num_columns(2)
        .show(ui, |ui| {
            for entry in app.shown.scene.legend.iter().filter(|e| e.status.is_some()) {
                ui.label(entry.label);
                ui.label(entry.count.to_string());
                ui.end_row();
            }
        });
    ui.label(
        RichText::new("Select a country, border or exercise on the map or in the lists.").weak(),
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Membership over time").strong());
    let mut countries: Vec<&Country> = app.shown.dataset.data.countries.iter().collect();
    countries.sort_by_key(|c| c.periods.first().map(|p| p.from));
    egui::Grid::new("membership_strips")
        .num_columns(2)
        .spacing([8.0, 3.0])
        .show(ui, |ui| {
            for country in countries {
                if ui.selectable_label(false, &country.name).clicked() {
                    commands.push(Command::Focus(Selection::Country(country.id.clone())));
                }
                history_strip_ui(ui, country, app.timeline(), app.date(), 12.0, commands);
                ui.end_row();
            }
            ui.label("");
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(app.shown.timeline.start.format("%Y").to_string())
                        .small()
                        .weak(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(app.shown.timeline.end.format("%Y").to_string())
                            .small()
                            .weak(),
                    );
                });
            });
            ui.end_row();
        });
    app.shown.dataset.excerpts_about(&org.id, &org.sources)
}

fn country_ui<'a>(
    ui: &mut egui::Ui,
    app: &'a AtlasApp,
    country: &'a Country,
    commands: &mut Vec<Command>,
) -> Vec<&'a Excerpt> {
    ui.heading(&country.name);
    ui.label(
        RichText::new(format!(
            "{} (as of {})",
            describe::status_phrase(country, app.date()),
            app.date()
        ))
        .strong(),
    );
    if country.iso_a3.is_none() {
        ui.label(RichText::new("Not on the map: this entity has no country geometry.").weak());
    }
    ui.add_space(4.0);
    history_strip_ui(ui, country, app.timeline(), app.date(), 16.0, commands);
    ui.add_space(6.0);
    ui.label(RichText::new("Membership history").strong());
    egui::Grid::new("history")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for period in &country.periods {
                let when = match period.to {
                    Some(to) => format!("{} – {}", period.from, to),
                    None => period.from.to_string(),
                };
                ui.label(when);
                ui.vertical(|ui| {
                    ui.label(RichText::new(status_words(Some(period.status)).label).strong());
                    ui.label(&period.event);
                    for claim in &period.disputed_from {
                        ui.label(
                            RichText::new(format!(
                                "Sources disagree: another gives {}. {}",
                                claim.date, claim.note
                            ))
                            .color(ui.visuals().warn_fg_color),
                        );
                    }
                });
                ui.end_row();
            }
        });
    let cited: Vec<String> = country
        .periods
        .iter()
        .flat_map(|p| {
            p.sources
                .iter()
                .chain(p.disputed_from.iter().flat_map(|c| &c.sources))
        })
        .cloned()
        .collect();
    app.shown.dataset.excerpts_about(&country.id, &cited)
}

fn border_ui<'a>(ui: &mut egui::Ui, app: &'a AtlasApp, border: &'a Border) -> Vec<&'a Excerpt> {
    let dataset = &app.shown.dataset;
    ui.heading(&border.name);
    let names: Vec<&str> = border
        .countries
        .iter()
        .map(|iso| {
            dataset
                .country_by_iso(iso)
                .map_or(iso.as_str(), |c| c.name.as_str())
        })
        .collect();
    ui.label(names.join(" – "));
    ui.add_space(6.0);
    egui::Grid::new("border_figures")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            ui.label("Published length");
            ui.label(RichText::new(format!("{:.1} km", border.published_length_km)).strong());
            ui.end_row();
            ui.label("Measured on this map");
            let computed = app
                .shown
                .geometry
                .border(&border.id)
                .and_then(|b| b.computed_length_km);
            ui.label(
                RichText::new(
                    computed.map_or("not on the base map".to_owned(), |km| format!("{km:.1} km")),
                )
                .strong(),
            );
            ui.end_row();
            for figure in &border.figures {
                ui.label(&figure.label);
                ui.label(&figure.value);
                ui.end_row();
            }
        });
    ui.label(RichText::new(describe::LENGTH_GAP_EXPLANATION).italics());
    let related: Vec<&Event> = dataset
        .data
        .events
        .iter()
        .filter(|e| e.links.contains(&border.id))
        .collect();
    if !related.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Related events").strong());
        for event in related {
            ui.label(format!(
                "{}: {}",
                describe::date_span(event.start, event.end),
                event.title
            ));
        }
    }
    let cited: Vec<String> = border
        .sources
        .iter()
        .chain(border.figures.iter().flat_map(|f| &f.sources))
        .cloned()
        .collect();
    dataset.excerpts_about(&border.id, &cited)
}

fn exercise_ui<'a>(
    ui: &mut egui::Ui,
    dataset: &'a LoadedDataset,
    exercise: &'a Exercise,
) -> Vec<&'a Excerpt> {
    let mut facts = vec![
        ("Dates", describe::date_span(exercise.start, exercise.end)),
        ("Place", describe::place_phrase(&exercise.place)),
    ];
    let lists = [
        ("Participants", &exercise.participants),
        ("Observers", &exercise.observers),
    ];
    facts.extend(
        lists
            .into_iter()
            .filter(|(_, names)| !names.is_empty())
            .map(|(label, names)| (label, names.join(", "))),
    );
    facts.extend(exercise.size.clone().map(|size| ("Size", size)));
    facts_ui(ui, &exercise.name, &facts, &exercise.summary);
    dataset.excerpts_about(&exercise.id, &exercise.sources)
}

fn event_ui<'a>(
    ui: &mut egui::Ui,
    dataset: &'a LoadedDataset,
    event: &'a Event,
) -> Vec<&'a Excerpt> {
    let mut facts = vec![("Date", describe::date_span(event.start, event.end))];
    facts.extend(
        event
            .place
            .as_ref()
            .map(|place| ("Place", describe::place_phrase(place))),
    );
    facts_ui(ui, &event.title, &facts, &event.summary);
    dataset.excerpts_about(&event.id, &event.sources)
}

/// A heading, a table of labelled facts, and a summary.
fn facts_ui(ui: &mut egui::Ui, heading: &str, facts: &[(&str, String)], summary: &str) {
    ui.heading(heading);
    egui::Grid::new("facts")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for (label, value) in facts {
                fact(ui, label, value);
            }
        });
    ui.add_space(4.0);
    ui.label(summary);
}

fn fact(ui: &mut egui::Ui, label: &str, value: &str) {
    ui.label(RichText::new(label).weak());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

fn excerpt_ui(ui: &mut egui::Ui, dataset: &LoadedDataset, excerpt: &Excerpt) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if let Some(article) = dataset.article(&excerpt.article) {
            ui.label(RichText::new(format!("{} · {}", article.outlet, article.date)).strong());
            ui.label(RichText::new(&article.headline).italics());
        }
        ui.label(format!("“{}”", excerpt.text));
        if let Some(article) = dataset.article(&excerpt.article) {
            ui.label(
                RichText::new(format!("Source file: {}", article.source_file))
                    .weak()
                    .small(),
            );
        }
    });
}
