//! Undo and redo for whatever is edited: an [`EditHistory`] keeps a copy of the value before each
//! edit and the value as last saved. Letters typed into one field are one step, not one a letter.

/// The undo and redo stacks of a value, and the value as last saved.
#[derive(Debug, Clone, Default)]
pub struct EditHistory<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    saved: T,
    /// The field being typed into, so a word typed is one undo step.
    typing: Option<String>,
}

impl<T: Clone + PartialEq> EditHistory<T> {
    /// A history that starts from `saved`, the value as the file has it.
    pub fn new(saved: &T) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            saved: saved.clone(),
            typing: None,
        }
    }

    /// Carries out `edit` on `value` as one step that can be undone; `typing` names the field
    /// typed into, if that is what the edit is, so that the letters of a word make one step.
    pub fn record<R>(
        &mut self,
        value: &mut T,
        typing: Option<String>,
        edit: impl FnOnce(&mut T) -> R,
    ) -> R {
        let before = value.clone();
        let result = edit(value);
        if *value != before {
            if typing.is_none() || typing != self.typing {
                self.undo.push(before);
            }
            self.redo.clear();
        }
        self.typing = typing;
        result
    }

    /// Takes back the last edit; `false` if there is none.
    pub fn undo(&mut self, value: &mut T) -> bool {
        Self::step(&mut self.undo, &mut self.redo, value, &mut self.typing)
    }

    /// Does again the last edit taken back; `false` if there is none.
    pub fn redo(&mut self, value: &mut T) -> bool {
        Self::step(&mut self.redo, &mut self.undo, value, &mut self.typing)
    }

    fn step(
        from: &mut Vec<T>,
        to: &mut Vec<T>,
        value: &mut T,
        typing: &mut Option<String>,
    ) -> bool {
        let Some(earlier) = from.pop() else {
            return false;
        };
        to.push(std::mem::replace(value, earlier));
        *typing = None;
        true
    }

    /// Whether there is an edit to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an edit to do again.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether `value` differs from the value as last saved.
    pub fn is_unsaved(&self, value: &T) -> bool {
        *value != self.saved
    }

    /// `value` is now what the file holds.
    pub fn mark_saved(&mut self, value: &T) {
        self.saved = value.clone();
        self.typing = None;
    }

    /// The value as last saved.
    pub fn saved(&self) -> &T {
        &self.saved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_typed_into_one_field_are_one_step() {
        let mut text = String::new();
        let mut history = EditHistory::new(&text);
        for word in ["T", "Th", "The"] {
            history.record(&mut text, Some("title".into()), |t| *t = word.to_owned());
        }
        history.record(&mut text, Some("notes".into()), |t| t.push_str(" end"));
        assert!(history.undo(&mut text));
        assert_eq!(text, "The");
        assert!(history.undo(&mut text));
        assert_eq!(text, "");
        assert!(!history.can_undo());
        assert!(history.redo(&mut text));
        assert_eq!(text, "The");
    }

    #[test]
    fn an_edit_that_changes_nothing_is_no_step_and_saving_keeps_the_history() {
        let mut value = 1;
        let mut history = EditHistory::new(&value);
        history.record(&mut value, None, |v| *v = 1);
        assert!(!history.can_undo());
        history.record(&mut value, None, |v| *v = 2);
        assert!(history.is_unsaved(&value));
        history.mark_saved(&value);
        assert!(!history.is_unsaved(&value));
        assert!(history.can_undo());
        assert!(history.undo(&mut value));
        assert!(history.is_unsaved(&value));
        assert_eq!(history.saved(), &2);
    }
}
