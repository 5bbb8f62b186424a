//! The slides of a presentation: the title slide, the story's slides, and the closing sources
//! slide.

use crate::dataset::{LoadedDataset, Slide};

/// One slide as shown: the title slide, a slide of the story, or the closing sources slide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ShownSlide<'a> {
    /// The organisation and what the story covers.
    Title,
    /// A slide of the dataset's story.
    Story(&'a Slide),
    /// The articles the story rests on.
    Sources,
}

/// How many slides the presentation of `dataset` has: the title, the story and the sources.
pub fn slide_count(dataset: &LoadedDataset) -> usize {
    dataset.data.story.len() + 2
}

/// The slide at `index` (past the story: the sources).
pub fn shown_slide(dataset: &LoadedDataset, index: usize) -> ShownSlide<'_> {
    let story = &dataset.data.story;
    match index {
        0 => ShownSlide::Title,
        i if i <= story.len() => ShownSlide::Story(&story[i - 1]),
        _ => ShownSlide::Sources,
    }
}

impl ShownSlide<'_> {
    /// Its title, as the speaker notes name it.
    pub fn title(&self) -> String {
        match self {
            ShownSlide::Title => "Title slide".to_owned(),
            ShownSlide::Story(slide) => slide.title.clone(),
            ShownSlide::Sources => "Sources".to_owned(),
        }
    }
}
