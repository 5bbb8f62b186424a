//! Opening the window: exploring a dataset, `csto-atlas present` (its story full-screen), and
//! `--screenshot` (draw the window once, save it, exit).

use std::path::PathBuf;
use std::process::ExitCode;

use csto_atlas::app::{AtlasApp, ScreenshotSaved, StartOptions, TITLE};
use csto_atlas::dataset::Date;

use super::Languages;

/// What `present` shows and where it starts.
#[derive(clap::Args)]
pub struct PresentArgs {
    /// The dataset file (default: the embedded CSTO dataset).
    dataset: Option<PathBuf>,
    /// The slide to start on (1: the title slide).
    #[arg(long, default_value_t = 1)]
    slide: usize,
}

/// Opens the window presenting the story, from the slide asked for.
pub fn present(args: PresentArgs, today: Date, languages: Languages) -> ExitCode {
    let slide = args.slide.saturating_sub(1);
    finish(run_window(
        args.dataset,
        None,
        Some(slide),
        today,
        languages,
    ))
}

/// Opens the window on `dataset`, or draws it once into `screenshot` and exits.
pub fn open(
    dataset: Option<PathBuf>,
    screenshot: Option<PathBuf>,
    today: Date,
    languages: Languages,
) -> ExitCode {
    finish(run_window(dataset, screenshot, None, today, languages))
}

/// The exit code of a window that has closed, saying why it failed if it did.
fn finish(outcome: anyhow::Result<()>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => super::fail(format!("{err:#}")),
    }
}

/// Runs the window until it closes; with `screenshot`, until the screenshot is saved, and then
/// exits the process at once (the window has nothing left to show or remember), with success or
/// saying why it could not be saved.
fn run_window(
    dataset: Option<PathBuf>,
    screenshot: Option<PathBuf>,
    present: Option<usize>,
    today: Date,
    languages: Languages,
) -> anyhow::Result<()> {
    let scripted = screenshot.is_some();
    let options = StartOptions {
        dataset,
        screenshot,
        screenshot_saved: scripted.then(|| ScreenshotSaved::new(exit_with)),
        present,
        language: languages.chosen,
        system_language: languages.system,
        ..StartOptions::new(today)
    };
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_app_id("csto-atlas")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([960.0, 600.0]),
        // A screenshot run leaves what the user's own runs remembered as it was.
        persist_window: !scripted,
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        native,
        Box::new(move |cc| Ok(Box::new(AtlasApp::new(&cc.egui_ctx, cc.storage, options)))),
    )
    .map_err(|err| anyhow::anyhow!("cannot open the window: {err}"))?;
    if scripted {
        anyhow::bail!("the window closed before the screenshot was taken");
    }
    Ok(())
}

/// Ends a screenshot run as soon as its picture is saved, or could not be.
fn exit_with(outcome: Result<(), String>) {
    let code = match outcome {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("csto-atlas: screenshot failed: {message}");
            1
        }
    };
    std::process::exit(code);
}
