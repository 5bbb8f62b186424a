//! Every country's status at a date, with the excerpts it rests on: the table behind
//! `csto-atlas members --at DATE` and the same answer the map colours show.

use serde::Serialize;

use super::date::Date;
use super::model::{Dataset, Status};
use super::status::status_at;

/// One country's standing at a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberRow {
    /// ISO alpha-3 code, or the dataset id for entities without one.
    pub country: String,
    /// Display name.
    pub name: String,
    /// `member`, `frozen`, `former`, `observer` or `none`.
    pub status: &'static str,
    /// Excerpt ids the status rests on (the period's, and those of any disputed start date).
    pub sources: Vec<String>,
}

/// The word used for a status in tables and JSON.
pub fn status_code(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Member) => "member",
        Some(Status::Frozen) => "frozen",
        Some(Status::Former) => "former",
        Some(Status::Observer) => "observer",
        None => "none",
    }
}

/// Every country of `dataset` with its status on `date`, sorted by name.
pub fn members_at(dataset: &Dataset, date: Date) -> Vec<MemberRow> {
    let mut rows: Vec<MemberRow> = dataset
        .countries
        .iter()
        .map(|country| {
            let at = status_at(country, date);
            let sources = at.map_or_else(Vec::new, |at| {
                let claims = at
                    .period
                    .disputed_from
                    .iter()
                    .flat_map(|claim| &claim.sources);
                at.period.sources.iter().chain(claims).cloned().collect()
            });
            MemberRow {
                country: country.iso_a3.clone().unwrap_or_else(|| country.id.clone()),
                name: country.name.clone(),
                status: status_code(at.map(|a| a.status)),
                sources,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}
