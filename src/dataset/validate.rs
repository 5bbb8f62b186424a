//! Checks a parsed dataset for what serde cannot see: ids, references, codes and time order.

use std::collections::{HashMap, HashSet};

use super::date::Date;
use super::locate::{JsonPath, Step};
use super::model::{Dataset, DateBasis, Place};

/// A problem found by [`validate`], located by its path in the JSON document.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Where the offending value is.
    pub path: JsonPath,
    /// What is wrong.
    pub message: String,
}

/// Every problem in `dataset`; `is_known_iso` says whether an ISO alpha-3 code is on the base map.
pub fn validate(dataset: &Dataset, is_known_iso: &dyn Fn(&str) -> bool) -> Vec<Finding> {
    let mut check = Checker {
        findings: Vec::new(),
        is_known_iso,
    };
    let ids = check.unique_ids(dataset);
    let excerpt_ids: HashSet<&str> = dataset.excerpts.iter().map(|e| e.id.as_str()).collect();
    let article_ids: HashSet<&str> = dataset.articles.iter().map(|a| a.id.as_str()).collect();

    let org = vec![Step::Key("organisation")];
    check.sources(
        &excerpt_ids,
        &dataset.organisation.sources,
        at(&org, "sources"),
    );
    if let Some(super::model::MapProjection::Azimuthal { centre }) = &dataset.map
        && !((-180.0..=180.0).contains(&centre.lon) && (-90.0..=90.0).contains(&centre.lat))
    {
        let message = format!(
            "the map's centre ({}, {}) is not a longitude in -180..180 and a latitude in -90..90",
            centre.lon, centre.lat
        );
        check.report(vec![Step::Key("map"), Step::Key("centre")], message);
    }
    let mut previous_until = None;
    for (i, name) in dataset.organisation.former_names.iter().enumerate() {
        let mut here = at(&org, "former_names");
        here.push(Step::Index(i));
        if previous_until.is_some_and(|until| name.until <= until) {
            let message = format!("former names are out of order at {}", name.until.to_iso());
            check.report(at(&here, "until"), message);
        }
        previous_until = Some(name.until);
        check.sources(&excerpt_ids, &name.sources, at(&here, "sources"));
    }
    for (i, country) in dataset.countries.iter().enumerate() {
        let here = vec![Step::Key("countries"), Step::Index(i)];
        if let Some(code) = &country.iso_a3 {
            check.iso(code, at(&here, "iso_a3"));
        }
        check.periods(&excerpt_ids, country, &here);
    }
    for (i, border) in dataset.borders.iter().enumerate() {
        let here = vec![Step::Key("borders"), Step::Index(i)];
        for (j, code) in border.countries.iter().enumerate() {
            let mut path = at(&here, "countries");
            path.push(Step::Index(j));
            check.iso(code, path);
        }
        if !(border.published_length_km.is_finite() && border.published_length_km > 0.0) {
            check.report(
                at(&here, "published_length_km"),
                "published_length_km must be a positive number".into(),
            );
        }
        check.sources(&excerpt_ids, &border.sources, at(&here, "sources"));
        for (j, figure) in border.figures.iter().enumerate() {
            let mut path = at(&here, "figures");
            path.extend([Step::Index(j), Step::Key("sources")]);
            check.sources(&excerpt_ids, &figure.sources, path);
        }
    }
    for (i, exercise) in dataset.exercises.iter().enumerate() {
        let here = vec![Step::Key("exercises"), Step::Index(i)];
        check.span(exercise.start, exercise.end, &here, "start", "end");
        check.place(&exercise.place, at(&here, "place"));
        check.sources(&excerpt_ids, &exercise.sources, at(&here, "sources"));
    }
    for (i, event) in dataset.events.iter().enumerate() {
        let here = vec![Step::Key("events"), Step::Index(i)];
        check.span(event.start, event.end, &here, "start", "end");
        if let Some(place) = &event.place {
            check.place(place, at(&here, "place"));
        }
        check.links(&ids, &event.links, at(&here, "links"));
        check.sources(&excerpt_ids, &event.sources, at(&here, "sources"));
    }
    for (i, disagreement) in dataset.disagreements.iter().enumerate() {
        let here = vec![Step::Key("disagreements"), Step::Index(i)];
        check.links(&ids, &disagreement.about, at(&here, "about"));
        if disagreement.claims.len() < 2 {
            let message = "a disagreement needs at least two claims".to_owned();
            check.report(at(&here, "claims"), message);
        }
        for (j, claim) in disagreement.claims.iter().enumerate() {
            let mut path = at(&here, "claims");
            path.extend([Step::Index(j), Step::Key("sources")]);
            check.sources(&excerpt_ids, &claim.sources, path);
        }
    }
    for (i, slide) in dataset.story.iter().enumerate() {
        let here = vec![Step::Key("story"), Step::Index(i)];
        if let super::SlideView::Fit(framed) = &slide.view {
            check.links(&ids, framed, at(&here, "view"));
            if framed.is_empty() {
                check.report(
                    at(&here, "view"),
                    "a slide's fit list names nothing to frame".into(),
                );
            }
        }
        if let super::SlideView::Centre { lon, lat, width_km } = slide.view
            && !((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) && width_km > 0.0)
        {
            let message =
                "a slide's centre needs a longitude, a latitude and a positive width".into();
            check.report(at(&here, "view"), message);
        }
        if slide.compare_with == Some(slide.date) {
            let message = format!(
                "a slide compares {} with itself: compare_with must differ from its date",
                slide.date.to_iso()
            );
            check.report(at(&here, "compare_with"), message);
        }
        check.links(&ids, &slide.highlight, at(&here, "highlight"));
        check.sources(&excerpt_ids, &slide.excerpts, at(&here, "excerpts"));
        if slide.caption.trim().is_empty() {
            check.report(at(&here, "caption"), "a slide's caption is empty".into());
        }
    }
    for (i, article) in dataset.articles.iter().enumerate() {
        let here = vec![Step::Key("articles"), Step::Index(i)];
        let message = match (article.dated, article.date) {
            (DateBasis::Reported, _) => {
                "an article is not dated by a report: its `dated` is \"stated\" or \"inferred\""
            }
            (DateBasis::Inferred, None) => {
                "`dated` says how the date was found, but there is no date"
            }
            _ => continue,
        };
        check.report(at(&here, "dated"), message.into());
    }
    for (i, excerpt) in dataset.excerpts.iter().enumerate() {
        let here = vec![Step::Key("excerpts"), Step::Index(i)];
        if !article_ids.contains(excerpt.article.as_str()) {
            let message = format!("excerpt article “{}” is not an article id", excerpt.article);
            check.report(at(&here, "article"), message);
        }
        if excerpt.text.trim().is_empty() {
            check.report(at(&here, "text"), "excerpt text is empty".into());
        }
        check.links(&ids, &excerpt.links, at(&here, "links"));
    }
    check.findings
}

