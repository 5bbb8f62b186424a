//! The window while exploring: the menu bar, the timeline along the bottom, the lists on the left,
//! the Facts, Slides, Sources and details panels on the right, and the map (one, or two dates side by
//! side) in the middle with the banner floating over its top.

use super::menu::menu_bar_ui;
use super::notice_ui;
use crate::app::Command;
use crate::app::author::{facts_ui, slides_ui};
use crate::app::explore::{details_ui, lists_ui, map_area_ui, search_ui, sources_ui};
use crate::app::frame::Frame;
use crate::app::timeline::timeline_ui;

/// The menu bar, panels, timeline and map, as the app looks while exploring.
pub fn exploring_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    let panels = frame.saved.preferences.panels;
    egui::Panel::top("menu_bar").show(ui, |ui| menu_bar_ui(ui, frame, commands));
    if panels.timeline {
        egui::Panel::bottom("timeline").show(ui, |ui| timeline_ui(ui, frame, commands));
    }
    // Panels start narrow enough to leave the map at least 60 % of a 1280-pixel window.
    let window_width = ui.ctx().content_rect().width();
    let panel_width = |share: f32, max: f32| (window_width * share).clamp(170.0, max);
    if panels.lists {
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(panel_width(0.16, 250.0))
            .min_size(170.0)
            .show(ui, |ui| lists_ui(ui, frame, commands));
    }
    if panels.facts {
        egui::Panel::right("facts")
            .resizable(true)
            .default_size(360.0)
            .min_size(280.0)
            .show(ui, |ui| facts_ui(ui, frame, commands));
    }
    if panels.slides {
        egui::Panel::right("slides")
            .resizable(true)
            .default_size(360.0)
            .min_size(280.0)
            .show(ui, |ui| slides_ui(ui, frame, commands));
    }
    if panels.sources {
        egui::Panel::right("sources")
            .resizable(true)
            .default_size(340.0)
            .min_size(260.0)
            .show(ui, |ui| sources_ui(ui, frame, commands));
    }
    if panels.details {
        egui::Panel::right("details")
            .resizable(true)
            .default_size(panel_width(0.23, 380.0))
            .min_size(240.0)
            .show(ui, |ui| details_ui(ui, frame, commands));
    }
    egui::CentralPanel::no_frame().show(ui, |ui| {
        let map_rect = ui.max_rect();
        map_area_ui(ui, frame, commands);
        // The banner floats over the top of the map, clear of the zoom buttons, so the map
        // does not jump when one comes or goes.
        if let Some(notice) = &frame.notice {
            let banner = egui::Rect::from_min_max(
                map_rect.min + egui::vec2(8.0, 8.0),
                egui::pos2(map_rect.max.x - 130.0, map_rect.max.y),
            );
            ui.scope_builder(egui::UiBuilder::new().max_rect(banner), |ui| {
                notice_ui(ui, notice, commands);
            });
        }
    });
    search_ui(ui.ctx(), frame, commands);
}
