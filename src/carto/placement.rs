//! Where text goes on the map: country labels (by importance, never overlapping) and the captions
//! of borders of interest. Measured with the embedded font, so the window and every exported figure
//! put each piece of text at the same spot. No egui here.

use super::camera::{MapTransform, ScreenPos};
use super::font::MapFont;
use super::labels::{Label, LabelRank};
use super::palette::{self, Rgba};
use super::projection::WorldPos;

/// Em size of the dataset's country labels, in pixels.
pub const PRIMARY_LABEL_SIZE: f32 = 13.0;
/// Em size of other countries' labels.
pub const SECONDARY_LABEL_SIZE: f32 = 11.0;
/// Em size of border captions.
pub const CAPTION_SIZE: f32 = 13.0;
/// How wide (in pixels) a country other than the dataset's must be drawn to get a label.
const SECONDARY_MIN_WIDTH_PX: f64 = 70.0;
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
    /// Its colour.
    pub colour: Rgba,
    /// Its measured width and height in pixels.
    pub box_size: [f32; 2],
    /// A line from the place it names to the text, when the text stands beside a country too
    /// small to hold it.
    pub leader: Option<[ScreenPos; 2]>,
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
pub fn place_labels(
    labels: &[Label],
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
    // The dataset's countries smallest first, so the small ones claim their places; the others
    // after, largest first.
    let mut order: Vec<&Label> = labels.iter().collect();
    order.sort_by(|a, b| {
        a.rank.cmp(&b.rank).then(match a.rank {
            LabelRank::Primary => a.extent_km.total_cmp(&b.extent_km),
            LabelRank::Secondary => b.extent_km.total_cmp(&a.extent_km),
        })
    });
    for label in order {
        let width_px = label.extent_km * view.camera.pixels_per_km;
        let (size, colour) = match label.rank {
            LabelRank::Primary => (PRIMARY_LABEL_SIZE, palette::LABEL),
            LabelRank::Secondary if width_px > SECONDARY_MIN_WIDTH_PX => {
                (SECONDARY_LABEL_SIZE, palette::LABEL_SECONDARY)
            }
            LabelRank::Secondary => continue,
        };
        let size = size * text_scale;
        let at = view.screen_from_world(label.pos);
        if !contains(view, at) {
            continue;
        }
        let box_size = font.measure(&label.text, size);
        let text = PlacedText {
            text: label.text.clone(),
            at,
            anchor: Anchor::Centre,
            size,
            colour,
            box_size,
            leader: None,
        };
        let fits_inside = f64::from(box_size[0]) <= width_px;
        let candidates = if fits_inside {
            shifted_within(&text, width_px)
        } else if label.rank == LabelRank::Primary {
            callouts(&text)
        } else {
            continue;
        };
        let free = candidates.into_iter().find(|candidate| {
            let area = ScreenBox::around(candidate, 2.0);
            area.inside(view) && !taken.iter().any(|other| other.intersects(&area))
        });
        if let Some(text) = free {
            taken.push(ScreenBox::around(&text, 2.0));
            placed.push(text);
        }
    }
    placed
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
        colour: palette::FRONTIER,
        box_size,
        leader: None,
    })
}

fn contains(view: &MapTransform, at: ScreenPos) -> bool {
    (view.origin.x..=view.origin.x + view.size[0]).contains(&at.x)
        && (view.origin.y..=view.origin.y + view.size[1]).contains(&at.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carto::camera::Camera;
    use crate::carto::font::map_font;
    use crate::carto::projection::WorldPos;

    fn label(text: &str, x: f64, rank: LabelRank) -> Label {
        Label {
            text: text.into(),
            pos: WorldPos { x, y: 0.0 },
            extent_km: 1000.0,
            rank,
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
        let placed = place_labels(&labels, &view, map_font(), 1.0, (&[], &[]));
        assert_eq!(placed[0].text, "Kazakhstan");
        assert_eq!(placed[0].at, ScreenPos { x: 400.0, y: 300.0 });
        assert_no_overlap(&placed);
        assert!(placed.iter().all(|p| p.leader.is_none()), "all fit inside");
    }

    fn assert_no_overlap(placed: &[PlacedText]) {
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(
                    !ScreenBox::around(a, 0.0).intersects(&ScreenBox::around(b, 0.0)),
                    "{} overlaps {}",
                    a.text,
                    b.text
                );
            }
        }
    }

    #[test]
    fn every_dataset_country_in_view_is_named_without_overlap_armenia_beside_itself() {
        use crate::carto::dataset_geometry::{DatasetGeometry, home_camera};
        use crate::carto::world::world;
        use crate::dataset::LoadedDataset;
        let world = world();
        let dataset = LoadedDataset::embedded(&|iso| world.knows_iso(iso)).unwrap();
        let geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        for size in [[1280.0, 720.0], [800.0, 600.0], [1920.0, 1080.0]] {
            for zoom in [1.0, 4.0] {
                let home = home_camera(&dataset, &world.geometry, size);
                let camera = Camera {
                    pixels_per_km: home.pixels_per_km * zoom,
                    ..home
                };
                let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, size);
                let placed = place_labels(&geometry.labels, &view, map_font(), 1.0, (&[], &[]));
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
