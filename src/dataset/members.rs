//! Every country's status at a date, with the excerpts it rests on: the table behind
//! `csto-atlas members --at DATE` and the same answer the map colours show.

use serde::Serialize;

use super::date::Date;
use super::model::Dataset;
use super::status::{status_at, status_words};

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
                status: status_words(at.map(|a| a.status)).code,
                sources,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

/// How the members table is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MembersFormat {
    /// Aligned columns for reading.
    Table,
    /// Comma-separated values for spreadsheets.
    Csv,
    /// A JSON array for scripts.
    Json,
}

/// The members table of `dataset` at `date` as text in `format`, ending with a newline.
pub fn members_report(dataset: &Dataset, date: Date, format: MembersFormat) -> String {
    let rows = members_at(dataset, date);
    match format {
        // Rows of strings always serialise.
        MembersFormat::Json => serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n",
        MembersFormat::Csv => {
            let mut out = String::from("country,name,status,sources\n");
            for row in &rows {
                out += &format!(
                    "{},{},{},{}\n",
                    csv_field(&row.country),
                    csv_field(&row.name),
                    row.status,
                    row.sources.join(";")
                );
            }
            out
        }
        MembersFormat::Table => aligned_table(&dataset.organisation.name, date, &rows),
    }
}

fn aligned_table(organisation: &str, date: Date, rows: &[MemberRow]) -> String {
    let width = |column: fn(&MemberRow) -> &str, heading: &str| {
        rows.iter()
            .map(|row| column(row).chars().count())
            .chain([heading.chars().count()])
            .max()
            .unwrap_or_default()
    };
    let code_width = width(|r| &r.country, "country");
    let name_width = width(|r| &r.name, "name");
    let mut out = format!("{organisation} on {date}\n");
    out += &format!(
        "{:<code_width$}  {:<name_width$}  {:<8}  sources\n",
        "country", "name", "status"
    );
    for row in rows {
        out += &format!(
            "{:<code_width$}  {:<name_width$}  {:<8}  {}\n",
            row.country,
            row.name,
            row.status,
            row.sources.join(", ")
        );
    }
    out
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(csv_field("Armenia"), "Armenia");
        assert_eq!(csv_field("Korea, Republic of"), "\"Korea, Republic of\"");
        assert_eq!(csv_field("the \"Stans\""), "\"the \"\"Stans\"\"\"");
    }
}
