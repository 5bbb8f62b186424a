//! The search box (Ctrl+F, Edit ▸ Find…): type a name, a year or words of a quote; Up and Down
//! move through the results, Enter or a click selects one and flies the map to it, Escape closes.
//! What is found and in which order is [`crate::facts::search`]; this is its window.

use egui::{AtomExt, Key, Modifiers, RichText};

use super::{AtlasApp, Command};
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

impl AtlasApp {
    /// Carries out a change to the search box.
    pub(super) fn edit_search(&mut self, edit: SearchEdit) {
        match edit {
            SearchEdit::Open => self.search.get_or_insert_default().focus_pending = true,
            SearchEdit::Focused => {
                if let Some(search) = &mut self.search {
                    search.focus_pending = false;
                }
            }
            SearchEdit::Type(query) => {
                let results = self
                    .shown
                    .search_index(self.world)
                    .find(&query, MAX_RESULTS)
                    .into_iter()
                    .cloned()
                    .collect();
                let search = self.search.get_or_insert_default();
                search.query = query;
                search.results = results;
                search.highlighted = 0;
            }
            SearchEdit::Highlight(row) => {
                if let Some(search) = &mut self.search {
                    search.highlighted = row.min(search.results.len().saturating_sub(1));
                }
            }
            SearchEdit::Close => self.search = None,
        }
    }

    /// What choosing a result does: select it and fly to it, or fly to a place with nothing to
    /// select.
    fn chosen(&self, target: &Target) -> Vec<Command> {
        match target {
            Target::Select(selection) => vec![Command::Focus(selection.clone())],
            Target::SelectAt(selection, date) => vec![Command::ShowOnTimeline {
                selection: selection.clone(),
                date: *date,
            }],
            Target::Frame(bounds) => vec![
                Command::Select(None),
                Command::SetCamera(self.camera_framing(*bounds, super::view::COUNTRY_MARGIN)),
            ],
        }
    }
}

/// The search window, while it is open.
pub fn search_ui(ctx: &egui::Context, app: &AtlasApp, commands: &mut Vec<Command>) {
    let Some(search) = &app.search else {
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
        commands.push(Command::Search(SearchEdit::Highlight(
            search.highlighted + 1,
        )));
    }
    if up && search.highlighted > 0 {
        commands.push(Command::Search(SearchEdit::Highlight(
            search.highlighted - 1,
        )));
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
                    commands.push(Command::Search(SearchEdit::Focused));
                } else {
                    field.request_focus();
                }
            }
            if query != search.query {
                commands.push(Command::Search(SearchEdit::Type(query)));
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
        commands.extend(app.chosen(&entry.target));
        commands.push(Command::Search(SearchEdit::Close));
    } else if escape || !open {
        commands.push(Command::Search(SearchEdit::Close));
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
