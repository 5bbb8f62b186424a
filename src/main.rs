//! The `csto-atlas` command: opens the window, or runs one of the subcommands in [`cli`]. The one
//! place that reads the clock (today's date is passed on from here) and the locale, and that sets
//! up logging.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;
use csto_atlas::dataset::Date;
use csto_atlas::i18n::Language;

fn main() -> ExitCode {
    init_logging();
    cli::run(cli::Cli::parse(), today(), system_language())
}

/// The language of this computer's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
fn system_language() -> Language {
    Language::of_system(|name| std::env::var(name).ok())
}

/// Today's date on this computer.
#[allow(clippy::disallowed_methods)] // the one place the app reads the clock
fn today() -> Date {
    Date::from_day(chrono::Local::now().date_naive())
}

/// Sends the app's log (what went wrong where no one is waiting for an answer) to standard error:
/// warnings and errors from this program, errors only from the libraries (eframe, wgpu, winit),
/// or whatever `RUST_LOG` asks for instead (e.g. `RUST_LOG=csto_atlas=debug,wgpu=warn`).
fn init_logging() {
    let env = env_logger::Env::default().default_filter_or("error,csto_atlas=warn");
    env_logger::Builder::from_env(env).init();
}
