//! The map widget: pan, zoom, hover, click, and the overlays (zoom and reset controls); one map,
//! or several at different dates sharing one camera (the compare view).

use egui::{RichText, Sense, UiBuilder, pos2, vec2};

use super::ExploreCommand;
use super::evidence::name_of;
use crate::app::Command;
use crate::app::actions::Action;
use crate::app::author::AuthorCommand;
use crate::app::frame::Frame;
use crate::app::theme::Chrome;
use crate::dataset::{Date, Standing, standing_words};
use crate::earth::camera::{Camera, MAX_PIXELS_PER_KM, MapTransform, ScreenPos};
use crate::facts::describe;
use crate::facts::selection::Selection;
use crate::map::pick::{Hit, pick};
use crate::map::scene::Scene;
use crate::map::symbolize::{Highlight, MapInput, MapSymbols, SymbolCache, symbolize};
use crate::render::font::map_font;
use crate::render::painter::{color, paint_layer, paint_layer_as_image};

/// What the zoom-in button says when the map cannot come closer.
const CLOSEST_ZOOM: &str =
    "Closest zoom: the base map (Natural Earth 1:10m) has no finer detail than this";
/// The note under the zoom buttons then.
const CLOSEST_ZOOM_NOTE: &str = "Closest zoom: 1:10m detail";

/// Zoom factor for one double-click or one press of a zoom button.
const ZOOM_STEP: f64 = 2.0;

/// One map on screen: where it goes, what it draws and the date it shows.
pub struct MapPane<'a> {
    /// Where on screen.
    pub rect: egui::Rect,
    /// What it draws.
    pub scene: &'a Scene,
    /// The date it shows, for its tooltips.
    pub date: Date,
    /// Its name for screen readers and tests ("Map").
    pub label: String,
}

/// The interactive map, filling the space it is given.
pub fn map_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let pane = MapPane {
        rect: ui.available_rect_before_wrap(),
        scene: &frame.shown.scene,
        date: frame.date(),
        label: "Map".to_owned(),
    };
    maps_ui(ui, frame, &[pane], commands);
}

/// One or more interactive maps sharing one camera: panning or zooming any of them moves all,
/// and a click in any selects. `panes` all have the same size.
///
/// This is the one place the camera moves within a frame: a drag or a scroll moves a local copy
/// that this frame is drawn and picked with, so the maps follow the pointer without a frame of
/// lag, and the moved camera goes to `apply` as [`ExploreCommand::SetCamera`] like every other change.
pub fn maps_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    panes: &[MapPane<'_>],
    commands: &mut Vec<Command>,
) {
    let Some(first) = panes.first() else {
        return;
    };
    let responses: Vec<egui::Response> = panes
        .iter()
        .map(|pane| {
            let response = ui.allocate_rect(pane.rect, Sense::click_and_drag());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &pane.label));
            describe_for_screen_readers(ui.ctx(), &response, frame, pane.date);
            response
        })
        .collect();
    let area = panes
        .iter()
        .fold(first.rect, |area, pane| area.union(pane.rect));
    let area_size = [f64::from(area.width()), f64::from(area.height())];
    if frame.map_size != area_size {
        commands.push(ExploreCommand::SetMapSize(area_size).into());
    }
    let size = [
        f64::from(first.rect.width()),
        f64::from(first.rect.height()),
    ];
    let camera_before = frame.saved.view.camera;
    let mut camera = camera_before.unwrap_or_else(|| frame.home_camera_for(size));
    for (pane, response) in panes.iter().zip(&responses) {
        let view = MapTransform::new(camera, screen_pos(pane.rect.min), size);
        camera = moved_camera(ui, response, view);
    }

    let mut short_names = false;
    for (pane, response) in panes.iter().zip(&responses) {
        let view = MapTransform::new(camera, screen_pos(pane.rect.min), size);
        short_names |= pane_ui(ui, frame, pane, response, &view, commands);
    }
    if short_names != frame.short_names {
        commands.push(ExploreCommand::SetShortNames(short_names).into());
    }

    // The zoom and reset buttons and event captions belong to exploring; a slide has its own.
    // They go on the last map, the one at the timeline's date.
    if let (false, Some(last)) = (frame.presenting.is_presenting(), panes.last()) {
        let mut view = MapTransform::new(camera, screen_pos(last.rect.min), size);
        controls_ui(ui, last.rect, &mut view, commands);
        camera = view.camera;
        if let Some(caption) = &frame.playing.event_caption {
            let text_scale = frame.saved.preferences.text_size.scale();
            event_caption_ui(ui, last.rect, caption, text_scale);
        }
    }
    if camera_before != Some(camera) {
        commands.push(ExploreCommand::SetCamera(camera).into());
    }
}

