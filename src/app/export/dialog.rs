//! File ▸ Export map…: a dialog that makes a clean figure of the map (PNG, SVG or PDF) at a chosen
//! size with a live preview, and Copy map image. The figure itself is laid out by `page::figure`
//! and drawn by `render`, exactly as `csto-atlas export` makes it.

use egui::RichText;

use super::ExportCommand;
use super::settings::SizePreset;
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::shared::Shared;
use crate::export::figure::{self as export, FigureFormat};
use crate::page::figure::{Figure, FigureOptions, FigureView};
use crate::render::display::Drawing;
use crate::render::raster::{RasterError, rgba_image};

/// The width of the preview in the dialog.
const PREVIEW_WIDTH: f32 = 480.0;

/// The open dialog: the title being edited and the preview.
pub struct ExportDialog {
    /// The figure's title.
    pub title: String,
    preview: Option<(FigureOptions, egui::TextureHandle)>,
}

/// The figure options the export choices ask for, with `title` (the default title without one).
pub fn figure_options(shared: &Shared, title: Option<&str>) -> FigureOptions {
    let settings = &shared.saved.export;
    let view = match shared.saved.view.camera {
        Some(camera) if settings.current_view && shared.map_size[0] > 0.0 => FigureView::Window {
            camera,
            width_px: shared.map_size[0],
        },
        _ => FigureView::FitMembers,
    };
    FigureOptions {
        title: title.map(str::to_owned),
        legend: settings.legend,
        scale_bar: settings.scale_bar,
        credit: settings.credit,
        captions: settings.captions,
        view,
        ..FigureOptions::new(settings.size())
    }
}

/// The figure of the map as shown (both dates while the map is split), with `options`.
pub fn figure(shared: &Shared, options: &FigureOptions) -> Figure {
    let (world, dataset, geometry) = (
        &*shared.world,
        &shared.shown.dataset,
        &shared.shown.geometry,
    );
    let date = shared.date();
    match shared.split {
        Some(compare) => {
            export::compare_figure_with(world, dataset, geometry, [compare, date], options)
        }
        None => export::figure_with(world, dataset, geometry, date, options),
    }
}

/// A drawing as a picture egui can show or copy.
pub fn figure_image(drawing: &Drawing) -> Result<egui::ColorImage, RasterError> {
    let image = rgba_image(drawing)?;
    let size = [image.width() as usize, image.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        image.as_raw(),
    ))
}

impl ExportDialog {
    /// A dialog with the default title.
    pub fn new(title: String) -> Self {
        Self {
            title,
            preview: None,
        }
    }

    /// The dialog window: the choices (sent as commands), the title (edited here) and the
    /// preview, drawn again when the choices change.
    pub fn ui(&mut self, ctx: &egui::Context, shared: &Shared, commands: &mut Vec<Command>) {
        let options = figure_options(shared, Some(&self.title));
        if self
            .preview
            .as_ref()
            .is_none_or(|(shown, _)| *shown != options)
        {
            let figure = figure(shared, &options);
            let drawing = &figure.drawing;
            let preview = drawing.resized(PREVIEW_WIDTH / drawing.size[0]);
            if let Ok(image) = figure_image(&preview) {
                let texture =
                    ctx.load_texture("export-preview", image, egui::TextureOptions::LINEAR);
                self.preview = Some((options, texture));
            }
        }
        let mut settings = shared.saved.export.clone();
        let mut open = true;
        egui::Window::new("Export map")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .show(ctx, |ui| {
                egui::Grid::new("export_choices")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        ui.label("Format");
                        ui.horizontal(|ui| {
                            for format in FigureFormat::ALL {
                                let name = format.extension();
                                ui.radio_value(
                                    &mut settings.format,
                                    name.to_owned(),
                                    name.to_uppercase(),
                                );
                            }
                        });
                        ui.end_row();
                        let size_label = ui.label("Size");
                        egui::ComboBox::from_id_salt("export_size")
                            .selected_text(settings.preset.label())
                            .show_ui(ui, |ui| {
                                for preset in SizePreset::ALL {
                                    ui.selectable_value(
                                        &mut settings.preset,
                                        preset,
                                        preset.label(),
                                    );
                                }
                            })
                            .response
                            .labelled_by(size_label.id);
                        ui.end_row();
                        if settings.preset == SizePreset::Custom {
                            let pixels = ui.label("Pixels");
                            ui.horizontal(|ui| {
                                for side in &mut settings.custom_size {
                                    ui.add(egui::DragValue::new(side).range(16..=16_384))
                                        .labelled_by(pixels.id);
                                }
                            });
                            ui.end_row();
                        }
                        let title_label = ui.label("Title");
                        ui.add(egui::TextEdit::singleline(&mut self.title).desired_width(360.0))
                            .labelled_by(title_label.id);
                        ui.end_row();
                        ui.label("Show");
                        ui.horizontal_wrapped(|ui| {
                            ui.checkbox(&mut settings.legend, "Legend");
                            ui.checkbox(&mut settings.scale_bar, "Scale bar");
                            ui.checkbox(&mut settings.credit, "Credit");
                            ui.checkbox(&mut settings.captions, "Captions");
                        });
                        ui.end_row();
                        ui.label("View");
                        ui.horizontal(|ui| {
                            ui.radio_value(&mut settings.current_view, false, "Fit the members");
                            ui.radio_value(&mut settings.current_view, true, "The current view");
                        });
                        ui.end_row();
                    });
                if let Some((_, texture)) = &self.preview {
                    ui.add_space(6.0);
                    ui.add(egui::Image::new(texture).max_width(PREVIEW_WIDTH))
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Image, true, "Preview")
                        });
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    if ui.button("Export…").clicked() {
                        commands.push(ExportCommand::ChoosePath.into());
                    }
                    let copy = Action::CopyMapImage;
                    if ui
                        .button(copy.text())
                        .on_hover_text(copy.hover_text())
                        .clicked()
                    {
                        commands.push(copy.command());
                    }
                    if ui.button("Cancel").clicked() {
                        commands.push(ExportCommand::CloseDialog.into());
                    }
                });
                ui.label(
                    RichText::new(format!(
                        "{} × {} pixels; SVG and PDF at 96 pixels per inch.",
                        settings.size()[0],
                        settings.size()[1]
                    ))
                    .small()
                    .weak(),
                );
            });
        if settings != shared.saved.export {
            commands.push(ExportCommand::SetSettings(Box::new(settings)).into());
        }
        if !open {
            commands.push(ExportCommand::CloseDialog.into());
        }
    }
}
