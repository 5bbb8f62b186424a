//! Errors from reading a dataset file, each with the file, line and column where the input has them.

use std::fmt;

/// A 1-based line and column in a text file (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let before = &text[..text.floor_char_boundary(offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }
}

/// One thing wrong with a dataset file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file, if the problem has a place.
    pub location: Option<Location>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Problem {
    /// The problem as a `FILE:LINE:COLUMN: message` line.
    pub fn line(&self, path: &str) -> String {
        ProblemLine {
            path,
            problem: self,
        }
        .to_string()
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// The file could not be read at all.
    #[error("{path}: cannot read the file: {source}")]
    Unreadable {
        /// The file.
        path: String,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The file was read but is not a valid dataset.
    #[error("{}", format_problems(path, problems))]
    Invalid {
        /// The file.
        path: String,
        /// Everything wrong with it, in file order where known.
        problems: Vec<Problem>,
    },
}

impl DatasetError {
    /// The problems as `FILE:LINE:COLUMN: message` lines.
    pub fn lines(&self) -> Vec<String> {
        match self {
            DatasetError::Unreadable { .. } => vec![self.to_string()],
            DatasetError::Invalid { path, problems } => {
                problems.iter().map(|problem| problem.line(path)).collect()
            }
        }
    }
}

struct ProblemLine<'a> {
    path: &'a str,
    problem: &'a Problem,
}

impl fmt::Display for ProblemLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problem.location {
            Some(Location { line, column }) => {
                write!(f, "{}:{line}:{column}: {}", self.path, self.problem.message)
            }
            None => write!(f, "{}: {}", self.path, self.problem.message),
        }
    }
}

fn format_problems(path: &str, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|problem| problem.line(path))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_offsets_by_line_and_character_column() {
        let text = "{\n  \"é\": 1,\n  \"x\": 2\n}";
        let offset = text.find("\"x\"").unwrap();
        assert_eq!(
            Location::of_offset(text, offset),
            Location { line: 3, column: 3 }
        );
        let offset = text.find('1').unwrap();
        assert_eq!(
            Location::of_offset(text, offset),
            Location { line: 2, column: 8 }
        );
    }
}
