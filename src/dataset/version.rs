//! The dataset format version: read before anything else, so that a file written for another
//! version gets a message about versions rather than a list of confusing field errors, and a file
//! of an older version is upgraded in memory with a note saying what changed.

use serde::Deserialize;

/// The dataset format version this app reads and writes.
pub const SCHEMA_VERSION: u32 = 3;

/// The oldest format version this app still opens (upgraded in memory).
pub const OLDEST_READABLE: u32 = 1;

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

/// What the file's format version means for reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionCheck {
    /// This app's version (or no readable version field: the full parse reports that).
    Current,
    /// An older version this app upgrades in memory.
    Older(u32),
    /// A version this app cannot read, and why.
    Unreadable(String),
}

/// What the file's `schema_version` means for reading it.
pub fn check_version(text: &str) -> VersionCheck {
    let Some(version) = serde_json::from_str::<VersionProbe>(text)
        .ok()
        .and_then(|probe| probe.schema_version)
    else {
        return VersionCheck::Current;
    };
    let Some(number) = version.as_u64() else {
        return VersionCheck::Unreadable(format!(
            "schema_version must be a whole number, e.g. {SCHEMA_VERSION}, not {version}"
        ));
    };
    match number {
        n if n == u64::from(SCHEMA_VERSION) => VersionCheck::Current,
        n if n > u64::from(SCHEMA_VERSION) => VersionCheck::Unreadable(format!(
            "schema_version {n} is newer than this CSTO Atlas reads (version {SCHEMA_VERSION}): \
             update CSTO Atlas to open this file"
        )),
        n if n >= u64::from(OLDEST_READABLE) => VersionCheck::Older(n as u32),
        n => VersionCheck::Unreadable(format!(
            "schema_version {n} is older than any format CSTO Atlas reads: make it version \
             {SCHEMA_VERSION} as described in docs/dataset.md (“Versions”)"
        )),
    }
}

/// What reading a file of version `from` as the current version changed, for the user.
pub fn upgrade_notes(from: u32) -> Vec<String> {
    let mut notes = vec![format!(
        "This file uses dataset format version {from}; it was read as version {SCHEMA_VERSION}, \
         and `csto-atlas upgrade FILE` rewrites it as version {SCHEMA_VERSION} (keeping a backup)."
    )];
    if from < 3 {
        notes.push(
            "Version 3 adds `story`: slides for presentation mode; this file has none yet."
                .to_owned(),
        );
    }
    if from < 2 {
        notes.push(
            "Version 2 adds `as_of` (the date the sources reach), article `reliability` (articles \
             without one count as news), optional article dates, `known_until` on status periods, \
             the organisation's `former_names` and `disagreements`; this file has none of them yet."
                .to_owned(),
        );
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_version_passes() {
        assert_eq!(
            check_version(r#"{"schema_version": 3, "x": [1, 2]}"#),
            VersionCheck::Current
        );
    }

    #[test]
    fn version_1_is_upgraded_with_a_note() {
        assert_eq!(
            check_version(r#"{"schema_version": 1}"#),
            VersionCheck::Older(1)
        );
        let notes = upgrade_notes(1);
        assert!(notes[0].contains("read as version 3"), "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("reliability")), "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("story")), "{notes:?}");
        assert_eq!(
            check_version(r#"{"schema_version": 2}"#),
            VersionCheck::Older(2)
        );
    }

    #[test]
    fn unreadable_versions_say_what_to_do() {
        let problem = |text| match check_version(text) {
            VersionCheck::Unreadable(message) => message,
            other => panic!("{other:?}"),
        };
        assert!(problem(r#"{"schema_version": 4}"#).contains("update CSTO Atlas"));
        assert!(problem(r#"{"schema_version": 0}"#).contains("make it version 3"));
        assert!(problem(r#"{"schema_version": "1"}"#).contains("whole number"));
    }
}
