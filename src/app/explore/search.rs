//! The search box (Ctrl+F, Edit ▸ Find…): type a name, a year or words of a quote; Up and Down
//! move through the results, Enter or a click selects one and flies the map to it, Escape closes.
//! What is found and in which order is [`crate::facts::search`]; this is its window.

use egui::{AtomExt, Key, Modifiers, RichText};

use super::ExploreCommand;
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::shared::Shared;
use crate::app::timeline::TimelineCommand;
use crate::facts::search::{Entry, Target};

/// How many results the box lists.
const MAX_RESULTS: usize = 50;

/// The search box while it is open: what is typed, what it finds, and the highlighted result.
#[derive(Debug, Clone, Default)]
pub struct SearchBox {
    query: String,
    results: Vec<Entry>,
    highlighted: usize,
    /// The keyboard focus is to go to the field (it was just opened or asked for again).
    focus_pending: bool,
}

/// A change to the search box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchEdit {
    /// Open it (or put the keyboard focus back in it), keeping what was typed.
    Open,
    /// The field has the keyboard focus it was to get.
    Focused,
    /// The text typed is now this.
    Type(String),
    /// Highlight this result.
    Highlight(usize),
    /// Close it.
    Close,
}

/// The search field's id, for telling whether the keys are meant for it.
fn field_id() -> egui::Id {
    egui::Id::unique("search_field")
}

/// Carries out a change to the search box.
pub fn edit(search: &mut Option<SearchBox>, edit: SearchEdit, shared: &Shared) {
    match edit {
        SearchEdit::Open => search.get_or_insert_default().focus_pending = true,
        SearchEdit::Focused => {
            if let Some(search) = search {
                search.focus_pending = false;
            }
        }
        SearchEdit::Type(query) => {
            let results = shared
                .shown
                .search_index(&shared.world)
                .find(&query, MAX_RESULTS)
                .into_iter()
                .cloned()
                .collect();
            let search = search.get_or_insert_default();
            search.query = query;
            search.results = results;
            search.highlighted = 0;
        }
        SearchEdit::Highlight(row) => {
            if let Some(search) = search {
                search.highlighted = row.min(search.results.len().saturating_sub(1));
            }
        }
        SearchEdit::Close => *search = None,
    }
}

/// What choosing a result does: select it and fly to it, or fly to a place with nothing to
/// select.
fn commands_for(target: &Target) -> Vec<Command> {
    match target {
        Target::Select(selection) => vec![ExploreCommand::Focus(selection.clone()).into()],
        Target::SelectAt(selection, date) => vec![
            TimelineCommand::ShowOnTimeline {
                selection: selection.clone(),
                date: *date,
            }
            .into(),
        ],
        Target::Frame(index) => vec![ExploreCommand::FrameCountry(*index).into()],
    }
}

/// The search window, while it is open.
pub fn search_ui(ctx: &egui::Context, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some(search) = &frame.explore.search else {
        return;
    };
    // The keys that move through the results are taken before the field sees them, while the
    // field (or nothing) has the keyboard focus.
    let ours = ctx.memory(|m| m.focused().is_none_or(|id| id == field_id()));
    let key = |wanted| ours && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, wanted));
    let (down, up, enter, escape) = (
        key(Key::ArrowDown),
        key(Key::ArrowUp),
        key(Key::Enter),
        key(Key::Escape),
    );
    let last = search.results.len().saturating_sub(1);
    if down && search.highlighted < last {
        commands.push(search_edit(SearchEdit::Highlight(search.highlighted + 1)));
    }
    if up && search.highlighted > 0 {
        commands.push(search_edit(SearchEdit::Highlight(search.highlighted - 1)));
    }
    let mut chosen = enter.then_some(search.highlighted);

    let mut open = true;
    egui::Window::new("Find")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 40.0])
        .default_width(460.0)
        .show(ctx, |ui| {
            let mut query = search.query.clone();
            let field = ui.add(
                egui::TextEdit::singleline(&mut query)
                    .id(field_id())
                    .hint_text("A country, exercise, meeting, or words of a quote")
                    .desired_width(f32::INFINITY),
            );
            // Asked for until it is had: the window's first frame only measures its contents.
            if search.focus_pending {
                if field.has_focus() {
                    commands.push(search_edit(SearchEdit::Focused));
                } else {
                    field.request_focus();
                }
            }
            if query != search.query {
                commands.push(search_edit(SearchEdit::Type(query)));
            }
            if search.query.trim().is_empty() {
                return;
            }
            if search.results.is_empty() {
                ui.label(RichText::new("Nothing found").weak());
                return;
            }
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for (row, entry) in search.results.iter().enumerate() {
                        let highlighted = row == search.highlighted;
                        let button = result_button(entry, highlighted)
                            .min_size(egui::vec2(ui.available_width(), 0.0));
                        let response = ui.add(button);
                        if highlighted && (up || down) {
                            response.scroll_to_me(None);
                        }
                        if response.clicked() {
                            chosen = Some(row);
                        }
                    }
                });
        });
    if let Some(entry) = chosen.and_then(|row| search.results.get(row)) {
        commands.extend(commands_for(&entry.target));
        commands.push(search_edit(SearchEdit::Close));
    } else if escape || !open {
        commands.push(search_edit(SearchEdit::Close));
    }
}

/// A result: its kind, its name and, where it has one, its date.
fn result_button(entry: &Entry, highlighted: bool) -> egui::Button<'_> {
    let mut atoms = egui::Atoms::new((
        RichText::new(entry.kind.word()).weak().atom_max_width(70.0),
        RichText::new(&entry.name).atom_shrink(true),
        egui::Atom::grow(),
    ));
    if let Some(when) = &entry.when {
        atoms.push_right(RichText::new(when).weak().small());
    }
    egui::Button::selectable(highlighted, atoms)
}

/// The command making a change to the search box.
pub fn search_edit(edit: SearchEdit) -> Command {
    ExploreCommand::Search(edit).into()
}
