//! The Sources panel: every article the dataset rests on (outlet, headline, date or "undated",
//! how much weight it bears) with its excerpts, searchable; clicking a quote shows what cites it.

use egui::RichText;

use super::ExploreCommand;
use super::evidence::quote_ui;
use crate::app::Command;
use crate::app::frame::Frame;
use crate::app::shared::Shared;
use crate::facts::describe;
use crate::facts::search::fold;

/// What the Sources panel's query finds: articles newest first (undated last), each with the
/// excerpts that match. Made when the query or the dataset changes.
#[derive(Debug, Default)]
pub struct SourcesFilter {
    /// What the search field holds.
    pub query: String,
    /// Indices of the articles found, each with the indices of its excerpts shown.
    found: Vec<(usize, Vec<usize>)>,
    /// The dataset it was made for.
    generation: Option<u64>,
}

impl SourcesFilter {
    /// Searches for `query`.
    pub fn set_query(&mut self, query: String, shared: &Shared) {
        self.query = query;
        self.find(shared);
    }

    /// Searches again if another dataset is shown.
    pub fn refresh(&mut self, shared: &Shared) {
        if self.generation != Some(shared.shown.generation()) {
            self.find(shared);
        }
    }

    fn find(&mut self, shared: &Shared) {
        let data = &shared.shown.dataset.data;
        let needle = fold(self.query.trim());
        let matches = |text: &str| needle.is_empty() || fold(text).contains(&needle);
        let mut articles: Vec<usize> = (0..data.articles.len()).collect();
        articles.sort_by_key(|&i| {
            let a = &data.articles[i];
            (a.date.is_none(), std::cmp::Reverse(a.date), a.id.clone())
        });
        self.found = articles
            .into_iter()
            .filter_map(|i| {
                let article = &data.articles[i];
                let article_matches = matches(&article.outlet) || matches(&article.headline);
                let excerpts: Vec<usize> = (0..data.excerpts.len())
                    .filter(|&e| data.excerpts[e].article == article.id)
                    .filter(|&e| article_matches || matches(&data.excerpts[e].text))
                    .collect();
                (article_matches || !excerpts.is_empty()).then_some((i, excerpts))
            })
            .collect();
        self.generation = Some(shared.shown.generation());
    }
}

/// The search field and the list of articles.
pub fn sources_ui(ui: &mut egui::Ui, frame: &Frame<'_>, commands: &mut Vec<Command>) {
    ui.heading("Sources");
    let filter = &frame.explore.sources;
    let mut query = filter.query.clone();
    ui.add(
        egui::TextEdit::singleline(&mut query)
            .hint_text("Search outlets, headlines and quotes")
            .desired_width(f32::INFINITY),
    );
    if query != filter.query {
        commands.push(ExploreCommand::SetSourcesQuery(query).into());
    }
    let data = &frame.shown.dataset.data;
    let excerpt_count: usize = filter
        .found
        .iter()
        .map(|(_, excerpts)| excerpts.len())
        .sum();
    ui.label(
        RichText::new(format!(
            "{} articles, {excerpt_count} excerpts; newest first",
            filter.found.len()
        ))
        .weak(),
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (article, excerpts) in &filter.found {
                let Some(article) = data.articles.get(*article) else {
                    continue;
                };
                ui.separator();
                ui.label(RichText::new(&article.outlet).strong());
                ui.label(RichText::new(&article.headline).italics());
                ui.label(
                    RichText::new(format!(
                        "{} · {} · {}",
                        describe::article_date(article),
                        describe::reliability_phrase(article.reliability),
                        article.source_file
                    ))
                    .small()
                    .weak(),
                );
                for excerpt in excerpts.iter().filter_map(|&e| data.excerpts.get(e)) {
                    quote_ui(ui, frame, excerpt, commands);
                }
            }
        });
}
