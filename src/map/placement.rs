//! Where text goes on the map: country labels (by importance, never overlapping) and the captions
//! of borders of interest. Measured with the embedded font, so the window and every exported figure
//! put each piece of text at the same spot. No egui here.

use super::labels::{AreaRef, Label, LabelRank, Symbol};
use super::palette::Ink;
use super::style::SIZES;
use crate::earth::camera::{MapTransform, ScreenPos};
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::WorldPos;
use crate::earth::water::RIVERS_FROM_PIXELS_PER_KM;
use crate::render::font::MapFont;

/// Em size of the dataset's country labels, in pixels.
pub const PRIMARY_LABEL_SIZE: f32 = 13.0;
/// Em size of other countries' labels.
pub const SECONDARY_LABEL_SIZE: f32 = 11.0;
/// Em size of border captions.
pub const CAPTION_SIZE: f32 = 13.0;
/// How wide (in pixels) a country other than the dataset's must be drawn to get a label.
const SECONDARY_MIN_WIDTH_PX: f64 = 70.0;
/// Em size of capitals' and cities' names.
pub const PLACE_LABEL_SIZE: f32 = 11.0;
/// Em size of seas', lakes' and rivers' names.
pub const WATER_LABEL_SIZE: f32 = 11.0;
/// Radius of a place's symbol, in pixels (what labels keep clear of): a capital's ring.
const SYMBOL_RADIUS_PX: f64 = SIZES.capital_radius as f64;
/// From this zoom (pixels per km) the dataset's countries' capitals are named: the whole
/// organisation in view and closer.
const MEMBER_CAPITAL_MIN_PIXELS_PER_KM: f64 = 0.07;
/// From this zoom other capitals are named: a region in view.
const CAPITAL_MIN_PIXELS_PER_KM: f64 = 0.25;
/// A city is named where its population times the zoom squared reaches this: cities of ten
/// million at the CSTO view, 100,000 people at a regional zoom, every town of the set in a valley.
const CITY_VISIBILITY: f64 = 100_000.0;
/// How wide (pixels) a sea, lake or river must be drawn to be named.
const WATER_MIN_WIDTH_PX: f64 = 40.0;
/// How far from an exercise marker's centre labels stay.
const MARKER_CLEARANCE_PX: f64 = 9.0;
/// How far beside a small country its label goes, beyond half its text height.
const CALLOUT_GAP_PX: f64 = 14.0;
/// The gap between a border's end and its caption.
const CAPTION_GAP_PX: f64 = 12.0;

/// Which point of a text box its anchor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The middle of the box.
    Centre,
    /// The middle of its left edge.
    LeftMiddle,
    /// The middle of its right edge.
    RightMiddle,
    /// The middle of its top edge.
    TopMiddle,
}

/// A piece of text placed on screen, with a light halo so it reads over any fill.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedText {
    /// The text (lines split at `\n`).
    pub text: String,
    /// Where its anchor point goes.
    pub at: ScreenPos,
    /// Which point of the text box `at` is.
    pub anchor: Anchor,
    /// Em size in pixels.
    pub size: f32,
    /// What it is, for the palette to colour.
    pub colour: Ink,
    /// Its measured width and height in pixels.
    pub box_size: [f32; 2],
    /// A line from the place it names to the text, when the text stands beside a country too
    /// small to hold it.
    pub leader: Option<[ScreenPos; 2]>,
    /// The symbol of the place it names (a capital, a city) and where it goes.
    pub symbol: Option<(ScreenPos, Symbol)>,
}

impl PlacedText {
    /// The top-left corner of its box.
    pub fn top_left(&self) -> ScreenPos {
        let [w, h] = self.box_size.map(f64::from);
        let (dx, dy) = match self.anchor {
            Anchor::Centre => (w / 2.0, h / 2.0),
            Anchor::LeftMiddle => (0.0, h / 2.0),
            Anchor::RightMiddle => (w, h / 2.0),
            Anchor::TopMiddle => (w / 2.0, 0.0),
        };
        ScreenPos {
            x: self.at.x - dx,
            y: self.at.y - dy,
        }
    }
}

