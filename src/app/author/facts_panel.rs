//! The Facts panel: what the selected country, exercise or event is, to correct (a status, a
//! date at the source's precision, a place found by name), and the sources it rests on, to cite,
//! drop or type in; with nothing selected, a country, exercise or event to add. Every change is
//! an [`AuthorCommand::EditFact`], checked as `check` checks a file (`facts.rs`); a change refused
//! shows why beside its field, and what is typed stays there to correct.

use egui::RichText;

use super::AuthorCommand;
use super::slides_panel::history_buttons_ui;
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::theme::Chrome;
use crate::basemap::AreaKind;
use crate::dataset::{
    Country, Date, DateBasis, Event, EventKind, ExcerptId, Exercise, FactEdit, FactRef, NewFact,
    NewSource, Place, PlacePrecision, SourceChoice, Standing, Status, StatusPeriod, TextField,
    fact_sources, field_text, read_date, slug, standing_words,
};
use crate::facts::describe;
use crate::facts::selection::Selection;
use crate::render::painter::color;

/// How much of an excerpt a line quotes, in characters.
const EXCERPT_CHARS: usize = 120;

/// How many places a search by name offers.
const PLACES_OFFERED: usize = 8;

/// The statuses a period can have, in the order the list offers them.
const STATUSES: [Status; 4] = [
    Status::Member,
    Status::Observer,
    Status::Frozen,
    Status::Former,
];

/// The kinds an event can be.
const EVENT_KINDS: [(EventKind, &str); 5] = [
    (EventKind::Meeting, "Meeting"),
    (EventKind::Summit, "Summit"),
    (EventKind::Decision, "Decision"),
    (EventKind::Programme, "Programme"),
    (EventKind::Other, "Other"),
];

/// How precisely a place is known, as the list offers it.
const PRECISIONS: [(PlacePrecision, &str); 3] = [
    (PlacePrecision::Point, "The place itself"),
    (PlacePrecision::Region, "Only its region"),
    (PlacePrecision::Country, "Only its country"),
];

/// What is typed into a field, and the value it was typed over: when the value changes under
/// it (an undo, an edit taken), the field shows the value again.
#[derive(Debug, Clone, Default)]
struct Draft {
    based_on: String,
    text: String,
}

/// A form's fields as typed, and the dataset it was sent for: once the dataset is another (the
/// edit was taken), the form starts empty again; if the edit was refused, what was typed stays.
#[derive(Debug, Clone, Default)]
struct Form<T> {
    fields: T,
    submitted: Option<u64>,
}

impl<T: Clone + Default + Send + Sync + 'static> Form<T> {
    /// The form kept under `id`.
    fn load(ui: &egui::Ui, id: egui::Id, frame: &Frame<'_>) -> Self {
        let mut form: Self = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        if let Some(sent_for) = form.submitted {
            if sent_for != frame.shown.generation() {
                form = Self::default();
            } else if frame.authoring.refusal.is_some() {
                form.submitted = None;
            }
        }
        form
    }

    /// Keeps the form under `id` for the next frame.
    fn keep(self, ui: &egui::Ui, id: egui::Id) {
        ui.data_mut(|d| d.insert_temp(id, self));
    }
}

/// A fact being added: its fields as typed, and its source.
#[derive(Debug, Clone, Default)]
struct NewFactForm {
    name: String,
    date: String,
    status: Option<Status>,
    kind: Option<EventKind>,
    /// A base-map country (ISO alpha-3 and name) for a new member.
    country: Option<(String, String)>,
    place: Option<Place>,
    place_query: String,
    source: SourceForm,
}

/// The source a new fact rests on: an excerpt the dataset has, or one typed in.
#[derive(Debug, Clone, Default)]
struct SourceForm {
    excerpt: Option<ExcerptId>,
    new: NewSource,
}

impl SourceForm {
    fn choice(&self) -> SourceChoice {
        match &self.excerpt {
            Some(excerpt) => SourceChoice::Excerpt(excerpt.clone()),
            None => SourceChoice::New(self.new.clone()),
        }
    }
}

