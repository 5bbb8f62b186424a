//! The compare view (View ▸ Compare dates): the map split into two dates side by side, sharing
//! one camera and one selection. The left map shows a date the user sets (by default just before
//! the last membership change up to the timeline's date), the right one the timeline's date, and
//! the Changes list under them says what changed in between, with the excerpts each change rests
//! on. A compare slide of the story is drawn split the same way.

use chrono::Datelike;
use egui::{Align2, FontId, RichText, pos2, vec2};

use super::map_view::{MapPane, maps_ui};
use super::present::ShownSlide;
use super::theme::Chrome;
use super::{AtlasApp, Command, evidence, map_view};
use crate::dataset::{Date, Slide};
use crate::facts::compare::{Comparison, date_before_last_change};
use crate::facts::selection::Selection;
use crate::page::title::date_heading;
use crate::render::painter::color;

/// The gap between the two maps, in points.
const GUTTER: f32 = 6.0;

/// Where a presented slide's maps put their dates, at normal text size: under the slide's title
/// band (64 points) and its progress bar.
const SLIDE_HEADING_TOP: f32 = 80.0;

impl AtlasApp {
    /// The date of the left map while the map is split: a compare slide's `compare_with` while
    /// presenting; else, with compare on, the date the user set or, until they set one, the date
    /// just before the last membership change up to the timeline's date.
    pub fn compare_date(&self) -> Option<Date> {
        if let Some(presentation) = &self.presentation {
            return match self.slide(presentation.slide) {
                ShownSlide::Story(slide) => slide.compare_with,
                ShownSlide::Title | ShownSlide::Sources => None,
            };
        }
        let compare = self.state.compare;
        compare.on.then(|| {
            compare
                .date
                .or_else(|| date_before_last_change(&self.shown.timeline, self.date()))
                .unwrap_or_else(|| Date::from_day(self.shown.timeline.start))
        })
    }

    /// Splits the map into two dates or joins it again, keeping the stretch of the world each
    /// map shows across its width.
    pub(super) fn toggle_compare(&mut self) {
        let before = self.usable_map_size();
        self.state.compare.on = !self.state.compare.on;
        let after = self.usable_map_size();
        if let Some(camera) = &mut self.state.camera {
            camera.pixels_per_km *= after[0] / before[0].max(1.0);
        }
    }

    /// The size of one map in a map area of `area` pixels: half of it, less the gutter, while
    /// the map is split.
    pub(super) fn pane_size(&self, area: [f64; 2]) -> [f64; 2] {
        match self.compare_date() {
            Some(_) => half_size(area),
            None => area,
        }
    }
}

/// The size of one map of `slide` in a map area of `area` pixels: half of it for a compare
/// slide.
pub fn slide_map_size(slide: &Slide, area: [f64; 2]) -> [f64; 2] {
    match slide.compare_with {
        Some(_) => half_size(area),
        None => area,
    }
}

/// The size of one of two maps side by side in `area`.
fn half_size(area: [f64; 2]) -> [f64; 2] {
    let whole = egui::Rect::from_min_size(egui::Pos2::ZERO, vec2(area[0] as f32, area[1] as f32));
    let [left, _] = split(whole);
    [f64::from(left.width()), f64::from(left.height())]
}

/// The two maps in `area`: `scene` at `compare_date` on the left, the timeline's date on the
/// right.
fn panes<'a>(
    app: &'a AtlasApp,
    scene: &'a crate::map::scene::Scene,
    compare_date: Date,
    area: egui::Rect,
) -> [MapPane<'a>; 2] {
    let [left, right] = split(area);
    [
        MapPane {
            rect: left,
            scene,
            date: compare_date,
            label: format!("Map at {compare_date}"),
        },
        MapPane {
            rect: right,
            scene: &app.shown.scene,
            date: app.date(),
            label: format!("Map at {}", app.date()),
        },
    ]
}

/// The left and right halves of `area`, a gutter apart.
fn split(area: egui::Rect) -> [egui::Rect; 2] {
    let width = ((area.width() - GUTTER) / 2.0).max(1.0);
    let left = egui::Rect::from_min_size(area.min, vec2(width, area.height()));
    let right = egui::Rect::from_min_size(pos2(area.max.x - width, area.min.y), left.size());
    [left, right]
}

/// The map area while exploring: one map, or with compare on, the dates above two maps and the
/// Changes list below them.
pub fn map_area_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    let Some((scene, compare_date)) = app.shown.compare_scene() else {
        map_view::map_ui(ui, app, commands);
        return;
    };
    egui::Panel::bottom("changes")
        .resizable(true)
        .default_size(240.0)
        .min_size(120.0)
        .show(ui, |ui| changes_ui(ui, app, compare_date, commands));
    // The central panel has no frame of its own (a single map covers it): the dates row and the
    // gutter between the maps need the panels' background.
    let whole = ui.available_rect_before_wrap();
    ui.painter()
        .rect_filled(whole, 0.0, ui.visuals().panel_fill);
    let header = egui::Rect::from_min_size(whole.min, vec2(whole.width(), 34.0));
    let [left_header, right_header] = split(header.shrink2(vec2(8.0, 0.0)));
    ui.scope_builder(egui::UiBuilder::new().max_rect(left_header), |ui| {
        ui.horizontal_centered(|ui| compare_date_ui(ui, app, compare_date, commands));
    });
    ui.scope_builder(egui::UiBuilder::new().max_rect(right_header), |ui| {
        ui.horizontal_centered(|ui| {
            let heading = date_heading(&app.shown.dataset, app.date());
            ui.label(RichText::new(heading).strong().size(16.0));
            ui.label(RichText::new("(the timeline's date)").weak());
        });
    });
    let mut area = ui.available_rect_before_wrap();
    area.min.y = header.max.y;
    maps_ui(ui, app, &panes(app, scene, compare_date, area), commands);
}