/// A box on screen, for collisions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct ScreenBox {
    min: ScreenPos,
    max: ScreenPos,
}

impl ScreenBox {
    fn around(text: &PlacedText, margin: f64) -> Self {
        let min = text.top_left();
        let [w, h] = text.box_size.map(f64::from);
        Self {
            min: ScreenPos {
                x: min.x - margin,
                y: min.y - margin,
            },
            max: ScreenPos {
                x: min.x + w + margin,
                y: min.y + h + margin,
            },
        }
    }

    fn square(centre: ScreenPos, half: f64) -> Self {
        Self {
            min: ScreenPos {
                x: centre.x - half,
                y: centre.y - half,
            },
            max: ScreenPos {
                x: centre.x + half,
                y: centre.y + half,
            },
        }
    }

    fn inside(&self, view: &MapTransform) -> bool {
        self.min.x >= view.origin.x
            && self.min.y >= view.origin.y
            && self.max.x <= view.origin.x + view.size[0]
            && self.max.y <= view.origin.y + view.size[1]
    }

    fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }
}

/// The country labels to write in `view`, none overlapping another and none running off the map:
/// the dataset's countries always (where they are in view), others where they are drawn wide
/// enough. A dataset country too small to hold its name (Armenia at the CSTO view) is named
/// beside it with a leader line; it is placed before the larger neighbours, which then move
/// aside within their own area. No label covers an exercise marker at `markers` or a caption
/// already placed. Text is `text_scale` times its usual size (the reader's setting).
pub fn place_labels<'a>(
    labels: impl IntoIterator<Item = &'a Label>,
    geometry: &MapGeometry,
    view: &MapTransform,
    font: &MapFont,
    text_scale: f32,
    keep_clear: (&[WorldPos], &[PlacedText]),
) -> Vec<PlacedText> {
    let (markers, captions) = keep_clear;
    let mut placed: Vec<PlacedText> = Vec::new();
    let mut taken: Vec<ScreenBox> = markers
        .iter()
        .map(|pos| ScreenBox::square(view.screen_from_world(*pos), MARKER_CLEARANCE_PX))
        .chain(captions.iter().map(|c| ScreenBox::around(c, 2.0)))
        .collect();
    for label in labels {
        let Some(style) = style_at(label, view.camera.pixels_per_km) else {
            continue;
        };
        let size = style.size * text_scale;
        let at = view.screen_from_world(label.pos);
        let at = if contains(view, at) {
            at
        } else if let Some(inside) = label
            .area
            .and_then(|area| anchor_in_view(area, geometry, view))
        {
            inside
        } else {
            continue;
        };
        let width_px = label.extent_km * view.camera.pixels_per_km;
        // Where a name may go: beside its point, inside its area if it fits, or (for the
        // dataset's countries) beside the area with a leader line.
        let candidates = |name: &str, inside: bool| {
            let box_size = font.measure(name, size);
            let text = PlacedText {
                text: name.to_owned(),
                at,
                anchor: Anchor::Centre,
                size,
                colour: style.colour,
                box_size,
                leader: None,
                symbol: None,
            };
            let fits_inside = f64::from(box_size[0]) <= width_px;
            match label.symbol {
                Some(symbol) if inside => beside_point(&text, symbol),
                None if inside && fits_inside => shifted_within(&text, width_px),
                None if !inside && label.rank == LabelRank::Primary => callouts(&text),
                _ => Vec::new(),
            }
        };
        let is_free = |candidate: &PlacedText| {
            let area = ScreenBox::around(candidate, 2.0);
            let symbol = candidate
                .symbol
                .map(|(at, _)| ScreenBox::square(at, SYMBOL_RADIUS_PX));
            area.inside(view)
                && !taken.iter().any(|other| {
                    other.intersects(&area) || symbol.is_some_and(|s| other.intersects(&s))
                })
        };
        // A member whose name finds no room, inside its area or beside it, is written by its
        // short name (its ISO code).
        let free = std::iter::once(label.text.as_str())
            .chain(label.short.as_deref())
            .flat_map(|name| [true, false].map(|inside| (name, inside)))
            .flat_map(|(name, inside)| candidates(name, inside))
            .find(|c| is_free(c));
        if let Some(text) = free {
            taken.push(ScreenBox::around(&text, 2.0));
            if let Some((at, _)) = text.symbol {
                taken.push(ScreenBox::square(at, SYMBOL_RADIUS_PX));
            }
            placed.push(text);
        }
    }
    placed
}