/// The Facts panel.
pub fn facts_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    ui.heading("Facts");
    let data = &frame.shown.dataset.data;
    let state = if frame.unsaved() {
        "unsaved changes"
    } else {
        "saved"
    };
    ui.label(
        RichText::new(format!(
            "{} countries · {} exercises · {} events · {state}",
            data.countries.len(),
            data.exercises.len(),
            data.events.len()
        ))
        .weak(),
    );
    ui.horizontal_wrapped(|ui| history_buttons_ui(ui, frame, commands));
    if let Some(refusal) = &frame.authoring.refusal
        && refusal.typing.is_none()
    {
        error_ui(ui, &format!("Not changed: {}", refusal.reason));
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("facts")
        .auto_shrink([false, false])
        .show(ui, |ui| match &frame.saved.view.selection {
            Some(Selection::Country(id)) => match data.countries.iter().position(|c| c.id == *id) {
                Some(index) => country_ui(ui, frame, index, commands),
                None => nothing_selected_ui(ui, frame, commands),
            },
            Some(Selection::Exercise(id)) => {
                match data.exercises.iter().position(|e| e.id == *id) {
                    Some(index) => exercise_ui(ui, frame, index, commands),
                    None => nothing_selected_ui(ui, frame, commands),
                }
            }
            Some(Selection::Event(id)) => match data.events.iter().position(|e| e.id == *id) {
                Some(index) => event_ui(ui, frame, index, commands),
                None => nothing_selected_ui(ui, frame, commands),
            },
            _ => nothing_selected_ui(ui, frame, commands),
        });
}

fn edit(commands: &mut Vec<Command>, edit: FactEdit) {
    commands.push(AuthorCommand::EditFact(edit).into());
}

fn error_ui(ui: &mut egui::Ui, text: &str) {
    let ink = color(Chrome::of(ui.visuals()).error_ink);
    ui.label(RichText::new(text).color(ink));
}

/// A country's periods, each to correct, and a period to add.
fn country_ui(ui: &mut egui::Ui, frame: &Frame<'_>, index: usize, commands: &mut Vec<Command>) {
    let country = &frame.shown.dataset.data.countries[index];
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&country.name).strong());
        if let Some(iso) = &country.iso_a3 {
            ui.label(RichText::new(iso).weak());
        }
    });
    for (period, held) in country.periods.iter().enumerate() {
        let fact = FactRef::Period {
            country: index,
            period,
        };
        ui.group(|ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("Period {}", period + 1)).strong());
                let last = country.periods.len() == 1;
                let (text, hint) = if last {
                    (
                        "Delete the country",
                        "Its only period: deleting it takes the country out of the dataset. \
                         Undo (Ctrl+Z) brings it back",
                    )
                } else {
                    ("Delete period", "Undo (Ctrl+Z) brings it back")
                };
                if ui.small_button(text).on_hover_text(hint).clicked() {
                    edit(commands, FactEdit::Remove(fact));
                }
            });
            status_choice_ui(
                ui,
                egui::Id::unique(("facts status", index, period)),
                Some(held.status),
                |status| {
                    edit(commands, FactEdit::SetStatus { fact, status });
                },
            );
            field_ui(ui, frame, fact, TextField::From, "From", commands);
            field_ui(
                ui,
                frame,
                fact,
                TextField::To,
                "To (empty: until the next period)",
                commands,
            );
            let known = "Known until (empty: as long as it lasts)";
            field_ui(ui, frame, fact, TextField::KnownUntil, known, commands);
            field_ui(ui, frame, fact, TextField::Name, "What happened", commands);
            sources_ui(ui, frame, fact, commands);
        });
    }
    ui.add_space(6.0);
    let id = egui::Id::unique(("facts new period", &country.id));
    let about = Some(country.id.as_str());
    let add = ("Add a period", "Add the period");
    add_form_ui(ui, frame, id, add, about, commands, |ui, form| {
        status_choice_ui(ui, id.with("status"), form.status, |status| {
            form.status = Some(status);
        });
        typed_ui(ui, "From", &mut form.date, true);
        typed_ui(ui, "What happened", &mut form.name, false);
        let (status, from) = (form.status?, read_date(&form.date).ok()?);
        let period = Box::new(new_period(status, from, &form.name));
        Some(NewFact::Period {
            country: index,
            period,
        })
    });
}

