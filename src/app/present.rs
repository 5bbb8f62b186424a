//! Presentation mode: the dataset's story full-screen, slide by slide, with the map, its legend,
//! title, date, caption and excerpt drawn large for the back row. Leaving restores exactly the view,
//! date, panels and selection the teacher left.

use egui::{Color32, FontId, pos2, vec2};

use super::state::ViewState;
use super::theme::Chrome;
use super::{AtlasApp, Command};
use crate::dataset::{Date, Slide};
use crate::earth::camera::Camera;
use crate::facts::describe;
use crate::facts::selection::Selection;
use crate::map::story::slide_camera;
use crate::map::transition::Transition;

use crate::render::painter::color;

/// A presentation under way.
pub struct Presentation {
    /// The slide shown (0: the title slide; the last: the sources).
    pub slide: usize,
    /// What to restore when it ends.
    pub restore: Box<ViewState>,
    /// Whether the screen is blanked.
    pub blank: bool,
    /// Whether the speaker-notes window is shown.
    pub notes_shown: bool,
    /// The glide to the slide shown, while it runs.
    pub transition: Option<Transition>,
    /// A slide number being typed (then Enter jumps to it).
    pub typed: String,
}

/// One slide as shown: the title slide, a slide of the story, or the closing sources slide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum ShownSlide<'a> {
    /// The organisation and what the story covers.
    Title,
    /// A slide of the dataset's story.
    Story(&'a Slide),
    /// The articles the story rests on.
    Sources,
}

impl AtlasApp {
    /// How many slides the presentation has: the title, the story and the sources.
    pub fn slide_count(&self) -> usize {
        self.shown.dataset.data.story.len() + 2
    }

