//! Notices when the open dataset file changes on disk (saved from a text editor), by comparing its
//! modification time and size every half second: cheap, and robust to editors that save by
//! writing a new file and renaming it over the old one.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use web_time::Instant;

/// How often the file is looked at.
pub const POLL_INTERVAL: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some(Stamp {
        modified: metadata.modified().ok(),
        len: metadata.len(),
    })
}

/// Watches one file.
#[derive(Debug, Clone)]
pub struct FileWatch {
    path: PathBuf,
    last_seen: Option<Stamp>,
    last_check: Instant,
}

impl FileWatch {
    /// Starts watching `path` as it is now.
    pub fn new(path: PathBuf) -> Self {
        Self {
            last_seen: stamp(&path),
            path,
            last_check: Instant::now(),
        }
    }

    /// The file watched.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file as it is now is not a change: the app wrote it itself.
    pub fn acknowledge(&mut self) {
        self.last_seen = stamp(&self.path);
    }

    /// Whether the file changed since the last call that said so; looks at most every
    /// [`POLL_INTERVAL`]. A file that disappears (mid-save) is not a change until it is back.
    pub fn changed(&mut self, now: Instant) -> bool {
        if now.duration_since(self.last_check) < POLL_INTERVAL {
            return false;
        }
        self.last_check = now;
        match stamp(&self.path) {
            Some(current) if Some(current) != self.last_seen => {
                self.last_seen = Some(current);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_a_change_once() {
        let path =
            std::env::temp_dir().join(format!("csto-atlas-watch-{}.json", std::process::id()));
        std::fs::write(&path, "{}").unwrap();
        let mut watch = FileWatch::new(path.clone());
        let start = Instant::now();
        let at = |intervals: u32| start + POLL_INTERVAL * intervals;
        assert!(!watch.changed(at(2)));
        std::fs::write(&path, "{\"changed\": true}").unwrap();
        assert!(!watch.changed(at(2)), "not before the interval");
        assert!(watch.changed(at(4)));
        assert!(!watch.changed(at(6)), "reported once");
        std::fs::remove_file(&path).unwrap();
        assert!(!watch.changed(at(8)), "a missing file is not a change");
    }
}
