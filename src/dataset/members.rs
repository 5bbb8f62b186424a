//! Every country's status at a date, with the excerpts it rests on: the table behind
//! `csto-atlas members --at DATE` and the same answer the map colours show.

use serde::Serialize;

use super::LoadedDataset;
use super::date::{Date, Precision};
use super::status::standing_words;

/// One country's standing at a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberRow {
    /// ISO alpha-3 code, or the dataset id for entities without one.
    pub country: String,
    /// Display name.
    pub name: String,
    /// `member`, `frozen`, `former`, `observer`, `unknown` or `none`.
    pub status: &'static str,
    /// When the status began, at the source's precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Whether the map draws the status as uncertain: it rests only on weak sources (fragments of
    /// unknown date and quality), or the sources differ on whether it had begun by then.
    pub uncertain: bool,
    /// Whether the sources differ on the status or on when it began.
    pub disputed: bool,
    /// Excerpt ids the status rests on (the period's, and those of any disputed start date).
    pub sources: Vec<String>,
}

/// Every country of `dataset` with its status on `date`, sorted by name.
pub fn members_at(dataset: &LoadedDataset, date: Date) -> Vec<MemberRow> {
    let mut rows: Vec<MemberRow> = dataset
        .data
        .countries
        .iter()
        .map(|country| {
            let assessed = dataset.assess(country, date);
            let sources = assessed.period.map_or_else(Vec::new, |period| {
                let claims = period.disputed_from.iter().flat_map(|claim| &claim.sources);
                period.sources.iter().chain(claims).cloned().collect()
            });
            MemberRow {
                country: country.iso_a3.clone().unwrap_or_else(|| country.id.clone()),
                name: country.name.clone(),
                status: standing_words(assessed.standing).code,
                since: assessed.period.map(|p| p.from.to_iso()),
                uncertain: assessed.uncertain || assessed.unsettled,
                disputed: assessed
                    .period
                    .is_some_and(|p| p.status_disputed || !p.disputed_from.is_empty()),
                sources,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

/// How the members table is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembersFormat {
    /// Aligned columns for reading.
    Table,
    /// Comma-separated values for spreadsheets.
    Csv,
    /// A JSON array for scripts.
    Json,
}

/// The members table of `dataset` at `date` as text in `format`, ending with a newline.
pub fn members_report(dataset: &LoadedDataset, date: Date, format: MembersFormat) -> String {
    let rows = members_at(dataset, date);
    match format {
        // Rows of strings always serialise.
        MembersFormat::Json => serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n",
        MembersFormat::Csv => {
            let mut out = String::from("country,name,status,since,uncertain,disputed,sources\n");
            for row in &rows {
                out += &format!(
                    "{},{},{},{},{},{},{}\n",
                    csv_field(&row.country),
                    csv_field(&row.name),
                    row.status,
                    row.since.as_deref().unwrap_or_default(),
                    row.uncertain,
                    row.disputed,
                    row.sources.join(";")
                );
            }
            out
        }
        MembersFormat::Table => {
            let (name, _) = dataset.data.organisation.names_at(date);
            aligned_table(name, date, &rows)
        }
    }
}

/// "on 15 May 1992", "in February 2024", "in 1995": a date as the object of a sentence.
pub fn on_date(date: Date) -> String {
    match date.precision() {
        Precision::Day => format!("on {date}"),
        Precision::Month | Precision::Year => format!("in {date}"),
    }
}

fn aligned_table(organisation: &str, date: Date, rows: &[MemberRow]) -> String {
    let since_text = |row: &MemberRow| {
        let since = row.since.as_deref().and_then(|iso| Date::parse(iso).ok());
        let mut text = since.map_or_else(String::new, |d| d.to_string());
        if row.uncertain {
            text += " (uncertain)";
        }
        if row.disputed {
            text += " (sources differ)";
        }
        text
    };
    let since: Vec<String> = rows.iter().map(since_text).collect();
    let since_width = since
        .iter()
        .map(|s| s.chars().count())
        .chain(["since".len()])
        .max()
        .unwrap_or_default();
    let width = |column: fn(&MemberRow) -> &str, heading: &str| {
        rows.iter()
            .map(|row| column(row).chars().count())
            .chain([heading.chars().count()])
            .max()
            .unwrap_or_default()
    };
    let code_width = width(|r| &r.country, "country");
    let name_width = width(|r| &r.name, "name");
    let status_width = width(|r| r.status, "status");
    let mut out = format!("{organisation}, {}\n", on_date(date));
    out += &format!(
        "{:<code_width$}  {:<name_width$}  {:<status_width$}  {:<since_width$}  sources\n",
        "country", "name", "status", "since"
    );
    for (row, since) in rows.iter().zip(&since) {
        out += &format!(
            "{:<code_width$}  {:<name_width$}  {:<status_width$}  {since:<since_width$}  {}\n",
            row.country,
            row.name,
            row.status,
            row.sources.join(", ")
        );
    }
    out
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
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
