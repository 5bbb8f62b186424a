//! `csto-atlas import` and `members --out` run as processes: the fixtures made with LibreOffice
//! and iconv import to the same dataset, which `check` accepts and `members` reads; an exported
//! table imports back to the same dataset; and each kind of bad input is refused with a located
//! message, exit code 1 and nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
const NAME: &str = "Collective Security Treaty Organization";

fn atlas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_csto-atlas"))
        // The messages the assertions read are the English ones, whatever the locale.
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .expect("csto-atlas runs")
}

fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-atlas-import-{test}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Imports `table` into `out`, expecting success; returns the report printed.
fn import_ok(table: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "import",
        path_str(table),
        "--out",
        path_str(out),
        "--name",
        NAME,
        "--short-name",
        "CSTO",
    ];
    args.extend(extra);
    let output = atlas(&args);
    assert!(
        output.status.success(),
        "{}: {}",
        table.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The dataset JSON without the articles' source files (which name the table they came from).
fn without_source_files(path: &Path) -> serde_json::Value {
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for article in value["articles"].as_array_mut().unwrap() {
        article.as_object_mut().unwrap().remove("source_file");
    }
    value
}

fn members_csv(dataset: Option<&Path>, at: &str) -> String {
    let mut args = vec!["members", "--at", at, "--format", "csv"];
    if let Some(path) = dataset {
        args.push(path_str(path));
    }
    let output = atlas(&args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The country, status and since columns of a members CSV: what the map colours say.
fn standings(csv: &str) -> Vec<String> {
    csv.lines()
        .map(|l| l.split(',').take(4).collect::<Vec<_>>().join(","))
        .collect()
}

const DATES: [&str; 8] = [
    "1992-06", "1995", "1999-06", "2006-09", "2013", "2020", "2024-03", "2025",
];

#[test]
fn every_fixture_imports_to_the_same_dataset_that_check_accepts() {
    let dir = folder("fixtures");
    let reference = dir.join("members.xlsx.json");
    import_ok(&Path::new(FIXTURES).join("members.xlsx"), &reference, &[]);
    let check = atlas(&["check", path_str(&reference)]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    for fixture in [
        "members.ods",
        "members-sheets.xlsx",
        "source.csv",
        "source-ru.csv",
        "members-ru-semicolon.csv",
        "members-ru-1251.csv",
        "members-ru-utf16.csv",
    ] {
        let out = dir.join(format!("{fixture}.json"));
        import_ok(&Path::new(FIXTURES).join(fixture), &out, &[]);
        assert_eq!(
            without_source_files(&out),
            without_source_files(&reference),
            "{fixture}"
        );
    }
}

#[test]
fn the_report_says_how_the_file_and_its_unusual_cells_were_read() {
    let dir = folder("report");
    let report = import_ok(
        &Path::new(FIXTURES).join("members-ru-1251.csv"),
        &dir.join("out.json"),
        &[],
    );
    for expected in [
        "read as CSV, semicolon-separated, windows-1251 (guessed: not UTF-8)",
        "column B “страна”: country",
        "column D “с”: from",
        "members-ru-1251.csv:5:B: “Киргизия” read as Kyrgyzstan (KGZ)",
        "members-ru-1251.csv:3:D: “февраль 2024” read as 2024-02",
        "“приостановлено” read as frozen",
    ] {
        assert!(report.contains(expected), "{expected:?} not in:\n{report}");
    }
    let utf16 = import_ok(
        &Path::new(FIXTURES).join("members-ru-utf16.csv"),
        &dir.join("utf16.json"),
        &[],
    );
    assert!(
        utf16.contains("UTF-16 LE with a byte-order mark"),
        "{utf16}"
    );
}

#[test]
fn a_spreadsheet_keeps_day_cells_as_days_and_months_typed_as_text_as_months() {
    let dir = folder("precision");
    let out = dir.join("out.json");
    import_ok(&Path::new(FIXTURES).join("members.xlsx"), &out, &[]);
    let value = without_source_files(&out);
    let armenia = &value["countries"][0]["periods"];
    assert_eq!(armenia[0]["from"], "1992-05-15", "a real date cell");
    assert_eq!(armenia[1]["from"], "2024-02", "a month stays a month");
    let azerbaijan = value["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "AZE")
        .unwrap();
    assert_eq!(
        azerbaijan["periods"][0]["from"], "1993",
        "a bare number is a year"
    );
}

#[test]
fn an_imported_fixture_gives_the_csto_statuses_at_every_date() {
    let dir = folder("statuses");
    let out = dir.join("out.json");
    import_ok(&Path::new(FIXTURES).join("members.ods"), &out, &[]);
    for at in DATES {
        assert_eq!(
            standings(&members_csv(Some(&out), at)),
            standings(&members_csv(None, at)),
            "at {at}"
        );
    }
}

#[test]
fn the_exported_history_imports_back_to_the_same_dataset() {
    let dir = folder("round-trip");
    // The embedded dataset as a table, imported: the statuses are the same at every date.
    let history = dir.join("history.csv");
    let output = atlas(&["members", "--history", "--out", path_str(&history)]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        std::fs::read(&history)
            .unwrap()
            .starts_with(b"\xEF\xBB\xBFkind,country")
    );
    let first = dir.join("first.json");
    import_ok(&history, &first, &[]);
    for at in DATES {
        assert_eq!(
            standings(&members_csv(Some(&first), at)),
            standings(&members_csv(None, at)),
            "at {at}"
        );
    }
    // An imported dataset exported and imported again is the same file, through CSV and XLSX.
    for table in ["again.csv", "again.xlsx"] {
        let again = dir.join(table);
        let output = atlas(&[
            "members",
            "--at",
            "2000",
            "--history",
            "--out",
            path_str(&again),
            path_str(&first),
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let second = dir.join(format!("{table}.json"));
        import_ok(&again, &second, &[]);
        assert_eq!(
            std::fs::read_to_string(&second).unwrap(),
            std::fs::read_to_string(&first).unwrap(),
            "{table}"
        );
    }
}

#[test]
fn an_xlsx_with_a_date_has_the_members_sheet_and_the_history_sheet() {
    let dir = folder("xlsx");
    let table = dir.join("members.xlsx");
    let output = atlas(&["members", "--at", "2024-03", "--out", path_str(&table)]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = import_ok(&table, &dir.join("out.json"), &[]);
    assert!(report.contains("sheet: “History”"), "{report}");
    assert!(
        report.contains("sheet not read: “Members 2024-03”: no from column"),
        "{report}"
    );
    let csv = dir.join("members.csv");
    let output = atlas(&["members", "--at", "2024-03", "--out", path_str(&csv)]);
    assert!(output.status.success());
    let bytes = std::fs::read(&csv).unwrap();
    let expected = format!("\u{feff}{}", members_csv(None, "2024-03"));
    assert_eq!(String::from_utf8(bytes).unwrap(), expected);
}

/// Imports `text` as a CSV file and expects exit 1, nothing written, and a stderr line starting
/// `FILE:LOCATION: ` that contains `message`.
fn expect_refused(name: &str, bytes: &[u8], location: &str, message: &str) {
    let dir = folder(name);
    let table = dir.join(name);
    std::fs::write(&table, bytes).unwrap();
    let out = dir.join("out.json");
    let output = atlas(&["import", path_str(&table), "--out", path_str(&out)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    assert!(!out.exists(), "{name}: nothing is written");
    let prefix = format!("{}{location}: ", table.display());
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(&prefix) && l.contains(message)),
        "{name}: expected a line with {prefix:?} and {message:?}, got:\n{stderr}"
    );
    assert!(stderr.contains("nothing written"), "{stderr}");
}

const HEADER: &str = "country,status,from,to,source,quote\n";

fn table(rows: &str) -> Vec<u8> {
    format!("{HEADER}{rows}").into_bytes()
}

#[test]
fn an_unknown_country_is_located_with_a_suggestion() {
    expect_refused(
        "country.csv",
        &table("Armenia,member,1992,,TASS,A sentence.\nAzerbajan,member,1993,,TASS,Another.\n"),
        ":3:A",
        "unknown country “Azerbajan” (did you mean Azerbaijan?)",
    );
}

#[test]
fn an_unknown_status_is_located_with_a_suggestion() {
    expect_refused(
        "status.csv",
        &table("Armenia,memebr,1992,,TASS,A sentence.\n"),
        ":2:B",
        "unknown status “memebr” (did you mean member?)",
    );
}

#[test]
fn a_to_before_its_from_is_located_at_the_to() {
    expect_refused(
        "to.csv",
        &table("Armenia,member,1999,1998-05,TASS,A sentence.\n"),
        ":2:D",
        "“to” (1998-05) is before “from” (1999)",
    );
}

#[test]
fn overlapping_periods_of_one_country_are_located_at_the_later_one() {
    expect_refused(
        "overlap.csv",
        &table("Russia,member,1992,2000,TASS,One.\nRussia,observer,1995,,TASS,Two.\n"),
        ":3:C",
        "the one of row 2 runs to 2000: periods of one country may not overlap",
    );
}

#[test]
fn a_date_that_is_not_one_is_located() {
    expect_refused(
        "date.csv",
        &table("Armenia,member,31.02.1992,,TASS,One.\n"),
        ":2:C",
        "“31.02.1992” is not a date",
    );
}

#[test]
fn a_row_without_a_quote_is_refused_unless_unsourced_facts_are_allowed() {
    let rows = table("Armenia,member,1992,,,\nRussia,member,1992,,TASS,One.\n");
    expect_refused("unsourced.csv", &rows, ":2:F", "--allow-unsourced");
    let dir = folder("allowed");
    let csv = dir.join("unsourced.csv");
    std::fs::write(&csv, &rows).unwrap();
    let out = dir.join("out.json");
    import_ok(&csv, &out, &["--allow-unsourced"]);
    let check = atlas(&["check", path_str(&out)]);
    let summary = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(summary.contains("unsourced 1)"), "{summary}");
    assert!(
        summary.contains("claims resting only on weak sources (fragments or none): 1"),
        "{summary}"
    );
    let members = members_csv(Some(&out), "2000");
    assert!(
        members
            .lines()
            .any(|l| l.starts_with("ARM,Armenia,member,1992,true")),
        "an unsourced status is drawn as uncertain:\n{members}"
    );
}

#[test]
fn a_header_without_the_needed_columns_says_which_and_what_it_resembles() {
    expect_refused(
        "header.csv",
        b"cuntry,status,from\nArmenia,member,1992\n",
        ":1:A",
        "unknown header “cuntry” (did you mean country?)",
    );
    expect_refused(
        "header2.csv",
        b"name,value\nx,y\n",
        ":1",
        "no country column",
    );
}

#[test]
fn empty_binary_and_oversized_files_are_refused_with_a_clear_message() {
    expect_refused("empty.csv", b"\n \n", "", "the file is empty");
    let mut binary = b"\x7FELF\x02\x01\x01\x00".to_vec();
    binary.extend((0..4000u32).map(|i| (i % 251) as u8));
    expect_refused(
        "binary.csv",
        &binary,
        "",
        "not a table: it is a binary file",
    );
    expect_refused(
        "broken.xlsx",
        b"PK\x03\x04 not really a zip",
        "",
        "the spreadsheet cannot be read",
    );
    // A sparse 50 MB file: refused by its size before it is read.
    let dir = folder("huge");
    let huge = dir.join("huge.csv");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(50_000_000).unwrap();
    let out = dir.join("out.json");
    let output = atlas(&["import", path_str(&huge), "--out", path_str(&out)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(!out.exists());
    assert!(
        stderr.contains("huge.csv: the file is 50.0 MB; tables up to 20.0 MB are read"),
        "{stderr}"
    );
}