/// Tells a screen reader what a map shows: its standings at `date`, and what is selected.
fn describe_for_screen_readers(
    ctx: &egui::Context,
    response: &egui::Response,
    frame: &Frame<'_>,
    date: Date,
) {
    if !ctx.has_accesskit_node(response.id) {
        return;
    }
    let dataset = &frame.shown.dataset;
    let selected = frame
        .shown_selection()
        .map(|selection| name_of(dataset, selection));
    let description = describe::map_description(dataset, date, selected.as_deref());
    ctx.accesskit_node_builder(response.id, |node| node.set_description(description));
}

/// The camera after this frame's drag, scroll, pinch or double-click on one map.
fn moved_camera(ui: &egui::Ui, response: &egui::Response, mut view: MapTransform) -> Camera {
    if response.dragged() {
        let delta = response.drag_delta();
        view.camera = view.camera.panned(f64::from(delta.x), f64::from(delta.y));
    }
    if let (true, Some(pointer)) = (response.hovered(), response.hover_pos()) {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * (f64::from(scroll) / 300.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            view.camera = view.zoomed_about(factor, screen_pos(pointer));
        }
    }
    if response.double_clicked()
        && let Some(pointer) = response.interact_pointer_pos()
    {
        view.camera = view.zoomed_about(ZOOM_STEP, screen_pos(pointer));
    }
    view.camera
}

/// What the window's map draws of `scene` in `view`, with `highlight`: the symbolizer's items in
/// the window's style and text size, with the border captions.
pub fn window_symbols(
    frame: &Frame<'_>,
    scene: &Scene,
    view: &MapTransform,
    highlight: &Highlight,
    cache: &mut SymbolCache,
) -> MapSymbols {
    let captions = border_captions(frame);
    let input = MapInput {
        geometry: &frame.world.geometry,
        dataset_geometry: &frame.shown.geometry,
        scene,
        view,
        border_captions: &captions,
        text_scale: frame.map_text_scale(),
        style: frame.style(),
        highlight,
        font: map_font(),
    };
    symbolize(&input, cache)
}

/// One map drawn with the shared camera: picking, a click's selection, painting, the tooltip.
/// Whether it wrote some member's name as its ISO code.
fn pane_ui(
    ui: &egui::Ui,
    frame: &Frame<'_>,
    pane: &MapPane<'_>,
    response: &egui::Response,
    view: &MapTransform,
    commands: &mut Vec<Command>,
) -> bool {
    let shown = &frame.shown;
    let hit = response.hover_pos().and_then(|p| {
        pick(
            pane.scene,
            &frame.world.geometry,
            &shown.geometry,
            view,
            screen_pos(p),
        )
    });
    if response.clicked() && !response.double_clicked() {
        match (frame.authoring.placing, response.interact_pointer_pos()) {
            // Placing an exercise or event: the click says where, and selects nothing.
            (Some(_), Some(at)) => commands.extend(place_at(frame, view, screen_pos(at))),
            _ => commands.push(
                ExploreCommand::Select(hit.as_ref().and_then(|h| selection_for(frame, h))).into(),
            ),
        }
    }
    if frame.authoring.placing.is_some() && response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }

    // A pass egui will discard (a new grid in a panel sizing itself, on the first frame) shows
    // nothing: its map, laid out at a size it will not keep, is neither symbolised nor drawn.
    if ui.ctx().will_discard() {
        return frame.short_names;
    }
    let highlight = Highlight {
        selection: true,
        hover: hit.clone(),
    };
    // Each map on screen keeps its own layers, by where it is.
    let slot = egui::Id::NULL.with(("map", pane.rect.min.x as i32, pane.rect.min.y as i32));
    let symbols = ui.ctx().data_mut(|data| {
        let cache = data.get_temp_mut_or_default::<SymbolCache>(slot);
        window_symbols(frame, pane.scene, view, &highlight, cache)
    });
    let painter = ui.painter_at(pane.rect);
    let [dx, dy] = symbols.base_offset;
    paint_layer_as_image(
        &painter,
        slot.with("base"),
        symbols.base.id,
        &symbols.base.items,
        rect_of(symbols.base_area),
        egui::vec2(dx, dy),
    );
    let highlight = &symbols.highlight;
    paint_layer(
        &painter,
        slot.with("highlight"),
        highlight.id,
        &highlight.items,
    );
    let overlay = &symbols.overlay;
    paint_layer(&painter, slot.with("overlay"), overlay.id, &overlay.items);

    if let Some(hit) = &hit {
        let text = hover_text(frame, hit, pane.date);
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(text);
        });
        if selection_for(frame, hit).is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
    }
    symbols.short_names
}

