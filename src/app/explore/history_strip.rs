//! A country's status over time as a horizontal strip: one colour per status, stripes where the
//! sources disagree on when a status began, and a line at the date the map shows.

use egui::{Rect, Sense, Stroke, pos2, vec2};

use crate::app::Command;
use crate::app::timeline::TimelineCommand;
use crate::dataset::{Country, Date, standing_words};
use crate::facts::history::{Segment, segments};
use crate::facts::timeline::Timeline;
use crate::map::palette::MapPalette;
use crate::render::painter::color;

/// Draws the strip for `country` across the available width; clicking sets the date.
pub fn history_strip_ui(
    ui: &mut egui::Ui,
    country: &Country,
    timeline: &Timeline,
    date: Date,
    height: f32,
    palette: &MapPalette,
    commands: &mut Vec<Command>,
) {
    let width = ui.available_width().max(60.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, format!("{} history", country.name))
    });
    let x_of = |day: chrono::NaiveDate| rect.min.x + rect.width() * timeline.fraction(day) as f32;
    let painter = ui.painter_at(rect);
    let parts = segments(country, timeline.start, timeline.end);
    for segment in &parts {
        let span = Rect::from_min_max(
            pos2(x_of(segment.from), rect.min.y),
            pos2(x_of(segment.to), rect.max.y),
        );
        painter.rect_filled(span, 0.0, color(palette.standing_fill(segment.standing)));
        if let Some(before) = segment.contested_with {
            stripes(&painter, span, color(palette.standing_fill(before)));
        }
    }
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(0.5, color(palette.border)),
        egui::StrokeKind::Inside,
    );
    let now = x_of(date.first_day());
    painter.line_segment(
        [pos2(now, rect.min.y - 1.0), pos2(now, rect.max.y + 1.0)],
        Stroke::new(2.0, ui.visuals().strong_text_color()),
    );

    if let Some(pointer) = response.hover_pos() {
        let day = timeline.day_at(f64::from((pointer.x - rect.min.x) / rect.width()));
        if let Some(segment) = parts.iter().find(|s| s.from <= day && day < s.to) {
            let text = describe_segment(segment);
            response.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(text);
            });
        }
    }
    if response.clicked()
        && let Some(pointer) = response.interact_pointer_pos()
    {
        let day = timeline.day_at(f64::from((pointer.x - rect.min.x) / rect.width()));
        commands.push(TimelineCommand::SetDate(Date::from_day(day)).into());
    }
}

fn describe_segment(segment: &Segment) -> String {
    let standing = standing_words(segment.standing).label();
    let span = format!("{} – {}", segment.from_date, segment.to_date);
    match &segment.note {
        Some(note) if segment.contested_with.is_some() => format!("{standing}?  {span}\n{note}"),
        Some(note) => format!("{standing}  {span}\n{note}"),
        None => format!("{standing}  {span}"),
    }
}

/// Diagonal stripes of `ink` over `rect`.
fn stripes(painter: &egui::Painter, rect: Rect, ink: egui::Color32) {
    let step = 6.0;
    let mut x = rect.min.x - rect.height();
    let clipped = painter.with_clip_rect(rect);
    while x < rect.max.x {
        clipped.line_segment(
            [pos2(x, rect.max.y), pos2(x + rect.height(), rect.min.y)],
            Stroke::new(2.0, ink),
        );
        x += step;
    }
}
