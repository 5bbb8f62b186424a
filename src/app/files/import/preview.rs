//! What the Import table window holds, without drawing it: the table's bytes, the options the
//! reader chose, what the import made of them (a dataset and its match report, or the
//! problems), the country cells not understood with the base map's states to pick from, and the
//! rows of the preview grid. Each change of the options imports the table again.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::basemap::AreaKind;
use crate::dataset::{Standing, standing_words};
use crate::earth::world::World;
use crate::import::country::Countries;
use crate::import::{
    CellRef, ImportError, ImportOptions, Imported, MatchReport, TableProblem, import_table,
};

/// How many status periods the preview grid lists before counting the rest.
pub const PREVIEW_PERIODS: usize = 50;

/// A table being imported, shown in the Import table window until it is created or cancelled.
pub struct ImportPreview {
    /// The table as problems and the dataset's articles name it (its path, or the dropped
    /// file's name).
    pub table: String,
    /// Where the table was read from; `None` for bytes without a path (the browser).
    pub path: Option<PathBuf>,
    bytes: Arc<[u8]>,
    /// The options the table was last imported with.
    pub options: ImportOptions,
    /// What the import made of the table with them.
    pub outcome: Result<Imported, ImportError>,
    /// Every country text not understood since the window opened, in the order first met: a
    /// text stays after it is picked, so the pick can be changed.
    pub unknown: Vec<UnknownText>,
    /// The base map's states, sorted by name: what a country cell can be picked as.
    pub choices: Vec<CountryChoice>,
    /// The fields and searches being typed in the window.
    pub typing: Typing,
}

/// A country text of the table not understood, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownText {
    /// The cell's text, trimmed.
    pub text: String,
    /// The ISO alpha-3 code of the state it resembles, when one is close.
    pub suggestion_iso: Option<String>,
    /// The cells that hold it.
    pub cells: Vec<CellRef>,
}

/// A state of the base map a country cell can be picked as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryChoice {
    /// Its ISO alpha-3 code.
    pub iso_a3: String,
    /// "Kyrgyzstan (KGZ)": the name the dataset gets, and the code.
    pub label: String,
    searched: String,
}

/// What the reader is typing, kept between frames.
#[derive(Debug, Clone, Default)]
pub struct Typing {
    /// The organisation's name field.
    pub name: String,
    /// The short name field.
    pub short_name: String,
    /// Whether the short name was typed (else it follows the name's capitals).
    pub short_name_typed: bool,
    /// Each picker's search text, by the country text it picks for.
    pub searches: HashMap<String, String>,
}

/// One row of the preview grid: a status period of the dataset that would be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRow {
    /// The country's English short name.
    pub country: String,
    /// Its ISO alpha-3 code.
    pub iso_a3: String,
    /// "Member", "Observer", …
    pub status: String,
    /// When the period began, as written in the window.
    pub from: String,
    /// When it ended; empty while it lasts.
    pub to: String,
    /// What happened.
    pub event: String,
}

impl ImportPreview {
    /// Imports `bytes` (the table named `table`, read from `path`) with the default options.
    pub fn new(table: String, path: Option<PathBuf>, bytes: Arc<[u8]>, world: &World) -> Self {
        let options = ImportOptions::default();
        let typing = Typing {
            name: options.name_for(&table),
            short_name: options.short_name_for(&table),
            ..Typing::default()
        };
        let outcome = import_table(&table, &bytes, &options, &|iso| world.knows_iso(iso));
        let mut preview = Self {
            table,
            path,
            bytes,
            options,
            outcome,
            unknown: Vec::new(),
            choices: country_choices(world),
            typing,
        };
        preview.note_unknown();
        preview
    }

    /// Imports the table again with `options`.
    pub fn set_options(&mut self, options: ImportOptions, world: &World) {
        self.outcome = import_table(&self.table, &self.bytes, &options, &|iso| {
            world.knows_iso(iso)
        });
        self.options = options;
        if !self.typing.short_name_typed {
            self.typing.short_name = self.options.short_name_for(&self.table);
        }
        self.note_unknown();
    }