/// What `check` warns about in a valid dataset, each a way to teach more than the sources say: a
/// slide that highlights something that has not begun by the slide's date (its map cannot show
/// it yet), and an event after the date the sources reach whose title does not say "planned".
pub fn warnings(dataset: &Dataset) -> Vec<Finding> {
    let mut starts: HashMap<&str, Date> = HashMap::new();
    for country in &dataset.countries {
        if let Some(first) = country.periods.first() {
            starts.insert(&country.id, first.from);
        }
    }
    starts.extend(dataset.exercises.iter().map(|e| (e.id.as_str(), e.start)));
    starts.extend(dataset.events.iter().map(|e| (e.id.as_str(), e.start)));
    let mut findings = Vec::new();
    for (i, slide) in dataset.story.iter().enumerate() {
        for (j, id) in slide.highlight.iter().enumerate() {
            if let Some(start) = starts.get(id.as_str())
                && start.first_day() > slide.date.first_day()
            {
                let path = vec![
                    Step::Key("story"),
                    Step::Index(i),
                    Step::Key("highlight"),
                    Step::Index(j),
                ];
                let message = format!(
                    "warning: slide “{}” highlights “{id}”, which starts {} ({start}), after the slide's \
                     date {} ({}): its map does not show it yet",
                    slide.id,
                    start.to_iso(),
                    slide.date.to_iso(),
                    slide.date
                );
                findings.push(Finding { path, message });
            }
        }
    }
    if let Some(reach) = dataset.as_of {
        for (i, event) in dataset.events.iter().enumerate() {
            if event.start.first_day() > reach.last_day()
                && !event.title.to_lowercase().contains("planned")
            {
                let path = vec![Step::Key("events"), Step::Index(i), Step::Key("title")];
                let message = format!(
                    "warning: event “{}” starts {}, after the sources reach ({}), but its title does not \
                     say it is planned",
                    event.id,
                    event.start.to_iso(),
                    reach.to_iso()
                );
                findings.push(Finding { path, message });
            }
        }
    }
    findings
}

fn at(base: &JsonPath, key: &'static str) -> JsonPath {
    let mut path = base.clone();
    path.push(Step::Key(key));
    path
}

struct Checker<'a> {
    findings: Vec<Finding>,
    is_known_iso: &'a dyn Fn(&str) -> bool,
}

