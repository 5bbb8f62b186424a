//! The `csto-atlas` command: opens the window, or runs one of the subcommands in [`cli`]. The one
//! place that reads the clock: today's date is passed on from here.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;
use csto_atlas::dataset::Date;

fn main() -> ExitCode {
    cli::run(cli::Cli::parse(), today())
}

/// Today's date on this computer.
#[allow(clippy::disallowed_methods)] // the one place the app reads the clock
fn today() -> Date {
    Date::from_day(chrono::Local::now().date_naive())
}
