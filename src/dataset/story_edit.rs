//! Editing a story: each change is a [`StoryEdit`], carried out by [`apply_story_edit`] (undone
//! by the [`super::EditHistory`] it is recorded in).

use super::date::Date;
use super::model::{ExcerptId, Slide, SlideView};

/// A text of a slide that the author types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideText {
    /// The title.
    Title,
    /// The caption the class reads.
    Caption,
    /// The speaker's notes.
    Notes,
}

/// One change to a story.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryEdit {
    /// Insert a slide at a position (past the end: at the end).
    Insert {
        /// Where.
        at: usize,
        /// The slide (its id is made unique if it is taken).
        slide: Box<Slide>,
    },
    /// Change a slide's title, caption or notes.
    SetText {
        /// Which slide.
        slide: usize,
        /// Which text.
        field: SlideText,
        /// The new text.
        text: String,
    },
    /// Show a slide at another date.
    SetDate {
        /// Which slide.
        slide: usize,
        /// The date.
        date: Date,
    },
    /// Show another part of the map and highlight other things.
    SetView {
        /// Which slide.
        slide: usize,
        /// The part of the map.
        view: SlideView,
        /// What it highlights.
        highlight: Vec<String>,
    },
    /// Rest the caption on an excerpt, or stop resting it on one.
    ToggleExcerpt {
        /// Which slide.
        slide: usize,
        /// The excerpt.
        excerpt: ExcerptId,
    },
    /// Move a slide to another position.
    Move {
        /// Its position.
        from: usize,
        /// Its new position.
        to: usize,
    },
    /// Put a copy of a slide right after it.
    Duplicate(usize),
    /// Remove a slide.
    Delete(usize),
}

impl StoryEdit {
    /// The text it types into ("slide 2 title"), so that the letters of a word are one undo
    /// step; `None` for every other edit.
    pub fn typing(&self) -> Option<String> {
        match self {
            Self::SetText { slide, field, .. } => Some(format!("slide {slide} {field:?}")),
            _ => None,
        }
    }
}

/// Carries out `edit` on `story`; returns the slide to select afterwards (the one changed, added
/// or moved), or `None` if the edit named a slide that is not there.
pub fn apply_story_edit(story: &mut Vec<Slide>, edit: StoryEdit) -> Option<usize> {
    match edit {
        StoryEdit::Insert { at, mut slide } => {
            slide.id = unique_id(story, &slide.id);
            let at = at.min(story.len());
            story.insert(at, *slide);
            Some(at)
        }
        StoryEdit::SetText { slide, field, text } => {
            let target = story.get_mut(slide)?;
            match field {
                SlideText::Title => target.title = text,
                SlideText::Caption => target.caption = text,
                SlideText::Notes => target.notes = text,
            }
            Some(slide)
        }
        StoryEdit::SetDate { slide, date } => {
            story.get_mut(slide)?.date = date;
            Some(slide)
        }
        StoryEdit::SetView {
            slide,
            view,
            highlight,
        } => {
            let target = story.get_mut(slide)?;
            target.view = view;
            target.highlight = highlight;
            Some(slide)
        }
        StoryEdit::ToggleExcerpt { slide, excerpt } => {
            let excerpts = &mut story.get_mut(slide)?.excerpts;
            match excerpts.iter().position(|e| *e == excerpt) {
                Some(i) => {
                    excerpts.remove(i);
                }
                None => excerpts.push(excerpt),
            }
            Some(slide)
        }
        StoryEdit::Move { from, to } => {
            if from >= story.len() {
                return None;
            }
            let to = to.min(story.len() - 1);
            let slide = story.remove(from);
            story.insert(to, slide);
            Some(to)
        }
        StoryEdit::Duplicate(index) => {
            let mut copy = story.get(index)?.clone();
            copy.id = unique_id(story, &format!("{}-copy", copy.id));
            story.insert(index + 1, copy);
            Some(index + 1)
        }
        StoryEdit::Delete(index) => {
            if index >= story.len() {
                return None;
            }
            story.remove(index);
            Some(index.min(story.len().saturating_sub(1)))
        }
    }
}

