//! The right panel: the selection's details and the article excerpts about it, or an overview of
//! the organisation when nothing is selected.

use egui::RichText;

use super::evidence::{cited_excerpts_ui, disagreements_ui, excerpt_details_ui, more_excerpts_ui};
use super::history_strip::history_strip_ui;
use super::{focus, select};
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::timeline::TimelineCommand;
use crate::dataset::{Border, Country, Event, Exercise, Standing, standing_words};
use crate::facts::describe;
use crate::facts::selection::Selection;

/// Details of the selection (or the organisation), each statement with its excerpts under it.
pub fn details_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let dataset = &frame.shown.dataset;
            let selected = frame.shown_selection();
            if selected.is_some() && ui.button("Back to overview").clicked() {
                commands.push(select(None));
            }
            match selected {
                Some(Selection::Country(id)) => {
                    if let Some(country) = dataset.country(id) {
                        country_ui(ui, frame, country, commands);
                    }
                }
                Some(Selection::Border(id)) => {
                    if let Some(border) = dataset.border(id) {
                        border_ui(ui, frame, border, commands);
                    }
                }
                Some(Selection::Exercise(id)) => {
                    if let Some(exercise) = dataset.exercise(id) {
                        exercise_ui(ui, frame, exercise, commands);
                    }
                }
                Some(Selection::Event(id)) => {
                    if let Some(event) = dataset.event(id) {
                        event_ui(ui, frame, event, commands);
                    }
                }
                Some(Selection::Excerpt(id)) => {
                    if let Some(excerpt) = dataset.excerpt(id) {
                        excerpt_details_ui(ui, frame, excerpt, commands);
                    }
                }
                None => overview_ui(ui, frame, commands),
            }
        });
}

fn overview_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let org = &frame.shown.dataset.data.organisation;
    let dataset = &frame.shown.dataset;
    ui.heading(org.names_at(frame.date()).0);
    ui.label(RichText::new(describe::organisation_as_of(dataset, frame.date())).weak());
    ui.add_space(4.0);
    ui.label(&org.summary);
    cited_excerpts_ui(ui, frame, &org.sources, commands);
    for former in &org.former_names {
        ui.label(format!(
            "Called the {} until {}.",
            former.name, former.until
        ));
        cited_excerpts_ui(ui, frame, &former.sources, commands);
    }
    disagreements_ui(ui, frame, &org.id, commands);
    ui.add_space(6.0);
    egui::Grid::new("legend_counts")
        .num_columns(2)
        .show(ui, |ui| {
            for entry in frame.shown.scene.legend.iter().filter(|e| {
                matches!(e.standing, Standing::Held(_))
                    || (e.standing == Standing::Unknown && e.count > 0)
            }) {
                ui.label(standing_words(entry.standing).label());
                ui.label(entry.count.to_string());
                ui.end_row();
            }
        });
    ui.label(
        RichText::new("Select a country, border or exercise on the map or in the lists.").weak(),
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Membership over time").strong());
    let all = &frame.shown.dataset.data.countries;
    let countries = frame
        .shown
        .countries_by_start
        .iter()
        .filter_map(|&i| all.get(i));
    egui::Grid::new("membership_strips")
        .num_columns(2)
        .spacing([8.0, 3.0])
        .show(ui, |ui| {
            for country in countries {
                if ui.selectable_label(false, &country.name).clicked() {
                    commands.push(focus(Selection::Country(country.id.clone())));
                }
                history_strip_ui(
                    ui,
                    country,
                    &frame.shown.timeline,
                    frame.date(),
                    12.0,
                    &frame.style().palette,
                    commands,
                );
                ui.end_row();
            }
            ui.label("");
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(frame.shown.timeline.start.format("%Y").to_string())
                        .small()
                        .weak(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(frame.shown.timeline.end.format("%Y").to_string())
                            .small()
                            .weak(),
                    );
                });
            });
            ui.end_row();
        });
    ui.label(
        RichText::new(
            "Stripes: the sources differ on when a status began. Grey: the sources stop. \
             Lighter with a dashed outline on the map: weak sources only, or a start the \
             sources date differently.",
        )
        .small()
        .weak(),
    );
    more_excerpts_ui(ui, frame, &org.id, &org.sources, commands);
}