/// Where to name an area whose own label point is off screen: the point of a grid over the view
/// that lies deepest inside the part of the area in view (most of its neighbours inside too,
/// then nearest the view's centre); `None` where only a sliver of it shows.
fn anchor_in_view(area: AreaRef, geometry: &MapGeometry, view: &MapTransform) -> Option<ScreenPos> {
    let shape = match area {
        AreaRef::Country(index) => geometry.countries.get(index).map(|c| &c.area),
        AreaRef::Disputed(index) => geometry.disputed.get(index).map(|d| &d.area),
    }?;
    if !view.sees(&shape.bounds) {
        return None;
    }
    const COLUMNS: usize = 16;
    const ROWS: usize = 10;
    let point = |column: usize, row: usize| ScreenPos {
        x: view.origin.x + view.size[0] * (column as f64 + 0.5) / COLUMNS as f64,
        y: view.origin.y + view.size[1] * (row as f64 + 0.5) / ROWS as f64,
    };
    let inside: Vec<bool> = (0..ROWS)
        .flat_map(|row| (0..COLUMNS).map(move |column| (column, row)))
        .map(|(column, row)| shape.contains(view.world_from_screen(point(column, row))))
        .collect();
    let at = |column: isize, row: isize| {
        (0..COLUMNS as isize).contains(&column)
            && (0..ROWS as isize).contains(&row)
            && inside[row as usize * COLUMNS + column as usize]
    };
    let centre = point(COLUMNS / 2, ROWS / 2);
    let mut best: Option<(usize, f64, ScreenPos)> = None;
    for row in 0..ROWS {
        for column in 0..COLUMNS {
            let (c, r) = (column as isize, row as isize);
            if !at(c, r) {
                continue;
            }
            let neighbours = (-1..=1)
                .flat_map(|dr| (-1..=1).map(move |dc| (dc, dr)))
                .filter(|&(dc, dr)| at(c + dc, r + dr))
                .count();
            let p = point(column, row);
            let distance = (p.x - centre.x).hypot(p.y - centre.y);
            let better =
                best.is_none_or(|(n, d, _)| neighbours > n || (neighbours == n && distance < d));
            if better {
                best = Some((neighbours, distance, p));
            }
        }
    }
    best.filter(|(neighbours, _, _)| *neighbours >= MIN_NEIGHBOURS_INSIDE)
        .map(|(_, _, p)| p)
}

/// How many of its 3 × 3 grid block (itself included) an off-screen area's new label point needs
/// inside the area: fewer is a sliver at the map's edge, not worth a name.
const MIN_NEIGHBOURS_INSIDE: usize = 6;

/// How a label is written at a zoom, or `None` where the zoom does not name it: other countries
/// when drawn wide enough, capitals from a continental view, cities as their population allows,
/// water where it is wide enough on screen.
fn style_at(label: &Label, pixels_per_km: f64) -> Option<LabelStyle> {
    let width_px = label.extent_km * pixels_per_km;
    let style = |size, colour| Some(LabelStyle { size, colour });
    match label.rank {
        LabelRank::Primary => style(PRIMARY_LABEL_SIZE, Ink::Label),
        LabelRank::Secondary if width_px > SECONDARY_MIN_WIDTH_PX => {
            style(SECONDARY_LABEL_SIZE, Ink::LabelSecondary)
        }
        LabelRank::MemberCapital if pixels_per_km >= MEMBER_CAPITAL_MIN_PIXELS_PER_KM => {
            style(PLACE_LABEL_SIZE, Ink::Label)
        }
        LabelRank::Capital if pixels_per_km >= CAPITAL_MIN_PIXELS_PER_KM => {
            style(PLACE_LABEL_SIZE, Ink::Label)
        }
        // `extent_km` is a place's population in thousands.
        LabelRank::City
            if label.extent_km * 1000.0 * pixels_per_km * pixels_per_km >= CITY_VISIBILITY =>
        {
            style(PLACE_LABEL_SIZE, Ink::LabelSecondary)
        }
        LabelRank::Water if width_px > WATER_MIN_WIDTH_PX => {
            style(WATER_LABEL_SIZE, Ink::WaterLabel)
        }
        LabelRank::River if pixels_per_km >= RIVERS_FROM_PIXELS_PER_KM => {
            style(WATER_LABEL_SIZE, Ink::WaterLabel)
        }
        _ => None,
    }
}

