//! Excerpts as evidence in the side panels: under each statement the excerpts it cites (by article,
//! oldest first, each headline once), the disagreements about a thing, and for a selected excerpt
//! every statement that cites it. Scraped markers such as "[citation needed]" stay in a quote,
//! dimmed.

use egui::text::LayoutJob;
use egui::{RichText, TextFormat};

use super::{focus, select};
use crate::app::Command;
use crate::app::frame::Frame;
use crate::dataset::{Article, Excerpt, LoadedDataset};
use crate::facts::claims::{citing, selection_of};
use crate::facts::describe;
use crate::facts::selection::Selection;

/// The excerpts `sources` name, grouped by article in date order (undated last), each article's
/// outlet, date and headline once; clicking a quote selects it.
pub fn cited_excerpts_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    sources: &[String],
    commands: &mut Vec<Command>,
) {
    let dataset = &frame.shown.dataset;
    let mut cited: Vec<(&Article, &Excerpt)> = sources
        .iter()
        .filter_map(|id| Some((dataset.excerpt_article(id)?, dataset.excerpt(id)?)))
        .collect();
    cited.sort_by_key(|(article, _)| (article.date.is_none(), article.date, article.id.clone()));
    cited.dedup_by(|a, b| a.1.id == b.1.id);
    ui.indent("evidence", |ui| {
        let mut previous: Option<&str> = None;
        for (article, excerpt) in cited {
            if previous != Some(article.id.as_str()) {
                ui.add_space(2.0);
                article_line_ui(ui, article);
            }
            previous = Some(article.id.as_str());
            quote_ui(ui, frame, excerpt, commands);
        }
    });
}

/// "The Diplomat · 1 July 2025 · headline", with a weak source said to be weak.
fn article_line_ui(ui: &mut egui::Ui, article: &Article) {
    let mut line = format!("{} · {}", article.outlet, describe::article_date(article));
    if article.reliability.is_weak() {
        line += &format!(" · {}", describe::reliability_phrase(article.reliability));
    }
    ui.label(RichText::new(line).small().strong());
    ui.label(RichText::new(&article.headline).small().italics());
}

/// A quotation as a clickable label (selecting it shows what cites it); bracketed scraped markers are dimmed, not removed.
pub fn quote_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    excerpt: &Excerpt,
    commands: &mut Vec<Command>,
) {
    let selection = Selection::Excerpt(excerpt.id.clone());
    let selected = frame.saved.view.selection.as_ref() == Some(&selection);
    let job = quote_job(ui, &excerpt.text, selected);
    let response = ui
        .add(egui::Label::new(job).sense(egui::Sense::click()).wrap())
        .on_hover_text("Show every statement that cites this excerpt");
    if response.clicked() {
        commands.push(select(Some(selection)));
    }
}

/// The quote in curly quotes, with markers like "[citation needed]" or "[3]" in a weak colour.
fn quote_job(ui: &egui::Ui, text: &str, selected: bool) -> LayoutJob {
    let visuals = ui.visuals();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let ink = if selected {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    let normal = TextFormat::simple(font.clone(), ink);
    let dim = TextFormat::simple(font, visuals.weak_text_color());
    let mut job = LayoutJob::default();
    job.append("“", 0.0, normal.clone());
    for (part, is_marker) in split_markers(describe::quotation_body(text)) {
        job.append(
            part,
            0.0,
            if is_marker {
                dim.clone()
            } else {
                normal.clone()
            },
        );
    }
    job.append("”", 0.0, normal);
    job
}

/// `text` cut into runs, each flagged whether it is a bracketed scraped marker.
pub fn split_markers(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|i| open + i + 1) else {
            break;
        };
        if open > 0 {
            runs.push((&rest[..open], false));
        }
        runs.push((&rest[open..close], true));
        rest = &rest[close..];
    }
    if !rest.is_empty() {
        runs.push((rest, false));
    }
    runs
}

