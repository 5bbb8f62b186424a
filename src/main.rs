//! The `csto-atlas` command: opens the window, or checks a dataset file. The one place that
//! reads the clock: today's date is passed on from here.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{Parser, Subcommand};
use csto_atlas::app::{AtlasApp, StartOptions, TITLE};
use csto_atlas::carto::world::world;
use csto_atlas::dataset::{
    DatasetError, Date, LoadedDataset, MembersFormat, Reliability, json_schema, members_report,
};

/// CSTO Atlas: an alliance's membership history on a map.
#[derive(Parser)]
#[command(
    name = "csto-atlas",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Action>,
    /// A membership dataset file to open (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
    /// Draw the window once, save it as a PNG here, and exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Action {
    /// Validate a dataset file and print a summary, or every problem as FILE:LINE:COLUMN: message.
    Check {
        /// The dataset file (default: the embedded CSTO dataset).
        file: Option<PathBuf>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print every country's status at a date, with the excerpt ids it rests on.
    Members {
        /// The date: YYYY, YYYY-MM or YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        at: Date,
        /// Output format.
        #[arg(long, value_enum, default_value_t = MembersFormat::Table)]
        format: MembersFormat,
        /// The dataset file (default: the embedded CSTO dataset).
        dataset: Option<PathBuf>,
    },
    /// Print the dataset format's JSON Schema (as committed in data/schema.json).
    Schema,
    /// Rewrite a dataset file of an older format version as the current one, keeping a backup.
    Upgrade {
        /// The dataset file.
        file: PathBuf,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|err| err.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Action::Check { file, json }) => check(file, json),
        Some(Action::Members {
            at,
            format,
            dataset,
        }) => members(dataset, at, format),
        Some(Action::Schema) => {
            println!("{:#}", json_schema());
            ExitCode::SUCCESS
        }
        Some(Action::Upgrade { file }) => match upgrade(&file) {
            Ok(message) => {
                println!("{message}");
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("csto-atlas: {err:#}");
                ExitCode::FAILURE
            }
        },
        None => match run_window(cli.dataset, cli.screenshot) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("csto-atlas: {err:#}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Today's date on this computer.
#[allow(clippy::disallowed_methods)] // the one place the app reads the clock
fn today() -> Date {
    Date::from_day(chrono::Local::now().date_naive())
}

fn run_window(dataset: Option<PathBuf>, screenshot: Option<PathBuf>) -> anyhow::Result<()> {
    let outcome = screenshot.as_ref().map(|_| Arc::new(Mutex::new(None)));
    let options = StartOptions {
        dataset,
        screenshot,
        screenshot_outcome: outcome.clone(),
        ..StartOptions::new(today())
    };
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_app_id("csto-atlas")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        native,
        Box::new(move |cc| Ok(Box::new(AtlasApp::new(&cc.egui_ctx, cc.storage, options)))),
    )
    .map_err(|err| anyhow::anyhow!("cannot open the window: {err}"))?;
    match outcome {
        None => Ok(()),
        Some(outcome) => match outcome.lock().ok().and_then(|mut slot| slot.take()) {
            Some(Ok(())) => Ok(()),
            Some(Err(message)) => anyhow::bail!("screenshot failed: {message}"),
            None => anyhow::bail!("the window closed before the screenshot was taken"),
        },
    }
}

/// The dataset at `file`, or the embedded one.
fn load(file: Option<&PathBuf>) -> Result<LoadedDataset, DatasetError> {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    match file {
        Some(path) => LoadedDataset::from_path(path, &is_known),
        None => LoadedDataset::embedded(&is_known),
    }
}

/// Rewrites `file` in the current format: the old file is kept beside it as `FILE.bak`, and the
/// new one is written to a temporary file and renamed into place.
fn upgrade(file: &std::path::Path) -> anyhow::Result<String> {
    use anyhow::Context as _;
    let dataset =
        load(Some(&file.to_path_buf())).map_err(|err| anyhow::anyhow!(err.lines().join("\n")))?;
    if dataset.notes.is_empty() {
        return Ok(format!(
            "{} is already dataset format version {}",
            file.display(),
            csto_atlas::dataset::SCHEMA_VERSION
        ));
    }
    let json = serde_json::to_string_pretty(&dataset.data)? + "\n";
    let mut backup = file.as_os_str().to_owned();
    backup.push(".bak");
    let mut temporary = file.as_os_str().to_owned();
    temporary.push(".partial");
    std::fs::copy(file, &backup)
        .with_context(|| format!("cannot keep a backup of {}", file.display()))?;
    std::fs::write(&temporary, json).context("cannot write the upgraded file")?;
    std::fs::rename(&temporary, file).context("cannot move the upgraded file into place")?;
    Ok(format!(
        "{} is now dataset format version {}; the old file is kept as {}",
        file.display(),
        csto_atlas::dataset::SCHEMA_VERSION,
        PathBuf::from(backup).display()
    ))
}

fn members(file: Option<PathBuf>, at: Date, format: MembersFormat) -> ExitCode {
    match load(file.as_ref()) {
        Ok(dataset) => {
            if let Some(first) = dataset.first_date()
                && at.last_day() < first.first_day()
            {
                eprintln!(
                    "csto-atlas: warning: {at} is before the dataset's first date ({first}); \
                     no country has a status yet"
                );
            }
            print!("{}", members_report(&dataset, at, format));
            ExitCode::SUCCESS
        }
        Err(err) => {
            for line in err.lines() {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn check(file: Option<PathBuf>, json: bool) -> ExitCode {
    match load(file.as_ref()) {
        Ok(dataset) => {
            let summary = Summary::of(&dataset);
            if json {
                println!("{}", summary.json());
            } else {
                print!("{}", summary.text());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            if json {
                println!("{}", problems_json(&err));
            } else {
                for line in err.lines() {
                    eprintln!("{line}");
                }
            }
            ExitCode::FAILURE
        }
    }
}

struct BorderSummary {
    id: String,
    name: String,
    computed_km: Option<f64>,
    published_km: f64,
}

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
    /// Articles by reliability: news, analysis, fragment.
    reliability: [usize; 3],
    /// Claims resting only on fragments.
    weak_claims: Vec<String>,
    /// How the file was read (e.g. upgraded from an older format).
    notes: Vec<String>,
}

impl Summary {
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
            ]
            .map(|r| data.articles.iter().filter(|a| a.reliability == r).count()),
            weak_claims: dataset.weakly_sourced_claims(),
            notes: dataset.notes.clone(),
        }
    }

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
        let [news, analysis, fragments] = self.reliability;
        out += &format!(
            "  exercises: {}\n  events: {}\n  articles: {} (news {news}, analysis {analysis}, \
             fragment {fragments})\n  excerpts: {}\n  disagreements kept side by side: {}\n",
            self.exercises, self.events, self.articles, self.excerpts, self.disagreements
        );
        out += &match self.as_of {
            Some(date) => format!("  sources reach: {date}\n"),
            None => "  sources reach: not given (as_of)\n".to_owned(),
        };
        out += &format!(
            "  claims resting only on fragments: {}\n",
            self.weak_claims.len()
        );
        for claim in &self.weak_claims {
            out += &format!("    {claim}\n");
        }
        for note in &self.notes {
            out += &format!("  note: {note}\n");
        }
        out
    }

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
            },
            "weakly_sourced_claims": self.weak_claims,
            "notes": self.notes,
        })
    }
}

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