/// A label's size and ink.
struct LabelStyle {
    size: f32,
    colour: Ink,
}

/// A place's name right of its symbol, else left, above or below.
fn beside_point(text: &PlacedText, symbol: Symbol) -> Vec<PlacedText> {
    let place = text.at;
    let h = f64::from(text.box_size[1]);
    let gap = SYMBOL_RADIUS_PX + 2.0;
    [
        (gap, 0.0, Anchor::LeftMiddle),
        (-gap, 0.0, Anchor::RightMiddle),
        (0.0, -gap - h / 2.0, Anchor::Centre),
        (0.0, gap + h / 2.0, Anchor::Centre),
    ]
    .into_iter()
    .map(|(dx, dy, anchor)| PlacedText {
        at: ScreenPos {
            x: place.x + dx,
            y: place.y + dy,
        },
        anchor,
        symbol: Some((place, symbol)),
        ..text.clone()
    })
    .collect()
}

/// `text` at its place, then nudged up, down, left and right by up to a quarter of the country's
/// drawn width, so a name moves aside for a small neighbour's without leaving its country.
fn shifted_within(text: &PlacedText, width_px: f64) -> Vec<PlacedText> {
    let h = f64::from(text.box_size[1]);
    let reach = (width_px / 4.0).max(h);
    let steps = [
        (0.0, 0.0),
        (0.0, -h),
        (0.0, h),
        (-reach, 0.0),
        (reach, 0.0),
        (0.0, -2.0 * h),
        (0.0, 2.0 * h),
    ];
    steps
        .into_iter()
        .map(|(dx, dy)| PlacedText {
            at: ScreenPos {
                x: text.at.x + dx,
                y: text.at.y + dy,
            },
            ..text.clone()
        })
        .collect()
}

/// `text` beside its place in eight directions, near then farther, each with a leader line from
/// the place to the text.
fn callouts(text: &PlacedText) -> Vec<PlacedText> {
    let h = f64::from(text.box_size[1]);
    let place = text.at;
    let mut out = Vec::new();
    for ring in [1.0, 2.0] {
        let gap = (CALLOUT_GAP_PX + h / 2.0) * ring;
        let diagonal = gap * std::f64::consts::FRAC_1_SQRT_2;
        let spots = [
            (diagonal, -diagonal, Anchor::LeftMiddle),
            (gap, 0.0, Anchor::LeftMiddle),
            (diagonal, diagonal, Anchor::LeftMiddle),
            (-diagonal, diagonal, Anchor::RightMiddle),
            (-gap, 0.0, Anchor::RightMiddle),
            (-diagonal, -diagonal, Anchor::RightMiddle),
            (0.0, -gap - h / 2.0, Anchor::Centre),
            (0.0, gap + h / 2.0, Anchor::Centre),
        ];
        for (dx, dy, anchor) in spots {
            let at = ScreenPos {
                x: place.x + dx,
                y: place.y + dy,
            };
            // The leader ends at the text's near edge.
            let end = match anchor {
                Anchor::Centre => ScreenPos {
                    x: at.x,
                    y: at.y - dy.signum() * h / 2.0,
                },
                _ => at,
            };
            out.push(PlacedText {
                at,
                anchor,
                leader: Some([place, end]),
                ..text.clone()
            });
        }
    }
    out
}

