//! The legend's rows: one row for each kind of thing the map draws, and only for what it draws,
//! and each row's swatch as display items drawn as the map draws what it stands for. The window's
//! legend and exported figures list the same rows with the same swatches.

use super::hatching::Hatch;
use super::palette::Fill;
use super::scene::Scene;
use super::small_states::small_state_circle;
use super::style::MapStyle;
use super::symbolize::diamond;
use crate::dataset::{Date, PlacePrecision, Standing, Status, standing_words};
use crate::i18n::tr;
use crate::render::display::{Item, Stroke, rect_ring};

/// What a legend row's swatch shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A country's fill, outlined dashed when `dashed`.
    Fill {
        /// The fill.
        fill: Fill,
        /// Whether its outline is dashed (uncertain or unknown standing).
        dashed: bool,
    },
    /// A disputed area: its fill and dashed outline.
    Disputed,
    /// An exercise marker.
    Exercise,
    /// The dashed ring around an exercise whose site is known only to a region or country.
    SiteUncertainty,
    /// A border of interest.
    Frontier,
    /// A state too small to see, drawn as a circle.
    SmallState,
    /// A name written by its ISO code (the row's words say it; the swatch is empty).
    ShortName,
}

/// What a map draws besides its fills, markers and borders, for the legend to explain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Some states too small to see, as circles.
    pub small_states: bool,
    /// Some member's name shortened to its ISO code.
    pub short_names: bool,
    /// Disputed territory.
    pub disputed: bool,
}

/// One row of the legend: a swatch, its words, and what it means when asked.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendRow {
    /// What the swatch shows.
    pub swatch: Swatch,
    /// Its words, with a count where it has one.
    pub text: String,
    /// What it means, for a tooltip.
    pub hint: Option<String>,
}

impl LegendRow {
    fn new(swatch: Swatch, text: impl Into<String>, hint: Option<String>) -> Self {
        Self {
            swatch,
            text: text.into(),
            hint,
        }
    }

    /// A row whose words and hint are the messages `key` and `key-tip`.
    fn explained(swatch: Swatch, key: &str) -> Self {
        Self::new(swatch, tr(key), Some(tr(&format!("{key}-tip"))))
    }
}

/// The legend for `scenes` (one map, or several dates side by side: each count is then given per
/// date, "Member (1998: 9, 2000: 6)", and a row is shown where any map needs it). The fills come
/// first: each status with its count, "Status unknown" where some country has it, "Not a member",
/// and the weak-source pattern where a status rests on one; then exercises, the dashed ring of an
/// approximate site, borders of interest, and what `drawn` says the map also draws: states as
/// circles, names shortened to ISO codes, disputed territory.
pub fn legend_rows(scenes: &[(&Scene, Option<Date>)], drawn: Drawn) -> Vec<LegendRow> {
    let any = |test: &dyn Fn(&Scene) -> bool| scenes.iter().any(|(scene, _)| test(scene));
    let mut rows = Vec::new();
    if any(&|scene| scene.layers.members) {
        rows.extend(fill_rows(scenes));
    }
    if any(&|scene| !scene.markers.is_empty()) {
        rows.push(LegendRow::new(
            Swatch::Exercise,
            tr("legend-exercise"),
            None,
        ));
    }
    let approximate = |scene: &Scene| {
        scene
            .markers
            .iter()
            .any(|marker| marker.precision != PlacePrecision::Point)
    };
    if any(&approximate) {
        rows.push(LegendRow::explained(Swatch::SiteUncertainty, "legend-site"));
    }
    if any(&|scene| !scene.borders.is_empty()) {
        rows.push(LegendRow::new(
            Swatch::Frontier,
            tr("legend-frontier"),
            None,
        ));
    }
    if drawn.small_states {
        rows.push(LegendRow::explained(
            Swatch::SmallState,
            "legend-small-states",
        ));
    }
    if drawn.short_names {
        rows.push(LegendRow::explained(
            Swatch::ShortName,
            "legend-short-names",
        ));
    }
    if drawn.disputed {
        rows.push(LegendRow::explained(Swatch::Disputed, "legend-disputed"));
    }
    rows
}

