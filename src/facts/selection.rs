//! What the user has selected: one thing of the dataset, named by its id.

use serde::{Deserialize, Serialize};

/// The thing the user selected; ids are dataset ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    /// A country of the dataset.
    Country(String),
    /// A border of interest.
    Border(String),
    /// An exercise.
    Exercise(String),
    /// A meeting or other event.
    Event(String),
    /// A quoted excerpt: the details show every statement that cites it.
    Excerpt(String),
}

impl Selection {
    /// The dataset id of what is selected.
    pub fn id(&self) -> &str {
        match self {
            Self::Country(id)
            | Self::Border(id)
            | Self::Exercise(id)
            | Self::Event(id)
            | Self::Excerpt(id) => id,
        }
    }
}
