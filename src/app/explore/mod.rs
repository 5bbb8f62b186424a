//! Exploring: the map widget (`map_view.rs`: pan, zoom, hover, click), the compare view
//! (`compare_view.rs`), the lists and their legend on the left, the selection's details and the
//! excerpts they rest on on the right, the Sources panel and the search box.

mod compare_view;
mod details_panel;
mod evidence;
mod history_strip;
mod legend;
mod lists_panel;
mod map_view;
mod search;
mod sources_panel;

pub use compare_view::{map_area_ui, presented_map_ui};
pub use details_panel::details_ui;
pub use evidence::name_of;
pub use legend::legend_rows_ui;
pub use lists_panel::lists_ui;
pub use map_view::window_symbols;
pub use search::{SearchEdit, search_ui};
pub use sources_panel::sources_ui;

use compare_view::ChangesList;
use search::SearchBox;
use sources_panel::SourcesFilter;

use super::Command;
use super::present::PresentCommand;
use super::shared::Shared;
use crate::dataset::Date;
use crate::earth::camera::{Camera, MapView};
use crate::earth::projection::Projection;
use crate::earth::sphere::arc_degrees;
use crate::facts::selection::Selection;
use crate::map::layers::Layers;
use crate::map::region::PANNED_FAR_DEGREES;

/// A change to what the map shows or where it looks.
#[derive(Debug, Clone, PartialEq)]
pub enum ExploreCommand {
    /// Select something (or clear the selection) without moving the map.
    Select(Option<Selection>),
    /// Select something and move the map to it.
    Focus(Selection),
    /// Show or hide layers.
    SetLayers(Layers),
    /// Move the map (the map widget's pans and zooms); a glide under way stops.
    SetCamera(Camera),
    /// Move the map to frame a base-map country the dataset has nothing to select for (its
    /// index in the base map's areas), selecting nothing.
    FrameCountry(usize),
    /// Move the glide under way on by this many seconds.
    AdvanceGlide {
        /// Seconds since the last frame.
        dt_secs: f64,
    },
    /// Centre the map again on the middle of the view, which has been panned far from the
    /// projection's centre.
    Recentre,
    /// The map area now has this size in pixels.
    SetMapSize([f64; 2]),
    /// Say whether the map wrote some member's name as its ISO code.
    SetShortNames(bool),
    /// Frame the member states again.
    ResetView,
    /// Split the map into two dates side by side, or back into one.
    ToggleCompare,
    /// Set the compare view's other date (`None`: just before the last membership change).
    SetCompareDate(Option<Date>),
    /// Search the Sources panel for this text.
    SetSourcesQuery(String),
    /// Open, type in, move through or close the search box (Ctrl+F).
    Search(SearchEdit),
}

/// The search box, and what the Sources panel and the compare view's Changes list show, made
/// when what they show changes rather than every frame.
#[derive(Debug, Default)]
pub struct Exploring {
    /// The search box, while it is open.
    pub search: Option<SearchBox>,
    /// The Sources panel's query and the articles and excerpts it finds.
    pub sources: SourcesFilter,
    /// What changed between the two dates of the compare view.
    pub changes: Option<ChangesList>,
}

impl Exploring {
    /// Carries out an exploring command.
    pub fn apply(&mut self, command: ExploreCommand, shared: &mut Shared) -> Vec<Command> {
        let view = &mut shared.saved.view;
        match command {
            ExploreCommand::Select(selection) => view.selection = selection,
            ExploreCommand::Focus(selection) => {
                if let Some(to) = shared.view_for(&selection) {
                    shared.move_to(to, None);
                }
                shared.saved.view.selection = Some(selection);
            }
            ExploreCommand::SetLayers(layers) => view.layers = layers,
            ExploreCommand::SetCamera(camera) => {
                view.camera = Some(camera);
                shared.glide = None;
            }
            ExploreCommand::FrameCountry(index) => {
                view.selection = None;
                if let Some(to) = shared.view_of_base_country(index) {
                    shared.move_to(to, None);
                }
            }
            ExploreCommand::AdvanceGlide { dt_secs } => shared.advance_glide(dt_secs),
            ExploreCommand::Recentre => {
                if let Some(to) = recentred(shared) {
                    shared.move_to(to, None);
                }
            }
            ExploreCommand::SetShortNames(short) => shared.short_names = short,
            ExploreCommand::SetMapSize(size) => {
                let resized = shared.map_size != size;
                shared.map_size = size;
                if resized {
                    return vec![PresentCommand::Reframe.into()];
                }
            }
            ExploreCommand::ResetView => {
                let home = shared.home_view();
                shared.move_to(home, None);
            }
            ExploreCommand::ToggleCompare => toggle_compare(shared),
            ExploreCommand::SetCompareDate(date) => view.compare.date = date,
            ExploreCommand::SetSourcesQuery(query) => self.sources.set_query(query, shared),
            ExploreCommand::Search(edit) => search::edit(&mut self.search, edit, shared),
        }
        Vec::new()
    }

    /// Brings what the panels show in line with the dataset, the date and the compare view.
    pub fn refresh(&mut self, shared: &Shared) {
        self.sources.refresh(shared);
        match shared.split {
            Some(compare) => {
                let stale = self
                    .changes
                    .as_ref()
                    .is_none_or(|changes| !changes.is_for(shared, compare));
                if stale {
                    self.changes = Some(ChangesList::new(shared, compare));
                }
            }
            None => self.changes = None,
        }
    }
}

/// What each frame brings before the panels: the glide moving on while it runs, and, once a
/// pan has settled far from the projection's centre, the map centred again where it looks.
pub fn frame_commands(ctx: &egui::Context, shared: &Shared) -> Vec<Command> {
    if shared.glide.is_some() {
        ctx.request_repaint();
        let dt_secs = f64::from(ctx.input(|input| input.stable_dt).min(0.1));
        return vec![ExploreCommand::AdvanceGlide { dt_secs }.into()];
    }
    let settled = ctx
        .input(|input| !input.pointer.any_down() && input.smooth_scroll_delta == egui::Vec2::ZERO);
    if settled && recentred(shared).is_some() {
        return vec![ExploreCommand::Recentre.into()];
    }
    Vec::new()
}

/// The view centred again on where the map looks, when the reader has moved it farther than
/// [`PANNED_FAR_DEGREES`] from its projection's centre and the map follows the view.
fn recentred(shared: &Shared) -> Option<MapView> {
    shared.saved.view.camera?;
    if !shared.saved.preferences.projection.follows_the_view() {
        return None;
    }
    let view = shared.view();
    let centre = view.projection.centre()?;
    let looks_at = view.looks_at()?;
    (arc_degrees(centre, looks_at) > PANNED_FAR_DEGREES)
        .then(|| view.in_projection(Projection::centred_on(looks_at)))
        .flatten()
}

/// The command selecting `selection` (or nothing) without moving the map.
pub fn select(selection: Option<Selection>) -> Command {
    ExploreCommand::Select(selection).into()
}

/// The command selecting `selection` and moving the map to it.
pub fn focus(selection: Selection) -> Command {
    ExploreCommand::Focus(selection).into()
}

/// Splits the map into two dates or joins it again, keeping the stretch of the world each map
/// shows across its width.
fn toggle_compare(shared: &mut Shared) {
    let before = shared.usable_map_size();
    let compare = &mut shared.saved.view.compare;
    compare.on = !compare.on;
    shared.split = shared.compare_view_date();
    let after = shared.usable_map_size();
    if let Some(camera) = &mut shared.saved.view.camera {
        camera.pixels_per_km *= after[0] / before[0].max(1.0);
    }
}