/// An exercise's name, dates, place and summary, and its sources.
fn exercise_ui(ui: &mut egui::Ui, frame: &Frame<'_>, index: usize, commands: &mut Vec<Command>) {
    let exercise = &frame.shown.dataset.data.exercises[index];
    let fact = FactRef::Exercise(index);
    ui.label(RichText::new(format!("Exercise: {}", exercise.name)).strong());
    field_ui(ui, frame, fact, TextField::Name, "Name", commands);
    dates_ui(ui, frame, fact, commands);
    place_ui(ui, frame, fact, commands);
    let mut precision = exercise.place.precision;
    choice_ui(
        ui,
        "How precisely the place is known",
        egui::Id::unique(("facts precision", index)),
        &mut precision,
        &PRECISIONS,
    );
    if precision != exercise.place.precision {
        edit(
            commands,
            FactEdit::SetPrecision {
                exercise: index,
                precision,
            },
        );
    }
    let participants = "Participants, as the sources name them (commas between)";
    field_ui(
        ui,
        frame,
        fact,
        TextField::Participants,
        participants,
        commands,
    );
    let observers = "Observers (commas between)";
    field_ui(ui, frame, fact, TextField::Observers, observers, commands);
    field_ui(
        ui,
        frame,
        fact,
        TextField::Size,
        "Size, as published",
        commands,
    );
    summary_sources_and_delete_ui(ui, frame, fact, "Delete the exercise", commands);
}

/// An event's title, kind, dates, place and summary, and its sources.
fn event_ui(ui: &mut egui::Ui, frame: &Frame<'_>, index: usize, commands: &mut Vec<Command>) {
    let event = &frame.shown.dataset.data.events[index];
    let fact = FactRef::Event(index);
    ui.label(RichText::new(format!("Event: {}", event.title)).strong());
    field_ui(ui, frame, fact, TextField::Name, "Title", commands);
    let mut kind = event.kind;
    choice_ui(
        ui,
        "Kind",
        egui::Id::unique(("facts kind", index)),
        &mut kind,
        &EVENT_KINDS,
    );
    if kind != event.kind {
        edit(commands, FactEdit::SetKind { event: index, kind });
    }
    dates_ui(ui, frame, fact, commands);
    if event.dated != DateBasis::Stated {
        ui.label(
            RichText::new(describe::dated(event.start.to_string(), event.dated))
                .weak()
                .small(),
        );
    }
    place_ui(ui, frame, fact, commands);
    summary_sources_and_delete_ui(ui, frame, fact, "Delete the event", commands);
}

/// An exercise's or event's start and end.
fn dates_ui(ui: &mut egui::Ui, frame: &Frame<'_>, fact: FactRef, commands: &mut Vec<Command>) {
    field_ui(ui, frame, fact, TextField::From, "Start", commands);
    let end = "End (empty: one day, or not given)";
    field_ui(ui, frame, fact, TextField::To, end, commands);
}

/// An exercise's or event's summary, the sources it rests on, and the button deleting it.
fn summary_sources_and_delete_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    fact: FactRef,
    delete: &str,
    commands: &mut Vec<Command>,
) {
    field_ui(ui, frame, fact, TextField::Summary, "Summary", commands);
    sources_ui(ui, frame, fact, commands);
    ui.add_space(6.0);
    if ui
        .button(delete)
        .on_hover_text("Undo (Ctrl+Z) brings it back")
        .clicked()
    {
        edit(commands, FactEdit::Remove(fact));
    }
}

