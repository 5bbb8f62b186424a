//! Every excerpt in the shipped datasets is quoted word for word from the source file its article
//! names. The sources live beside the project (`../shared/sources`, as on the developers' and CI
//! machines); on a machine without them the check says so and passes nothing off as checked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use csto_atlas::dataset::Dataset;

fn check_dataset(file: &str) -> usize {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let dataset: Dataset = serde_json::from_str(&text).unwrap();
    let mut checked = 0;
    for excerpt in &dataset.excerpts {
        let article = dataset
            .articles
            .iter()
            .find(|a| a.id == excerpt.article)
            .unwrap();
        let source = std::fs::read_to_string(sources.join(&article.source_file))
            .unwrap_or_else(|err| panic!("{}: {err}", article.source_file));
        assert!(
            source.contains(&excerpt.text),
            "{file}: excerpt {} is not a verbatim quote of {}",
            excerpt.id,
            article.source_file
        );
        checked += 1;
    }
    checked
}

#[test]
fn excerpts_are_verbatim_quotes_of_their_sources() {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources");
    if !sources.is_dir() && std::env::var_os("CI").is_none() {
        eprintln!("skipped: {} is not here", sources.display());
        return;
    }
    assert!(check_dataset("data/csto.json") >= 25);
    assert!(check_dataset("data/ots.json") >= 1);
}
