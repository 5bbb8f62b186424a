//! The `csto-atlas` command: opens the window, or checks a dataset file. The one place that
//! reads the clock: today's date is passed on from here.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{Parser, Subcommand};
use csto_atlas::app::{AtlasApp, StartOptions, TITLE};
use csto_atlas::dataset::{
    DatasetError, Date, LoadedDataset, MembersFormat, Reliability, json_schema, members_report,
};
use csto_atlas::earth::world::world;
use csto_atlas::export::figure::{self as export, FigureFormat};
use csto_atlas::export::handout::{HandoutTarget, write_handout};
use csto_atlas::map::dataset_geometry::DatasetGeometry;
use csto_atlas::page::figure::{FigureOptions, FigureView};
use csto_atlas::platform::file_write::{Backup, backup_path, replace_file};

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
    /// Open the window presenting the dataset's story full-screen.
    Present {
        /// The dataset file (default: the embedded CSTO dataset).
        dataset: Option<PathBuf>,
        /// The slide to start on (1: the title slide).
        #[arg(long, default_value_t = 1)]
        slide: usize,
    },
    /// Draw a map figure (PNG, SVG or PDF by the extension of --out), or with --story the story
    /// handout, without opening a window.
    Export(ExportArgs),
    /// Rewrite a dataset file of an older format version as the current one, keeping a backup.
    Upgrade {
        /// The dataset file.
        file: PathBuf,
    },
}

/// What `export` draws and where.
#[derive(clap::Args)]
struct ExportArgs {
    /// The dataset file (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
    /// The date to show: YYYY, YYYY-MM or YYYY-MM-DD (default: the latest the dataset speaks
    /// for). Repeat it for one file per date, named by the date as given (map-1995.png, …).
    #[arg(long, value_parser = parse_date, conflicts_with = "from")]
    at: Vec<Date>,
    /// Compare this date with the one --at gives: two maps side by side, each under its date,
    /// with one legend (e.g. --compare 1998 --at 2000).
    #[arg(long, value_parser = parse_date, requires = "at", conflicts_with = "from")]
    compare: Option<Date>,
    /// Animate from this date (with --to and --step) into an animated GIF, or PNG frames in a
    /// folder when --out names a folder.
    #[arg(long, value_parser = parse_date, requires = "to")]
    from: Option<Date>,
    /// The animation's last date.
    #[arg(long, value_parser = parse_date, requires = "from")]
    to: Option<Date>,
    /// The step between frames: years (1y) or months (6m).
    #[arg(long, default_value = "1y")]
    step: export::Step,
    /// How long each frame shows, in milliseconds.
    #[arg(long, default_value_t = 700)]
    frame_ms: u32,
    /// Width and height in pixels, e.g. 3840x2160 (SVG and PDF take 96 pixels per inch).
    #[arg(long, value_parser = parse_size, default_value = "1920x1080")]
    size: [u32; 2],
    /// What to show: `fit` (the members) or LON,LAT,WIDTH_KM (a centre and the width of view).
    #[arg(long, value_parser = parse_view, default_value = "fit")]
    view: FigureView,
    /// The title (default: the organisation's name and the date).
    #[arg(long)]
    title: Option<String>,
    /// Leave out the legend.
    #[arg(long)]
    no_legend: bool,
    /// Leave out the scale bar.
    #[arg(long)]
    no_scale_bar: bool,
    /// Leave out the credit line.
    #[arg(long)]
    no_credit: bool,
    /// Leave out the border captions.
    #[arg(long)]
    no_captions: bool,
    /// Write the story handout instead of one map: a page per slide (its map, caption and quoted
    /// sources) and a sources page, as one PDF (--out FILE.pdf) or numbered PNGs (--out FOLDER).
    #[arg(
        long,
        conflicts_with_all = ["at", "from", "to", "title", "view", "no_legend", "no_scale_bar", "no_credit", "no_captions"]
    )]
    story: bool,
    /// The file to write: .png, .svg, .pdf or .gif (or a folder for animation frames).
    #[arg(long, value_parser = parse_out)]
    out: PathBuf,
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

