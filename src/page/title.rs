//! The words around a map: the default title of a figure (one date, or two side by side), the
//! date above a map, and the credit line naming the base map, the places and the sources. Every
//! figure, slide export and handout page takes them from here.

use crate::dataset::{Date, LoadedDataset};

/// The default title: "Collective Security Treaty Organization, 1 July 2025", with how far its
/// sources reach when the date is past them.
pub fn default_title(dataset: &LoadedDataset, date: Date) -> String {
    let (name, _) = dataset.data.organisation.names_at(date);
    format!("{name}, {}", date_heading(dataset, date))
}

/// The default title of two dates side by side, left first: "Collective Security Treaty
/// Organization: 2006 and 2012", named as at the later date, with how far the sources reach
/// when a date is past them.
pub fn compare_title(dataset: &LoadedDataset, left: Date, right: Date) -> String {
    let (name, _) = dataset.data.organisation.names_at(left.max(right));
    format!(
        "{name}: {} and {}",
        date_heading(dataset, left),
        date_heading(dataset, right)
    )
}

/// The default title of a map at `date`, or of `compare` and `date` side by side.
pub fn figure_title(dataset: &LoadedDataset, compare: Option<Date>, date: Date) -> String {
    match compare {
        Some(left) => compare_title(dataset, left, date),
        None => default_title(dataset, date),
    }
}

/// "2006", or past the date the sources reach, "2026 (as of the sources, August 2025)".
pub fn date_heading(dataset: &LoadedDataset, date: Date) -> String {
    match dataset.data.as_of {
        Some(reach) if date.first_day() > reach.last_day() => {
            format!("{date} (as of the sources, {reach})")
        }
        _ => date.to_string(),
    }
}

/// "Base map: Natural Earth. Places: GeoNames (CC BY 4.0). Sources: India.com, The Diplomat, …"
/// from the dataset's articles.
pub fn credit_text(dataset: &LoadedDataset) -> String {
    let mut outlets: Vec<&str> = dataset
        .data
        .articles
        .iter()
        .map(|a| a.outlet.as_str())
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    format!(
        "Base map: Natural Earth. Places: GeoNames (CC BY 4.0). Sources: {}. Made with CSTO Atlas.",
        outlets.join(", ")
    )
}
