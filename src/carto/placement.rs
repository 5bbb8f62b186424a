//! Where text goes on the map: country labels (by importance, never overlapping) and the captions
//! of borders of interest. Measured with the embedded font, so the window and every exported figure
//! put each piece of text at the same spot. No egui here.

use super::camera::{MapTransform, ScreenPos};
use super::font::MapFont;
use super::labels::{Label, LabelRank};
use super::palette::{self, Rgba};

/// Em size of the dataset's country labels, in pixels.
pub const PRIMARY_LABEL_SIZE: f32 = 13.0;
/// Em size of other countries' labels.
pub const SECONDARY_LABEL_SIZE: f32 = 11.0;
/// Em size of border captions.
pub const CAPTION_SIZE: f32 = 13.0;
/// How wide (in pixels) a country other than the dataset's must be drawn to get a label.
const SECONDARY_MIN_WIDTH_PX: f64 = 70.0;
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

    fn intersects(&self, other: &Self) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }
}

/// The country labels to write in `view`, most important first, none overlapping another: the
/// dataset's countries always (where their centre is in view), others where they are drawn wide
/// enough. Text is `text_scale` times its usual size (the reader's text-size setting).
pub fn place_labels(
    labels: &[Label],
    view: &MapTransform,
    font: &MapFont,
    text_scale: f32,
) -> Vec<PlacedText> {
    let mut placed: Vec<PlacedText> = Vec::new();
    let mut taken: Vec<ScreenBox> = Vec::new();
    for label in labels {
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
        let text = PlacedText {
            text: label.text.clone(),
            at,
            anchor: Anchor::Centre,
            size,
            colour,
            box_size: font.measure(&label.text, size),
        };
        let area = ScreenBox::around(&text, 2.0);
        if taken.iter().any(|other| other.intersects(&area)) {
            continue;
        }
        taken.push(area);
        placed.push(text);
    }
    placed
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
    fn the_more_important_of_two_overlapping_labels_wins() {
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
        let placed = place_labels(&labels, &view, map_font(), 1.0);
        let texts: Vec<&str> = placed.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Kazakhstan", "Mongolia"]);
        assert_eq!(placed[0].at, ScreenPos { x: 400.0, y: 300.0 });
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