/// With nothing selected: how to edit, and a country, exercise or event to add.
fn nothing_selected_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    ui.label(
        RichText::new(
            "Select a country, exercise or event on the map or in the lists to correct it, or \
             add one here. Every fact rests on a source: an excerpt the dataset has, or a \
             sentence you quote from an article.",
        )
        .weak(),
    );
    ui.add_space(6.0);
    let fact = FactRef::Organisation;
    ui.group(|ui| {
        ui.label(RichText::new("The organisation").strong());
        field_ui(ui, frame, fact, TextField::Name, "Name", commands);
        field_ui(
            ui,
            frame,
            fact,
            TextField::ShortName,
            "Abbreviation",
            commands,
        );
        field_ui(ui, frame, fact, TextField::Summary, "Summary", commands);
        sources_ui(ui, frame, fact, commands);
    });
    ui.add_space(6.0);
    new_country_ui(ui, frame, commands);
    new_exercise_ui(ui, frame, commands);
    new_event_ui(ui, frame, commands);
}

fn new_country_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("facts new country");
    let add = ("Add a country", "Add the country");
    add_form_ui(ui, frame, id, add, None, commands, |ui, form| {
        let data = &frame.shown.dataset.data;
        let mut offered: Vec<(&str, &str)> = frame
            .world
            .basemap
            .areas
            .iter()
            .filter(|a| a.kind == AreaKind::Country)
            .filter_map(|a| a.iso_a3.as_deref().map(|iso| (iso, a.name.as_str())))
            .filter(|(iso, _)| {
                data.countries
                    .iter()
                    .all(|c| c.iso_a3.as_deref() != Some(*iso))
            })
            .collect();
        offered.sort_by_key(|(_, name)| *name);
        offered.dedup();
        let label = ui.label("Country");
        egui::ComboBox::from_id_salt(id.with("country"))
            .selected_text(
                form.country
                    .as_ref()
                    .map_or("Choose…", |(_, name)| name.as_str()),
            )
            .height(320.0)
            .show_ui(ui, |ui| {
                for (iso, name) in offered {
                    let picked = form.country.as_ref().is_some_and(|(i, _)| i == iso);
                    if ui.selectable_label(picked, name).clicked() {
                        form.country = Some((iso.to_owned(), name.to_owned()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        status_choice_ui(ui, id.with("status"), form.status, |status| {
            form.status = Some(status);
        });
        typed_ui(ui, "From", &mut form.date, true);
        typed_ui(ui, "What happened", &mut form.name, false);
        let ((iso, name), status) = (form.country.clone()?, form.status?);
        let from = read_date(&form.date).ok()?;
        Some(NewFact::Country(Box::new(Country {
            id: iso.clone(),
            name,
            iso_a3: Some(iso),
            periods: vec![new_period(status, from, &form.name)],
        })))
    });
}

fn new_exercise_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("facts new exercise");
    let add = ("Add an exercise", "Add the exercise");
    add_form_ui(ui, frame, id, add, None, commands, |ui, form| {
        typed_ui(ui, "Name", &mut form.name, false);
        typed_ui(ui, "Start", &mut form.date, true);
        if let Some(place) = place_search_ui(ui, frame, &mut form.place_query) {
            form.place = Some(place);
        }
        if let Some(place) = &form.place {
            ui.label(RichText::new(format!("At {}", describe::place_phrase(place))).weak());
        }
        let (place, start) = (form.place.clone()?, read_date(&form.date).ok()?);
        let name = Some(form.name.trim()).filter(|n| !n.is_empty())?;
        Some(NewFact::Exercise(Box::new(Exercise {
            id: slug(name),
            name: name.to_owned(),
            start,
            end: None,
            place,
            participants: Vec::new(),
            observers: Vec::new(),
            size: None,
            summary: String::new(),
            sources: Vec::new(),
        })))
    });
}

fn new_event_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("facts new event");
    let add = ("Add an event", "Add the event");
    add_form_ui(ui, frame, id, add, None, commands, |ui, form| {
        typed_ui(ui, "Title", &mut form.name, false);
        let mut kind = form.kind.unwrap_or(EventKind::Meeting);
        choice_ui(ui, "Kind", id.with("kind"), &mut kind, &EVENT_KINDS);
        form.kind = Some(kind);
        typed_ui(ui, "Start", &mut form.date, true);
        let start = read_date(&form.date).ok()?;
        let title = Some(form.name.trim()).filter(|n| !n.is_empty())?;
        Some(NewFact::Event(Box::new(Event {
            id: slug(title),
            kind,
            title: title.to_owned(),
            start,
            end: None,
            dated: DateBasis::Stated,
            place: None,
            summary: String::new(),
            links: Vec::new(),
            sources: Vec::new(),
        })))
    });
}

/// A form, folded away under `words.0`, that adds a fact: its own fields (drawn by `fields`,
/// which gives the fact once they make one), the source it rests on (the excerpts about `about`
/// offered first), and a button (`words.1`) that adds it, greyed out until the fields make one.
fn add_form_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    id: egui::Id,
    words: (&str, &str),
    about: Option<&str>,
    commands: &mut Vec<Command>,
    fields: impl FnOnce(&mut egui::Ui, &mut NewFactForm) -> Option<NewFact>,
) {
    let (title, button) = words;
    egui::CollapsingHeader::new(title)
        .id_salt(id)
        .show(ui, |ui| {
            let mut form = Form::<NewFactForm>::load(ui, id, frame);
            let fact = fields(ui, &mut form.fields);
            source_form_ui(ui, frame, id.with("source"), about, &mut form.fields.source);
            let clicked = ui
                .add_enabled(fact.is_some(), egui::Button::new(button))
                .clicked();
            if clicked && let Some(fact) = fact {
                let source = form.fields.source.choice();
                edit(commands, FactEdit::Add { fact, source });
                form.submitted = Some(frame.shown.generation());
            }
            form.keep(ui, id);
        });
}

/// A new period with nothing disputed, not yet resting on a source.
fn new_period(status: Status, from: Date, event: &str) -> StatusPeriod {
    StatusPeriod {
        from,
        to: None,
        status,
        event: event.trim().to_owned(),
        sources: Vec::new(),
        disputed_from: Vec::new(),
        status_disputed: false,
        known_until: None,
    }
}

/// A field of a fact: typing changes the dataset when what is typed is valid; otherwise why not
/// is shown beside it, and the text typed stays.
fn field_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    fact: FactRef,
    field: TextField,
    name: &str,
    commands: &mut Vec<Command>,
) {
    let data = &frame.shown.dataset.data;
    let current = field_text(data, fact, field).unwrap_or_default();
    let id = egui::Id::unique(("fact field", fact, field));
    let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if draft.based_on != current {
        draft = Draft {
            based_on: current.clone(),
            text: current.clone(),
        };
    }
    let label = ui.label(name);
    let multiline = matches!(
        field,
        TextField::Summary | TextField::Participants | TextField::Observers
    ) || matches!((fact, field), (FactRef::Period { .. }, TextField::Name));
    let text_edit = if multiline {
        egui::TextEdit::multiline(&mut draft.text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut draft.text)
    };
    let text_edit = match field {
        TextField::From | TextField::To | TextField::KnownUntil => {
            text_edit.hint_text("2024, 2024-02 or 2024-02-15")
        }
        _ => text_edit,
    };
    let response = ui
        .add(text_edit.desired_width(f32::INFINITY).id_salt(id))
        .labelled_by(label.id);
    let typed = FactEdit::SetText {
        fact,
        field,
        text: draft.text.clone(),
    };
    let typing = typed.typing();
    if response.changed() {
        edit(commands, typed);
    }
    if draft.text != current
        && let Some(refusal) = &frame.authoring.refusal
        && refusal.typing == typing
    {
        error_ui(ui, &format!("Not changed: {}", refusal.reason));
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}

/// A labelled text field of a form.
fn typed_ui(ui: &mut egui::Ui, name: &str, text: &mut String, is_date: bool) {
    let label = ui.label(name);
    let mut text_edit = egui::TextEdit::singleline(text).desired_width(f32::INFINITY);
    if is_date {
        text_edit = text_edit.hint_text("2024, 2024-02 or 2024-02-15");
    }
    ui.add(text_edit).labelled_by(label.id);
    if is_date
        && !text.trim().is_empty()
        && let Err(reason) = read_date(text)
    {
        error_ui(ui, &reason);
    }
}

/// A list to pick a status from; `picked` is called with the one picked.
fn status_choice_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: Option<Status>,
    mut picked: impl FnMut(Status),
) {
    let label_of = |status: Status| standing_words(Standing::Held(status)).label();
    let label = ui.label("Status");
    egui::ComboBox::from_id_salt(id)
        .selected_text(current.map_or_else(|| "Choose…".to_owned(), label_of))
        .show_ui(ui, |ui| {
            for status in STATUSES {
                if ui
                    .selectable_label(current == Some(status), label_of(status))
                    .clicked()
                {
                    picked(status);
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// A labelled list of named choices.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    name: &str,
    id: egui::Id,
    value: &mut T,
    choices: &[(T, &str)],
) {
    let label = ui.label(name);
    let shown = choices
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, text)| *text);
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (choice, text) in choices {
                ui.selectable_value(value, *choice, *text);
            }
        })
        .response
        .labelled_by(label.id);
}

/// An exercise's or event's place: its name and coordinates to type, or a place to find by name.
fn place_ui(ui: &mut egui::Ui, frame: &Frame<'_>, fact: FactRef, commands: &mut Vec<Command>) {
    let has_place = match fact {
        FactRef::Event(i) => frame.shown.dataset.data.events[i].place.is_some(),
        _ => true,
    };
    if has_place {
        field_ui(ui, frame, fact, TextField::PlaceName, "Place", commands);
        ui.columns(2, |columns| {
            field_ui(
                &mut columns[0],
                frame,
                fact,
                TextField::Lat,
                "Latitude",
                commands,
            );
            field_ui(
                &mut columns[1],
                frame,
                fact,
                TextField::Lon,
                "Longitude",
                commands,
            );
        });
    }
    let placing = frame.authoring.placing == Some(fact);
    let (text, hint, command) = if placing {
        ("Cancel placing", "Keep the place as it is", None)
    } else {
        (
            "Place it by clicking the map",
            "The next click on the map puts it there, known to the point",
            Some(fact),
        )
    };
    if ui.button(text).on_hover_text(hint).clicked() {
        commands.push(AuthorCommand::StartPlacing(command).into());
    }
    if placing {
        ui.label(RichText::new("Click the map where it took place.").strong());
    }
    let id = egui::Id::unique(("facts place search", fact));
    let mut query: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if let Some(place) = place_search_ui(ui, frame, &mut query) {
        edit(commands, FactEdit::SetPlace { fact, place });
        query.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, query));
}

