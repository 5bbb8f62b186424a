//! `csto-atlas upgrade`: rewrites a dataset file of an older format version as the current one,
//! keeping the old file beside it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use csto_atlas::dataset::SCHEMA_VERSION;
use csto_atlas::platform::file_write::{Backup, backup_path, replace_file};

/// Which file `upgrade` rewrites.
#[derive(clap::Args)]
pub struct UpgradeArgs {
    /// The dataset file.
    file: PathBuf,
}

/// Upgrades the file and says what it did.
pub fn run(args: &UpgradeArgs) -> ExitCode {
    match upgrade(&args.file) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(err) => super::fail(format!("{err:#}")),
    }
}

/// Rewrites `file` in the current format: the old file is kept beside it as `FILE.bak`, and the
/// new one is written to a temporary file and renamed into place.
fn upgrade(file: &Path) -> anyhow::Result<String> {
    let dataset = super::load(Some(file)).map_err(|err| anyhow::anyhow!(err.lines().join("\n")))?;
    if dataset.notes.is_empty() {
        return Ok(format!(
            "{} is already dataset format version {SCHEMA_VERSION}",
            file.display()
        ));
    }
    let json = serde_json::to_string_pretty(&dataset.data)? + "\n";
    replace_file(file, json.as_bytes(), Backup::Keep)?;
    let backup = backup_path(file);
    Ok(format!(
        "{} is now dataset format version {SCHEMA_VERSION}; the old file is kept as {}",
        file.display(),
        backup.display()
    ))
}
