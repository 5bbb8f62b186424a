//! Table import costs: `cargo bench --bench import`. The budget: a 10,000-row table imports in
//! at most 1 s.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csto_atlas::earth::world::world;
use csto_atlas::import::{ImportOptions, import_table};

/// A CSV table of `rows` status periods: every state on the base map in turn, a month apart,
/// each row with its own quote (a fictional outlet, so no real fact is claimed).
fn table(rows: usize) -> Vec<u8> {
    let world = world();
    let codes: Vec<&str> = rust_iso3166::ALL
        .iter()
        .map(|c| c.alpha3)
        .filter(|code| world.knows_iso(code))
        .collect();
    let statuses = ["member", "observer", "frozen", "former"];
    let mut out = String::from("country,status,from,event,source,source date,headline,quote\n");
    for k in 0..rows {
        let (code, j) = (codes[k % codes.len()], k / codes.len());
        out += &format!(
            "{code},{},{}-{:02},Event {k},The Fictional Gazette,2000-01,Issue {},Sentence {k}.\n",
            statuses[j % 4],
            1900 + j / 12,
            j % 12 + 1,
            k % 97
        );
    }
    out.into_bytes()
}

fn import_ten_thousand_rows(c: &mut Criterion) {
    let world = world();
    let bytes = table(10_000);
    let options = ImportOptions {
        name: Some("Fictional Alliance".into()),
        ..ImportOptions::default()
    };
    let is_known = |iso: &str| world.knows_iso(iso);
    let imported = import_table("bench.csv", &bytes, &options, &is_known).unwrap();
    assert_eq!(imported.report.rows, 10_000);
    c.bench_function("import a 10,000-row CSV table (budget 1 s)", |b| {
        b.iter(|| import_table("bench.csv", black_box(&bytes), &options, &is_known).unwrap());
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = import_ten_thousand_rows
}
criterion_main!(benches);