/// The captions of the borders shown, each with its lines in projected km, placed as
/// [`place_caption`] places one.
pub fn place_border_captions<'a>(
    borders: impl IntoIterator<Item = (&'a [Vec<WorldPos>], &'a str)>,
    view: &MapTransform,
    font: &MapFont,
    text_scale: f32,
) -> Vec<PlacedText> {
    borders
        .into_iter()
        .filter_map(|(lines, caption)| {
            let on_screen: Vec<Vec<ScreenPos>> = lines
                .iter()
                .map(|line| line.iter().map(|p| view.screen_from_world(*p)).collect())
                .collect();
            place_caption(&on_screen, caption, view, font, text_scale)
        })
        .collect()
}

/// Where a border's caption goes: right of its east end, or left of its west end where the right
/// would run off the map, or under it as a last resort. `lines` are the border in screen pixels;
/// the text is `text_scale` times its usual size.
pub fn place_caption(
    lines: &[Vec<ScreenPos>],
    caption: &str,
    view: &MapTransform,
    font: &MapFont,
    text_scale: f32,
) -> Option<PlacedText> {
    let points = || lines.iter().flatten();
    let east = points().max_by(|a, b| a.x.total_cmp(&b.x))?;
    let west = points().min_by(|a, b| a.x.total_cmp(&b.x))?;
    let south = points().max_by(|a, b| a.y.total_cmp(&b.y))?;
    let size = CAPTION_SIZE * text_scale;
    let box_size = font.measure(caption, size);
    let width = f64::from(box_size[0]);
    let (left, right) = (view.origin.x, view.origin.x + view.size[0]);
    let (at, anchor) = if east.x + CAPTION_GAP_PX + width <= right {
        (
            ScreenPos {
                x: east.x + CAPTION_GAP_PX,
                y: east.y,
            },
            Anchor::LeftMiddle,
        )
    } else if west.x - CAPTION_GAP_PX - width >= left {
        (
            ScreenPos {
                x: west.x - CAPTION_GAP_PX,
                y: west.y,
            },
            Anchor::RightMiddle,
        )
    } else {
        let x = south.x.clamp(left + width / 2.0, right - width / 2.0);
        (
            ScreenPos {
                x,
                y: south.y + f64::from(size),
            },
            Anchor::TopMiddle,
        )
    };
    Some(PlacedText {
        text: caption.to_owned(),
        at,
        anchor,
        size,
        colour: Ink::Frontier,
        box_size,
        leader: None,
        symbol: None,
    })
}

