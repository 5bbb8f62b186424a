//! The Import table window: the table's name, the organisation's names and the unsourced box,
//! a picker for each country the importer did not recognise, then either the problems (each as
//! `FILE:ROW:COLUMN`) or a grid of the dataset that would be made, how each column and unusual
//! cell was read, and Create dataset… / Cancel (the country picker is in `picker.rs`). Every
//! change is sent as a [`FilesCommand`].

use egui::{Key, Modifiers, RichText, Ui};

use super::preview::ImportPreview;
use crate::app::Command;
use crate::app::files::FilesCommand;
use crate::app::theme::Chrome;
use crate::import::{ImportOptions, MatchReport};
use crate::render::painter::color;

/// The width of the window's content.
const WIDTH: f32 = 720.0;

/// How many of the table's columns the report lists on a line.
const COLUMNS_A_ROW: usize = 4;

/// How many characters of a period's event the grid shows (all of it on hover).
const EVENT_CHARS: usize = 46;

impl ImportPreview {
    /// The window; Escape cancels it unless `dialog_open` (a file dialog is over it).
    pub fn ui(&mut self, ctx: &egui::Context, dialog_open: bool, commands: &mut Vec<Command>) {
        let escape = !dialog_open
            && !egui::Popup::is_any_open(ctx)
            && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape));
        let mut open = !escape;
        egui::Window::new("Import table")
            .id(egui::Id::unique("import_preview"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .frame(egui::Frame::window(&ctx.global_style()).inner_margin(14.0))
            .show(ctx, |ui| {
                ui.set_width(WIDTH);
                self.file_ui(ui);
                ui.add_space(8.0);
                self.options_ui(ui, commands);
                if !self.unknown.is_empty() {
                    section(ui);
                    self.pickers_ui(ui, commands);
                }
                section(ui);
                if self.problems().is_empty() {
                    self.dataset_ui(ui);
                } else {
                    self.problems_ui(ui);
                }
                if let Some(report) = self.report() {
                    section(ui);
                    report_ui(ui, report, &self.file_name());
                }
                section(ui);
                self.buttons_ui(ui, commands);
            });
        if !open {
            commands.push(FilesCommand::CancelImport.into());
        }
    }

    /// The table's name, how it was read, and its folder.
    fn file_ui(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.file_name()).strong().size(15.0));
            if let Some(report) = self.report() {
                ui.label(RichText::new(read_as(report)).weak());
            }
        });
        if let Some(folder) = self.path.as_ref().and_then(|p| p.parent()) {
            ui.label(
                RichText::new(format!("in {}", folder.display()))
                    .small()
                    .weak(),
            );
        }
    }

    /// The organisation's names and whether rows without a quote are imported.
    fn options_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        let mut options = self.options.clone();
        egui::Grid::new("import_options")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("Name");
                let default = ImportOptions::default().name_for(&self.table);
                let name = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.typing.name)
                            .desired_width(420.0)
                            .hint_text(default),
                    )
                    .labelled_by(label.id);
                if name.changed() {
                    options.name = typed(&self.typing.name);
                }
                ui.end_row();
                let label = ui.label("Short name");
                let short_name = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.typing.short_name)
                            .desired_width(160.0),
                    )
                    .labelled_by(label.id);
                if short_name.changed() {
                    self.typing.short_name_typed = true;
                    options.short_name = typed(&self.typing.short_name);
                }
                ui.end_row();
                ui.label("Sources");
                ui.checkbox(
                    &mut options.allow_unsourced,
                    "Import rows without a quote, marked unsourced",
                )
                .on_hover_text(
                    "Otherwise a row without a quote is refused: every fact rests on a sentence \
                     quoted from its source.",
                );
                ui.end_row();
            });
        if options != self.options {
            commands.push(FilesCommand::SetImportOptions(Box::new(options)).into());
        }
    }

    /// Every problem, located in the table.
    fn problems_ui(&self, ui: &mut Ui) {
        let chrome = Chrome::of(ui.visuals());
        let (fill, ink) = (color(chrome.error_fill), color(chrome.error_ink));
        let problems = self.problems();
        let count = match problems.len() {
            1 => "1 problem".to_owned(),
            n => format!("{n} problems"),
        };
        ui.colored_label(
            ink,
            RichText::new(format!("{count}: the dataset cannot be made yet")).strong(),
        );
        ui.label(
            RichText::new(
                "Correct the table and import it again, or pick the countries above. Nothing has \
                 been written.",
            )
            .weak(),
        );
        ui.add_space(4.0);
        let file = self.file_name();
        egui::Frame::new()
            .fill(fill)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                scrolled(ui, "import_problems", 220.0, |ui| {
                    for problem in problems {
                        ui.colored_label(ink, RichText::new(problem.line(&file)).monospace());
                    }
                });
            });
    }

    /// The status periods of the dataset that would be made.
    fn dataset_ui(&self, ui: &mut Ui) {
        let Some(imported) = self.imported() else {
            return;
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new("The dataset").strong());
            ui.label(RichText::new(imported.summary()).weak());
        });
        let (rows, rest) = self.period_rows();
        scrolled(ui, "import_grid", 240.0, |ui| {
            egui::Grid::new("import_periods")
                .num_columns(6)
                .striped(true)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for header in ["Country", "ISO", "Status", "From", "To", "Event"] {
                        ui.label(RichText::new(header).strong());
                    }
                    ui.end_row();
                    for row in &rows {
                        ui.label(&row.country);
                        ui.label(RichText::new(&row.iso_a3).monospace());
                        ui.label(&row.status);
                        ui.label(&row.from);
                        ui.label(&row.to);
                        let short = shortened(&row.event, EVENT_CHARS);
                        let event = ui.label(&short);
                        if short != row.event {
                            event.on_hover_text(&row.event);
                        }
                        ui.end_row();
                    }
                });
        });
        if rest > 0 {
            ui.label(RichText::new(format!("… and {rest} more status periods")).weak());
        }
    }

    /// Create dataset… (when there are no problems) and Cancel.
    fn buttons_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        // In the browser the dataset opens unsaved: no dialog follows, so no ellipsis.
        let create = if self.path.is_some() {
            "Create dataset…"
        } else {
            "Create dataset"
        };
        ui.horizontal(|ui| {
            let ready = self.imported().is_some();
            if ui
                .add_enabled(ready, egui::Button::new(create))
                .on_disabled_hover_text("The table has problems: see the list above.")
                .clicked()
            {
                commands.push(FilesCommand::CreateImported.into());
            }
            if ui.button("Cancel").clicked() {
                commands.push(FilesCommand::CancelImport.into());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    RichText::new("Nothing is written until the dataset is saved.")
                        .small()
                        .weak(),
                );
            });
        });
    }
}

