//! `csto-atlas schema`: the dataset format's JSON Schema, as committed in `data/schema.json`.

use std::process::ExitCode;

use csto_atlas::dataset::json_schema;

/// Prints the schema.
pub fn run() -> ExitCode {
    println!("{:#}", json_schema());
    ExitCode::SUCCESS
}
