//! Every statement the dataset makes, with the excerpts it cites: so the details panel can show
//! each statement's excerpts under it, and an excerpt can show every statement that cites it.
//! No egui here.

use super::describe;
use super::selection::Selection;
use crate::dataset::{ExcerptId, LoadedDataset};

/// One statement of the dataset and the excerpts it cites.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement<'a> {
    /// What the statement is about, to show it (`None`: the organisation itself).
    pub about: Option<Selection>,
    /// The statement, as a student reads it.
    pub text: String,
    /// The excerpts it cites.
    pub sources: &'a [ExcerptId],
}

/// Every statement of `dataset`, in the order the dataset holds them.
pub fn statements(dataset: &LoadedDataset) -> Vec<Statement<'_>> {
    let data = &dataset.data;
    let org = &data.organisation;
    let mut out = vec![Statement {
        about: None,
        text: format!("{}: {}", org.name, org.summary),
        sources: &org.sources,
    }];
    out.extend(org.former_names.iter().map(|former| Statement {
        about: None,
        text: format!("Called the {} until {}", former.name, former.until),
        sources: &former.sources,
    }));
    for country in &data.countries {
        let about = Some(Selection::Country(country.id.clone()));
        for period in &country.periods {
            out.push(Statement {
                about: about.clone(),
                text: format!("{} ({}): {}", country.name, period.from, period.event),
                sources: &period.sources,
            });
            out.extend(period.disputed_from.iter().map(|claim| Statement {
                about: about.clone(),
                text: format!(
                    "{}: another source gives {}. {}",
                    country.name, claim.date, claim.note
                ),
                sources: &claim.sources,
            }));
        }
    }
    for border in &data.borders {
        let about = Some(Selection::Border(border.id.clone()));
        out.push(Statement {
            about: about.clone(),
            text: format!(
                "{}: {:.1} km long (published)",
                border.name, border.published_length_km
            ),
            sources: &border.sources,
        });
        out.extend(border.figures.iter().map(|figure| Statement {
            about: about.clone(),
            text: format!("{}: {} {}", border.name, figure.label, figure.value),
            sources: &figure.sources,
        }));
    }
    out.extend(data.exercises.iter().map(|exercise| Statement {
        about: Some(Selection::Exercise(exercise.id.clone())),
        text: format!(
            "{} ({}): {}",
            exercise.name, exercise.start, exercise.summary
        ),
        sources: &exercise.sources,
    }));
    out.extend(data.events.iter().map(|event| Statement {
        about: Some(Selection::Event(event.id.clone())),
        text: format!("{} ({})", event.title, describe::event_date(event)),
        sources: &event.sources,
    }));
    for disagreement in &data.disagreements {
        let about = disagreement
            .about
            .iter()
            .find_map(|id| selection_of(dataset, id));
        out.extend(disagreement.claims.iter().map(|claim| Statement {
            about: about.clone(),
            text: format!("{} One source: {}", disagreement.topic, claim.says),
            sources: &claim.sources,
        }));
    }
    out
}

/// The statements that cite `excerpt_id`.
pub fn citing<'a>(dataset: &'a LoadedDataset, excerpt_id: &str) -> Vec<Statement<'a>> {
    statements(dataset)
        .into_iter()
        .filter(|s| s.sources.iter().any(|id| id == excerpt_id))
        .collect()
}

/// What selecting the thing with this id would select (`None` for the organisation or unknown ids).
pub fn selection_of(dataset: &LoadedDataset, id: &str) -> Option<Selection> {
    let id = id.to_owned();
    if dataset.country(&id).is_some() {
        Some(Selection::Country(id))
    } else if dataset.border(&id).is_some() {
        Some(Selection::Border(id))
    } else if dataset.exercise(&id).is_some() {
        Some(Selection::Exercise(id))
    } else if dataset.event(&id).is_some() {
        Some(Selection::Event(id))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::world::world;

    #[test]
    fn every_excerpt_a_statement_cites_leads_back_to_it() {
        let dataset = world().csto();
        for statement in statements(&dataset) {
            for id in statement.sources {
                assert!(
                    citing(&dataset, id).contains(&statement),
                    "{id} does not lead back to {}",
                    statement.text
                );
            }
        }
    }

    #[test]
    fn tajikistans_signature_is_cited_by_its_first_period() {
        let dataset = world().csto();
        let first = &dataset.country("TJK").unwrap().periods[0];
        let statements = citing(&dataset, &first.sources[0]);
        assert!(
            statements
                .iter()
                .any(|s| s.about == Some(Selection::Country("TJK".into()))),
            "{statements:?}"
        );
    }
}