/// The command putting the fact being placed where `at` is on the map, in the country there.
fn place_at(frame: &Frame<'_>, view: &MapTransform, at: ScreenPos) -> Option<Command> {
    let geometry = &frame.world.geometry;
    let world = view.world_from_screen(at);
    let lon_lat = geometry.projection.unproject(world)?;
    let country = geometry
        .country_at(world)
        .and_then(|i| geometry.countries[i].iso_a3.clone());
    Some(
        AuthorCommand::PlaceAt {
            lon: lon_lat.x,
            lat: lon_lat.y,
            country,
        }
        .into(),
    )
}

/// A rectangle on screen from its top-left corner and size.
fn rect_of((min, size): ([f32; 2], [f32; 2])) -> egui::Rect {
    egui::Rect::from_min_size(egui::pos2(min[0], min[1]), egui::vec2(size[0], size[1]))
}

fn screen_pos(p: egui::Pos2) -> ScreenPos {
    ScreenPos {
        x: f64::from(p.x),
        y: f64::from(p.y),
    }
}

/// The caption beside each border of interest.
fn border_captions(frame: &Frame<'_>) -> Vec<String> {
    let dataset = &frame.shown.dataset;
    dataset
        .data
        .borders
        .iter()
        .map(|border| describe::border_caption(dataset, border))
        .collect()
}

/// A border's tooltip: its caption, the length measured on this map, and where to read more.
fn border_hover(frame: &Frame<'_>, index: usize) -> String {
    let caption = border_captions(frame).swap_remove(index);
    let measured = frame.shown.geometry.borders[index]
        .computed_length_km
        .map_or_else(String::new, |km| {
            format!("\n{km:.1} km measured on this map")
        });
    format!("{caption}{measured}\nClick for every figure and its source.")
}

/// What clicking a hit selects, if anything.
fn selection_for(frame: &Frame<'_>, hit: &Hit) -> Option<Selection> {
    match hit {
        Hit::Exercise(id) => Some(Selection::Exercise(id.clone())),
        Hit::Border(index) => Some(Selection::Border(
            frame.shown.geometry.borders[*index].id.clone(),
        )),
        Hit::Country(index) => {
            let iso = frame.world.geometry.countries[*index].status_iso()?;
            Some(Selection::Country(
                frame.shown.dataset.country_by_iso(iso)?.id.clone(),
            ))
        }
        Hit::Disputed(_) => None,
    }
}

