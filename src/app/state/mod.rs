//! What the app remembers between runs, by kind, each saved by eframe under a key of its own and
//! each `#[serde(default)]` (a field added later takes its default and leaves the user's other
//! settings as they were):
//! - [`ViewState`]: what the map shows (camera, date, selection, layers, the compare view), which
//!   presenting sets slide by slide and gives back when it ends;
//! - [`Preferences`]: how the window looks and behaves (panels, text size, theme, motion, speed);
//! - [`Documents`]: the dataset that is open and the recent files;
//! - [`ExportSettings`]: the export choices and folder.
//!
//! Runtime things (the loaded dataset and its caches, dialogs, the file watch) live elsewhere and
//! are rebuilt from these.

mod documents;
mod preferences;
mod view;

pub use documents::{DatasetSource, Documents, MAX_RECENT};
pub use preferences::{Panel, Panels, Preferences, TextSize};
pub use view::{CompareState, ViewState};

use serde::Deserialize;

pub use super::export::ExportSettings;

/// Everything the user set up that comes back next time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    /// What the map shows.
    pub view: ViewState,
    /// How the window looks and behaves.
    pub preferences: Preferences,
    /// The dataset that is open, and the recent files.
    pub documents: Documents,
    /// The export choices and folder.
    pub export: ExportSettings,
}

/// The storage keys, one per kind.
const VIEW_KEY: &str = "csto-atlas-view";
const PREFERENCES_KEY: &str = "csto-atlas-preferences";
const DOCUMENTS_KEY: &str = "csto-atlas-documents";
const EXPORT_KEY: &str = "csto-atlas-export";

/// Where versions before the split saved everything, as one value: read once, if nothing newer
/// is saved. Its fields are those of the four kinds, so each kind reads its own from it.
const OLD_KEY: &str = "csto-atlas-state";

/// What reading the saved state found.
pub enum Restored {
    /// Nothing saved yet.
    Nothing,
    /// The saved state.
    State(Box<Saved>),
    /// Something was saved but could not be read.
    Unreadable,
}

impl Saved {
    /// Writes each kind under its key.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, VIEW_KEY, &self.view);
        eframe::set_value(storage, PREFERENCES_KEY, &self.preferences);
        eframe::set_value(storage, DOCUMENTS_KEY, &self.documents);
        eframe::set_value(storage, EXPORT_KEY, &self.export);
    }

    /// Reads the saved state from eframe's storage.
    pub fn restore(storage: Option<&dyn eframe::Storage>) -> Restored {
        let Some(storage) = storage else {
            return Restored::Nothing;
        };
        let keys = [VIEW_KEY, PREFERENCES_KEY, DOCUMENTS_KEY, EXPORT_KEY];
        let read = if keys.iter().any(|key| storage.get_string(key).is_some()) {
            (|| {
                Some(Saved {
                    view: kind(storage, VIEW_KEY)?,
                    preferences: kind(storage, PREFERENCES_KEY)?,
                    documents: kind(storage, DOCUMENTS_KEY)?,
                    export: kind(storage, EXPORT_KEY)?,
                })
            })()
        } else if storage.get_string(OLD_KEY).is_some() {
            (|| {
                Some(Saved {
                    view: eframe::get_value(storage, OLD_KEY)?,
                    preferences: eframe::get_value(storage, OLD_KEY)?,
                    documents: eframe::get_value(storage, OLD_KEY)?,
                    export: eframe::get_value::<OldExport>(storage, OLD_KEY)?.export,
                })
            })()
        } else {
            return Restored::Nothing;
        };
        match read {
            Some(saved) => Restored::State(Box::new(saved)),
            None => Restored::Unreadable,
        }
    }
}

/// The kind saved under `key`, or its default if nothing is saved there; `None` if what is saved
/// cannot be read.
fn kind<T: for<'de> Deserialize<'de> + Default>(
    storage: &dyn eframe::Storage,
    key: &str,
) -> Option<T> {
    match storage.get_string(key) {
        None => Some(T::default()),
        Some(_) => eframe::get_value(storage, key),
    }
}

/// The export settings as versions before the split kept them: a field of the one value.
#[derive(Default, Deserialize)]
#[serde(default)]
struct OldExport {
    export: ExportSettings,
}
