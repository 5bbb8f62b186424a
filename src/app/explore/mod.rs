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
use crate::earth::camera::Camera;
use crate::facts::selection::Selection;
use crate::map::layers::Layers;

/// A change to what the map shows or where it looks.
#[derive(Debug, Clone, PartialEq)]
pub enum ExploreCommand {
    /// Select something (or clear the selection) without moving the map.
    Select(Option<Selection>),
    /// Select something and move the map to it.
    Focus(Selection),
    /// Show or hide layers.
    SetLayers(Layers),
    /// Move the map (the map widget's pans and zooms).
    SetCamera(Camera),
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
                let camera = shared.camera_for(&selection);
                let view = &mut shared.saved.view;
                view.camera = camera.or(view.camera);
                view.selection = Some(selection);
            }
            ExploreCommand::SetLayers(layers) => view.layers = layers,
            ExploreCommand::SetCamera(camera) => view.camera = Some(camera),
            ExploreCommand::SetShortNames(short) => shared.short_names = short,
            ExploreCommand::SetMapSize(size) => {
                let resized = shared.map_size != size;
                shared.map_size = size;
                if resized {
                    return vec![PresentCommand::Reframe.into()];
                }
            }
            ExploreCommand::ResetView => {
                shared.saved.view.camera = Some(shared.home_camera());
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