/// "Compare with" and a slider over the timeline's years, with the date shown at its precision,
/// and a way back to the date just before the last change.
fn compare_date_ui(ui: &mut egui::Ui, app: &AtlasApp, date: Date, commands: &mut Vec<Command>) {
    let timeline = app.timeline();
    let label = ui.label("Compare with");
    let mut year = date.year();
    let shown = date;
    let slider = egui::Slider::new(&mut year, timeline.start.year()..=timeline.end.year())
        .custom_formatter(move |value, _| {
            if value.round() as i32 == shown.year() {
                shown.to_string()
            } else {
                format!("{value:.0}")
            }
        })
        .custom_parser(|text| text.trim().parse::<f64>().ok());
    let response = ui
        .add(slider)
        .labelled_by(label.id)
        .on_hover_text("The date of the left map; the right map shows the timeline's date");
    if response.changed()
        && let Ok(picked) = Date::parse(&format!("{year:04}"))
    {
        commands.push(Command::SetCompareDate(Some(picked)));
    }
    if app.state.compare.date.is_some()
        && ui
            .button("Before the last change")
            .on_hover_text(
                "Follow the timeline: compare with the date just before its last membership change",
            )
            .clicked()
    {
        commands.push(Command::SetCompareDate(None));
    }
}

/// The Changes list: each country whose standing differs between the two dates (or whose
/// history moved in between), what happened and when, and the excerpts it rests on. Clicking a
/// change selects the country on both maps.
fn changes_ui(ui: &mut egui::Ui, app: &AtlasApp, compare_date: Date, commands: &mut Vec<Command>) {
    let dataset = &app.shown.dataset;
    let comparison = Comparison::new(dataset, compare_date, app.date());
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Changes");
        ui.label(RichText::new(comparison.heading()).weak());
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if comparison.changes.is_empty() {
                ui.label("No country's standing changed between these dates.");
            }
            for change in &comparison.changes {
                let selection = Selection::Country(change.country.id.clone());
                let selected = app.selection() == Some(&selection);
                let headline = RichText::new(change.headline(dataset)).strong();
                if ui
                    .selectable_label(selected, headline)
                    .on_hover_text("Select it on both maps")
                    .clicked()
                {
                    commands.push(Command::Select(Some(selection)));
                }
                ui.indent(&change.country.id, |ui| {
                    for step in &change.steps {
                        ui.label(format!("{}: {}", step.when(), step.event));
                    }
                    let sources = change.sources();
                    // The selected change shows its excerpts; the others on request.
                    egui::CollapsingHeader::new(format!("Excerpts ({})", sources.len()))
                        .id_salt(("change excerpts", &change.country.id))
                        .open(selected.then_some(true))
                        .show(ui, |ui| {
                            evidence::cited_excerpts_ui(ui, app, &sources, commands);
                        });
                });
                ui.add_space(4.0);
            }
        });
}

/// The map of a presented slide: split under the slide's two dates for a compare slide, else
/// one map.
pub fn presented_map_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    let Some((scene, compare_date)) = app.shown.compare_scene() else {
        map_view::map_ui(ui, app, commands);
        return;
    };
    let panes = panes(app, scene, compare_date, ui.available_rect_before_wrap());
    maps_ui(ui, app, &panes, commands);
    let painter = ui.painter();
    let chrome = Chrome::of(ui.visuals());
    let [left, right] = [panes[0].rect, panes[1].rect];
    painter.rect_filled(
        egui::Rect::from_min_max(pos2(left.max.x, left.min.y), pos2(right.min.x, right.max.y)),
        0.0,
        color(chrome.slide_band),
    );
    let scale = app.state.text_size.scale();
    for pane in &panes {
        let at = pos2(
            pane.rect.center().x,
            pane.rect.min.y + SLIDE_HEADING_TOP * scale,
        );
        let text = date_heading(&app.shown.dataset, pane.date);
        let galley = painter.layout_no_wrap(
            text,
            FontId::proportional(30.0 * scale),
            color(chrome.slide_ink),
        );
        let back = Align2::CENTER_TOP
            .anchor_size(at, galley.size())
            .expand2(vec2(14.0, 6.0));
        painter.rect_filled(back, 4.0, color(chrome.slide_band));
        painter.galley(back.min + vec2(14.0, 6.0), galley, color(chrome.slide_ink));
    }
}