/// The questions the sources answer differently about `id`, each answer with its excerpts.
pub fn disagreements_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    id: &str,
    commands: &mut Vec<Command>,
) {
    let dataset = &frame.shown.dataset;
    for disagreement in dataset
        .data
        .disagreements
        .iter()
        .filter(|d| d.about.iter().any(|a| a == id))
    {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!("Sources differ: {}", disagreement.topic))
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
        for claim in &disagreement.claims {
            ui.label(format!("• {}", claim.says));
            cited_excerpts_ui(ui, frame, &claim.sources, commands);
        }
    }
}

/// A selected excerpt: the quote, its article, and every statement that cites it.
pub fn excerpt_details_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    excerpt: &Excerpt,
    commands: &mut Vec<Command>,
) {
    let dataset = &frame.shown.dataset;
    ui.heading("Excerpt");
    if let Some(article) = dataset.article(&excerpt.article) {
        ui.label(
            RichText::new(format!(
                "{} · {}",
                article.outlet,
                describe::article_date(article)
            ))
            .strong(),
        );
        ui.label(RichText::new(&article.headline).italics());
        ui.label(
            RichText::new(format!(
                "A {} · source file {}",
                describe::reliability_phrase(article.reliability),
                article.source_file
            ))
            .weak()
            .small(),
        );
    }
    ui.add_space(4.0);
    ui.label(quote_job(ui, &excerpt.text, true));
    ui.add_space(6.0);
    let statements = citing(dataset, &excerpt.id);
    ui.label(RichText::new(format!("Cited for ({})", statements.len())).strong());
    for statement in statements {
        let response = ui.add(
            egui::Label::new(format!("• {}", statement.text))
                .sense(egui::Sense::click())
                .wrap(),
        );
        match statement.about {
            Some(about) => {
                if response.on_hover_text("Show it").clicked() {
                    commands.push(focus(about));
                }
            }
            None => {
                if response.on_hover_text("Show the overview").clicked() {
                    commands.push(select(None));
                }
            }
        }
    }
    let about: Vec<Selection> = excerpt
        .links
        .iter()
        .filter_map(|id| selection_of(dataset, id))
        .collect();
    if !about.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new("Also about").strong());
        for selection in about {
            if ui.link(name_of(dataset, &selection)).clicked() {
                commands.push(focus(selection));
            }
        }
    }
}

/// Excerpts linked to `id` that no statement shown for it cites.
pub fn more_excerpts_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    id: &str,
    shown: &[String],
    commands: &mut Vec<Command>,
) {
    let more: Vec<String> = frame
        .shown
        .dataset
        .excerpts_about(id, &[])
        .into_iter()
        .filter(|e| !shown.contains(&e.id))
        .map(|e| e.id.clone())
        .collect();
    if !more.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("More excerpts about it ({})", more.len())).strong());
        cited_excerpts_ui(ui, frame, &more, commands);
    }
}

/// The name of what is selected: a country's, a border's, an exercise's or a meeting's.
pub fn name_of(dataset: &LoadedDataset, selection: &Selection) -> String {
    match selection {
        Selection::Country(id) => dataset.country(id).map(|c| c.name.clone()),
        Selection::Border(id) => dataset.border(id).map(|b| b.name.clone()),
        Selection::Exercise(id) => dataset.exercise(id).map(|e| e.name.clone()),
        Selection::Event(id) => dataset.event(id).map(|e| e.title.clone()),
        Selection::Excerpt(id) => Some(id.clone()),
    }
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scraped_markers_are_kept_and_flagged() {
        assert_eq!(
            split_markers("Founded in 1992.[citation needed] Then [3] more"),
            vec![
                ("Founded in 1992.", false),
                ("[citation needed]", true),
                (" Then ", false),
                ("[3]", true),
                (" more", false),
            ]
        );
        assert_eq!(split_markers("no markers"), vec![("no markers", false)]);
        assert_eq!(
            split_markers("open [bracket"),
            vec![("open [bracket", false)]
        );
    }
}
