//! The timeline along the bottom of the window: play controls, the date, and a track with a tick
//! for every dated event (hover names it, click jumps to it; click or drag elsewhere sets the date).

use egui::{Align2, FontId, Pos2, Rect, RichText, Sense, Stroke, pos2, vec2};

use super::{PlaySpeed, TimelineCommand};
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::explore::ExploreCommand;
use crate::app::frame::Frame;
use crate::app::theme::Chrome;
use crate::dataset::{Date, DateBasis};
use crate::facts::timeline::{TickKind, Timeline};
use crate::i18n::tr;
use crate::render::painter::color;

const TRACK_HEIGHT: f32 = 48.0;
const TICK_PICK_PX: f32 = 4.0;
/// How far left of its tick the arm of an event dated by its report reaches.
const REPORTED_ARM_PX: f32 = 6.0;

/// The controls row and the track.
pub fn timeline_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let play = tr(if frame.playing.playback.playing {
            "timeline-pause"
        } else {
            "timeline-play"
        });
        for (action, text) in [
            (Action::PreviousEvent, Action::PreviousEvent.text()),
            (Action::PlayPause, play),
            (Action::NextEvent, Action::NextEvent.text()),
        ] {
            if ui.button(text).on_hover_text(action.hover_text()).clicked() {
                commands.push(action.command());
            }
        }
        let speed_now = frame.saved.preferences.speed;
        egui::ComboBox::from_label(tr("timeline-speed"))
            .selected_text(speed_now.label())
            .show_ui(ui, |ui| {
                for speed in PlaySpeed::ALL {
                    if ui
                        .selectable_label(speed_now == speed, speed.label())
                        .clicked()
                    {
                        commands.push(TimelineCommand::SetSpeed(speed).into());
                    }
                }
            });
        ui.separator();
        ui.label(RichText::new(frame.date().to_string()).strong().size(16.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr("timeline-today")).clicked() {
                commands.push(
                    TimelineCommand::SetDate(Date::from_day(frame.shown.timeline.end)).into(),
                );
            }
            legend_key(ui);
        });
    });
    track_ui(ui, frame, commands);
    ui.add_space(2.0);
}

fn legend_key(ui: &mut egui::Ui) {
    for (kind, text) in [
        (TickKind::Exercise, "ticks-exercises"),
        (TickKind::Event, "ticks-events"),
        (TickKind::Membership, "ticks-membership"),
    ] {
        ui.label(RichText::new(tr(text)).small().weak());
        let (rect, _) = ui.allocate_exact_size(vec2(3.0, 12.0), Sense::hover());
        ui.painter()
            .rect_filled(rect, 0.0, tick_colour(kind, Chrome::of(ui.visuals())));
    }
}

fn tick_colour(kind: TickKind, chrome: &Chrome) -> egui::Color32 {
    color(match kind {
        TickKind::Membership => chrome.tick_membership,
        TickKind::Event => chrome.tick_event,
        TickKind::Exercise => chrome.tick_exercise,
    })
}

