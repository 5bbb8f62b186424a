//! The `csto-atlas` command: opens the window, or checks a dataset file. The one place that
//! reads the clock: today's date is passed on from here.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{Parser, Subcommand};
use csto_atlas::app::{AtlasApp, StartOptions, TITLE};
use csto_atlas::carto::world::world;
use csto_atlas::dataset::{
    DatasetError, Date, LoadedDataset, MembersFormat, json_schema, members_report,
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

fn members(file: Option<PathBuf>, at: Date, format: MembersFormat) -> ExitCode {
    match load(file.as_ref()) {
        Ok(dataset) => {
            print!("{}", members_report(&dataset.data, at, format));
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
        out += &format!(
            "  exercises: {}\n  events: {}\n  articles: {}\n  excerpts: {}\n",
            self.exercises, self.events, self.articles, self.excerpts
        );
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
