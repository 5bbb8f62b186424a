//! `csto-atlas check`: validates a dataset file and prints a summary of it, or every problem
//! located as FILE:LINE:COLUMN: message (or both as JSON, for scripts).

use std::path::PathBuf;
use std::process::ExitCode;

use csto_atlas::dataset::{DatasetError, Date, LoadedDataset, Reliability};
use csto_atlas::earth::world::world;

/// What `check` reads and how it answers.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// The dataset file (default: the embedded CSTO dataset).
    file: Option<PathBuf>,
    /// Print the result as JSON.
    #[arg(long)]
    json: bool,
}

/// Checks the dataset and prints the summary or the problems.
pub fn run(args: &CheckArgs) -> ExitCode {
    match super::load(args.file.as_deref()) {
        Ok(dataset) => {
            let summary = Summary::of(&dataset);
            if args.json {
                println!("{}", summary.json());
            } else {
                // A warning does not fail the check: the file is valid, but teaches too much.
                for warning in &summary.warnings {
                    eprintln!("{warning}");
                }
                print!("{}", summary.text());
            }
            ExitCode::SUCCESS
        }
        Err(err) if args.json => {
            println!("{}", problems_json(&err));
            ExitCode::FAILURE
        }
        Err(err) => super::dataset_failed(&err),
    }
}

/// One shared border: its length on the base map beside the published one.
struct BorderSummary {
    id: String,
    name: String,
    computed_km: Option<f64>,
    published_km: f64,
}

/// What `check` says about a valid dataset.
struct Summary {
    origin: String,
    organisation: String,
    countries: usize,
    periods: usize,
    borders: Vec<BorderSummary>,
    exercises: usize,
    events: usize,
    articles: usize,
    excerpts: usize,
    disagreements: usize,
    as_of: Option<Date>,
    /// Articles by reliability: news, analysis, fragment, unsourced.
    reliability: [usize; 4],
    /// Claims resting only on weak sources (fragments, or no source).
    weak_claims: Vec<String>,
    /// How the file was read (e.g. upgraded from an older format).
    notes: Vec<String>,
    /// What the file would teach beyond its sources, as `FILE:LINE:COLUMN: message` lines.
    warnings: Vec<String>,
}

impl Summary {
    /// The summary of `dataset`.
    fn of(dataset: &LoadedDataset) -> Self {
        let data = &dataset.data;
        let basemap = &world().basemap;
        Self {
            origin: dataset.origin.clone(),
            organisation: data.organisation.name.clone(),
            countries: data.countries.len(),
            periods: data.countries.iter().map(|c| c.periods.len()).sum(),
            borders: data
                .borders
                .iter()
                .map(|b| BorderSummary {
                    id: b.id.clone(),
                    name: b.name.clone(),
                    computed_km: basemap
                        .border_between(&b.countries[0], &b.countries[1])
                        .map(|s| s.length_km),
                    published_km: b.published_length_km,
                })
                .collect(),
            exercises: data.exercises.len(),
            events: data.events.len(),
            articles: data.articles.len(),
            excerpts: data.excerpts.len(),
            disagreements: data.disagreements.len(),
            as_of: data.as_of,
            reliability: [
                Reliability::News,
                Reliability::Analysis,
                Reliability::Fragment,
                Reliability::Unsourced,
            ]
            .map(|r| data.articles.iter().filter(|a| a.reliability == r).count()),
            weak_claims: dataset.weakly_sourced_claims(),
            notes: dataset.notes.clone(),
            warnings: dataset
                .warnings
                .iter()
                .map(|w| w.line(&dataset.origin))
                .collect(),
        }
    }

    /// The summary for reading, ending with a newline.
    fn text(&self) -> String {
        let mut out = format!(
            "{}: valid dataset of the {}\n  countries: {} ({} status periods)\n",
            self.origin, self.organisation, self.countries, self.periods
        );
        out += &format!("  borders: {}\n", self.borders.len());
        for border in &self.borders {
            let computed = border
                .computed_km
                .map_or("not on the base map".to_owned(), |km| {
                    format!("{km:.1} km on the 1:10m map")
                });
            out += &format!(
                "    {} ({}): {computed}, {:.1} km published\n",
                border.name, border.id, border.published_km
            );
        }
        let [news, analysis, fragments, unsourced] = self.reliability;
        out += &format!(
            "  exercises: {}\n  events: {}\n  articles: {} (news {news}, analysis {analysis}, \
             fragment {fragments}, unsourced {unsourced})\n  excerpts: {}\n  disagreements kept side by side: {}\n",
            self.exercises, self.events, self.articles, self.excerpts, self.disagreements
        );
        out += &match self.as_of {
            Some(date) => format!("  sources reach: {date}\n"),
            None => "  sources reach: not given (as_of)\n".to_owned(),
        };
        out += &format!(
            "  claims resting only on weak sources (fragments or none): {}\n",
            self.weak_claims.len()
        );
        for claim in &self.weak_claims {
            out += &format!("    {claim}\n");
        }
        for note in &self.notes {
            out += &format!("  note: {note}\n");
        }
        out += &format!("  warnings: {}\n", self.warnings.len());
        out
    }

    /// The summary for scripts.
    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.origin,
            "valid": true,
            "organisation": self.organisation,
            "countries": self.countries,
            "periods": self.periods,
            "borders": self.borders.iter().map(|b| serde_json::json!({
                "id": b.id,
                "name": b.name,
                "computed_length_km": b.computed_km.map(|km| (km * 10.0).round() / 10.0),
                "published_length_km": b.published_km,
            })).collect::<Vec<_>>(),
            "exercises": self.exercises,
            "events": self.events,
            "articles": self.articles,
            "excerpts": self.excerpts,
            "disagreements": self.disagreements,
            "as_of": self.as_of.map(|d| d.to_iso()),
            "reliability": {
                "news": self.reliability[0],
                "analysis": self.reliability[1],
                "fragment": self.reliability[2],
                "unsourced": self.reliability[3],
            },
            "weakly_sourced_claims": self.weak_claims,
            "notes": self.notes,
            "warnings": self.warnings,
        })
    }
}

/// The problems of a dataset that could not be loaded, for scripts.
fn problems_json(err: &DatasetError) -> serde_json::Value {
    match err {
        DatasetError::Unreadable { path, .. } => serde_json::json!({
            "file": path,
            "valid": false,
            "problems": [{"line": null, "column": null, "message": err.to_string()}],
        }),
        DatasetError::Invalid { path, problems } => serde_json::json!({
            "file": path,
            "valid": false,
            "problems": problems.iter().map(|p| serde_json::json!({
                "line": p.location.map(|l| l.line),
                "column": p.location.map(|l| l.column),
                "message": p.message,
            })).collect::<Vec<_>>(),
        }),
    }
}
