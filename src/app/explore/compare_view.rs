//! The compare view (View ▸ Compare dates): the map split into two dates side by side, sharing
//! one camera and one selection. The left map shows a date the user sets (by default just before
//! the last membership change up to the timeline's date), the right one the timeline's date, and
//! the Changes list under them says what changed in between, with the excerpts each change rests
//! on. A compare slide of the story is drawn split the same way.

use chrono::Datelike;
use egui::{Align2, FontId, RichText, pos2, vec2};

use super::map_view::{MapPane, map_ui, maps_ui};
use super::{ExploreCommand, evidence};
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::shared::{Shared, split};
use crate::app::theme::Chrome;
use crate::dataset::Date;
use crate::facts::compare::Comparison;
use crate::facts::selection::Selection;
use crate::page::title::date_heading;
use crate::render::painter::color;

/// Where a presented slide's maps put their dates, at normal text size: under the slide's title
/// band (64 points) and its progress bar.
const SLIDE_HEADING_TOP: f32 = 80.0;

/// What changed between the compare view's two dates, in the Changes list's words: made when
/// the dates or the dataset change.
#[derive(Debug)]
pub struct ChangesList {
    /// "Between 1998 and 2000".
    heading: String,
    /// One row per country that changed.
    rows: Vec<ChangeRow>,
    /// The dataset and the two dates it was made for.
    made_for: (u64, Date, Date),
}

/// A country that changed, as the Changes list shows it.
#[derive(Debug)]
struct ChangeRow {
    country_id: String,
    headline: String,
    steps: Vec<String>,
    sources: Vec<String>,
}

impl ChangesList {
    /// The changes between `compare` and the date shown.
    pub fn new(shared: &Shared, compare: Date) -> Self {
        let dataset = &shared.shown.dataset;
        let comparison = Comparison::new(dataset, compare, shared.date());
        let rows = comparison
            .changes
            .iter()
            .map(|change| ChangeRow {
                country_id: change.country.id.clone(),
                headline: change.headline(dataset),
                steps: change
                    .steps
                    .iter()
                    .map(|step| format!("{}: {}", step.when(), step.event))
                    .collect(),
                sources: change.sources(),
            })
            .collect();
        Self {
            heading: comparison.heading(),
            rows,
            made_for: (shared.shown.generation(), compare, shared.date()),
        }
    }

    /// Whether it was made for this dataset and these dates.
    pub fn is_for(&self, shared: &Shared, compare: Date) -> bool {
        self.made_for == (shared.shown.generation(), compare, shared.date())
    }
}

/// The two maps in `area`: `scene` at `compare_date` on the left, the timeline's date on the
/// right.
fn panes<'a>(
    frame: &'a Frame<'a>,
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
            scene: &frame.shown.scene,
            date: frame.date(),
            label: format!("Map at {}", frame.date()),
        },
    ]
}

/// The map area while exploring: one map, or with compare on, the dates above two maps and the
/// Changes list below them.
pub fn map_area_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some((scene, compare_date)) = frame.shown.compare_scene() else {
        map_ui(ui, frame, commands);
        return;
    };
    egui::Panel::bottom("changes")
        .resizable(true)
        .default_size(240.0)
        .min_size(120.0)
        .show(ui, |ui| changes_ui(ui, frame, commands));
    // The central panel has no frame of its own (a single map covers it): the dates row and the
    // gutter between the maps need the panels' background.
    let whole = ui.available_rect_before_wrap();
    ui.painter()
        .rect_filled(whole, 0.0, ui.visuals().panel_fill);
    let header = egui::Rect::from_min_size(whole.min, vec2(whole.width(), 34.0));
    let [left_header, right_header] = split(header.shrink2(vec2(8.0, 0.0)));
    ui.scope_builder(egui::UiBuilder::new().max_rect(left_header), |ui| {
        ui.horizontal_centered(|ui| compare_date_ui(ui, frame, compare_date, commands));
    });
    ui.scope_builder(egui::UiBuilder::new().max_rect(right_header), |ui| {
        ui.horizontal_centered(|ui| {
            let heading = date_heading(&frame.shown.dataset, frame.date());
            ui.label(RichText::new(heading).strong().size(16.0));
            ui.label(RichText::new("(the timeline's date)").weak());
        });
    });
    let mut area = ui.available_rect_before_wrap();
    area.min.y = header.max.y;
    maps_ui(
        ui,
        frame,
        &panes(frame, scene, compare_date, area),
        commands,
    );
}

/// "Compare with" and a slider over the timeline's years, with the date shown at its precision,
/// and a way back to the date just before the last change.
fn compare_date_ui(ui: &mut egui::Ui, frame: &Frame<'_>, date: Date, commands: &mut Vec<Command>) {
    let timeline = &frame.shown.timeline;
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
        commands.push(ExploreCommand::SetCompareDate(Some(picked)).into());
    }
    if frame.saved.view.compare.date.is_some()
        && ui
            .button("Before the last change")
            .on_hover_text(
                "Follow the timeline: compare with the date just before its last membership change",
            )
            .clicked()
    {
        commands.push(ExploreCommand::SetCompareDate(None).into());
    }
}

/// The Changes list: each country whose standing differs between the two dates (or whose
/// history moved in between), what happened and when, and the excerpts it rests on. Clicking a
/// change selects the country on both maps.
fn changes_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some(changes) = &frame.explore.changes else {
        return;
    };
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Changes");
        ui.label(RichText::new(&changes.heading).weak());
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if changes.rows.is_empty() {
                ui.label("No country's standing changed between these dates.");
            }
            for row in &changes.rows {
                let selection = Selection::Country(row.country_id.clone());
                let selected = frame.saved.view.selection.as_ref() == Some(&selection);
                let headline = RichText::new(&row.headline).strong();
                if ui
                    .selectable_label(selected, headline)
                    .on_hover_text("Select it on both maps")
                    .clicked()
                {
                    commands.push(ExploreCommand::Select(Some(selection)).into());
                }
                ui.indent(&row.country_id, |ui| {
                    for step in &row.steps {
                        ui.label(step);
                    }
                    // The selected change shows its excerpts; the others on request.
                    egui::CollapsingHeader::new(format!("Excerpts ({})", row.sources.len()))
                        .id_salt(("change excerpts", &row.country_id))
                        .open(selected.then_some(true))
                        .show(ui, |ui| {
                            evidence::cited_excerpts_ui(ui, frame, &row.sources, commands);
                        });
                });
                ui.add_space(4.0);
            }
        });
}

/// The map of a presented slide: split under the slide's two dates for a compare slide, else
/// one map.
pub fn presented_map_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let Some((scene, compare_date)) = frame.shown.compare_scene() else {
        map_ui(ui, frame, commands);
        return;
    };
    let panes = panes(frame, scene, compare_date, ui.available_rect_before_wrap());
    maps_ui(ui, frame, &panes, commands);
    let painter = ui.painter();
    let chrome = Chrome::of(ui.visuals());
    let [left, right] = [panes[0].rect, panes[1].rect];
    painter.rect_filled(
        egui::Rect::from_min_max(pos2(left.max.x, left.min.y), pos2(right.min.x, right.max.y)),
        0.0,
        color(chrome.slide_band),
    );
    let scale = frame.saved.preferences.text_size.scale();
    for pane in &panes {
        let at = pos2(
            pane.rect.center().x,
            pane.rect.min.y + SLIDE_HEADING_TOP * scale,
        );
        let text = date_heading(&frame.shown.dataset, pane.date);
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
