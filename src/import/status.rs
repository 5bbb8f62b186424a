//! A status cell as one of the dataset's statuses (`member`, `observer`, `frozen`, `former`), in
//! English or Russian, and the kinds of row besides status periods (exercises and events).

use crate::dataset::{EventKind, Reliability, Status};

/// Every word read as a status (folded: lower case, "ё" as "е"); the first of each is the code.
const STATUS_WORDS: [(Status, &[&str]); 4] = [
    (
        Status::Member,
        &[
            "member",
            "full member",
            "signatory",
            "member state",
            "член",
            "участник",
            "государство-член",
            "полноправный член",
        ],
    ),
    (
        Status::Observer,
        &["observer", "наблюдатель", "статус наблюдателя"],
    ),
    (
        Status::Frozen,
        &[
            "frozen",
            "suspended",
            "participation frozen",
            "приостановлено",
            "приостановлен",
            "приостановила",
            "заморожено",
            "заморожен",
            "участие заморожено",
            "участие приостановлено",
        ],
    ),
    (
        Status::Former,
        &[
            "former",
            "withdrew",
            "withdrawn",
            "left",
            "former member",
            "вышел",
            "вышла",
            "вышло",
            "бывший член",
            "выход",
        ],
    ),
];

/// What a row describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A status period of a country (rows without a `kind` are these).
    Status,
    /// A military exercise.
    Exercise,
    /// A meeting, summit, decision, programme or other event.
    Event(EventKind),
}

const KIND_WORDS: [(RowKind, &[&str]); 7] = [
    (RowKind::Status, &["status", "period", "статус", "период"]),
    (RowKind::Exercise, &["exercise", "учения", "учение"]),
    (
        RowKind::Event(EventKind::Meeting),
        &["meeting", "встреча", "заседание"],
    ),
    (RowKind::Event(EventKind::Summit), &["summit", "саммит"]),
    (
        RowKind::Event(EventKind::Decision),
        &["decision", "решение"],
    ),
    (
        RowKind::Event(EventKind::Programme),
        &["programme", "program", "программа"],
    ),
    (
        RowKind::Event(EventKind::Other),
        &["event", "other", "событие", "другое"],
    ),
];

const RELIABILITY_WORDS: [(Reliability, &[&str]); 4] = [
    (Reliability::News, &["news", "новости", "новость"]),
    (Reliability::Analysis, &["analysis", "анализ", "аналитика"]),
    (Reliability::Fragment, &["fragment", "фрагмент"]),
    (Reliability::Unsourced, &["unsourced", "без источника"]),
];

fn fold(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace('ё', "е");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find<T: Copy>(table: &[(T, &[&str])], text: &str) -> Option<T> {
    let folded = fold(text);
    table
        .iter()
        .find(|(_, words)| words.contains(&folded.as_str()))
        .map(|(value, _)| *value)
}

/// The closest word of `table` to `text`, if close enough to be a typing slip.
fn resembling(table: &[(impl Copy, &[&'static str])], text: &str) -> Option<&'static str> {
    let folded = fold(text);
    table
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .map(|word| (strsim::normalized_damerau_levenshtein(&folded, word), word))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, word)| word)
}

/// The status `text` names.
pub fn parse_status(text: &str) -> Option<Status> {
    find(&STATUS_WORDS, text)
}

/// The dataset's code for `status` (`member`, …): a cell holding just this is read plainly.
pub fn status_code(status: Status) -> &'static str {
    STATUS_WORDS
        .iter()
        .find(|(s, _)| *s == status)
        .map_or("member", |(_, words)| words[0])
}

/// The status word closest to `text`.
pub fn resembling_status(text: &str) -> Option<&'static str> {
    resembling(&STATUS_WORDS, text)
}

/// The kind of row `text` names; an empty cell is a status period.
pub fn parse_kind(text: &str) -> Option<RowKind> {
    if text.trim().is_empty() {
        return Some(RowKind::Status);
    }
    find(&KIND_WORDS, text)
}

/// What the rows of a sheet without a `kind` column are, by the sheet's name: "Exercises" or
/// "Учения" holds exercises, "Meetings" or "Summits" events of that kind; any other name, status
/// periods.
pub fn sheet_kind(name: &str) -> RowKind {
    let name = name.trim();
    [Some(name), name.strip_suffix('s'), name.strip_suffix("es")]
        .into_iter()
        .flatten()
        .find_map(|text| find(&KIND_WORDS, text))
        .unwrap_or(RowKind::Status)
}

/// The `kind` cell the exported table writes for a kind of row.
pub fn kind_word(kind: RowKind) -> &'static str {
    KIND_WORDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("status", |(_, words)| words[0])
}

/// The kind word closest to `text`.
pub fn resembling_kind(text: &str) -> Option<&'static str> {
    resembling(&KIND_WORDS, text)
}

/// The reliability `text` names; an empty cell is news, as in a dataset file.
pub fn parse_reliability(text: &str) -> Option<Reliability> {
    if text.trim().is_empty() {
        return Some(Reliability::News);
    }
    find(&RELIABILITY_WORDS, text)
}

/// The `reliability` cell the exported table writes.
pub fn reliability_word(reliability: Reliability) -> &'static str {
    RELIABILITY_WORDS
        .iter()
        .find(|(r, _)| *r == reliability)
        .map_or("news", |(_, words)| words[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_named_for_a_kind_of_row_holds_those_rows() {
        assert_eq!(sheet_kind("Exercises"), RowKind::Exercise);
        assert_eq!(sheet_kind("Учения"), RowKind::Exercise);
        assert_eq!(sheet_kind("Summits"), RowKind::Event(EventKind::Summit));
        assert_eq!(sheet_kind("Members"), RowKind::Status);
        assert_eq!(sheet_kind("History"), RowKind::Status);
    }

    #[test]
    fn statuses_read_in_english_and_russian() {
        for (text, status) in [
            ("Member", Status::Member),
            ("член", Status::Member),
            ("observer", Status::Observer),
            ("Наблюдатель", Status::Observer),
            ("suspended", Status::Frozen),
            ("Приостановлено", Status::Frozen),
            ("withdrew", Status::Former),
            ("  Вышел ", Status::Former),
        ] {
            assert_eq!(parse_status(text), Some(status), "{text}");
        }
        assert_eq!(parse_status("ally"), None);
        assert_eq!(resembling_status("memebr"), Some("member"));
    }

    #[test]
    fn every_status_code_reads_back() {
        for status in [
            Status::Member,
            Status::Observer,
            Status::Frozen,
            Status::Former,
        ] {
            assert_eq!(parse_status(status_code(status)), Some(status));
        }
    }

    #[test]
    fn kinds_and_reliabilities_read_back_from_their_words() {
        for (kind, _) in KIND_WORDS {
            assert_eq!(parse_kind(kind_word(kind)), Some(kind));
        }
        for (reliability, _) in RELIABILITY_WORDS {
            assert_eq!(
                parse_reliability(reliability_word(reliability)),
                Some(reliability)
            );
        }
        assert_eq!(parse_kind(""), Some(RowKind::Status));
    }
}