    /// The table's file name, without its folder: what problems are located in, in the window.
    pub fn file_name(&self) -> String {
        crate::platform::file_name(std::path::Path::new(&self.table), &self.table)
    }

    /// The dataset that would be made, when the table has no problems.
    pub fn imported(&self) -> Option<&Imported> {
        self.outcome.as_ref().ok()
    }

    /// Every problem that refuses the table, in the order of the table.
    pub fn problems(&self) -> &[TableProblem] {
        match &self.outcome {
            Ok(_) => &[],
            Err(err) => &err.problems,
        }
    }

    /// How the table was read, when it was a table at all.
    pub fn report(&self) -> Option<&MatchReport> {
        match &self.outcome {
            Ok(imported) => Some(&imported.report),
            Err(err) => err.report.as_deref(),
        }
    }

    /// The state picked for a country text, if any.
    pub fn picked(&self, text: &str) -> Option<&CountryChoice> {
        let iso = self.options.countries.get(text)?;
        self.choices.iter().find(|c| &c.iso_a3 == iso)
    }

    /// The states a picker for `unknown` offers while `search` is typed: the one it resembles
    /// first, then the others by name, each matching the search by name or code.
    pub fn choices_for(&self, unknown: &UnknownText, search: &str) -> Vec<&CountryChoice> {
        let search = search.trim().to_lowercase();
        let suggested = |c: &&CountryChoice| unknown.suggestion_iso.as_ref() == Some(&c.iso_a3);
        let matching = self.choices.iter().filter(|c| c.searched.contains(&search));
        matching
            .clone()
            .filter(suggested)
            .chain(matching.filter(|c| !suggested(c)))
            .collect()
    }

    /// The options with `text` picked as the state `iso_a3` (or its pick undone for `None`).
    pub fn with_pick(&self, text: &str, iso_a3: Option<&str>) -> ImportOptions {
        let mut options = self.options.clone();
        match iso_a3 {
            Some(iso) => options.countries.insert(text.to_owned(), iso.to_owned()),
            None => options.countries.remove(text),
        };
        options
    }

    /// The first [`PREVIEW_PERIODS`] status periods of the dataset that would be made, and how
    /// many more it has.
    pub fn period_rows(&self) -> (Vec<PeriodRow>, usize) {
        let Some(imported) = self.imported() else {
            return (Vec::new(), 0);
        };
        let all = imported.dataset.countries.iter().flat_map(|country| {
            country.periods.iter().map(move |period| PeriodRow {
                country: country.name.clone(),
                iso_a3: country.iso_a3.clone().unwrap_or_default(),
                status: standing_words(Standing::Held(period.status)).label(),
                from: period.from.to_string(),
                to: period.to.map(|to| to.to_string()).unwrap_or_default(),
                event: period.event.clone(),
            })
        });
        let rows: Vec<PeriodRow> = all.clone().take(PREVIEW_PERIODS).collect();
        let rest = all.count() - rows.len();
        (rows, rest)
    }

    /// The dataset's file name offered when saving ("members.json" for "members.xlsx"), and the
    /// table's folder.
    pub fn offered_save(&self) -> (String, Option<PathBuf>) {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(&self.table));
        let name = crate::platform::file_name(&path.with_extension("json"), "imported.json");
        let folder = self
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(PathBuf::from);
        (name, folder)
    }

    /// Adds the country texts of the problems not yet known, and the cells of each.
    fn note_unknown(&mut self) {
        let Err(err) = &self.outcome else {
            return;
        };
        for problem in &err.problems {
            let Some(unknown) = &problem.unknown_country else {
                continue;
            };
            match self.unknown.iter_mut().find(|u| u.text == unknown.text) {
                Some(known) => {
                    if !known.cells.contains(&problem.at) {
                        known.cells.push(problem.at);
                    }
                }
                None => self.unknown.push(UnknownText {
                    text: unknown.text.clone(),
                    suggestion_iso: unknown.suggestion_iso.clone(),
                    cells: vec![problem.at],
                }),
            }
        }
    }
}