impl Checker<'_> {
    fn report(&mut self, path: JsonPath, message: String) {
        self.findings.push(Finding { path, message });
    }

    /// Reports every id used twice and returns the set of all ids.
    fn unique_ids<'d>(&mut self, dataset: &'d Dataset) -> HashSet<&'d str> {
        let mut seen: HashMap<&str, ()> = HashMap::new();
        let org = std::iter::once((
            dataset.organisation.id.as_str(),
            vec![Step::Key("organisation")],
        ));
        let list = |key: &'static str, ids: Vec<&'d str>| {
            ids.into_iter()
                .enumerate()
                .map(move |(i, id)| (id, vec![Step::Key(key), Step::Index(i), Step::Key("id")]))
        };
        let all = org
            .chain(list(
                "countries",
                dataset.countries.iter().map(|c| c.id.as_str()).collect(),
            ))
            .chain(list(
                "borders",
                dataset.borders.iter().map(|b| b.id.as_str()).collect(),
            ))
            .chain(list(
                "exercises",
                dataset.exercises.iter().map(|e| e.id.as_str()).collect(),
            ))
            .chain(list(
                "events",
                dataset.events.iter().map(|e| e.id.as_str()).collect(),
            ))
            .chain(list(
                "articles",
                dataset.articles.iter().map(|a| a.id.as_str()).collect(),
            ))
            .chain(list(
                "excerpts",
                dataset.excerpts.iter().map(|e| e.id.as_str()).collect(),
            ))
            .chain(list(
                "disagreements",
                dataset
                    .disagreements
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ));
        for (id, path) in all {
            if id.trim().is_empty() {
                self.report(path, "id is empty".into());
            } else if seen.insert(id, ()).is_some() {
                self.report(path, format!("id “{id}” is used more than once"));
            }
        }
        seen.into_keys().collect()
    }

    fn iso(&mut self, code: &str, path: JsonPath) {
        if !(self.is_known_iso)(code) {
            let message = format!(
                "unknown country code “{code}”: not an ISO 3166-1 alpha-3 code on the base map"
            );
            self.report(path, message);
        }
    }

    fn sources(&mut self, excerpt_ids: &HashSet<&str>, sources: &[String], path: JsonPath) {
        if sources.is_empty() {
            self.report(
                path.clone(),
                "sources is empty: every fact cites at least one excerpt".into(),
            );
        }
        for (i, id) in sources.iter().enumerate() {
            if !excerpt_ids.contains(id.as_str()) {
                let mut path = path.clone();
                path.push(Step::Index(i));
                self.report(path, format!("source “{id}” is not an excerpt id"));
            }
        }
    }

    fn links(&mut self, ids: &HashSet<&str>, links: &[String], path: JsonPath) {
        for (i, id) in links.iter().enumerate() {
            if !ids.contains(id.as_str()) {
                let mut path = path.clone();
                path.push(Step::Index(i));
                self.report(path, format!("link “{id}” is not an id in this dataset"));
            }
        }
    }

    fn place(&mut self, place: &Place, path: JsonPath) {
        self.iso(&place.country, at(&path, "country"));
        if !(-90.0..=90.0).contains(&place.lat) {
            self.report(
                at(&path, "lat"),
                format!("latitude {} is outside -90..90", place.lat),
            );
        }
        if !(-180.0..=180.0).contains(&place.lon) {
            self.report(
                at(&path, "lon"),
                format!("longitude {} is outside -180..180", place.lon),
            );
        }
    }

    fn span(
        &mut self,
        start: super::Date,
        end: Option<super::Date>,
        here: &JsonPath,
        start_key: &'static str,
        end_key: &'static str,
    ) {
        if let Some(end) = end
            && end < start
        {
            let message = format!(
                "{end_key} ({}) is before {start_key} ({})",
                end.to_iso(),
                start.to_iso()
            );
            self.report(at(here, end_key), message);
        }
    }

    fn periods(&mut self, excerpt_ids: &HashSet<&str>, country: &super::Country, here: &JsonPath) {
        let mut previous: Option<&super::StatusPeriod> = None;
        for (j, period) in country.periods.iter().enumerate() {
            let mut this = at(here, "periods");
            this.push(Step::Index(j));
            self.span(period.from, period.to, &this, "from", "to");
            self.span(
                period.from,
                period.known_until,
                &this,
                "from",
                "known_until",
            );
            self.sources(excerpt_ids, &period.sources, at(&this, "sources"));
            for (k, claim) in period.disputed_from.iter().enumerate() {
                let mut path = at(&this, "disputed_from");
                path.extend([Step::Index(k), Step::Key("sources")]);
                self.sources(excerpt_ids, &claim.sources, path);
            }
            if let Some(previous) = previous {
                if period.from <= previous.from {
                    let message = format!(
                        "period starting {} is out of order: the one before starts {}",
                        period.from.to_iso(),
                        previous.from.to_iso()
                    );
                    self.report(at(&this, "from"), message);
                } else if let Some(end) = previous.to
                    && end > period.from
                {
                    let message = format!(
                        "period starting {} overlaps the one before, which runs to {}",
                        period.from.to_iso(),
                        end.to_iso()
                    );
                    self.report(at(&this, "from"), message);
                }
            }
            previous = Some(period);
        }
    }
}
