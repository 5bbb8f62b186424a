//! The command line: its arguments (clap), one module per subcommand, and what they share: loading
//! a dataset, parsing dates, sizes, views and output paths, and printing the program's own errors.
//! What the commands print is the program's output, not logging: it goes to standard output and
//! standard error exactly as written here.

mod check;
mod export;
mod import;
mod members;
mod schema;
mod upgrade;
mod window;

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use csto_atlas::dataset::{DatasetError, Date, LoadedDataset};
use csto_atlas::earth::world::world;
use csto_atlas::export::figure::FigureFormat;
use csto_atlas::export::names_a_folder;
use csto_atlas::i18n::{Language, set_language};
use csto_atlas::page::figure::FigureView;

/// CSTO Atlas: an alliance's membership history on a map.
#[derive(Parser)]
#[command(
    name = "csto-atlas",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Action>,
    /// A membership dataset file to open (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
    /// Draw the window once, save it as a PNG here, and exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,
    /// The language of the window, figures and messages: en or ru (kk, ky, tg, be and hy get
    /// Russian). Default: the language chosen in the window, or else the system's.
    #[arg(long, global = true, value_name = "CODE", value_parser = Language::parse)]
    lang: Option<Language>,
}

#[derive(Subcommand)]
enum Action {
    /// Validate a dataset file and print a summary, or every problem as FILE:LINE:COLUMN: message.
    Check(check::CheckArgs),
    /// Print every country's status at a date, with the excerpt ids it rests on; or write it,
    /// or the whole history, as a CSV or XLSX table.
    Members(members::MembersArgs),
    /// Make a dataset file of a spreadsheet or CSV table of status periods and their sources.
    Import(import::ImportArgs),
    /// Print the dataset format's JSON Schema (as committed in data/schema.json).
    Schema,
    /// Open the window presenting the dataset's story full-screen.
    Present(window::PresentArgs),
    /// Draw a map figure (PNG, SVG or PDF by the extension of --out), or with --story the story
    /// handout, without opening a window.
    Export(export::ExportArgs),
    /// Rewrite a dataset file of an older format version as the current one, keeping a backup.
    Upgrade(upgrade::UpgradeArgs),
}

/// Runs what the command line asks for; `today` is the date the window opens on, `system` the
/// language of the system's locale.
pub fn run(cli: Cli, today: Date, system: Language) -> ExitCode {
    set_language(cli.lang.unwrap_or(system));
    let languages = Languages {
        chosen: cli.lang,
        system,
    };
    match cli.command {
        Some(Action::Check(args)) => check::run(&args),
        Some(Action::Members(args)) => members::run(&args),
        Some(Action::Import(args)) => import::run(&args),
        Some(Action::Schema) => schema::run(),
        Some(Action::Present(args)) => window::present(args, today, languages),
        Some(Action::Export(args)) => export::run(&args, today),
        Some(Action::Upgrade(args)) => upgrade::run(&args),
        None => window::open(cli.dataset, cli.screenshot, today, languages),
    }
}

/// The language asked for on the command line, and the system's.
#[derive(Debug, Clone, Copy)]
pub struct Languages {
    /// `--lang`, if given.
    pub chosen: Option<Language>,
    /// The system locale's.
    pub system: Language,
}

/// The dataset at `file`, or the embedded one.
fn load(file: Option<&Path>) -> Result<LoadedDataset, DatasetError> {
    let world = world();
    let is_known = |iso: &str| world.knows_iso(iso);
    match file {
        Some(path) => LoadedDataset::from_path(path, &is_known),
        None => LoadedDataset::embedded(&is_known),
    }
}

/// Prints `message` as the program's error (`csto-atlas: …`): the command failed.
fn fail(message: impl Display) -> ExitCode {
    eprintln!("csto-atlas: {message}");
    ExitCode::FAILURE
}

/// Prints `message` as the program's error: the arguments ask for something it does not do
/// (exit code 2, as clap gives for arguments it rejects).
fn refuse(message: impl Display) -> ExitCode {
    eprintln!("csto-atlas: {message}");
    ExitCode::from(2)
}

/// Prints why the dataset could not be loaded, one problem a line (FILE:LINE:COLUMN: message).
fn dataset_failed(err: &DatasetError) -> ExitCode {
    for line in err.lines() {
        eprintln!("{line}");
    }
    ExitCode::FAILURE
}

/// "3840x2160" as a width and height, each from 16 to 16384 pixels.
fn parse_size(text: &str) -> Result<[u32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("{text:?} is not a size: write WIDTHxHEIGHT, e.g. 3840x2160"))?;
    let side = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (16..=16_384).contains(n))
            .ok_or_else(|| format!("{v:?} is not a side from 16 to 16384 pixels"))
    };
    Ok([side(w)?, side(h)?])
}

/// `fit`, or LON,LAT,WIDTH_KM.
fn parse_view(text: &str) -> Result<FigureView, String> {
    if text.eq_ignore_ascii_case("fit") {
        return Ok(FigureView::FitMembers);
    }
    let parts: Vec<f64> = text
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("{text:?} is not a view: write fit, or LON,LAT,WIDTH_KM"))?;
    match parts.as_slice() {
        [lon, lat, width_km]
            if (-180.0..=180.0).contains(lon)
                && (-90.0..=90.0).contains(lat)
                && *width_km > 0.0
                && width_km.is_finite() =>
        {
            Ok(FigureView::Centre {
                lon: *lon,
                lat: *lat,
                width_km: *width_km,
            })
        }
        _ => Err(format!(
            "{text:?} is not a view: longitude -180..180, latitude -90..90, a positive width in km"
        )),
    }
}

/// A file name ending in .png, .svg, .pdf or .gif, or a folder for frames or pages (one without an
/// extension, or one that [`names_a_folder`]).
fn parse_out(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match (FigureFormat::of_path(&path), path.extension()) {
        (Some(_), _) | (None, None) => Ok(path),
        (None, Some(_)) if names_a_folder(&path) => Ok(path),
        (None, Some(_)) => Err(format!("{text:?} must end in .png, .svg, .pdf or .gif")),
    }
}

/// YYYY, YYYY-MM or YYYY-MM-DD.
fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|err| err.to_string())
}
