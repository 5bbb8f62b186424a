//! File ▸ Export map…: a dialog that makes a clean figure of the map (PNG, SVG or PDF) at a chosen
//! size with a live preview, and Copy map image. The figure itself comes from `carto::figure` and
//! `render`, exactly as `csto-atlas export` makes it.

use std::path::{Path, PathBuf};

use egui::RichText;
use serde::{Deserialize, Serialize};

use super::{AtlasApp, Command};
use crate::export::figure::{self as export, FigureFormat};
use crate::page::figure::{Figure, FigureOptions, FigureView};
use crate::render::display::Drawing;
use crate::render::raster::{RasterError, rgba_image};

/// A figure size offered in the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SizePreset {
    /// A 16:9 slide.
    Slide,
    /// 4K, for projectors and print.
    FourK,
    /// An A4 page, landscape, at 300 dpi.
    A4Landscape,
    /// A square, for social posts.
    Square,
    /// Any size.
    Custom,
}

impl SizePreset {
    /// Every preset, in the dialog's order.
    pub const ALL: [SizePreset; 5] = [
        Self::Slide,
        Self::FourK,
        Self::A4Landscape,
        Self::Square,
        Self::Custom,
    ];

    /// Its name in the dialog.
    pub fn label(self) -> &'static str {
        match self {
            Self::Slide => "Slide, 1920 × 1080",
            Self::FourK => "4K, 3840 × 2160",
            Self::A4Landscape => "A4 landscape at 300 dpi, 3508 × 2480",
            Self::Square => "Square, 1080 × 1080",
            Self::Custom => "Custom",
        }
    }

    /// Its size in pixels (`None` for custom).
    pub fn size(self) -> Option<[u32; 2]> {
        match self {
            Self::Slide => Some([1920, 1080]),
            Self::FourK => Some([3840, 2160]),
            Self::A4Landscape => Some([3508, 2480]),
            Self::Square => Some([1080, 1080]),
            Self::Custom => None,
        }
    }
}

/// The export choices, remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// PNG, SVG or PDF (by extension).
    pub format: String,
    /// The size preset.
    pub preset: SizePreset,
    /// The size when the preset is custom.
    pub custom_size: [u32; 2],
    /// Draw the legend.
    pub legend: bool,
    /// Draw the scale bar.
    pub scale_bar: bool,
    /// Write the credit line.
    pub credit: bool,
    /// Write the border captions.
    pub captions: bool,
    /// Show the window's current view rather than framing the members.
    pub current_view: bool,
    /// The folder the last figure went to.
    pub folder: Option<PathBuf>,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: "png".to_owned(),
            preset: SizePreset::Slide,
            custom_size: [1600, 900],
            legend: true,
            scale_bar: true,
            credit: true,
            captions: true,
            current_view: false,
            folder: None,
        }
    }
}

impl ExportSettings {
    /// The chosen format.
    pub fn format(&self) -> FigureFormat {
        FigureFormat::of_path(Path::new(&format!("x.{}", self.format))).unwrap_or(FigureFormat::Png)
    }

    /// The chosen size in pixels.
    pub fn size(&self) -> [u32; 2] {
        self.preset
            .size()
            .unwrap_or(self.custom_size.map(|v| v.clamp(16, 16_384)))
    }
}

/// The open dialog: the title being edited and the preview.
pub struct ExportDialog {
    /// The figure's title.
    pub title: String,
    preview: Option<(FigureOptions, egui::TextureHandle)>,
}

impl ExportDialog {
    /// A dialog with the default title.
    pub fn new(title: String) -> Self {
        Self {
            title,
            preview: None,
        }
    }
}

/// The width of the preview in the dialog.
const PREVIEW_WIDTH: f32 = 480.0;

impl AtlasApp {
    /// The figure options the dialog's choices (or the defaults, with no dialog) ask for.
    pub(super) fn figure_options(&self) -> FigureOptions {
        let settings = &self.state.export;
        let view = match self.state.camera {
            Some(camera) if settings.current_view && self.map_size[0] > 0.0 => FigureView::Window {
                camera,
                width_px: self.map_size[0],
            },
            _ => FigureView::FitMembers,
        };
        FigureOptions {
            title: self.export.as_ref().map(|d| d.title.clone()),
            legend: settings.legend,
            scale_bar: settings.scale_bar,
            credit: settings.credit,
            captions: settings.captions,
            view,
            ..FigureOptions::new(settings.size())
        }
    }

    /// The figure of the map as shown (both dates while the map is split), with the dialog's
    /// choices.
    pub(super) fn figure(&self) -> Figure {
        let (world, dataset, geometry) = (self.world, &self.shown.dataset, &self.shown.geometry);
        let options = self.figure_options();
        match self.compare_date() {
            Some(compare) => {
                let dates = [compare, self.date()];
                export::compare_figure_with(world, dataset, geometry, dates, &options)
            }
            None => export::figure_with(world, dataset, geometry, self.date(), &options),
        }
    }

    /// The figure as a picture egui can show or copy.
    pub(super) fn figure_image(&self, drawing: &Drawing) -> Result<egui::ColorImage, RasterError> {
        let image = rgba_image(drawing)?;
        let size = [image.width() as usize, image.height() as usize];
        Ok(egui::ColorImage::from_rgba_unmultiplied(
            size,
            image.as_raw(),
        ))
    }

    /// The dialog window, while it is open.
    pub(super) fn export_dialog_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if self.export.is_none() {
            return;
        }
        let options = self.figure_options();
        let stale = self.export.as_ref().is_some_and(|d| {
            d.preview
                .as_ref()
                .is_none_or(|(shown, _)| *shown != options)
        });
        if stale {
            let figure = self.figure();
            let drawing = &figure.drawing;
            let preview = drawing.resized(PREVIEW_WIDTH / drawing.size[0]);
            if let Ok(image) = self.figure_image(&preview) {
                let texture =
                    ctx.load_texture("export-preview", image, egui::TextureOptions::LINEAR);
                if let Some(dialog) = &mut self.export {
                    dialog.preview = Some((options, texture));
                }
            }
        }
        let mut settings = self.state.export.clone();
        let Some(dialog) = &mut self.export else {
            return;
        };
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
                        ui.add(egui::TextEdit::singleline(&mut dialog.title).desired_width(360.0))
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
                if let Some((_, texture)) = &dialog.preview {
                    ui.add_space(6.0);
                    ui.add(egui::Image::new(texture).max_width(PREVIEW_WIDTH))
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Image, true, "Preview")
                        });
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    if ui.button("Export…").clicked() {
                        commands.push(Command::ChooseExportPath);
                    }
                    let copy = super::actions::Action::CopyMapImage;
                    if ui
                        .button(copy.text())
                        .on_hover_text(copy.hover_text())
                        .clicked()
                    {
                        commands.push(copy.command());
                    }
                    if ui.button("Cancel").clicked() {
                        commands.push(Command::CloseExportDialog);
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
        if settings != self.state.export {
            commands.push(Command::SetExportSettings(Box::new(settings)));
        }
        if !open {
            commands.push(Command::CloseExportDialog);
        }
    }
}

/// The default file name: `csto-atlas-2025-07-01.png`.
pub fn default_file_name(date: crate::dataset::Date, format: FigureFormat) -> String {
    format!("csto-atlas-{}.{}", date.to_iso(), format.extension())
}