/// The base map's states the importer can name, sorted by name.
fn country_choices(world: &World) -> Vec<CountryChoice> {
    let countries = Countries::new();
    let mut choices: Vec<CountryChoice> = world
        .basemap
        .areas
        .iter()
        .filter(|area| area.kind == AreaKind::Country)
        .filter_map(|area| area.iso_a3.as_deref())
        .filter_map(|iso| countries.find(iso))
        .map(|(state, _)| {
            let label = format!("{} ({})", state.name, state.iso_a3);
            CountryChoice {
                iso_a3: state.iso_a3.clone(),
                searched: label.to_lowercase(),
                label,
            }
        })
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    choices.dedup_by(|a, b| a.iso_a3 == b.iso_a3);
    choices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::world::world;

    const TABLE: &str = "country,status,from,to,event,source,source date,headline,quote\n\
        Armenia,member,1992-05-15,,Signed,TASS,2024-09,A headline,\"Armenia signed.\"\n\
        Kyrgyz SSR,member,1992-05-15,,Signed,TASS,2024-09,A headline,\"It signed.\"\n\
        Kyrgyz SSR,observer,1990,1991,Watched,TASS,2024-09,A headline,\"It left.\"\n";

    fn preview() -> ImportPreview {
        let bytes: Arc<[u8]> = TABLE.as_bytes().into();
        let path = PathBuf::from("/class/Eastern Alliance.csv");
        ImportPreview::new(path.display().to_string(), Some(path), bytes, world())
    }

    #[test]
    fn a_country_not_understood_is_offered_once_with_its_cells_and_stays_when_picked() {
        let mut preview = preview();
        assert_eq!(preview.problems().len(), 2);
        assert_eq!(preview.unknown.len(), 1);
        let unknown = preview.unknown[0].clone();
        assert_eq!(unknown.text, "Kyrgyz SSR");
        assert_eq!(unknown.cells, [CellRef::cell(3, 1), CellRef::cell(4, 1)]);
        let options = preview.with_pick("Kyrgyz SSR", Some("KGZ"));
        preview.set_options(options, world());
        assert!(preview.problems().is_empty(), "{:?}", preview.problems());
        assert_eq!(preview.unknown, [unknown]);
        assert_eq!(
            preview.picked("Kyrgyz SSR").map(|c| c.label.as_str()),
            Some("Kyrgyzstan (KGZ)")
        );
    }

    #[test]
    fn the_state_it_resembles_comes_first_then_the_others_by_name() {
        let preview = preview();
        let unknown = &preview.unknown[0];
        let offered = preview.choices_for(unknown, "");
        assert_eq!(offered[0].iso_a3, "KGZ");
        assert!(offered[1].label < offered[2].label);
        assert!(offered.len() > 150, "every state of the base map");
        let found: Vec<&str> = preview
            .choices_for(unknown, "kaz")
            .iter()
            .map(|c| c.label.as_str())
            .collect();
        assert_eq!(found, ["Kazakhstan (KAZ)"]);
    }

    #[test]
    fn the_names_are_prefilled_and_the_short_name_follows_the_name_until_typed() {
        let mut preview = preview();
        assert_eq!(preview.typing.name, "Eastern Alliance");
        assert_eq!(preview.typing.short_name, "EA");
        let options = ImportOptions {
            name: Some("Treaty Group".to_owned()),
            ..preview.options.clone()
        };
        preview.set_options(options, world());
        assert_eq!(preview.typing.short_name, "TG");
    }

    #[test]
    fn the_grid_lists_the_periods_and_the_dataset_is_offered_beside_the_table() {
        let mut preview = preview();
        preview.set_options(preview.with_pick("Kyrgyz SSR", Some("KGZ")), world());
        let (rows, rest) = preview.period_rows();
        assert_eq!(rest, 0);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].country, "Kyrgyzstan");
        assert_eq!(rows[1].status, "Observer");
        assert_eq!(rows[1].to, "1991");
        assert_eq!(
            preview.offered_save(),
            (
                "Eastern Alliance.json".to_owned(),
                Some(PathBuf::from("/class"))
            )
        );
    }
}