/// How each column and each unusual cell was read.
fn report_ui(ui: &mut Ui, report: &MatchReport, file: &str) {
    let title = format!(
        "How the table was read: {} columns, {} unusual cells",
        report.columns.len(),
        report.readings.len()
    );
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .id_salt("import_report")
        .default_open(true)
        .show(ui, |ui| {
            scrolled(ui, "import_report_lines", 130.0, |ui| {
                let ink = color(Chrome::of(ui.visuals()).error_ink);
                egui::Grid::new("import_columns")
                    .num_columns(COLUMNS_A_ROW)
                    .min_col_width(WIDTH / COLUMNS_A_ROW as f32 - 12.0)
                    .spacing([12.0, 2.0])
                    .show(ui, |ui| {
                        for (i, column) in report.columns.iter().enumerate() {
                            // A column not read is worth a look: it may be a misspelt header.
                            if column.contains(": not read") {
                                ui.colored_label(ink, column);
                            } else {
                                ui.label(column);
                            }
                            if i % COLUMNS_A_ROW == COLUMNS_A_ROW - 1 {
                                ui.end_row();
                            }
                        }
                    });
                if !report.readings.is_empty() {
                    ui.add_space(4.0);
                }
                for reading in &report.readings {
                    ui.label(RichText::new(reading.line(file)).small().monospace());
                }
                for skipped in &report.skipped_sheets {
                    ui.label(RichText::new(format!("Sheet not read: {skipped}")).small());
                }
            });
        });
}

/// A part of the window that scrolls past `max_height`, as wide as the window.
fn scrolled(ui: &mut Ui, id: &str, max_height: f32, contents: impl FnOnce(&mut Ui)) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(max_height)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            contents(ui);
        });
}

/// The line between two parts of the window, with room around it.
fn section(ui: &mut Ui) {
    ui.add_space(2.0);
    ui.separator();
    ui.add_space(2.0);
}

/// "CSV, UTF-8, 17 rows of facts", with the sheet read of a workbook.
fn read_as(report: &MatchReport) -> String {
    let sheet = match report.sheets.as_slice() {
        [] => String::new(),
        [one] => format!(", sheet “{one}”"),
        several => format!(", sheets “{}”", several.join("”, “")),
    };
    let rows = match report.rows {
        1 => "1 row of facts".to_owned(),
        n => format!("{n} rows of facts"),
    };
    format!("{}{sheet}, {rows}", report.format)
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
fn shortened(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(chars - 1).collect();
    format!("{}…", cut.trim_end())
}

/// A typed name, `None` when left empty (the default is used).
fn typed(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
