//! The dataset that is open and the files opened recently, so the next run opens it again.

use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

use crate::dataset::{DEFAULT_SAMPLE, SAMPLES};

/// How many recent files File ▸ Open recent offers.
pub const MAX_RECENT: usize = 8;

/// Where a dataset came from, so it can be opened again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatasetSource {
    /// An embedded sample, by its id (`dataset::Sample::id`).
    Sample(#[serde(deserialize_with = "sample_id")] String),
    /// A file on disk.
    File(PathBuf),
}

impl DatasetSource {
    /// The dataset the app opens when nothing else is asked for.
    pub fn default_sample() -> Self {
        Self::Sample(DEFAULT_SAMPLE.id.to_owned())
    }

    /// Whether this is the dataset the app opens when nothing else is asked for.
    pub fn is_default_sample(&self) -> bool {
        matches!(self, Self::Sample(id) if id == DEFAULT_SAMPLE.id)
    }
}

/// A sample's id; versions before 0.2 saved its index in the sample list instead.
fn sample_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IdOrIndex {
        Id(String),
        Index(usize),
    }
    Ok(match IdOrIndex::deserialize(deserializer)? {
        IdOrIndex::Id(id) => id,
        IdOrIndex::Index(index) => SAMPLES.get(index).unwrap_or(DEFAULT_SAMPLE).id.to_owned(),
    })
}

/// The dataset that is open, and the recent files.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Documents {
    /// The dataset that is open (`None`: the default sample, as before anything was opened).
    pub dataset: Option<DatasetSource>,
    /// Recently opened dataset files, newest first.
    pub recent_files: Vec<PathBuf>,
}

impl Documents {
    /// Puts `path` first in the recent files, once, keeping at most [`MAX_RECENT`].
    pub fn remember_recent(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The file open, if the dataset is a file of its own.
    pub fn open_file(&self) -> Option<&std::path::Path> {
        match &self.dataset {
            Some(DatasetSource::File(path)) => Some(path),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_once_each_and_few() {
        let mut documents = Documents::default();
        for i in 0..10 {
            documents.remember_recent(PathBuf::from(format!("{i}.json")));
        }
        documents.remember_recent(PathBuf::from("5.json"));
        assert_eq!(documents.recent_files.len(), MAX_RECENT);
        assert_eq!(documents.recent_files[0], PathBuf::from("5.json"));
        assert_eq!(documents.recent_files[1], PathBuf::from("9.json"));
        assert_eq!(
            documents
                .recent_files
                .iter()
                .filter(|p| p.ends_with("5.json"))
                .count(),
            1
        );
    }
}
