//! The presentation's screen: the map at the slide's date and view (split for a compare slide),
//! with the slide drawn over it: title, date and progress in a band along the top, the legend,
//! and the caption with its excerpt along the bottom, all sized for the back row.

use egui::{Color32, FontId, pos2, vec2};

use super::{ShownSlide, shown_slide, slide_count};
use crate::app::Command;
use crate::app::explore::{legend_rows_ui, presented_map_ui};
use crate::app::frame::Frame;
use crate::app::theme::Chrome;
use crate::facts::describe;
use crate::render::painter::color;

/// The whole window while presenting: the map and the slide drawn over it.
pub fn presentation_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some(presentation) = frame.presenting.presentation() else {
        return;
    };
    let (blank, index) = (presentation.blank, presentation.slide);
    egui::CentralPanel::no_frame().show(ui, |ui| {
        let rect = ui.max_rect();
        if blank {
            ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
            return;
        }
        presented_map_ui(ui, frame, commands);
        slide_overlay_ui(ui, frame, rect, index);
    });
}

fn slide_overlay_ui(ui: &mut egui::Ui, frame: &Frame<'_>, rect: egui::Rect, index: usize) {
    let painter = ui.painter_at(rect);
    let dataset = &frame.shown.dataset;
    let chrome = Chrome::of(ui.visuals());
    let ink = color(chrome.slide_ink);
    let band = color(chrome.slide_band);
    let date = frame.date();
    let (name, _) = dataset.data.organisation.names_at(date);
    let (title, caption, quote): (String, String, Option<String>) =
        match shown_slide(dataset, index) {
            ShownSlide::Title => {
                let from = dataset
                    .first_date()
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let to = dataset
                    .latest_date()
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let caption = format!(
                    "Its story from {from} to what the sources say in {to}, in {} slides. Every \
                 caption rests on quoted sources, listed at the end.",
                    dataset.data.story.len()
                );
                (name.to_owned(), caption, None)
            }
            ShownSlide::Story(slide) => {
                let quote = slide
                    .excerpts
                    .first()
                    .and_then(|id| dataset.excerpt(id))
                    .map(|excerpt| describe::attributed_quote(dataset, excerpt));
                let caption = match describe::weak_slide_warning(dataset, &slide.excerpts) {
                    Some(warning) => format!("{}\n{warning}", slide.caption),
                    None => slide.caption.clone(),
                };
                (slide.title.clone(), caption, quote)
            }
            ShownSlide::Sources => {
                let lines: Vec<String> = dataset
                    .story_articles()
                    .into_iter()
                    .map(describe::source_line)
                    .collect();
                let lines = if lines.is_empty() {
                    vec!["The slides quote no excerpts yet.".to_owned()]
                } else {
                    lines
                };
                ("Sources".to_owned(), lines.join("\n"), None)
            }
        };
    let scale = frame.saved.preferences.text_size.scale();
    let text = |t: String, size: f32| egui::RichText::new(t).size(size * scale).color(ink);
    // Title, date and progress in a band along the top.
    let top = egui::Rect::from_min_size(rect.min, vec2(rect.width(), 64.0 * scale));
    painter.rect_filled(top, 0.0, band);
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(top.shrink2(vec2(24.0, 0.0))),
        |ui| {
            ui.horizontal_centered(|ui| {
                ui.label(text(title, 34.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let progress = format!("{date}    {} / {}", index + 1, slide_count(dataset));
                    ui.label(text(progress, 26.0));
                });
            });
        },
    );
    // The legend, in a box under the title band, on every slide that shows the map.
    if !matches!(shown_slide(dataset, index), ShownSlide::Sources) {
        let legend =
            egui::Rect::from_min_size(top.left_bottom() + vec2(16.0, 20.0), vec2(300.0, 320.0));
        ui.scope_builder(egui::UiBuilder::new().max_rect(legend), |ui| {
            egui::Frame::new()
                .fill(band)
                .inner_margin(10.0)
                .corner_radius(4.0)
                .show(ui, |ui| legend_rows_ui(ui, frame));
        });
    }
    let done = (index + 1) as f32 / slide_count(dataset) as f32;
    let bar = egui::Rect::from_min_size(top.left_bottom(), vec2(rect.width() * done, 4.0));
    painter.rect_filled(bar, 0.0, color(chrome.tick_membership));
    // The caption and its excerpt in a band along the bottom, sized to what they need.
    let width = rect.width() - 48.0;
    let caption_height = painter
        .layout(
            caption.clone(),
            FontId::proportional(28.0 * scale),
            ink,
            width,
        )
        .size()
        .y;
    let quote_height = quote.as_ref().map_or(0.0, |q| {
        painter
            .layout(q.clone(), FontId::proportional(20.0 * scale), ink, width)
            .size()
            .y
            + 12.0
    });
    // The sources slide is a page of text: its band covers the map.
    let height = if matches!(shown_slide(dataset, index), ShownSlide::Sources) {
        rect.height() - top.height() - 4.0
    } else {
        caption_height + quote_height + 36.0
    };
    let bottom = egui::Rect::from_min_max(pos2(rect.min.x, rect.max.y - height), rect.max);
    painter.rect_filled(bottom, 0.0, band);
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(bottom.shrink2(vec2(24.0, 18.0))),
        |ui| {
            ui.add(egui::Label::new(text(caption, 28.0)).wrap());
            if let Some(quote) = quote {
                ui.add_space(12.0);
                ui.add(egui::Label::new(text(quote, 20.0).italics()).wrap());
            }
        },
    );
}