    /// The slide at `index`.
    pub(super) fn slide(&self, index: usize) -> ShownSlide<'_> {
        let story = &self.shown.dataset.data.story;
        match index {
            0 => ShownSlide::Title,
            i if i <= story.len() => ShownSlide::Story(&story[i - 1]),
            _ => ShownSlide::Sources,
        }
    }

    /// The slide shown, while presenting.
    pub fn presented_slide(&self) -> Option<usize> {
        self.presentation.as_ref().map(|p| p.slide)
    }

    /// How large the map's labels are written: the text-size setting, and half as large again
    /// on a slide, which is read from across a room.
    pub(super) fn map_text_scale(&self) -> f32 {
        let slide = if self.presentation.is_some() {
            1.5
        } else {
            1.0
        };
        self.state.text_size.scale() * slide
    }

    /// Shows slide `index`: its date, its view, its highlight. The camera and the date glide
    /// there from where they are, or cut when motion is reduced.
    pub(super) fn show_slide(&mut self, index: usize) {
        let index = index.min(self.slide_count() - 1);
        let (camera, date, selection) = self.slide_target(index);
        let transition = match (self.state.camera, camera) {
            (Some(from), Some(to)) if !self.state.reduce_motion => {
                Some(Transition::new(from, self.date().first_day(), to, date))
            }
            _ => {
                self.state.camera = camera.or(self.state.camera);
                self.state.date = Some(date);
                None
            }
        };
        self.state.selection = selection;
        if let Some(presentation) = &mut self.presentation {
            presentation.slide = index;
            presentation.typed.clear();
            presentation.transition = transition;
        }
    }

    /// Where slide `index` looks, at what date, and what it selects.
    fn slide_target(&self, index: usize) -> (Option<Camera>, Date, Option<Selection>) {
        let size = self.presentation_map_size();
        let (camera, date, selection) = match self.slide(index) {
            ShownSlide::Title | ShownSlide::Sources => (
                Some(self.home_camera_for(size)),
                self.shown.dataset.latest_date(),
                None,
            ),
            ShownSlide::Story(slide) => {
                let size = super::compare_view::slide_map_size(slide, size);
                let (camera, selection) = self.slide_view(slide, size);
                (camera, Some(slide.date), selection)
            }
        };
        let date = date.unwrap_or_else(|| Date::from_day(self.shown.timeline.end));
        (camera, date, selection)
    }

    /// Frames the slide shown again for the map's new size (the window went full screen).
    pub(super) fn reframe_slide(&mut self) {
        let Some(index) = self
            .presentation
            .as_ref()
            .filter(|p| p.transition.is_none())
            .map(|p| p.slide)
        else {
            return;
        };
        let (camera, _, _) = self.slide_target(index);
        self.state.camera = camera.or(self.state.camera);
    }

    /// The camera that frames a story slide in a map of `size` pixels, and what it selects.
    pub(super) fn slide_view(
        &self,
        slide: &Slide,
        size: [f64; 2],
    ) -> (Option<Camera>, Option<Selection>) {
        let dataset = &self.shown.dataset;
        let camera = slide_camera(dataset, &self.world.geometry, slide, size);
        let selection = slide
            .highlight
            .first()
            .and_then(|id| crate::facts::claims::selection_of(dataset, id));
        (camera, selection)
    }

    /// Moves a glide between slides on by `dt_secs`.
    pub(super) fn advance_transition(&mut self, dt_secs: f64) {
        let Some(transition) = self
            .presentation
            .as_mut()
            .and_then(|p| p.transition.as_mut())
        else {
            return;
        };
        let step = transition.advance(dt_secs);
        self.state.camera = Some(step.camera);
        self.state.date = Some(step.date);
        if step.arrived
            && let Some(presentation) = &mut self.presentation
        {
            presentation.transition = None;
        }
    }

    /// The map's size while presenting: a full-HD screen until the map has been laid out.
    fn presentation_map_size(&self) -> [f64; 2] {
        self.map_size_or([1920.0, 1080.0])
    }

    /// The whole window while presenting: the map and the slide drawn over it.
    pub(super) fn presentation_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(presentation) = &self.presentation else {
            return;
        };
        let (blank, index) = (presentation.blank, presentation.slide);
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let rect = ui.max_rect();
            if blank {
                ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
                return;
            }
            super::compare_view::presented_map_ui(ui, self, commands);
            self.slide_overlay_ui(ui, rect, index);
        });
    }

    fn slide_overlay_ui(&self, ui: &mut egui::Ui, rect: egui::Rect, index: usize) {
        let painter = ui.painter_at(rect);
        let dataset = &self.shown.dataset;
        let chrome = Chrome::of(ui.visuals());
        let ink = color(chrome.slide_ink);
        let band = color(chrome.slide_band);
        let date = self.date();
        let (name, _) = dataset.data.organisation.names_at(date);
        let (title, caption, quote): (String, String, Option<String>) = match self.slide(index) {
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
                let mut lines: Vec<String> = dataset
                    .data
                    .articles
                    .iter()
                    .map(|a| {
                        format!(
                            "{} · {} · {}",
                            a.outlet,
                            describe::article_date(a),
                            a.headline
                        )
                    })
                    .collect();
                lines.sort();
                lines.dedup();
                ("Sources".to_owned(), lines.join("\n"), None)
            }
        };
        let scale = self.state.text_size.scale();
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
                        let progress = format!("{date}    {} / {}", index + 1, self.slide_count());
                        ui.label(text(progress, 26.0));
                    });
                });
            },
        );
        // The legend, in a box under the title band, on every slide that shows the map.
        if !matches!(self.slide(index), ShownSlide::Sources) {
            let legend =
                egui::Rect::from_min_size(top.left_bottom() + vec2(16.0, 20.0), vec2(300.0, 320.0));
            ui.scope_builder(egui::UiBuilder::new().max_rect(legend), |ui| {
                egui::Frame::new()
                    .fill(band)
                    .inner_margin(10.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| super::legend::legend_rows_ui(ui, self));
            });
        }
        let done = (index + 1) as f32 / self.slide_count() as f32;
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
        let height = if matches!(self.slide(index), ShownSlide::Sources) {
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
}

/// Digits typed while presenting, then Enter, jump to that slide; the keys are taken from the input
/// so they do not also step. The digits typed so far are input plumbing, kept in the presentation.
pub fn jump_commands(ctx: &egui::Context, presentation: &mut Presentation) -> Vec<Command> {
    let mut commands = Vec::new();
    ctx.input_mut(|input| {
        let digits = [
            egui::Key::Num0,
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        for (digit, key) in digits.into_iter().enumerate() {
            if input.consume_key(egui::Modifiers::NONE, key) {
                presentation.typed.push_str(&digit.to_string());
            }
        }
        if !presentation.typed.is_empty()
            && input.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
        {
            if let Ok(number) = presentation.typed.parse::<usize>() {
                commands.push(Command::GoToSlide(number.saturating_sub(1)));
            }
            presentation.typed.clear();
        }
    });
    commands
}
