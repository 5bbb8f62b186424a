//! Carrying out an edit of the facts: it is made on a copy of the data and checked as `check`
//! checks a file; an edit that would make the dataset wrong (a `to` before its `from`, a source
//! that is not there) is refused with the reason, shown beside the field, and the map keeps what
//! it showed. An edit taken is one step of the undo history, and the map is drawn again from it.

use super::Authoring;
use crate::app::shared::Shared;
use crate::app::shown::Shown;
use crate::dataset::{Dataset, FactEdit, FactRef, NewFact, Place, PlacePrecision, apply_fact_edit};
use crate::facts::selection::Selection;

/// An edit of the facts that was not taken, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The field it typed into ([`FactEdit::typing`]), or `None` for an edit of no one field.
    pub typing: Option<String>,
    /// Why, in a sentence or a few.
    pub reason: String,
}

impl Authoring {
    /// Carries out `edit` if the dataset stays valid; otherwise remembers why not.
    pub(super) fn edit_fact(&mut self, edit: FactEdit, shared: &mut Shared) {
        let typing = edit.typing();
        let added = match &edit {
            FactEdit::Add { fact, .. } => Some(fact.clone()),
            _ => None,
        };
        let mut data = shared.shown.dataset.data.clone();
        let checked = apply_fact_edit(&mut data, edit).and_then(|()| {
            let world = &shared.world;
            shared
                .shown
                .dataset
                .edited(data.clone(), &|iso| world.knows_iso(iso))
                .map_err(|problems| problems.join(" "))
        });
        match checked {
            Ok(dataset) => {
                self.refusal = None;
                let shown = &mut shared.shown.dataset.data;
                self.history.record(shown, typing, |shown| *shown = data);
                show(shared, dataset);
                // What was added is selected, to go on editing it.
                if let Some(fact) = added {
                    let data = &shared.shown.dataset.data;
                    shared.saved.view.selection = selection_of_added(&fact, data);
                }
            }
            Err(reason) => self.refusal = Some(Refusal { typing, reason }),
        }
    }

    /// Puts the exercise or event being placed at `lon`, `lat` (a click on the map): its place
    /// keeps its name, is in the country clicked (or where it was), and is known to the point.
    pub(super) fn place_at(
        &mut self,
        lon: f64,
        lat: f64,
        country: Option<String>,
        shared: &mut Shared,
    ) {
        let Some(fact) = self.placing.take() else {
            return;
        };
        let data = &shared.shown.dataset.data;
        let was = match fact {
            FactRef::Exercise(i) => data.exercises.get(i).map(|e| &e.place),
            FactRef::Event(i) => data.events.get(i).and_then(|e| e.place.as_ref()),
            FactRef::Period { .. } | FactRef::Organisation => None,
        };
        let place = Place {
            name: was.map_or_else(String::new, |p| p.name.clone()),
            country: country
                .or_else(|| was.map(|p| p.country.clone()))
                .unwrap_or_default(),
            lat,
            lon,
            precision: PlacePrecision::Point,
        };
        self.edit_fact(FactEdit::SetPlace { fact, place }, shared);
    }
}

/// What to select once `fact` is added to `data`: the country of a new country or period, the
/// last exercise or event (which the new one is).
fn selection_of_added(fact: &NewFact, data: &Dataset) -> Option<Selection> {
    match fact {
        NewFact::Country(country) => Some(Selection::Country(country.id.clone())),
        NewFact::Period { country, .. } => data
            .countries
            .get(*country)
            .map(|c| Selection::Country(c.id.clone())),
        NewFact::Exercise(_) => data
            .exercises
            .last()
            .map(|e| Selection::Exercise(e.id.clone())),
        NewFact::Event(_) => data.events.last().map(|e| Selection::Event(e.id.clone())),
    }
}

/// Puts `data` on screen in place of the dataset's own (after an undo or redo): only the story
/// changed, it is simply taken; otherwise the dataset is indexed again and drawn from it.
pub fn show_edited(shared: &mut Shared, data: Dataset) {
    if shared.shown.dataset.data.same_facts(&data) {
        shared.shown.dataset.data = data;
        return;
    }
    let world = &shared.world;
    // Every state in the history was checked when it was made.
    match shared
        .shown
        .dataset
        .edited(data, &|iso| world.knows_iso(iso))
    {
        Ok(dataset) => show(shared, dataset),
        Err(problems) => log::error!("an undone edit is not valid: {problems:?}"),
    }
}

/// Draws `dataset` (edited) in place of the one shown, the view and selection kept where they
/// still name something.
fn show(shared: &mut Shared, dataset: crate::dataset::LoadedDataset) {
    shared.shown = Shown::new(dataset, &shared.world, shared.today, &shared.saved.view);
}