/// A file name ending in .png, .svg, .pdf or .gif, or a folder (no extension) for frames.
fn parse_out(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match (FigureFormat::of_path(&path), path.extension()) {
        (Some(_), _) | (None, None) => Ok(path),
        (None, Some(_)) => Err(format!("{text:?} must end in .png, .svg, .pdf or .gif")),
    }
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
        Some(Action::Export(args)) => export(args),
        Some(Action::Present { dataset, slide }) => {
            match run_window(dataset, None, Some(slide.saturating_sub(1))) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("csto-atlas: {err:#}");
                    ExitCode::FAILURE
                }
            }
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
        None => match run_window(cli.dataset, cli.screenshot, None) {
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

fn run_window(
    dataset: Option<PathBuf>,
    screenshot: Option<PathBuf>,
    present: Option<usize>,
) -> anyhow::Result<()> {
    let outcome = screenshot.as_ref().map(|_| Arc::new(Mutex::new(None)));
    let options = StartOptions {
        dataset,
        screenshot,
        screenshot_outcome: outcome.clone(),
        present,
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

fn export(args: ExportArgs) -> ExitCode {
    let dataset = match load(args.dataset.as_ref()) {
        Ok(dataset) => dataset,
        Err(err) => {
            for line in err.lines() {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    if args.story {
        return story(&dataset, &args);
    }
    let options = FigureOptions {
        title: args.title.clone(),
        legend: !args.no_legend,
        scale_bar: !args.no_scale_bar,
        credit: !args.no_credit,
        captions: !args.no_captions,
        view: args.view,
        ..FigureOptions::new(args.size)
    };
    if let (Some(from), Some(to)) = (args.from, args.to) {
        return animate(
            &dataset,
            &args,
            export::series(from, to, args.step),
            &options,
        );
    }
    let Some(format) = FigureFormat::of_path(&args.out) else {
        eprintln!(
            "csto-atlas: {} is a folder: only an animation (--from, --to) writes frames into one",
            args.out.display()
        );
        return ExitCode::from(2);
    };
    if let Some(compare) = args.compare {
        return export_comparison(&dataset, &args, compare, format, &options);
    }
    let dates = if args.at.is_empty() {
        dataset.latest_date().into_iter().collect()
    } else {
        args.at.clone()
    };
    let dataset_geometry = DatasetGeometry::new(&dataset, &world().basemap, &world().geometry);
    for &date in &dates {
        let path = if dates.len() > 1 {
            export::dated_path(&args.out, date)
        } else {
            args.out.clone()
        };
        let figure = export::figure_with(world(), &dataset, &dataset_geometry, date, &options);
        let written = export::encode(&figure, format)
            .and_then(|bytes| export::write_atomically(&path, &bytes));
        if let Err(err) = written {
            eprintln!("csto-atlas: {err}");
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}

/// Writes the story handout: one PDF, or numbered PNGs in a folder.
fn story(dataset: &LoadedDataset, args: &ExportArgs) -> ExitCode {
    let Some(target) = HandoutTarget::of_path(&args.out) else {
        eprintln!(
            "csto-atlas: --story writes a .pdf file or a folder of PNGs, not {}",
            args.out.display()
        );
        return ExitCode::from(2);
    };
    match write_handout(world(), dataset, args.size, &target) {
        Ok(pages) => {
            println!("{} ({pages} pages)", target.path().display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("csto-atlas: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the map at `compare` beside the map at the one --at date.
fn export_comparison(
    dataset: &LoadedDataset,
    args: &ExportArgs,
    compare: Date,
    format: FigureFormat,
    options: &FigureOptions,
) -> ExitCode {
    let at = match args.at.as_slice() {
        [at] if *at != compare => *at,
        [_] => {
            eprintln!("csto-atlas: --compare and --at give the same date, {compare}");
            return ExitCode::from(2);
        }
        _ => {
            eprintln!("csto-atlas: --compare takes exactly one --at (the other date)");
            return ExitCode::from(2);
        }
    };
    let dataset_geometry = DatasetGeometry::new(dataset, &world().basemap, &world().geometry);
    let figure =
        export::compare_figure_with(world(), dataset, &dataset_geometry, [compare, at], options);
    match export::encode(&figure, format)
        .and_then(|bytes| export::write_atomically(&args.out, &bytes))
    {
        Ok(()) => {
            println!("{}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("csto-atlas: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes an animation of `dates`: an animated GIF, or numbered PNG frames into a folder.
fn animate(
    dataset: &LoadedDataset,
    args: &ExportArgs,
    dates: Vec<Date>,
    options: &FigureOptions,
) -> ExitCode {
    let written = match FigureFormat::of_path(&args.out) {
        Some(FigureFormat::Gif) => {
            export::animation_gif(world(), dataset, &dates, options, args.frame_ms)
                .and_then(|bytes| export::write_atomically(&args.out, &bytes))
        }
        Some(_) => {
            eprintln!(
                "csto-atlas: an animation (--from, --to) is written to a .gif file or a folder, not {}",
                args.out.display()
            );
            return ExitCode::from(2);
        }
        None => write_frames(dataset, &args.out, &dates, options),
    };
    match written {
        Ok(()) => {
            println!("{} ({} frames)", args.out.display(), dates.len());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("csto-atlas: {err}");
            ExitCode::FAILURE
        }
    }
}

/// One PNG per date in `folder`: `frame-001-1992.png`, …
fn write_frames(
    dataset: &LoadedDataset,
    folder: &std::path::Path,
    dates: &[Date],
    options: &FigureOptions,
) -> Result<(), export::ExportError> {
    let frames = export::animation_frames(world(), dataset, dates, options);
    let named = frames
        .zip(dates)
        .enumerate()
        .map(|(i, (figure, date))| (format!("frame-{:03}-{}", i + 1, date.to_iso()), figure));
    export::write_png_folder(folder, named).map(|_| ())
}

/// Rewrites `file` in the current format: the old file is kept beside it as `FILE.bak`, and the
/// new one is written to a temporary file and renamed into place.
fn upgrade(file: &std::path::Path) -> anyhow::Result<String> {
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
    replace_file(file, json.as_bytes(), Backup::Keep)?;
    let backup = backup_path(file);
    Ok(format!(
        "{} is now dataset format version {}; the old file is kept as {}",
        file.display(),
        csto_atlas::dataset::SCHEMA_VERSION,
        backup.display()
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
