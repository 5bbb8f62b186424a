//! Writing edits back into a dataset file: only the top-level members that were edited (the
//! `story`, the `countries`, the `excerpts`…) are replaced, so the rest of the file (its order,
//! spacing and anything a text editor changed) stays byte for byte.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use serde::Serialize as _;

use super::model::Dataset;

/// Why edits could not be put into a dataset file's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileEditError {
    /// The file is no longer JSON (it was edited into a broken state).
    #[error("the file is not valid JSON: {0}")]
    NotJson(String),
    /// The file's top level is not an object.
    #[error("the file's top level is not a JSON object")]
    NotAnObject,
}

/// `text` (a dataset file) with each top-level member that differs between `saved` (what the file
/// was read as) and `edited` written anew, indented like the file's own members; a member the
/// file lacks is added after its last one.
pub fn with_edits(text: &str, saved: &Dataset, edited: &Dataset) -> Result<String, FileEditError> {
    let root = parse_object(text)?;
    let indent = member_indent(text, root.properties.first().map(Ranged::start));
    let saved_json = pretty_json(saved, &indent);
    let edited_json = pretty_json(edited, &indent);
    let saved_members = member_texts(&saved_json);
    let edited_members = member_texts(&edited_json);
    let mut changed: Vec<(&str, &str)> = edited_members
        .iter()
        .filter(|(name, value)| saved_members.iter().all(|m| m != &(*name, *value)))
        .copied()
        .collect();
    // A member left out when empty (a story deleted to its last slide) is written empty.
    for (name, value) in &saved_members {
        if edited_members.iter().all(|(n, _)| n != name) {
            changed.push((name, if value.starts_with('[') { "[]" } else { "null" }));
        }
    }
    Ok(with_members(text, &root, &indent, &changed))
}

fn parse_object(text: &str) -> Result<jsonc_parser::ast::Object<'_>, FileEditError> {
    let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &Default::default())
        .map_err(|err| FileEditError::NotJson(err.to_string()))?;
    match parsed.value {
        Some(Value::Object(root)) => Ok(root),
        _ => Err(FileEditError::NotAnObject),
    }
}

/// The top-level members of `json` (an object, as [`pretty_json`] writes it): each name and its
/// value's text.
fn member_texts(json: &str) -> Vec<(&str, &str)> {
    let Ok(root) = parse_object(json) else {
        return Vec::new();
    };
    root.properties
        .iter()
        .map(|member| {
            let range = member.value.range();
            let name_range = member.name.range();
            // The name's text without its quotes.
            (
                &json[name_range.start + 1..name_range.end - 1],
                &json[range.start..range.end],
            )
        })
        .collect()
}

/// `text` with each of `members` (name and value text) replacing the file's member of that name,
/// or added after its last member.
fn with_members(
    text: &str,
    root: &jsonc_parser::ast::Object<'_>,
    indent: &str,
    members: &[(&str, &str)],
) -> String {
    // Replacements by where they start in the text, so the text is rebuilt in one pass.
    let mut replaced: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (name, value) in members {
        match root.properties.iter().find(|p| p.name.as_str() == *name) {
            Some(member) => {
                let range = member.value.range();
                replaced.push((range.start..range.end, (*value).to_owned()));
            }
            None => added += &format!(",\n{indent}\"{name}\": {value}"),
        }
    }
    if !added.is_empty() {
        match root.properties.last() {
            Some(last) => replaced.push((last.end()..last.end(), added)),
            // An empty object: no comma before the first member.
            None => {
                let at = root.start() + 1;
                replaced.push((at..at, added[1..].to_owned()));
            }
        }
    }
    replaced.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (range, value) in replaced {
        out.push_str(&text[from..range.start]);
        out.push_str(&value);
        from = range.end;
    }
    out.push_str(&text[from..]);
    out
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

/// `dataset` as pretty JSON indented by `indent` per level.
fn pretty_json(dataset: &Dataset, indent: &str) -> String {
    let mut bytes = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    // Writing plain data to memory cannot fail.
    dataset.serialize(&mut serializer).ok();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DEFAULT_SAMPLE;

    fn csto() -> Dataset {
        serde_json::from_str(DEFAULT_SAMPLE.json).unwrap()
    }

    /// The text of `text`'s top-level member `name`.
    fn member<'a>(text: &'a str, name: &str) -> &'a str {
        member_texts(text)
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| value)
            .unwrap()
    }

    #[test]
    fn replaces_only_the_members_edited_and_keeps_every_other_byte() {
        let text = DEFAULT_SAMPLE.json;
        let saved = csto();
        let mut edited = saved.clone();
        edited.countries[0].name = "Armenia (edited)".into();
        edited.story.remove(0);
        let out = with_edits(text, &saved, &edited).unwrap();
        let read: Dataset = serde_json::from_str(&out).unwrap();
        assert_eq!(read, edited);
        for kept in ["organisation", "articles", "excerpts", "exercises"] {
            assert_eq!(member(&out, kept), member(text, kept), "{kept} is kept");
        }
        let before_countries = text.find("\"countries\"").unwrap();
        assert_eq!(&out[..before_countries], &text[..before_countries]);
    }

    #[test]
    fn a_member_the_file_lacks_is_added_and_one_emptied_is_written_empty() {
        let saved = csto();
        let mut without_story = saved.clone();
        without_story.story.clear();
        let text = serde_json::to_string(&without_story).unwrap();
        let out = with_edits(&text, &without_story, &saved).unwrap();
        assert!(
            out.ends_with("}\n  ]\n}") || out.contains("\"story\": ["),
            "{out}"
        );
        assert_eq!(serde_json::from_str::<Dataset>(&out).unwrap(), saved);
        let back = with_edits(&out, &saved, &without_story).unwrap();
        assert!(back.contains("\"story\": []"));
        assert_eq!(
            serde_json::from_str::<Dataset>(&back).unwrap(),
            without_story
        );
    }

    #[test]
    fn a_broken_file_is_refused() {
        let saved = csto();
        assert!(matches!(
            with_edits("{\"a\": ", &saved, &saved),
            Err(FileEditError::NotJson(_))
        ));
        assert_eq!(
            with_edits("[1]", &saved, &saved),
            Err(FileEditError::NotAnObject)
        );
    }
}
