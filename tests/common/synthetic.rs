//! Datasets of any size, grown from the embedded CSTO dataset, for stress tests and benchmarks
//! (which include this file; it is not part of the library). Their extra exercises and excerpts
//! are marked "synthetic" in every name and text: they are test load, never facts.

use csto_atlas::dataset::{
    DEFAULT_SAMPLE, Dataset, Date, Excerpt, Exercise, Place, PlacePrecision,
};

/// The embedded CSTO dataset plus `exercises` synthetic exercises and `excerpts` synthetic
/// excerpts, as JSON text.
pub fn large_dataset_json(exercises: usize, excerpts: usize) -> String {
    let mut data: Dataset =
        serde_json::from_str(DEFAULT_SAMPLE.json).expect("the embedded dataset parses");
    let cite = data.excerpts[0].id.clone();
    let article = data.articles[0].id.clone();
    let members: Vec<String> = data
        .countries
        .iter()
        .take(6)
        .map(|c| c.name.clone())
        .collect();
    for (i, (lon, lat)) in sites(exercises).into_iter().enumerate() {
        let year = 1993 + (i % 32) as i32;
        let start = Date::from_ymd(year, 1 + (i % 12) as u32, 1 + (i % 28) as u32)
            .expect("days 1 to 28 exist in every month");
        data.exercises.push(Exercise {
            id: format!("synthetic-exercise-{i}"),
            name: format!("Synthetic exercise {i}"),
            start,
            end: None,
            place: Place {
                name: format!("Synthetic site {i}"),
                country: "KAZ".into(),
                lat,
                lon,
                precision: PlacePrecision::Point,
            },
            participants: members.clone(),
            observers: Vec::new(),
            size: None,
            summary: "Synthetic test load, not a fact.".into(),
            sources: vec![cite.clone()],
        });
    }
    for j in 0..excerpts {
        let links = if exercises > 0 {
            vec![format!("synthetic-exercise-{}", j % exercises)]
        } else {
            Vec::new()
        };
        data.excerpts.push(Excerpt {
            id: format!("synthetic-excerpt-{j}"),
            article: article.clone(),
            text: format!("Synthetic excerpt {j}: test load for benchmarks, not a quotation."),
            links,
        });
    }
    serde_json::to_string_pretty(&data).unwrap_or_default()
}

/// `count` synthetic sites (longitude, latitude) spread over Central Asia (40–52° N, 50–85° E),
/// the same on every run.
pub fn sites(count: usize) -> Vec<(f64, f64)> {
    // A small linear congruential generator: the same "random" places on every run.
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as f64 / f64::from(u32::MAX >> 1)
    };
    (0..count)
        .map(|_| {
            let lat = 40.0 + 12.0 * next();
            (50.0 + 35.0 * next(), lat)
        })
        .collect()
}
