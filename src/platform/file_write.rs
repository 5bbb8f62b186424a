//! Replacing a file so that a crash, a full disk or a failed step never leaves it half-written:
//! the bytes go to a temporary file beside it, are flushed to the disk, and only then renamed over
//! the original. Figures, screenshots, upgraded datasets and saved stories all go through here.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A step of replacing a file that failed, with the file it concerned.
#[derive(Debug, thiserror::Error)]
#[error("cannot {step} {}: {source}", path.display())]
pub struct WriteError {
    /// What was being done, e.g. "keep a backup of".
    pub step: &'static str,
    /// The file it was done to.
    pub path: PathBuf,
    /// Why it failed.
    #[source]
    pub source: std::io::Error,
}

/// Whether the file being replaced is kept as `NAME.bak`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// Keep the previous content as `NAME.bak` (replacing an older backup).
    Keep,
    /// Nothing to keep (a figure written again).
    None,
}

/// `path` with `.bak` added to its name: where [`Backup::Keep`] keeps the previous file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Replaces `path` with `bytes` atomically: a temporary file in the same folder, written and
/// flushed to the disk, then (after keeping a backup, if asked) renamed over `path`. On any
/// failure the temporary file is removed and `path` is left exactly as it was. (What the app
/// calls is [`super::save`], which in a browser downloads instead.)
pub fn replace_file(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), WriteError> {
    replace_file_with_check(path, bytes, backup, |_| Ok(()))
}

/// [`replace_file`], calling `before_rename` with the written temporary file just before it is
/// renamed into place: a failure there fails the whole write (tests use it to fail half-way).
pub fn replace_file_with_check(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    before_rename: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temporary = path.with_file_name(format!(".{name}.partial"));
    fn failed(step: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> WriteError {
        let path = path.to_path_buf();
        move |source| WriteError { step, path, source }
    }
    write_synced(&temporary, bytes).map_err(failed("write", &temporary))?;
    let finished = (|| {
        if backup == Backup::Keep && path.exists() {
            let backup = backup_path(path);
            std::fs::copy(path, &backup)
                .map(drop)
                .map_err(failed("keep a backup as", &backup))?;
        }
        before_rename(&temporary).map_err(failed("finish writing", path))?;
        std::fs::rename(&temporary, path).map_err(failed("move into place", path))?;
        sync_folder(path);
        Ok(())
    })();
    if finished.is_err() {
        std::fs::remove_file(&temporary).ok();
    }
    finished
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes the folder's entry for the renamed file where the platform allows (Unix); a failure
/// here loses nothing already written, so it is not reported.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        File::open(folder).and_then(|f| f.sync_all()).ok();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!(
            "csto-atlas-file-write-{name}-{}",
            std::process::id()
        ));
        std::fs::remove_dir_all(&folder).ok();
        std::fs::create_dir_all(&folder).unwrap();
        folder
    }

    #[test]
    fn replaces_and_keeps_the_previous_file_as_a_backup() {
        let folder = folder("backup");
        let path = folder.join("story.json");
        std::fs::write(&path, "old").unwrap();
        replace_file(&path, b"new", Backup::Keep).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(&folder).unwrap().count(),
            2,
            "no temporary left"
        );
    }

    #[test]
    fn a_failure_after_the_temporary_file_leaves_the_original_and_no_litter() {
        let folder = folder("fail");
        let path = folder.join("story.json");
        std::fs::write(&path, "old").unwrap();
        let err = replace_file_with_check(&path, b"new", Backup::None, |temporary| {
            assert_eq!(std::fs::read(temporary).unwrap(), b"new");
            Err(std::io::Error::other("the disk is full"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("the disk is full"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
    }
}