fn contains(view: &MapTransform, at: ScreenPos) -> bool {
    (view.origin.x..=view.origin.x + view.size[0]).contains(&at.x)
        && (view.origin.y..=view.origin.y + view.size[1]).contains(&at.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::camera::Camera;
    use crate::earth::projection::WorldPos;
    use crate::render::font::map_font;

    fn label(text: &str, x: f64, rank: LabelRank) -> Label {
        Label {
            text: text.into(),
            pos: WorldPos { x, y: 0.0 },
            extent_km: 1000.0,
            rank,
            symbol: None,
            area: None,
            short: None,
        }
    }

    #[test]
    fn the_more_important_of_two_overlapping_labels_keeps_its_place_and_the_other_moves_aside() {
        let view = MapTransform::new(
            Camera {
                centre: [0.0, 0.0],
                pixels_per_km: 0.1,
            },
            ScreenPos { x: 0.0, y: 0.0 },
            [800.0, 600.0],
        );
        let labels = [
            label("Kazakhstan", 0.0, LabelRank::Primary),
            label("Uzbekistan", 50.0, LabelRank::Secondary),
            label("Mongolia", 3000.0, LabelRank::Secondary),
        ];
        let placed = placed_alone(&labels, &view);
        assert_eq!(placed[0].text, "Kazakhstan");
        assert_eq!(placed[0].at, ScreenPos { x: 400.0, y: 300.0 });
        assert_no_overlap(&placed);
        assert!(placed.iter().all(|p| p.leader.is_none()), "all fit inside");
    }

    /// `labels` placed on the world map in `view` at the usual size, with nothing else to avoid.
    fn placed_alone(labels: &[Label], view: &MapTransform) -> Vec<PlacedText> {
        let geometry = &crate::earth::world::world().geometry;
        place_labels(labels, geometry, view, map_font(), 1.0, (&[], &[]))
    }

    /// No two texts overlap, and no text covers another's place symbol.
    fn assert_no_overlap(placed: &[PlacedText]) {
        let symbol = |p: &PlacedText| p.symbol.map(|(at, _)| ScreenBox::square(at, 1.0));
        for (i, a) in placed.iter().enumerate() {
            for (j, b) in placed.iter().enumerate() {
                let text = ScreenBox::around(b, 0.0);
                if j > i {
                    assert!(
                        !ScreenBox::around(a, 0.0).intersects(&text),
                        "{} overlaps {}",
                        a.text,
                        b.text
                    );
                }
                if i != j {
                    assert!(
                        !symbol(a).is_some_and(|s| s.intersects(&text)),
                        "{} covers the symbol of {}",
                        b.text,
                        a.text
                    );
                }
            }
        }
    }

    #[test]
    fn zoomed_into_the_pamirs_the_countries_in_view_are_still_named() {
        use crate::earth::projection::lon_lat;
        use crate::earth::world::world;
        use crate::map::dataset_geometry::DatasetGeometry;
        let world = world();
        let dataset = world.csto();
        let geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        let centre = world
            .geometry
            .projection
            .project(lon_lat(71.5, 38.0))
            .unwrap();
        let size = [1280.0, 720.0];
        let view = MapTransform::new(
            Camera {
                centre: [centre.x, centre.y],
                pixels_per_km: size[0] / 700.0,
            },
            ScreenPos { x: 0.0, y: 0.0 },
            size,
        );
        let placed = placed_alone(&geometry.labels, &view);
        assert_no_overlap(&placed);
        for name in ["Tajikistan", "Afghanistan", "Dushanbe"] {
            assert!(placed.iter().any(|p| p.text == name), "{name} is not named");
        }
        let dushanbe = placed.iter().find(|p| p.text == "Dushanbe").unwrap();
        assert!(matches!(dushanbe.symbol, Some((_, Symbol::Capital))));
    }

    #[test]
    fn every_dataset_country_in_view_is_named_without_overlap_armenia_beside_itself() {
        use crate::earth::world::world;
        use crate::map::dataset_geometry::{DatasetGeometry, home_camera};
        let world = world();
        let dataset = world.csto();
        let geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        for size in [[1280.0, 720.0], [800.0, 600.0], [1920.0, 1080.0]] {
            for zoom in [1.0, 4.0] {
                let home = home_camera(&dataset, &world.geometry, size);
                let camera = Camera {
                    pixels_per_km: home.pixels_per_km * zoom,
                    ..home
                };
                let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
                let placed = placed_alone(&geometry.labels, &view);
                assert_no_overlap(&placed);
                for text in &placed {
                    let area = ScreenBox::around(text, 0.0);
                    assert!(area.inside(&view), "{} runs off the map", text.text);
                }
                for label in geometry
                    .labels
                    .iter()
                    .filter(|l| l.rank == LabelRank::Primary)
                {
                    if contains(&view, view.screen_from_world(label.pos)) {
                        assert!(
                            placed.iter().any(|p| p.text == label.text),
                            "{} is not named at {size:?} ×{zoom}",
                            label.text
                        );
                    }
                }
                if zoom == 1.0 {
                    let armenia = placed.iter().find(|p| p.text == "Armenia").unwrap();
                    assert!(armenia.leader.is_some(), "Armenia is named beside itself");
                }
            }
        }
    }

    #[test]
    fn a_caption_that_does_not_fit_east_goes_west() {
        let view = MapTransform::new(
            Camera {
                centre: [0.0, 0.0],
                pixels_per_km: 1.0,
            },
            ScreenPos { x: 0.0, y: 0.0 },
            [400.0, 300.0],
        );
        let line = vec![
            ScreenPos { x: 250.0, y: 100.0 },
            ScreenPos { x: 380.0, y: 110.0 },
        ];
        let caption =
            place_caption(&[line], "Tajik-Afghan frontier", &view, map_font(), 1.0).unwrap();
        assert_eq!(caption.anchor, Anchor::RightMiddle);
        assert_eq!(caption.at, ScreenPos { x: 238.0, y: 100.0 });
    }
}
