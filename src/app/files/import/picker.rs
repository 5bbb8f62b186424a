//! The picker of a country the importer did not recognise: a combo box of the base map's
//! states with a search field, the state the text resembles first under its own heading. A pick
//! is sent as new import options.

use egui::{RichText, Ui};

use super::preview::{ImportPreview, UnknownText};
use crate::app::Command;
use crate::app::files::FilesCommand;

impl ImportPreview {
    /// A picker of the base map's states for each country text not recognised.
    pub(super) fn pickers_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.label(RichText::new("Countries not recognised").strong());
        ui.label(
            RichText::new("Pick the state each name means; the table itself is not changed.")
                .weak(),
        );
        ui.add_space(2.0);
        egui::Grid::new("import_pickers")
            .num_columns(3)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for unknown in self.unknown.clone() {
                    let label = ui.label(RichText::new(format!("“{}”", unknown.text)).strong());
                    ui.label(RichText::new(rows_of(&unknown)).weak());
                    self.picker_ui(ui, &unknown, label.id, commands);
                    ui.end_row();
                }
            });
    }

    /// A combo box of the states, searchable, the one `unknown` resembles first.
    fn picker_ui(
        &mut self,
        ui: &mut Ui,
        unknown: &UnknownText,
        label: egui::Id,
        commands: &mut Vec<Command>,
    ) {
        let picked = self.picked(&unknown.text).map(|c| c.iso_a3.clone());
        let selected = self.picked(&unknown.text).map_or_else(
            || RichText::new("Pick a country…").italics(),
            |c| RichText::new(&c.label),
        );
        let mut search = self
            .typing
            .searches
            .remove(&unknown.text)
            .unwrap_or_default();
        let mut chosen = None;
        egui::ComboBox::from_id_salt(("import_pick", &unknown.text))
            .selected_text(selected)
            .width(280.0)
            .height(340.0)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut search)
                        .hint_text("Type to find a country")
                        .desired_width(f32::INFINITY),
                );
                if ui.memory(|m| m.focused().is_none()) {
                    field.request_focus();
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt(("import_pick_list", &unknown.text))
                    .max_height(280.0)
                    .show(ui, |ui| {
                        chosen = self.choices_ui(ui, unknown, &search, picked.as_deref());
                    });
            })
            .response
            .labelled_by(label);
        self.typing.searches.insert(unknown.text.clone(), search);
        if let Some(pick) = chosen {
            let options = self.with_pick(&unknown.text, pick.as_deref());
            commands.push(FilesCommand::SetImportOptions(Box::new(options)).into());
        }
    }

    /// The states matching `search`, the resembling one first under its own heading; what was
    /// clicked (`Some(None)`: the pick undone).
    fn choices_ui(
        &self,
        ui: &mut Ui,
        unknown: &UnknownText,
        search: &str,
        picked: Option<&str>,
    ) -> Option<Option<String>> {
        let mut chosen = None;
        if picked.is_some() && ui.selectable_label(false, "Not picked").clicked() {
            chosen = Some(None);
        }
        let choices = self.choices_for(unknown, search);
        let suggested = choices
            .first()
            .filter(|c| unknown.suggestion_iso.as_ref() == Some(&c.iso_a3));
        for (i, choice) in choices.iter().enumerate() {
            if i == 0 && suggested.is_some() {
                ui.label(RichText::new("Closest name").small().weak());
            } else if i == usize::from(suggested.is_some()) {
                ui.label(RichText::new("All countries").small().weak());
            }
            let is_picked = picked == Some(choice.iso_a3.as_str());
            if ui.selectable_label(is_picked, &choice.label).clicked() {
                chosen = Some(Some(choice.iso_a3.clone()));
            }
        }
        if choices.is_empty() {
            ui.label(RichText::new("No country matches").weak());
        }
        if chosen.is_some() {
            ui.close();
        }
        chosen
    }
}

/// "row 3", "rows 3 and 7", "rows 3, 7, 9 and 2 more".
fn rows_of(unknown: &UnknownText) -> String {
    let rows: Vec<String> = unknown
        .cells
        .iter()
        .filter_map(|cell| cell.row)
        .map(|row| row.to_string())
        .collect();
    match rows.as_slice() {
        [] => String::new(),
        [one] => format!("row {one}"),
        [a, b] => format!("rows {a} and {b}"),
        [a, b, c] => format!("rows {a}, {b} and {c}"),
        [a, b, c, rest @ ..] => format!("rows {a}, {b}, {c} and {} more", rest.len()),
    }
}