/// The fill rows of `scenes`, each count given per scene (with its date, when there are dates).
fn fill_rows(scenes: &[(&Scene, Option<Date>)]) -> Vec<LegendRow> {
    let counted = |count: &dyn Fn(&Scene) -> usize| {
        let counts: Vec<String> = scenes
            .iter()
            .map(|(scene, date)| match date {
                Some(date) => format!("{date}: {}", count(scene)),
                None => count(scene).to_string(),
            })
            .collect();
        format!("({})", counts.join(", "))
    };
    let any = |count: &dyn Fn(&Scene) -> usize| scenes.iter().any(|(s, _)| count(s) > 0);
    let Some((first, _)) = scenes.first() else {
        return Vec::new();
    };
    let mut rows: Vec<LegendRow> = first
        .legend
        .iter()
        .enumerate()
        .filter_map(|(row, entry)| {
            let count = |scene: &Scene| scene.legend.get(row).map_or(0, |e| e.count);
            let label = standing_words(entry.standing).label();
            let counted = format!("{label} {}", counted(&count));
            let (text, hint) = match entry.standing {
                Standing::Held(_) => (counted, None),
                Standing::Unknown if any(&count) => (counted, Some(tr("legend-unknown-tip"))),
                Standing::Unknown => return None,
                Standing::NoStatus => (label, None),
            };
            // The swatch of an unknown standing is drawn as the map draws it; the lighter
            // statuses have their own row below.
            let fill = Fill {
                standing: entry.standing,
                uncertain: entry.standing == Standing::Unknown && entry.all_lighter,
            };
            let swatch = Swatch::Fill {
                fill,
                dashed: entry.dashed,
            };
            Some(LegendRow::new(swatch, text, hint))
        })
        .collect();
    let uncertain = |scene: &Scene| scene.uncertain_count;
    if any(&uncertain) {
        let fill = Fill {
            standing: Standing::Held(Status::Observer),
            uncertain: true,
        };
        rows.push(LegendRow::new(
            Swatch::Fill { fill, dashed: true },
            format!("{} {}", tr("legend-uncertain"), counted(&uncertain)),
            Some(tr("legend-uncertain-tip")),
        ));
    }
    rows
}

/// A legend swatch `size` pixels square centred on `centre`, drawn as the map draws what it
/// stands for, in `style`.
pub fn swatch_items(swatch: Swatch, centre: [f32; 2], size: f32, style: &MapStyle) -> Vec<Item> {
    let MapStyle { palette, sizes } = style;
    let square = rect_ring(
        [centre[0] - size / 2.0, centre[1] - size / 2.0],
        [size, size],
    );
    let dashed_outline =
        |colour| Stroke::dashed(colour, sizes.swatch_outline_width, sizes.swatch_dash);
    // Hatched as the map hatches, the lines through the swatch's corner.
    let corner = square[0];
    let filled = |fill, hatch: Option<Hatch>, outline: Option<Stroke>| {
        let mut items = vec![Item::convex(square.clone(), fill)];
        items.extend(
            hatch
                .into_iter()
                .flat_map(|h| h.items(std::slice::from_ref(&square))),
        );
        if let Some(stroke) = outline {
            items.push(Item::Line {
                points: square.clone(),
                stroke,
                closed: true,
            });
        }
        items
    };
    match swatch {
        Swatch::Fill { fill, dashed } => filled(
            palette.fill(fill),
            style.standing_hatch(fill.standing, corner),
            dashed.then(|| dashed_outline(palette.uncertain_outline)),
        ),
        Swatch::Disputed => filled(
            palette.disputed,
            Some(style.disputed_hatch(corner)),
            Some(dashed_outline(palette.disputed_outline)),
        ),
        Swatch::Exercise => {
            let mut items = Vec::new();
            diamond(centre, size * 0.45, palette.exercise, None, &mut items);
            items
        }
        Swatch::SiteUncertainty => {
            let mut items = vec![Item::Circle {
                centre,
                radius: size * 0.5,
                fill: Some(palette.uncertainty),
                stroke: Some(dashed_outline(palette.exercise)),
            }];
            diamond(centre, size * 0.2, palette.exercise, None, &mut items);
            items
        }
        Swatch::ShortName => Vec::new(),
        Swatch::SmallState => {
            let member = Fill {
                standing: Standing::Held(Status::Member),
                uncertain: false,
            };
            vec![small_state_circle(centre, palette.fill(member), style)]
        }
        Swatch::Frontier => vec![Item::Line {
            points: vec![
                [centre[0] - size / 2.0, centre[1]],
                [centre[0] + size / 2.0, centre[1]],
            ],
            stroke: Stroke::solid(palette.frontier, sizes.frontier_width),
            closed: false,
        }],
    }
}