fn hover_text(frame: &Frame<'_>, hit: &Hit, date: Date) -> String {
    let geometry = &frame.world.geometry;
    let dataset = &frame.shown.dataset;
    let name_of = |iso: &str| {
        dataset
            .country_by_iso(iso)
            .map(|c| c.name.clone())
            .or_else(|| {
                geometry
                    .country_index(iso)
                    .map(|i| geometry.countries[i].name.clone())
            })
            .unwrap_or_else(|| iso.to_owned())
    };
    match hit {
        Hit::Exercise(id) => dataset.exercise(id).map_or_else(String::new, |e| {
            format!(
                "{}\n{}\n{}",
                e.name,
                describe::date_span(e.start, e.end),
                describe::place_phrase(&e.place)
            )
        }),
        Hit::Border(index) => border_hover(frame, *index),
        Hit::Disputed(index) => {
            let area = &geometry.disputed[*index];
            match (&area.held_by, &area.claimed_by) {
                (Some(held_by), Some(claimed_by)) => format!(
                    "{} (disputed)\nHeld by {} on this (de facto) map; {} under the UN view.\nNot coloured by either country's status.",
                    area.name,
                    name_of(held_by),
                    name_of(claimed_by)
                ),
                _ => format!(
                    "{} (disputed territory)\nNot coloured by any country's status.",
                    area.name
                ),
            }
        }
        Hit::Country(index) => {
            let country = &geometry.countries[*index];
            let in_dataset = country
                .status_iso()
                .and_then(|iso| dataset.country_by_iso(iso));
            let part = country
                .part_of
                .as_ref()
                .map_or(String::new(), |(iso, note)| {
                    format!("{} ({}), part of ", country.name, note) + &name_of(iso) + "\n"
                });
            match in_dataset {
                Some(c) => format!(
                    "{part}{}\n{}",
                    c.name,
                    describe::status_phrase(dataset, c, date)
                ),
                None => format!(
                    "{}\n{}",
                    country.name,
                    standing_words(Standing::NoStatus).label()
                ),
            }
        }
    }
}

/// Text size of the caption naming what happened on the date shown.
const EVENT_CAPTION_SIZE: f32 = 17.0;

/// What happened on the date shown, in a band along the bottom of the map.
fn event_caption_ui(ui: &mut egui::Ui, rect: egui::Rect, caption: &str, text_scale: f32) {
    let width = (rect.width() - 40.0).min(760.0);
    let area = egui::Rect::from_min_size(
        pos2(rect.center().x - width / 2.0, rect.max.y - 200.0),
        vec2(width, 190.0),
    );
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(area)
            .layout(egui::Layout::bottom_up(egui::Align::Center)),
        |ui| {
            let chrome = Chrome::of(ui.visuals());
            egui::Frame::new()
                .fill(color(chrome.slide_band))
                .corner_radius(6.0)
                .inner_margin(vec2(14.0, 8.0))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(caption)
                            .size(EVENT_CAPTION_SIZE * text_scale)
                            .color(color(chrome.slide_ink)),
                    );
                });
        },
    );
}

fn controls_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    view: &mut MapTransform,
    commands: &mut Vec<Command>,
) {
    // The closest zoom is where Natural Earth's 1:10m lines have no more to show.
    let closest = view.camera.pixels_per_km >= MAX_PIXELS_PER_KM * 0.999;
    let area = egui::Rect::from_min_size(
        pos2(rect.max.x - 250.0, rect.min.y + 10.0),
        vec2(240.0, 110.0),
    );
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new("−").size(16.0))
                    .on_hover_text("Zoom out")
                    .clicked()
                {
                    view.camera = view.zoomed_about_centre(1.0 / ZOOM_STEP);
                }
                if ui
                    .add_enabled(!closest, egui::Button::new(RichText::new("+").size(16.0)))
                    .on_hover_text("Zoom in")
                    .on_disabled_hover_text(CLOSEST_ZOOM)
                    .clicked()
                {
                    view.camera = view.zoomed_about_centre(ZOOM_STEP);
                }
            });
            let reset = Action::ResetView;
            if ui
                .button(reset.text())
                .on_hover_text(reset.hover_text())
                .clicked()
            {
                commands.push(reset.command());
            }
            if closest {
                egui::Frame::new()
                    .fill(ui.visuals().extreme_bg_color)
                    .corner_radius(4.0)
                    .inner_margin(vec2(6.0, 3.0))
                    .show(ui, |ui| ui.label(RichText::new(CLOSEST_ZOOM_NOTE).small()));
            }
        });
    });
}
