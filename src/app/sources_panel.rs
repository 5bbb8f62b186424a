//! The Sources panel: every article the dataset rests on (outlet, headline, date or "undated",
//! how much weight it bears) with its excerpts, searchable; clicking a quote shows what cites it.

use egui::RichText;

use super::evidence::quote_ui;
use super::{AtlasApp, Command};
use crate::dataset::{Article, Excerpt};
use crate::facts::describe;

/// The search field and the list of articles.
pub fn sources_ui(ui: &mut egui::Ui, app: &AtlasApp, commands: &mut Vec<Command>) {
    ui.heading("Sources");
    let mut query = app.sources_query.clone();
    ui.add(
        egui::TextEdit::singleline(&mut query)
            .hint_text("Search outlets, headlines and quotes")
            .desired_width(f32::INFINITY),
    );
    if query != app.sources_query {
        commands.push(Command::SetSourcesQuery(query.clone()));
    }
    let data = &app.shown.dataset.data;
    let mut articles: Vec<&Article> = data.articles.iter().collect();
    articles.sort_by_key(|a| (a.date.is_none(), std::cmp::Reverse(a.date), a.id.clone()));
    let needle = query.trim().to_lowercase();
    let found: Vec<(&Article, Vec<&Excerpt>)> = articles
        .into_iter()
        .filter_map(|article| {
            let quotes = data.excerpts.iter().filter(|e| e.article == article.id);
            let article_matches = needle.is_empty()
                || article.outlet.to_lowercase().contains(&needle)
                || article.headline.to_lowercase().contains(&needle);
            let excerpts: Vec<&Excerpt> = quotes
                .filter(|e| article_matches || e.text.to_lowercase().contains(&needle))
                .collect();
            (article_matches || !excerpts.is_empty()).then_some((article, excerpts))
        })
        .collect();
    let excerpt_count: usize = found.iter().map(|(_, excerpts)| excerpts.len()).sum();
    ui.label(
        RichText::new(format!(
            "{} articles, {excerpt_count} excerpts; newest first",
            found.len()
        ))
        .weak(),
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (article, excerpts) in found {
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
                for excerpt in excerpts {
                    quote_ui(ui, app, excerpt, commands);
                }
            }
        });
}
