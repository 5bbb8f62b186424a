//! The dataset format version: read before anything else, so that a file written for another
//! version gets a message about versions rather than a list of confusing field errors.

use serde::Deserialize;

/// The dataset format version this app reads.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

/// Why a file's format version cannot be read by this app, if it cannot; `None` when the version is
/// this app's or the file is not valid JSON (the full parse reports that).
pub fn version_problem(text: &str) -> Option<String> {
    let probe: VersionProbe = serde_json::from_str(text).ok()?;
    let version = probe.schema_version?;
    let Some(number) = version.as_u64() else {
        return Some(format!(
            "schema_version must be a whole number, e.g. {SCHEMA_VERSION}, not {version}"
        ));
    };
    match number.cmp(&u64::from(SCHEMA_VERSION)) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!(
            "schema_version {number} is newer than this CSTO Atlas reads (version {SCHEMA_VERSION}): \
             update CSTO Atlas to open this file"
        )),
        std::cmp::Ordering::Less => Some(format!(
            "schema_version {number} is older than any format CSTO Atlas reads: upgrade the file to \
             version {SCHEMA_VERSION} as described in docs/dataset.md (“Versions”)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_version_passes() {
        assert_eq!(
            version_problem(r#"{"schema_version": 1, "x": [1, 2]}"#),
            None
        );
    }

    #[test]
    fn newer_and_older_versions_say_what_to_do() {
        let newer = version_problem(r#"{"schema_version": 2}"#).unwrap();
        assert!(newer.contains("update CSTO Atlas"), "{newer}");
        let older = version_problem(r#"{"schema_version": 0}"#).unwrap();
        assert!(older.contains("upgrade the file to version 1"), "{older}");
        let text = version_problem(r#"{"schema_version": "1"}"#).unwrap();
        assert!(text.contains("whole number"), "{text}");
    }
}
