//! A long-running fuzz of the table reader and importer (cargo-fuzz's place, on the stable
//! toolchain): the fixtures, mutated a million times by byte flips, insertions, deletions, splices
//! and cell-shaped noise, are read and imported; nothing may panic. Run it with
//! `cargo test --release --test import_fuzz -- --ignored` (`FUZZ_RUNS=N` to change the count).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use csto_atlas::import::read::read_table;
use csto_atlas::import::{ImportOptions, import_table};

const FIXTURES: [&[u8]; 6] = [
    include_bytes!("fixtures/import/source.csv"),
    include_bytes!("fixtures/import/members-ru-semicolon.csv"),
    include_bytes!("fixtures/import/members-ru-1251.csv"),
    include_bytes!("fixtures/import/members-ru-utf16.csv"),
    include_bytes!("fixtures/import/members.xlsx"),
    include_bytes!("fixtures/import/members.ods"),
];

/// Pieces a table is made of, spliced in to reach the parsers' odd corners.
const TOKENS: [&str; 16] = [
    ",",
    ";",
    "\t",
    "\"",
    "\n",
    "\r\n",
    "\u{feff}",
    "1992",
    "15.05.1992",
    "май 1992",
    "member",
    "Armenia",
    "kind",
    "exercise",
    "-1e309",
    "99999999999999999999",
];

/// xorshift64*: deterministic, so a failure can be run again from its number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    for _ in 0..=rng.below(8) {
        let at = rng.below(input.len() + 1);
        match rng.below(6) {
            0 if at < input.len() => input[at] ^= 1 << rng.below(8),
            1 => input.insert(at, rng.next() as u8),
            2 if at < input.len() => {
                let end = (at + rng.below(64)).min(input.len());
                input.drain(at..end);
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(at..at, token.iter().copied());
            }
            4 => input.truncate(at),
            _ => {
                let from = rng.below(input.len());
                let piece: Vec<u8> = input[from..(from + rng.below(128)).min(input.len())].to_vec();
                input.splice(at..at, piece);
            }
        }
    }
}

#[test]
#[ignore = "long: a million runs; see README, 'Fuzzing the table reader'"]
fn a_million_mutated_tables_are_read_without_a_panic() {
    let runs: u64 = std::env::var("FUZZ_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let options = ImportOptions {
        allow_unsourced: true,
        ..ImportOptions::default()
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut tables, mut imported) = (0u64, 0u64);
    for run in 0..runs {
        // Workbooks take a thousand times longer to open than text: one run in fifty.
        let fixture = if run % 50 == 0 {
            FIXTURES[4 + rng.below(2)]
        } else {
            FIXTURES[rng.below(4)]
        };
        let mut input = fixture.to_vec();
        mutate(&mut rng, &mut input);
        if read_table(&input).is_ok() {
            tables += 1;
        }
        // The whole import (columns, cells, dataset, validation) on one run in twenty.
        if run % 20 == 0 && import_table("fuzz.csv", &input, &options, &|_| true).is_ok() {
            imported += 1;
        }
    }
    println!("{runs} runs: {tables} read as tables, {imported} of the imported ones valid");
    assert!(
        tables > 0,
        "the mutations never left a table: the fuzz tests nothing"
    );
}
