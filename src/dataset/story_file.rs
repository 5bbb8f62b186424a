//! Writing an edited story back into its dataset file: only the `story` value is replaced, so the
//! rest of the file (its order, spacing and anything a text editor changed) stays byte for byte.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use serde::Serialize as _;

use super::model::Slide;

/// Why a story could not be put into a dataset file's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoryFileError {
    /// The file is no longer JSON (it was edited into a broken state).
    #[error("the file is not valid JSON: {0}")]
    NotJson(String),
    /// The file's top level is not an object.
    #[error("the file's top level is not a JSON object")]
    NotAnObject,
}

/// `text` (a dataset file) with its `story` replaced by `story`, indented like the file's own
/// members; a file without a story gets one after its last member.
pub fn with_story(text: &str, story: &[Slide]) -> Result<String, StoryFileError> {
    let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default())
        .map_err(|err| StoryFileError::NotJson(err.to_string()))?;
    let Some(Value::Object(root)) = parsed.value else {
        return Err(StoryFileError::NotAnObject);
    };
    let indent = member_indent(text, root.properties.first().map(Ranged::start));
    let story_json = pretty_json(story, &indent);
    let mut out = String::with_capacity(text.len() + story_json.len());
    match root.properties.iter().find(|p| p.name.as_str() == "story") {
        Some(member) => {
            let value = member.value.range();
            out.push_str(&text[..value.start]);
            out.push_str(&story_json);
            out.push_str(&text[value.end..]);
        }
        None => {
            let (at, separator) = match root.properties.last() {
                Some(last) => (last.end(), ","),
                None => (root.start() + 1, ""),
            };
            out.push_str(&text[..at]);
            out.push_str(&format!("{separator}\n{indent}\"story\": {story_json}"));
            out.push_str(&text[at..]);
        }
    }
    Ok(out)
}

/// The whitespace before the first member on its line ("  " when the file is on one line).
fn member_indent(text: &str, first_member: Option<usize>) -> String {
    let Some(start) = first_member else {
        return "  ".to_owned();
    };
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..start];
    if !before.is_empty() && before.chars().all(|c| c == ' ' || c == '\t') {
        before.to_owned()
    } else {
        "  ".to_owned()
    }
}

/// `story` as pretty JSON indented by `indent` per level, placed one level deep.
fn pretty_json(story: &[Slide], indent: &str) -> String {
    let mut bytes = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    // Writing plain data to memory cannot fail.
    story.serialize(&mut serializer).ok();
    String::from_utf8_lossy(&bytes).replace('\n', &format!("\n{indent}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Date, SlideView};

    fn slide(id: &str) -> Slide {
        Slide {
            id: id.into(),
            title: "1999: three states leave".into(),
            date: Date::parse("1999").unwrap(),
            compare_with: None,
            view: SlideView::Fit(vec!["uzbekistan".into()]),
            highlight: vec![],
            caption: "Uzbekistan did not renew.".into(),
            excerpts: vec!["e1".into()],
            notes: String::new(),
        }
    }

    #[test]
    fn replaces_only_the_story_and_keeps_every_other_byte() {
        let text = "{\n    \"b\": [1,2],   \"story\": [],\n    \"z\": \"kept\" // hand note\n}\n";
        let out = with_story(text, &[slide("s1")]).unwrap();
        let start = out.find("\"story\": ").unwrap() + "\"story\": ".len();
        assert_eq!(&out[..start], &text[..start]);
        assert!(
            out.ends_with(",\n    \"z\": \"kept\" // hand note\n}\n"),
            "{out}"
        );
        assert!(
            out.contains("\n        {\n            \"id\": \"s1\""),
            "{out}"
        );
        let story: Vec<Slide> = serde_json::from_str(&out[start..out.rfind(',').unwrap()]).unwrap();
        assert_eq!(story, vec![slide("s1")]);
    }

    #[test]
    fn adds_a_story_after_the_last_member() {
        let text = "{\n  \"a\": 1\n}";
        let out = with_story(text, &[slide("s1")]).unwrap();
        assert!(
            out.starts_with("{\n  \"a\": 1,\n  \"story\": [\n    {"),
            "{out}"
        );
        assert!(out.ends_with("]\n}"), "{out}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["story"][0]["id"], "s1");
    }

    #[test]
    fn a_broken_file_is_refused() {
        assert!(matches!(
            with_story("{\"a\": ", &[]),
            Err(StoryFileError::NotJson(_))
        ));
        assert_eq!(with_story("[1]", &[]), Err(StoryFileError::NotAnObject));
    }
}
