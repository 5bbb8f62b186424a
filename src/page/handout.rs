//! The story handout a teacher gives the class: a page per slide of the dataset's story (its map
//! at the slide's date and view under its title and date, then the caption and every excerpt it
//! rests on, quoted with outlet and date) and a closing page of sources and credits. Pages are
//! [`Figure`]s, so the PNG and PDF writers draw them as they draw any figure. No egui here.

use super::figure::{Figure, FigureOptions, FigureView};
use super::text::{CREDIT_SIZE, MARGIN, TITLE_SIZE, page_scale, palette, wrap};
use super::title::credit_text;
use crate::credits;
use crate::dataset::{LoadedDataset, Slide};
use crate::earth::geometry::MapGeometry;
use crate::facts::describe;
use crate::map::story::slide_camera;
use crate::render::display::Rgba;
use crate::render::display::{Drawing, Item, Stroke, rect_ring};
use crate::render::font::MapFont;

/// The caption's em size, in layout pixels (a page is laid out 1080 high).
const CAPTION_SIZE: f32 = 22.0;
/// The excerpts' and the sources' em size.
const QUOTE_SIZE: f32 = 16.0;
/// The most of a page the text under the map takes before its type is made smaller.
const MAX_TEXT_SHARE: f32 = 0.45;
/// How small the text may be made to fit, as a share of its size.
const SMALLEST_TEXT: f32 = 0.6;
/// The page width (in layout pixels) from which the caption and the excerpts stand side by side.
const TWO_COLUMNS_FROM: f32 = 1200.0;
/// The caption column's share of the width, when it stands beside the excerpts.
const CAPTION_SHARE: f32 = 0.4;

/// A paragraph of a page's text.
struct Paragraph {
    text: String,
    size: f32,
    colour: Rgba,
    /// Space above it, in layout pixels (shrunk with the type).
    space_before: f32,
}

impl Paragraph {
    fn new(text: String, size: f32, colour: Rgba, space_before: f32) -> Self {
        Self {
            text,
            size,
            colour,
            space_before,
        }
    }
}

/// Paragraphs set in a column `width` wide from `top_left`, their type `factor` times its size:
/// the items and the height they take.
fn set(
    font: &MapFont,
    paragraphs: &[Paragraph],
    top_left: [f32; 2],
    width: f32,
    factor: f32,
) -> (Vec<Item>, f32) {
    let mut items = Vec::new();
    let mut y = top_left[1];
    for paragraph in paragraphs {
        let size = paragraph.size * factor;
        y += paragraph.space_before * factor;
        let lines = wrap(font, &paragraph.text, size, width);
        if lines.is_empty() {
            continue;
        }
        items.push(font.text_item(
            &lines.join("\n"),
            [top_left[0], y],
            size,
            paragraph.colour,
            None,
        ));
        y += lines.len() as f32 * font.line_height(size);
    }
    (items, y - top_left[1])
}

/// Paragraphs set as large as they fit in `height` (down to [`SMALLEST_TEXT`] of their size, and
/// taller than `height` only past that).
fn set_to_fit(
    font: &MapFont,
    paragraphs: &[Paragraph],
    top_left: [f32; 2],
    [width, height]: [f32; 2],
) -> (Vec<Item>, f32) {
    let mut factor = 1.0;
    loop {
        let (items, used) = set(font, paragraphs, top_left, width, factor);
        if used <= height || factor <= SMALLEST_TEXT {
            return (items, used);
        }
        factor = (factor - 0.05).max(SMALLEST_TEXT);
    }
}

/// The text under a slide's map: its caption with a warning when it rests only on weak sources,
/// and every excerpt it rests on, quoted and attributed.
fn slide_paragraphs(dataset: &LoadedDataset, slide: &Slide) -> [Vec<Paragraph>; 2] {
    let mut caption = vec![Paragraph::new(
        slide.caption.clone(),
        CAPTION_SIZE,
        palette().label,
        0.0,
    )];
    if let Some(warning) = describe::weak_slide_warning(dataset, &slide.excerpts) {
        caption.push(Paragraph::new(
            warning,
            QUOTE_SIZE,
            palette().frontier,
            10.0,
        ));
    }
    let quotes = slide
        .excerpts
        .iter()
        .filter_map(|id| dataset.excerpt(id))
        .enumerate()
        .map(|(i, excerpt)| {
            Paragraph::new(
                describe::attributed_quote(dataset, excerpt),
                QUOTE_SIZE,
                palette().label,
                if i == 0 { 0.0 } else { 8.0 },
            )
        })
        .collect();
    [caption, quotes]
}