fn track_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, TRACK_HEIGHT), Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "Timeline"));
    let timeline = &frame.shown.timeline;
    let track = Rect::from_min_max(
        pos2(rect.min.x + 12.0, rect.min.y + 4.0),
        pos2(rect.max.x - 12.0, rect.min.y + 26.0),
    );
    let x_of = |day: chrono::NaiveDate| track.min.x + track.width() * timeline.fraction(day) as f32;
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();

    painter.rect_filled(track, 3.0, visuals.extreme_bg_color);
    // Past the date the sources reach, nothing is known: the track is greyed there.
    let beyond_sources = frame
        .shown
        .dataset
        .data
        .as_of
        .map(|reach| x_of(reach.last_day()))
        .filter(|x| *x < track.max.x)
        .map(|x| Rect::from_min_max(pos2(x, track.min.y), track.max));
    if let Some(beyond) = beyond_sources {
        painter.rect_filled(beyond, 0.0, color(Chrome::of(visuals).beyond_sources));
    }
    year_marks(&painter, track, timeline, visuals.weak_text_color(), &x_of);

    // One tick per pixel column and kind is enough, however many events a dataset has.
    let mut drawn = std::collections::HashSet::new();
    for tick in &timeline.ticks {
        let x = x_of(tick.date.first_day());
        if drawn.insert((x.round() as i32, tick.kind as u8)) {
            let (top, bottom) = match tick.kind {
                TickKind::Membership => (track.min.y, track.min.y + 9.0),
                TickKind::Event => (track.min.y + 7.0, track.min.y + 15.0),
                TickKind::Exercise => (track.min.y + 13.0, track.max.y),
            };
            let stroke = Stroke::new(2.0, tick_colour(tick.kind, Chrome::of(visuals)));
            painter.line_segment([pos2(x, top), pos2(x, bottom)], stroke);
            // Dated by the report that mentions it: an arm to the left says "by then".
            if tick.basis == DateBasis::Reported {
                painter.line_segment([pos2(x - REPORTED_ARM_PX, top), pos2(x, top)], stroke);
            }
        }
    }

    let handle_x = x_of(frame.date().first_day());
    painter.line_segment(
        [
            pos2(handle_x, track.min.y - 2.0),
            pos2(handle_x, track.max.y + 2.0),
        ],
        Stroke::new(2.5, visuals.strong_text_color()),
    );
    painter.circle_filled(
        pos2(handle_x, track.max.y + 3.0),
        5.0,
        visuals.strong_text_color(),
    );

    let pointer = response.hover_pos();
    let hovered_tick = pointer
        .filter(|p| track.expand(2.0).contains(*p))
        .and_then(|p| {
            timeline
                .ticks
                .iter()
                .map(|tick| (tick, (x_of(tick.date.first_day()) - p.x).abs()))
                .filter(|(_, distance)| *distance <= TICK_PICK_PX)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(tick, _)| tick)
        });
    let over_unknown = pointer.is_some_and(|p| beyond_sources.is_some_and(|r| r.contains(p)));
    if let (None, true, Some(reach)) = (hovered_tick, over_unknown, frame.shown.dataset.data.as_of)
    {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(format!(
                "The sources reach {reach}: nothing later is known."
            ));
        });
    }
    if let Some(tick) = hovered_tick {
        let text = format!("{}: {}", tick.when(), tick.label);
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(text);
        });
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    let set_from = |p: Pos2| ((p.x - track.min.x) / track.width()) as f64;
    if response.clicked() {
        match (hovered_tick, response.interact_pointer_pos()) {
            (Some(tick), _) => {
                commands.push(TimelineCommand::SetDate(tick.date).into());
                commands.push(ExploreCommand::Select(Some(tick.target.clone())).into());
            }
            (None, Some(p)) => {
                let day = timeline.day_at(set_from(p));
                commands.push(TimelineCommand::SetDate(Date::from_day(day)).into());
            }
            (None, None) => {}
        }
    } else if response.dragged()
        && let Some(p) = response.interact_pointer_pos()
    {
        let day = timeline.day_at(set_from(p));
        commands.push(TimelineCommand::SetDate(Date::from_day(day)).into());
    }
}

fn year_marks(
    painter: &egui::Painter,
    track: Rect,
    timeline: &Timeline,
    ink: egui::Color32,
    x_of: &dyn Fn(chrono::NaiveDate) -> f32,
) {
    use chrono::Datelike;
    let (first, last) = (timeline.start.year(), timeline.end.year());
    let years = (last - first).max(1);
    let every = [1, 2, 5, 10]
        .into_iter()
        .find(|step| years / step <= 20)
        .unwrap_or(20);
    for year in (first..=last).filter(|y| y % every == 0) {
        let Some(day) = chrono::NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        if day < timeline.start {
            continue;
        }
        let x = x_of(day);
        painter.line_segment(
            [pos2(x, track.max.y), pos2(x, track.max.y + 4.0)],
            Stroke::new(1.0, ink),
        );
        painter.text(
            pos2(x, track.max.y + 5.0),
            Align2::CENTER_TOP,
            year.to_string(),
            FontId::proportional(11.0),
            ink,
        );
    }
}
