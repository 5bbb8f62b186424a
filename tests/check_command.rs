//! `csto-atlas check` run as a process: it accepts the real datasets and rejects each kind of
//! broken file with `FILE:LINE:COLUMN: message`, exiting 1.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REAL: &str = include_str!("../data/csto.json");

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .arg("check")
        .args(args)
        .output()
        .expect("csto-atlas runs")
}

fn write_case(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-atlas-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// 1-based line and column of the first occurrence of `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    position_at(text, offset)
}

/// 1-based line and column of byte `offset` in `text`.
fn position_at(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Checks `text` and expects a problem at `(line, column)` whose message contains `message`.
fn expect_problem(name: &str, text: &str, (line, column): (usize, usize), message: &str) {
    let path = write_case(name, text.as_bytes());
    let output = check(&[path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    let prefix = format!("{}:{line}:{column}: ", path.display());
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains(message)),
        "{name}: expected a line starting {prefix:?} containing {message:?}, got:\n{stderr}"
    );
}

#[test]
fn accepts_the_embedded_dataset_and_prints_a_summary() {
    let output = check(&[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("countries: 11"), "{stdout}");
    assert!(
        stdout.contains(
            "Tajik-Afghan frontier (tjk-afg): 1171.6 km on the 1:10m map, 1374.2 km published"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("excerpts: "), "{stdout}");
}

#[test]
fn accepts_the_real_files_with_json_output() {
    for file in ["data/csto.json", "data/ots.json"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let output = check(&[path.to_str().unwrap(), "--json"]);
        assert!(
            output.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(summary["valid"], true);
        assert!(summary["excerpts"].as_u64().unwrap() >= 7);
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/csto.json");
    let output = check(&[path.to_str().unwrap(), "--json"]);
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["borders"][0]["computed_length_km"], 1171.6);
    assert_eq!(summary["borders"][0]["published_length_km"], 1374.2);
}

#[test]
fn rejects_bad_json_at_the_token_that_breaks_it() {
    let text = REAL.replacen("\"schema_version\": 3,", "\"schema_version\": 3", 1);
    let (line, column) = position_of(&text, "\"as_of\"");
    expect_problem(
        "bad-json.json",
        &text,
        (line, column),
        "expected `,` or `}`",
    );
}

#[test]
fn rejects_a_value_of_the_wrong_type() {
    let text = REAL.replacen(
        "\"published_length_km\": 1374.2",
        "\"published_length_km\": \"long\"",
        1,
    );
    // serde_json points at the value's last character.
    let (line, column) = position_of(&text, "\"long\"");
    expect_problem(
        "wrong-type.json",
        &text,
        (line, column + 5),
        "invalid type: string \"long\", expected f64",
    );
}

#[test]
fn rejects_a_schema_version_that_is_not_a_number() {
    let text = REAL.replacen("\"schema_version\": 3,", "\"schema_version\": \"one\",", 1);
    let (line, column) = position_of(&text, "\"one\"");
    expect_problem(
        "version-text.json",
        &text,
        (line, column),
        "schema_version must be a whole number",
    );
}

#[test]
fn rejects_an_unknown_country_code() {
    let text = REAL.replacen("\"iso_a3\": \"TJK\"", "\"iso_a3\": \"TJX\"", 1);
    let (line, column) = position_of(&text, "\"TJX\"");
    expect_problem(
        "unknown-code.json",
        &text,
        (line, column),
        "unknown country code “TJX”",
    );
}

#[test]
fn rejects_an_excerpt_reference_that_does_not_resolve() {
    let data: serde_json::Value = serde_json::from_str(REAL).unwrap();
    let cited = data["countries"][0]["periods"][0]["sources"][0]
        .as_str()
        .unwrap();
    let text = REAL.replacen(&format!("\"{cited}\""), "\"ex-nowhere\"", 1);
    let (line, column) = position_of(&text, "\"ex-nowhere\"");
    expect_problem(
        "dangling-source.json",
        &text,
        (line, column),
        "source “ex-nowhere” is not an excerpt id",
    );
}

#[test]
fn rejects_a_period_that_ends_before_it_starts() {
    let text = REAL.replacen(
        "\"from\": \"1992-05-15\",",
        "\"from\": \"1992-05-15\",\n          \"to\": \"1990\",",
        1,
    );
    let (line, column) = position_of(&text, "\"1990\"");
    expect_problem(
        "backwards-period.json",
        &text,
        (line, column),
        "to (1990) is before from (1992-05-15)",
    );
}

#[test]
fn rejects_duplicate_ids() {
    let text = REAL.replacen("\"id\": \"KAZ\"", "\"id\": \"ARM\"", 1);
    let first = text.find("\"id\": \"ARM\"").unwrap();
    let second = first + 1 + text[first + 1..].find("\"id\": \"ARM\"").unwrap();
    let value_offset = second + "\"id\": ".len();
    expect_problem(
        "duplicate-id.json",
        &text,
        position_at(&text, value_offset),
        "id “ARM” is used more than once",
    );
}

#[test]
fn rejects_an_empty_file() {
    expect_problem("empty.json", "", (1, 1), "the file is empty");
    expect_problem("blank.json", "  \n\n", (1, 1), "the file is empty");
}

#[test]
fn rejects_a_binary_file() {
    let png_header = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let path = write_case("picture.json", png_header);
    let output = check(&[path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.starts_with(&format!("{}:1:1: not a text file", path.display())),
        "{stderr}"
    );
}

#[test]
fn reports_a_missing_file_without_a_location() {
    let output = check(&["/nonexistent/dataset.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("/nonexistent/dataset.json: cannot read the file"),
        "{stderr}"
    );
}

#[test]
fn rejects_a_compare_slide_that_compares_its_date_with_itself() {
    let text = REAL.replacen(
        "\"compare_with\": \"1998\"",
        "\"compare_with\": \"1999\"",
        1,
    );
    let value = text.find("\"compare_with\": \"1999\"").unwrap() + "\"compare_with\": ".len();
    expect_problem(
        "compare-with-itself.json",
        &text,
        position_at(&text, value),
        "compare_with must differ from its date",
    );
}

#[test]
fn the_embedded_dataset_has_nothing_to_warn_about() {
    let output = check(&[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("  warnings: 0\n"), "{stdout}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// Checks `text` and expects it valid (exit 0) with a warning at `(line, column)` containing
/// `message`.
fn expect_warning(name: &str, text: &str, (line, column): (usize, usize), message: &str) {
    let path = write_case(name, text.as_bytes());
    let output = check(&[path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{name}: {stderr}");
    let prefix = format!("{}:{line}:{column}: warning: ", path.display());
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains(message)),
        "{name}: expected a line starting {prefix:?} containing {message:?}, got:\n{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("  warnings: 1\n"), "{name}: {stdout}");
}

#[test]
fn warns_about_a_slide_that_highlights_what_starts_after_its_date() {
    // The June 2025 slide dated to the month: its map (1 June) has not reached the meeting of 30 June.
    let slide = REAL
        .find("\"id\": \"slide-2025-armenia-membership\"")
        .unwrap();
    let (before, after) = REAL.split_at(slide);
    let text =
        before.to_owned() + &after.replacen("\"date\": \"2025-06-30\"", "\"date\": \"2025-06\"", 1);
    let highlight = slide + text[slide..].find("\"highlight\"").unwrap();
    let meeting = highlight + text[highlight..].find("\"cholpon-ata-fm-2025\"").unwrap();
    expect_warning(
        "slide-before-its-highlight.json",
        &text,
        position_at(&text, meeting),
        "highlights “cholpon-ata-fm-2025”, which starts 2025-06-30",
    );
}

#[test]
fn warns_about_an_event_after_the_sources_that_is_not_called_planned() {
    let text = REAL.replacen(
        "Arms deliveries to the Tajik-Afghan frontier to begin (planned)",
        "Arms deliveries to the Tajik-Afghan frontier begin",
        1,
    );
    let title = text
        .find("\"Arms deliveries to the Tajik-Afghan frontier begin\"")
        .unwrap();
    expect_warning(
        "plan-as-fact.json",
        &text,
        position_at(&text, title),
        "event “tip-deliveries-2026” starts 2026, after the sources reach (2025-08)",
    );
}

#[test]
fn rejects_an_article_said_to_be_dated_by_a_report() {
    // Events may be dated by a report; an article is the report.
    let (events, articles) = REAL.split_at(REAL.find("\"articles\": [").unwrap());
    let text = events.to_owned()
        + &articles.replacen("\"dated\": \"inferred\"", "\"dated\": \"reported\"", 1);
    let value = events.len() + articles.find("\"dated\": \"inferred\"").unwrap();
    expect_problem(
        "article-dated-by-report.json",
        &text,
        position_at(&text, value + "\"dated\": ".len()),
        "an article is not dated by a report",
    );
}