/// The text band's columns, each with its left edge and width: the caption beside the excerpts
/// on a wide page (so lines stay short enough to read), one under the other on a narrow one.
fn columns(
    [caption, mut quotes]: [Vec<Paragraph>; 2],
    page_width: f32,
) -> Vec<(Vec<Paragraph>, f32, f32)> {
    let inner = page_width - 2.0 * MARGIN;
    if page_width >= TWO_COLUMNS_FROM {
        let left = (inner - MARGIN) * CAPTION_SHARE;
        vec![
            (caption, MARGIN, left),
            (quotes, 2.0 * MARGIN + left, inner - MARGIN - left),
        ]
    } else {
        if let Some(first) = quotes.first_mut() {
            first.space_before = 16.0;
        }
        vec![(caption.into_iter().chain(quotes).collect(), MARGIN, inner)]
    }
}

/// What every page has: its scale, its size in layout pixels, and a footer along the bottom
/// ("Page 3 of 13 · Base map: Natural Earth. Sources: … Made with CSTO Atlas.").
struct PageFrame {
    scale: f32,
    width: f32,
    height: f32,
    footer: Vec<Item>,
    footer_height: f32,
}

impl PageFrame {
    fn new(
        dataset: &LoadedDataset,
        [number, total]: [usize; 2],
        size: [u32; 2],
        font: &MapFont,
    ) -> Self {
        let scale = page_scale(size[1].max(1) as f32);
        let [width, height] = size.map(|v| v.max(1) as f32 / scale);
        let footer = [Paragraph::new(
            format!("Page {number} of {total} · {}", credit_text(dataset)),
            CREDIT_SIZE,
            palette().label_secondary,
            0.0,
        )];
        let column = width - 2.0 * MARGIN;
        let (_, footer_height) = set(font, &footer, [0.0, 0.0], column, 1.0);
        let top = height - footer_height - MARGIN * 0.5;
        let (footer, _) = set(font, &footer, [MARGIN, top], column, 1.0);
        Self {
            scale,
            width,
            height,
            footer,
            footer_height,
        }
    }

    /// The width of text between the margins.
    fn column(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }
}

/// A slide's page, in two steps: [`SlidePage::new`] sets its text and says how to lay out the
/// map above it ([`SlidePage::map`]); [`SlidePage::page`] puts that map and the text together.
/// (The map's scene is built by the caller, as for any figure.)
pub struct SlidePage {
    /// The options for the map at the top of the page, title and date included: lay it out at
    /// the slide's date with these.
    pub map: FigureOptions,
    size: [u32; 2],
    scale: f32,
    /// The text under the map, in layout pixels.
    text: Vec<Item>,
    /// Where the text band starts, in layout pixels.
    band_top: f32,
}

impl SlidePage {
    /// Page `number` of `total` (counting from 1), `size` pixels, for `slide`.
    pub fn new(
        dataset: &LoadedDataset,
        geometry: &MapGeometry,
        slide: &Slide,
        [number, total]: [usize; 2],
        size: [u32; 2],
        font: &MapFont,
    ) -> Self {
        let frame = PageFrame::new(dataset, [number, total], size, font);
        let (scale, width, height) = (frame.scale, frame.width, frame.height);
        let room = height * MAX_TEXT_SHARE - 2.0 * MARGIN - frame.footer_height;
        let columns = columns(slide_paragraphs(dataset, slide), width);
        let used = columns
            .iter()
            .map(|(paragraphs, left, wide)| {
                set_to_fit(font, paragraphs, [*left, 0.0], [*wide, room]).1
            })
            .fold(0.0, f32::max);
        let band_height = (used + frame.footer_height + 2.0 * MARGIN).min(height * 0.75);
        let band_top = height - band_height;
        let mut text: Vec<Item> = columns
            .iter()
            .flat_map(|(paragraphs, left, wide)| {
                set_to_fit(
                    font,
                    paragraphs,
                    [*left, band_top + MARGIN * 0.75],
                    [*wide, room],
                )
                .0
            })
            .collect();
        text.extend(frame.footer);
        let view = slide_camera(
            dataset,
            geometry,
            slide,
            [f64::from(width), f64::from(band_top)],
        )
        .map_or(FigureView::FitMembers, |camera| FigureView::Window {
            camera,
            width_px: f64::from(width),
        });
        let map = FigureOptions {
            title: Some(slide.title.clone()),
            caption: Some(slide.date.to_string()),
            credit: false,
            view,
            scale: Some(scale),
            ..FigureOptions::new([size[0], (band_top * scale).round().max(1.0) as u32])
        };
        Self {
            map,
            size,
            scale,
            text,
            band_top,
        }
    }

