//! Finds where a value sits in the JSON text, so that problems found after parsing (an unknown code,
//! a reference that does not resolve) can still name a line and column.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;

use super::error::Location;

/// One step into a JSON document: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An object member.
    Key(&'static str),
    /// An array element.
    Index(usize),
}

/// A path from the document root to a value, e.g. `countries[3].periods[1].to`.
pub type JsonPath = Vec<Step>;

/// Resolves [`JsonPath`]s to locations in one JSON text.
pub struct Locator<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> Locator<'a> {
    /// Parses `text` once for the look-ups that follow.
    pub fn new(text: &'a str) -> Self {
        let root = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default())
            .ok()
            .and_then(|result| result.value);
        Self { text, root }
    }

    /// Where the value at `path` starts; the deepest existing parent if the value itself is absent.
    pub fn locate(&self, path: &[Step]) -> Option<Location> {
        let mut value = self.root.as_ref()?;
        for step in path {
            let next = match (step, value) {
                (Step::Key(key), Value::Object(object)) => object.get(key).map(|prop| &prop.value),
                (Step::Index(index), Value::Array(array)) => array.elements.get(*index),
                _ => None,
            };
            match next {
                Some(next) => value = next,
                None => break,
            }
        }
        Some(Location::of_offset(self.text, value.start()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"b\": 2}\n  ]\n}";
        let locator = Locator::new(text);
        let path = [Step::Key("a"), Step::Index(1), Step::Key("b")];
        assert_eq!(
            locator.locate(&path),
            Some(Location {
                line: 4,
                column: 11
            })
        );
    }

    #[test]
    fn falls_back_to_the_deepest_parent_that_exists() {
        let text = "{\"a\": [1]}";
        let locator = Locator::new(text);
        let path = [Step::Key("a"), Step::Index(5)];
        assert_eq!(locator.locate(&path), Some(Location { line: 1, column: 7 }));
    }
}