/// A search of the embedded GeoNames places by name; the place picked, placed at the point.
fn place_search_ui(ui: &mut egui::Ui, frame: &Frame<'_>, query: &mut String) -> Option<Place> {
    let label = ui.label("Find a place by name");
    ui.add(
        egui::TextEdit::singleline(query)
            .hint_text("a city or town, e.g. Yerevan")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let wanted = query.trim().to_lowercase();
    if wanted.chars().count() < 2 {
        return None;
    }
    let mut found: Vec<&crate::basemap::Place> = frame
        .world
        .basemap
        .places
        .iter()
        .filter(|p| p.name.to_lowercase().contains(&wanted))
        .collect();
    found.sort_by_key(|p| {
        (
            !p.name.to_lowercase().starts_with(&wanted),
            std::cmp::Reverse(p.population),
        )
    });
    if found.is_empty() {
        ui.label(RichText::new("No place of that name among the embedded cities.").weak());
    }
    let mut picked = None;
    for place in found.into_iter().take(PLACES_OFFERED) {
        let country = frame
            .world
            .basemap
            .country(&place.iso_a3)
            .map_or(place.iso_a3.as_str(), |a| a.name.as_str());
        if ui.button(format!("{}, {country}", place.name)).clicked() {
            picked = Some(Place {
                name: place.name.clone(),
                country: place.iso_a3.clone(),
                lat: place.at.y,
                lon: place.at.x,
                precision: PlacePrecision::Point,
            });
        }
    }
    picked
}

/// The excerpts a fact rests on, each to drop (unless it is the last), another to cite, and a
/// source to type in.
fn sources_ui(ui: &mut egui::Ui, frame: &Frame<'_>, fact: FactRef, commands: &mut Vec<Command>) {
    let dataset = &frame.shown.dataset;
    let cited = fact_sources(&dataset.data, fact);
    ui.label("Rests on");
    for id in cited {
        ui.horizontal_wrapped(|ui| {
            let drop = ui
                .add_enabled(cited.len() > 1, egui::Button::new("Remove").small())
                .on_hover_text("Stop resting on this excerpt")
                .on_disabled_hover_text("Every fact rests on at least one source");
            if drop.clicked() {
                let excerpt = id.clone();
                edit(commands, FactEdit::Uncite { fact, excerpt });
            }
            match dataset.excerpt(id) {
                Some(excerpt) => ui.label(
                    RichText::new(describe::attributed_quote_within(
                        dataset,
                        excerpt,
                        EXCERPT_CHARS,
                    ))
                    .small(),
                ),
                None => ui.label(id),
            };
        });
    }
    let id = egui::Id::unique(("facts cite", fact));
    egui::CollapsingHeader::new("Cite another source")
        .id_salt(id)
        .show(ui, |ui| {
            let mut form = Form::<SourceForm>::load(ui, id, frame);
            let about = match fact {
                FactRef::Period { country, .. } => {
                    dataset.data.countries.get(country).map(|c| &c.id)
                }
                FactRef::Exercise(i) => dataset.data.exercises.get(i).map(|e| &e.id),
                FactRef::Event(i) => dataset.data.events.get(i).map(|e| &e.id),
                FactRef::Organisation => Some(&dataset.data.organisation.id),
            };
            source_form_ui(
                ui,
                frame,
                id.with("source"),
                about.map(String::as_str),
                &mut form.fields,
            );
            if ui.button("Cite it").clicked() {
                match form.fields.choice() {
                    SourceChoice::Excerpt(excerpt) => {
                        edit(commands, FactEdit::Cite { fact, excerpt })
                    }
                    SourceChoice::New(source) => {
                        edit(commands, FactEdit::AddSource { fact, source })
                    }
                }
                form.submitted = Some(frame.shown.generation());
            }
            form.keep(ui, id);
        });
}

/// The source a fact is to rest on: an excerpt of the dataset (those about `about` first), or a
/// sentence quoted from an article, typed in.
fn source_form_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    id: egui::Id,
    about: Option<&str>,
    form: &mut SourceForm,
) {
    let dataset = &frame.shown.dataset;
    let mut excerpts: Vec<&crate::dataset::Excerpt> = dataset.data.excerpts.iter().collect();
    excerpts.sort_by_key(|e| about.is_none_or(|id| !e.links.iter().any(|l| l == id)));
    let label = ui.label("Source");
    let shown = match form.excerpt.as_ref().and_then(|id| dataset.excerpt(id)) {
        Some(excerpt) => describe::attributed_quote_within(dataset, excerpt, 48),
        None => "A sentence I quote (below)".to_owned(),
    };
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(ui.available_width())
        .height(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut form.excerpt, None, "A sentence I quote (below)");
            for excerpt in excerpts {
                let text = describe::attributed_quote_within(dataset, excerpt, EXCERPT_CHARS);
                ui.selectable_value(&mut form.excerpt, Some(excerpt.id.clone()), text);
            }
        })
        .response
        .labelled_by(label.id);
    if form.excerpt.is_none() {
        let new = &mut form.new;
        typed_ui(ui, "Outlet", &mut new.outlet, false);
        typed_ui(ui, "Its date (empty if it gives none)", &mut new.date, true);
        typed_ui(ui, "Headline", &mut new.headline, false);
        let label = ui.label("The sentence, word for word");
        ui.add(
            egui::TextEdit::multiline(&mut new.quote)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    }
}