    /// The page: `map` (laid out with [`SlidePage::map`]) on top, the text under it.
    pub fn page(self, map: Figure) -> Figure {
        let [width, height] = self.size.map(|v| v.max(1) as f32);
        let band = Item::convex(
            rect_ring(
                [0.0, self.band_top],
                [width / self.scale, height / self.scale - self.band_top],
            ),
            palette().space,
        );
        let rule = Item::Line {
            points: vec![
                [MARGIN, self.band_top],
                [width / self.scale - MARGIN, self.band_top],
            ],
            stroke: Stroke::solid(palette().border, 1.0),
            closed: false,
        };
        let mut items = map.drawing.items;
        items.extend(
            std::iter::once(band)
                .chain(std::iter::once(rule))
                .chain(self.text)
                .map(|item| item.scaled(self.scale)),
        );
        Figure {
            drawing: Drawing {
                size: [width, height],
                title: map.drawing.title,
                items,
            },
            map: map.map,
            scale: self.scale,
        }
    }
}

/// The closing page, number `number` of the handout: every article the story quotes (outlet,
/// date, reliability, headline) and the credits.
pub fn sources_page(
    dataset: &LoadedDataset,
    number: usize,
    size: [u32; 2],
    font: &MapFont,
) -> Figure {
    let frame = PageFrame::new(dataset, [number, number], size, font);
    let title = "Sources".to_owned();
    let mut paragraphs = vec![Paragraph::new(
        format!(
            "Every excerpt quoted in this handout of the {} comes from these articles. \
             Fragments are scraped text of unknown date and quality: weigh them accordingly.",
            dataset.data.organisation.name
        ),
        QUOTE_SIZE,
        palette().label_secondary,
        0.0,
    )];
    paragraphs.extend(dataset.story_articles().into_iter().map(|article| {
        Paragraph::new(
            describe::source_line(article),
            QUOTE_SIZE,
            palette().label,
            8.0,
        )
    }));
    paragraphs.push(Paragraph::new(
        "Credits".to_owned(),
        CAPTION_SIZE,
        palette().label,
        24.0,
    ));
    paragraphs.extend(credits::BASE_MAP.iter().map(|credit| {
        Paragraph::new(
            format!("{}: {} ({})", credit.work, credit.by, credit.licence),
            QUOTE_SIZE,
            palette().label,
            6.0,
        )
    }));
    paragraphs.push(Paragraph::new(
        format!(
            "Made with CSTO Atlas {} ({} licence), in the Ubuntu font (Ubuntu Font Licence 1.0).",
            credits::VERSION,
            credits::APP_LICENCE
        ),
        QUOTE_SIZE,
        palette().label,
        6.0,
    ));
    let top = MARGIN * 0.5 + font.line_height(TITLE_SIZE) + MARGIN * 0.5;
    let room = frame.height - top - frame.footer_height - MARGIN * 1.5;
    let mut items = vec![
        Item::convex(
            rect_ring([0.0, 0.0], [frame.width, frame.height]),
            palette().space,
        ),
        font.text_item(
            &title,
            [MARGIN, MARGIN * 0.5],
            TITLE_SIZE,
            palette().label,
            None,
        ),
    ];
    let column = frame.column();
    items.extend(set_to_fit(font, &paragraphs, [MARGIN, top], [column, room]).0);
    items.extend(frame.footer);
    Figure {
        drawing: Drawing {
            size: size.map(|v| v.max(1) as f32),
            title,
            items: items
                .into_iter()
                .map(|item| item.scaled(frame.scale))
                .collect(),
        },
        map: None,
        scale: frame.scale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::world::world;
    use crate::render::font::map_font;

    fn csto() -> LoadedDataset {
        let world = world();
        world.csto()
    }

    fn texts(items: &[Item]) -> Vec<(String, [f32; 2], f32)> {
        items
            .iter()
            .filter_map(|item| match item {
                Item::Text { lines, size, .. } => Some((lines, *size)),
                _ => None,
            })
            .flat_map(|(lines, size)| {
                lines
                    .iter()
                    .map(move |line| (line.text.clone(), line.baseline, size))
            })
            .collect()
    }

    #[test]
    fn every_slide_fits_its_text_under_the_map_at_a_readable_size_inside_the_page() {
        let dataset = csto();
        let font = map_font();
        let total = dataset.data.story.len() + 1;
        for (i, slide) in dataset.data.story.iter().enumerate() {
            let page = SlidePage::new(
                &dataset,
                &world().geometry,
                slide,
                [i + 1, total],
                [1920, 1080],
                font,
            );
            let map_height = page.map.size[1];
            assert!(map_height >= 540, "{}: map only {map_height} px", slide.id);
            for item in &page.text {
                let Item::Text { lines, size, .. } = item else {
                    continue;
                };
                assert!(*size >= 12.0, "{}: {size} px type", slide.id);
                for line in lines {
                    let [x, y] = line.baseline;
                    assert!(y > page.band_top && y < 1080.0, "{}: {y}", slide.id);
                    let right = x + font.line_width(&line.text, *size);
                    assert!(right <= 1920.0 - MARGIN + 0.5, "{}: {right}", slide.id);
                }
            }
        }
    }

    #[test]
    fn a_slide_page_quotes_its_caption_and_attributes_its_excerpts() {
        let dataset = csto();
        let slide = &dataset.data.story[2];
        let page = SlidePage::new(
            &dataset,
            &world().geometry,
            slide,
            [3, 13],
            [1920, 1080],
            map_font(),
        );
        assert_eq!(page.map.title.as_deref(), Some(slide.title.as_str()));
        assert_eq!(page.map.caption, Some(slide.date.to_string()));
        let text: String = texts(&page.text)
            .into_iter()
            .map(|(line, ..)| line)
            .collect::<Vec<_>>()
            .join(" ");
        let first_words: String = slide
            .caption
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&first_words), "{text}");
        let article = dataset.excerpt_article(&slide.excerpts[0]).unwrap();
        assert!(
            text.contains(&format!("— {}", describe::attribution(article))),
            "{text}"
        );
        assert!(text.contains("Page 3 of 13"), "{text}");
    }

    #[test]
    fn a_slide_resting_only_on_fragments_says_so() {
        let dataset = csto();
        let weak = dataset
            .data
            .story
            .iter()
            .find(|s| dataset.rests_on_fragments_only(&s.excerpts))
            .expect("the CSTO story has a slide resting on fragments only");
        let [caption, quotes] = slide_paragraphs(&dataset, weak);
        assert!(caption[1].text.starts_with("Weakly sourced"));
        assert!(
            quotes
                .iter()
                .all(|q| q.text.contains("fragment of unknown date and quality")),
        );
        let strong = dataset
            .data
            .story
            .iter()
            .find(|s| !dataset.rests_on_fragments_only(&s.excerpts))
            .unwrap();
        let [caption, _] = slide_paragraphs(&dataset, strong);
        assert_eq!(caption.len(), 1, "no warning on {}", strong.id);
    }

    #[test]
    fn the_sources_page_lists_each_quoted_article_once_and_the_credits() {
        let dataset = csto();
        let page = sources_page(&dataset, 13, [1920, 1080], map_font());
        let lines = texts(&page.drawing.items);
        let all: String = lines
            .iter()
            .map(|(line, ..)| line.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let articles = dataset.story_articles();
        assert!(!articles.is_empty());
        for article in &articles {
            assert_eq!(
                all.matches(&format!("“{}”", article.headline)).count(),
                1,
                "{}",
                article.headline
            );
        }
        assert!(all.contains("Natural Earth"), "{all}");
        for (line, [_, y], size) in &lines {
            assert!(*y < 1080.0 && *size >= 12.0 * 0.99, "{line}: {y} {size}");
        }
        assert!(page.map.is_none());
    }
}