fn country_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    country: &Country,
    commands: &mut Vec<Command>,
) {
    ui.heading(&country.name);
    ui.label(
        RichText::new(format!(
            "{}, {}",
            describe::status_phrase(&frame.shown.dataset, country, frame.date()),
            describe::as_of(&frame.shown.dataset, frame.date())
        ))
        .strong(),
    );
    if country.iso_a3.is_none() {
        ui.label(RichText::new("Not on the map: this entity has no country geometry.").weak());
    }
    ui.add_space(4.0);
    history_strip_ui(
        ui,
        country,
        &frame.shown.timeline,
        frame.date(),
        16.0,
        &frame.style().palette,
        commands,
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Membership history").strong());
    let mut shown = Vec::new();
    for period in &country.periods {
        let began = describe::period_began(period);
        let when = match (period.to, period.known_until) {
            (Some(to), _) => format!("{began} – {to}"),
            (None, Some(until)) => format!("{began}, nothing known after {until}"),
            (None, None) => began,
        };
        ui.add_space(4.0);
        let weight = describe::weight_phrase(&frame.shown.dataset, &period.sources)
            .into_iter()
            .chain(period.status_disputed.then(|| "sources differ".to_owned()))
            .map(|w| format!(" · {w}"))
            .collect::<String>();
        // The heading is a link: it moves the timeline to the change.
        let heading = RichText::new(format!(
            "{when} · {}{weight}",
            standing_words(Standing::Held(period.status)).label()
        ))
        .strong();
        if ui
            .selectable_label(false, heading)
            .on_hover_text("Show the map at this change")
            .clicked()
        {
            commands.push(
                TimelineCommand::ShowOnTimeline {
                    selection: Selection::Country(country.id.clone()),
                    date: period.from,
                }
                .into(),
            );
        }
        ui.label(&period.event);
        cited_excerpts_ui(ui, frame, &period.sources, commands);
        shown.extend(period.sources.iter().cloned());
        for claim in &period.disputed_from {
            ui.label(
                RichText::new(format!(
                    "Sources differ on the date: another gives {}. {}",
                    claim.date, claim.note
                ))
                .color(ui.visuals().warn_fg_color),
            );
            cited_excerpts_ui(ui, frame, &claim.sources, commands);
            shown.extend(claim.sources.iter().cloned());
        }
    }
    disagreements_ui(ui, frame, &country.id, commands);
    more_excerpts_ui(ui, frame, &country.id, &shown, commands);
}

fn border_ui(ui: &mut egui::Ui, frame: &Frame<'_>, border: &Border, commands: &mut Vec<Command>) {
    let dataset = &frame.shown.dataset;
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
            let computed = frame
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
        });
    ui.label(RichText::new(describe::LENGTH_GAP_EXPLANATION).italics());
    ui.add_space(4.0);
    ui.label(
        RichText::new(format!(
            "Published length: {:.1} km",
            border.published_length_km
        ))
        .strong(),
    );
    cited_excerpts_ui(ui, frame, &border.sources, commands);
    let mut shown = border.sources.clone();
    for figure in &border.figures {
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{}: {}", figure.label, figure.value)).strong());
        cited_excerpts_ui(ui, frame, &figure.sources, commands);
        shown.extend(figure.sources.iter().cloned());
    }
    disagreements_ui(ui, frame, &border.id, commands);
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
            let text = format!("{}: {}", describe::event_date(event), event.title);
            if ui.link(text).clicked() {
                commands.push(focus(Selection::Event(event.id.clone())));
            }
        }
    }
    more_excerpts_ui(ui, frame, &border.id, &shown, commands);
}

fn exercise_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    exercise: &Exercise,
    commands: &mut Vec<Command>,
) {
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
    evidence_ui(ui, frame, &exercise.id, &exercise.sources, commands);
}

fn event_ui(ui: &mut egui::Ui, frame: &Frame<'_>, event: &Event, commands: &mut Vec<Command>) {
    let mut facts = vec![("Date", describe::event_date(event))];
    facts.extend(
        event
            .place
            .as_ref()
            .map(|place| ("Place", describe::place_phrase(place))),
    );
    facts_ui(ui, &event.title, &facts, &event.summary);
    evidence_ui(ui, frame, &event.id, &event.sources, commands);
}

/// The excerpts a summary cites, the disagreements about it, and other excerpts about it.
fn evidence_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    id: &str,
    sources: &[String],
    commands: &mut Vec<Command>,
) {
    if let Some(weight) = describe::weight_phrase(&frame.shown.dataset, sources) {
        ui.label(RichText::new(format!("This rests {weight}.")).color(ui.visuals().warn_fg_color));
    }
    cited_excerpts_ui(ui, frame, sources, commands);
    disagreements_ui(ui, frame, id, commands);
    more_excerpts_ui(ui, frame, id, sources, commands);
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
