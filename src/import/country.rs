//! States by what a table calls them: ISO 3166-1 alpha-2, alpha-3 or numeric codes (from the
//! `rust_iso3166` crate), ISO's English names, and the short, long, older and Russian names in
//! `assets/countries/names.tsv`. The dataset gets the alpha-3 code and an English short name.

use std::collections::HashMap;

const NAMES: &str = include_str!("../../assets/countries/names.tsv");

/// A state the table named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, as the base map and datasets know states.
    pub iso_a3: String,
    /// English short name, e.g. "Kyrgyzstan".
    pub name: String,
}

/// How a cell named a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedBy {
    /// Its English short name or alpha-3 code: nothing to remark on.
    Plainly,
    /// Another name or code, worth saying how it was read.
    Otherwise,
}

/// Every name and code of every state, folded for look-up.
#[derive(Debug)]
pub struct Countries {
    states: Vec<Country>,
    by_key: HashMap<String, usize>,
}

impl Countries {
    /// The look-up table of ISO 3166-1 and the names file.
    pub fn new() -> Self {
        let mut countries = Self {
            states: Vec::new(),
            by_key: HashMap::new(),
        };
        let mut short_names: HashMap<&str, &str> = HashMap::new();
        let mut other_names: Vec<(&str, &str)> = Vec::new();
        for line in NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut fields = line.split('\t');
            let (Some(code), Some(short)) = (fields.next(), fields.next()) else {
                continue;
            };
            short_names.insert(code, short);
            for names in fields {
                other_names.extend(names.split(';').map(|n| (code, n)));
            }
        }
        for code in rust_iso3166::ALL {
            let short = short_names.get(code.alpha3).copied().unwrap_or_else(|| {
                // ISO's "Bolivia (Plurinational State of)": the part before the parenthesis.
                code.name.split(" (").next().unwrap_or(code.name)
            });
            let index = countries.states.len();
            countries.states.push(Country {
                iso_a3: code.alpha3.to_owned(),
                name: short.to_owned(),
            });
            let numeric = code.numeric.to_string();
            let padded = format!("{:03}", code.numeric);
            let base_name = code.name.split(" (").next().unwrap_or(code.name);
            for key in [
                code.alpha3,
                code.alpha2,
                &numeric,
                &padded,
                short,
                code.name,
                base_name,
            ] {
                countries.by_key.entry(fold(key)).or_insert(index);
            }
        }
        for (code, name) in other_names {
            if let Some(index) = countries.states.iter().position(|s| s.iso_a3 == code) {
                countries.by_key.entry(fold(name)).or_insert(index);
            }
        }
        countries
    }

    /// The state `text` names, and whether it named it plainly.
    pub fn find(&self, text: &str) -> Option<(&Country, NamedBy)> {
        let state = &self.states[*self.by_key.get(&fold(text))?];
        let plain = text.trim() == state.name || text.trim() == state.iso_a3;
        let named_by = if plain {
            NamedBy::Plainly
        } else {
            NamedBy::Otherwise
        };
        Some((state, named_by))
    }

    /// The state whose name is closest to `text`, if one is close enough to be a typing slip.
    pub fn resembling(&self, text: &str) -> Option<&Country> {
        let folded = fold(text);
        self.by_key
            .iter()
            .filter(|(key, _)| key.chars().count() > 3)
            .map(|(key, &i)| (strsim::jaro_winkler(&folded, key), key, i))
            .filter(|(score, _, _)| *score >= 0.85)
            // The key breaks ties, so the suggestion does not depend on the map's order.
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            .map(|(_, _, i)| &self.states[i])
    }
}

impl Default for Countries {
    fn default() -> Self {
        Self::new()
    }
}

/// A name as looked up: lower case, "ё" as "е", letters and digits only (words separated by one
/// space), without a leading "the".
fn fold(text: &str) -> String {
    let lower = text.to_lowercase().replace('ё', "е");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_in_english_and_russian_find_the_state() {
        let countries = Countries::new();
        let code = |text: &str| countries.find(text).map(|(c, _)| c.iso_a3.clone());
        for (text, iso) in [
            ("KG", "KGZ"),
            ("kgz", "KGZ"),
            ("417", "KGZ"),
            ("Kyrgyz Republic", "KGZ"),
            ("Киргизия", "KGZ"),
            ("Republic of Armenia", "ARM"),
            ("Russian Federation", "RUS"),
            ("Беларусь", "BLR"),
            ("004", "AFG"),
            ("the Netherlands", "NLD"),
            ("Moldova (Republic of)", "MDA"),
            ("Бразилия", "BRA"),
        ] {
            assert_eq!(code(text).as_deref(), Some(iso), "{text}");
        }
        assert_eq!(code("Atlantis"), None);
    }

    #[test]
    fn the_dataset_gets_the_english_short_name() {
        let countries = Countries::new();
        let (russia, how) = countries.find("Российская Федерация").unwrap();
        assert_eq!(russia.name, "Russia");
        assert_eq!(how, NamedBy::Otherwise);
        let (_, how) = countries.find("Armenia").unwrap();
        assert_eq!(how, NamedBy::Plainly);
        assert_eq!(countries.find("BOL").unwrap().0.name, "Bolivia");
    }

    #[test]
    fn a_misspelt_name_suggests_the_state() {
        let countries = Countries::new();
        assert_eq!(
            countries.resembling("Azerbajan").map(|c| c.name.as_str()),
            Some("Azerbaijan")
        );
        assert_eq!(countries.resembling("Qwxz"), None);
    }
}