/// `base`, or `base-2`, `base-3`, … : the first that no slide of `story` has.
pub fn unique_id(story: &[Slide], base: &str) -> String {
    first_untaken(base, |id| story.iter().any(|s| s.id == id))
}

/// `base`, or `base-2`, `base-3`, … : the first that is not `taken`.
pub(super) fn first_untaken(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::EditHistory;

    /// Records `edit` in `history` as the app does.
    fn apply(
        history: &mut EditHistory<Vec<Slide>>,
        story: &mut Vec<Slide>,
        edit: StoryEdit,
    ) -> Option<usize> {
        history.record(story, edit.typing(), |story| apply_story_edit(story, edit))
    }

    fn slide(id: &str) -> Slide {
        Slide {
            id: id.into(),
            title: id.to_uppercase(),
            date: Date::parse("2006").unwrap(),
            compare_with: None,
            view: SlideView::Fit(vec!["uzbekistan".into()]),
            highlight: vec![],
            caption: "Uzbekistan rejoined.".into(),
            excerpts: vec!["e1".into()],
            notes: String::new(),
        }
    }

    fn ids(story: &[Slide]) -> Vec<&str> {
        story.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn add_move_duplicate_delete_then_undo_every_step_back() {
        let original = vec![slide("a"), slide("b")];
        let mut story = original.clone();
        let mut history = EditHistory::new(&story);
        let insert = |id: &str| StoryEdit::Insert {
            at: 9,
            slide: Box::new(slide(id)),
        };
        assert_eq!(apply(&mut history, &mut story, insert("a")), Some(2));
        assert_eq!(
            apply(&mut history, &mut story, StoryEdit::Move { from: 2, to: 0 }),
            Some(0)
        );
        assert_eq!(
            apply(&mut history, &mut story, StoryEdit::Duplicate(1)),
            Some(2)
        );
        assert_eq!(ids(&story), ["a-2", "a", "a-copy", "b"]);
        assert_eq!(
            apply(&mut history, &mut story, StoryEdit::Delete(3)),
            Some(2)
        );
        assert!(history.is_unsaved(&story));
        while history.undo(&mut story) {}
        assert_eq!(story, original);
        assert!(!history.is_unsaved(&story));
        assert!(history.redo(&mut story));
        assert_eq!(ids(&story), ["a", "b", "a-2"]);
    }

    #[test]
    fn letters_typed_into_one_text_are_one_undo_step() {
        let mut story = vec![slide("a")];
        let mut history = EditHistory::new(&story);
        for title in ["T", "Th", "The"] {
            let edit = StoryEdit::SetText {
                slide: 0,
                field: SlideText::Title,
                text: title.into(),
            };
            apply(&mut history, &mut story, edit);
        }
        let notes = StoryEdit::SetText {
            slide: 0,
            field: SlideText::Notes,
            text: "Ask why.".into(),
        };
        apply(&mut history, &mut story, notes);
        assert!(history.undo(&mut story));
        assert_eq!(
            (story[0].title.as_str(), story[0].notes.as_str()),
            ("The", "")
        );
        assert!(history.undo(&mut story));
        assert_eq!(story[0].title, "A");
        assert!(!history.can_undo());
    }

    #[test]
    fn an_excerpt_toggles_and_a_missing_slide_changes_nothing() {
        let mut story = vec![slide("a")];
        let mut history = EditHistory::new(&story);
        let toggle = |excerpt: &str| StoryEdit::ToggleExcerpt {
            slide: 0,
            excerpt: excerpt.into(),
        };
        apply(&mut history, &mut story, toggle("e2"));
        assert_eq!(story[0].excerpts, ["e1", "e2"]);
        apply(&mut history, &mut story, toggle("e1"));
        assert_eq!(story[0].excerpts, ["e2"]);
        assert_eq!(apply(&mut history, &mut story, StoryEdit::Delete(4)), None);
        history.mark_saved(&story);
        assert!(!history.is_unsaved(&story));
        assert!(history.can_undo(), "saving keeps the history");
    }
}
