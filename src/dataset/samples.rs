//! The datasets compiled into the app, offered under File ▸ Sample datasets and known by id, so a
//! saved choice survives samples being added or reordered.

/// A dataset compiled into the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Stable id, as remembered between runs (the organisation's id).
    pub id: &'static str,
    /// Menu text.
    pub title: &'static str,
    /// How it is named in messages.
    pub origin: &'static str,
    /// The JSON text.
    pub json: &'static str,
}

/// The embedded datasets; the first is the default.
pub const SAMPLES: [Sample; 2] = [
    Sample {
        id: "csto",
        title: "CSTO (Collective Security Treaty Organization)",
        origin: "embedded CSTO dataset",
        json: include_str!("../../data/csto.json"),
    },
    Sample {
        id: "ots",
        title: "OTS (Organization of Turkic States)",
        origin: "embedded OTS dataset",
        json: include_str!("../../data/ots.json"),
    },
];

/// The dataset the app opens when nothing else is asked for.
pub const DEFAULT_SAMPLE: &Sample = &SAMPLES[0];

/// What File ▸ New dataset starts from: an organisation named "My organisation" and nothing
/// else, its summary resting on an excerpt marked unsourced (every fact rests on one).
pub const NEW_DATASET: Sample = Sample {
    id: "my-organisation",
    title: "New dataset",
    origin: "new dataset",
    json: include_str!("../../data/new.json"),
};

/// The sample with this id.
pub fn sample(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sample_is_found_by_its_id_which_is_its_organisation_id() {
        for s in &SAMPLES {
            assert_eq!(sample(s.id), Some(s));
            let json: serde_json::Value = serde_json::from_str(s.json).unwrap();
            assert_eq!(json["organisation"]["id"], s.id);
        }
        assert_eq!(sample("nato"), None);
    }
}
