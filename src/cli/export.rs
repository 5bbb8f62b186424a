//! `csto-atlas export`: map figures without a window: one map (PNG, SVG or PDF), one per date,
//! two dates side by side, an animation (GIF or PNG frames), or the story handout.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use csto_atlas::dataset::{Date, LoadedDataset};
use csto_atlas::export::figure::{self as export, FigureFormat};
use csto_atlas::export::handout::{HandoutTarget, write_handout};
use csto_atlas::map::dataset_geometry::DatasetGeometry;
use csto_atlas::map::region::{ProjectionChoice, world_for};
use csto_atlas::page::figure::{FigureOptions, FigureView};
use csto_atlas::page::text::SLIDE_SIZE;

use super::{fail, refuse};

/// What `export` draws and where.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The dataset file (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
    /// The date to show: YYYY, YYYY-MM or YYYY-MM-DD (default: the latest the dataset speaks
    /// for). Repeat it for one file per date, named by the date as given (map-1995.png, …).
    #[arg(long, value_parser = super::parse_date, conflicts_with = "from")]
    at: Vec<Date>,
    /// Compare this date with the one --at gives: two maps side by side, each under its date,
    /// with one legend (e.g. --compare 1998 --at 2000).
    #[arg(long, value_parser = super::parse_date, requires = "at", conflicts_with = "from")]
    compare: Option<Date>,
    /// Animate from this date (with --to and --step) into an animated GIF, or PNG frames in a
    /// folder when --out names a folder.
    #[arg(long, value_parser = super::parse_date, requires = "to")]
    from: Option<Date>,
    /// The animation's last date.
    #[arg(long, value_parser = super::parse_date, requires = "from")]
    to: Option<Date>,
    /// The step between frames: years (1y) or months (6m).
    #[arg(long, default_value = "1y")]
    step: export::Step,
    /// How long each frame shows, in milliseconds.
    #[arg(long, default_value_t = 700)]
    frame_ms: u32,
    /// Width and height in pixels, e.g. 3840x2160 (SVG and PDF take 96 pixels per inch);
    /// a full-HD slide, 1920x1080, if not given.
    #[arg(long, value_parser = super::parse_size)]
    size: Option<[u32; 2]>,
    /// What to show: `fit` (the members) or LON,LAT,WIDTH_KM (a centre and the width of view).
    #[arg(long, value_parser = super::parse_view, default_value = "fit")]
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
    #[arg(long, value_parser = super::parse_out)]
    out: PathBuf,
}

/// Draws what the arguments ask for and prints the path of each file written; a dataset that
/// dates nothing yet is drawn as it is `today`.
pub fn run(args: &ExportArgs, today: Date) -> ExitCode {
    let dataset = match super::load(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(err) => return super::dataset_failed(&err),
    };
    if args.story {
        return story(&dataset, args);
    }
    let options = FigureOptions {
        title: args.title.clone(),
        legend: !args.no_legend,
        scale_bar: !args.no_scale_bar,
        credit: !args.no_credit,
        captions: !args.no_captions,
        view: args.view,
        ..FigureOptions::new(args.size.unwrap_or(SLIDE_SIZE))
    };
    if let (Some(from), Some(to)) = (args.from, args.to) {
        return animate(
            &dataset,
            args,
            export::series(from, to, args.step),
            &options,
        );
    }
    let Some(format) = FigureFormat::of_path(&args.out) else {
        return refuse(format_args!(
            "{} is a folder: only an animation (--from, --to) writes frames into one",
            args.out.display()
        ));
    };
    if let Some(compare) = args.compare {
        return comparison(&dataset, args, compare, format, &options);
    }
    let dates = if args.at.is_empty() {
        // A dataset that dates nothing yet (a new one) is shown as it is today.
        vec![dataset.latest_date().unwrap_or(today)]
    } else {
        args.at.clone()
    };
    let world = export::world_showing(&dataset, options.view);
    let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
    for &date in &dates {
        let path = if dates.len() > 1 {
            export::dated_path(&args.out, date)
        } else {
            args.out.clone()
        };
        let figure = export::figure_with(&world, &dataset, &dataset_geometry, date, &options);
        let written = export::encode(&figure, format)
            .and_then(|bytes| export::write_atomically(&path, &bytes));
        if let Err(err) = written {
            return fail(err);
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}

/// Writes the story handout: one PDF, or numbered PNGs in a folder.
fn story(dataset: &LoadedDataset, args: &ExportArgs) -> ExitCode {
    let Some(target) = HandoutTarget::of_path(&args.out) else {
        return refuse(format_args!(
            "--story writes a .pdf file or a folder of PNGs, not {}",
            args.out.display()
        ));
    };
    let choice = ProjectionChoice::Automatic;
    match write_handout(
        &world_for(&dataset.data, choice),
        dataset,
        args.size.unwrap_or(SLIDE_SIZE),
        choice,
        &target,
    ) {
        Ok(pages) => {
            println!("{} ({pages} pages)", target.path().display());
            ExitCode::SUCCESS
        }
        Err(err) => fail(err),
    }
}

/// Writes the map at `compare` beside the map at the one --at date.
fn comparison(
    dataset: &LoadedDataset,
    args: &ExportArgs,
    compare: Date,
    format: FigureFormat,
    options: &FigureOptions,
) -> ExitCode {
    let at = match args.at.as_slice() {
        [at] if *at != compare => *at,
        [_] => {
            return refuse(format_args!(
                "--compare and --at give the same date, {compare}"
            ));
        }
        _ => return refuse("--compare takes exactly one --at (the other date)"),
    };
    let world = export::world_showing(dataset, options.view);
    let dataset_geometry = DatasetGeometry::new(dataset, &world.basemap, &world.geometry);
    let figure =
        export::compare_figure_with(&world, dataset, &dataset_geometry, [compare, at], options);
    match export::encode(&figure, format)
        .and_then(|bytes| export::write_atomically(&args.out, &bytes))
    {
        Ok(()) => {
            println!("{}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(err) => fail(err),
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
        Some(FigureFormat::Gif) => export::animation_gif(
            &export::world_showing(dataset, options.view),
            dataset,
            &dates,
            options,
            args.frame_ms,
        )
        .and_then(|bytes| export::write_atomically(&args.out, &bytes)),
        Some(_) => {
            return refuse(format_args!(
                "an animation (--from, --to) is written to a .gif file or a folder, not {}",
                args.out.display()
            ));
        }
        None => write_frames(dataset, &args.out, &dates, options),
    };
    match written {
        Ok(()) => {
            println!("{} ({} frames)", args.out.display(), dates.len());
            ExitCode::SUCCESS
        }
        Err(err) => fail(err),
    }
}

/// One PNG per date in `folder`: `frame-001-1992.png`, …
fn write_frames(
    dataset: &LoadedDataset,
    folder: &Path,
    dates: &[Date],
    options: &FigureOptions,
) -> Result<(), export::ExportError> {
    let world = export::world_showing(dataset, options.view);
    let frames = export::animation_frames(&world, dataset, dates, options);
    let named = frames
        .zip(dates)
        .enumerate()
        .map(|(i, (figure, date))| (format!("frame-{:03}-{}", i + 1, date.to_iso()), figure));
    export::write_png_folder(folder, named).map(|_| ())
}
