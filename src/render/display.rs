//! Display items: the vocabulary every writer translates. The map's symbolizer (`map::symbolize`)
//! and the page layout (`page`) decide every position, colour, width, dash and halo and say it as
//! [`Item`]s; the egui painter, SVG, PNG and PDF writers only draw them. No egui here.

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b, 255])
    }

    /// The colour with its alpha multiplied by `opacity` (0 to 1): a faded marker.
    pub fn faded(self, opacity: f32) -> Self {
        let [r, g, b, a] = self.0;
        Self([r, g, b, (f32::from(a) * opacity.clamp(0.0, 1.0)) as u8])
    }
}

/// The width that means a hairline: the thinnest line the output device draws.
pub const HAIRLINE: f32 = 0.0;

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub colour: Rgba,
    /// Width in pixels ([`HAIRLINE`]: one device pixel, whatever the scale).
    pub width: f32,
    /// Dash and gap lengths, for a dashed line.
    pub dash: Option<[f32; 2]>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(colour: Rgba, width: f32) -> Self {
        Self {
            colour,
            width,
            dash: None,
        }
    }

    /// A dashed line.
    pub const fn dashed(colour: Rgba, width: f32, dash: [f32; 2]) -> Self {
        Self {
            colour,
            width,
            dash: Some(dash),
        }
    }
}

/// A line of text with its baseline's left end.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// Where the baseline starts.
    pub baseline: [f32; 2],
}

/// One thing to draw, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled shape of rings (even-odd rule). Each ring is open: its last point joins its first.
    Shape {
        /// Rings in pixels.
        rings: Vec<Vec<[f32; 2]>>,
        /// Fill colour.
        fill: Rgba,
    },
    /// A line, open or closed.
    Line {
        /// Points in pixels.
        points: Vec<[f32; 2]>,
        /// How it is drawn.
        stroke: Stroke,
        /// Whether it closes back to its start.
        closed: bool,
    },
    /// A circle.
    Circle {
        /// Centre in pixels.
        centre: [f32; 2],
        /// Radius in pixels.
        radius: f32,
        /// Fill, if any.
        fill: Option<Rgba>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// Text, one or more lines, with an optional halo behind it.
    Text {
        /// Its lines.
        lines: Vec<TextLine>,
        /// Em size in pixels.
        size: f32,
        /// Colour.
        colour: Rgba,
        /// A halo colour and how far it reaches beyond the glyphs, so it reads over any fill.
        halo: Option<(Rgba, f32)>,
    },
    /// Clip what follows to a rectangle, until [`Item::EndClip`].
    Clip {
        /// Top-left corner.
        min: [f32; 2],
        /// Width and height.
        size: [f32; 2],
    },
    /// End the last clip.
    EndClip,
}

impl Item {
    /// A convex shape of one ring, such as a rectangle or a diamond.
    pub fn convex(ring: Vec<[f32; 2]>, fill: Rgba) -> Self {
        Self::Shape {
            rings: vec![ring],
            fill,
        }
    }

    /// The item drawn `k` times as large, about the origin.
    pub fn scaled(self, k: f32) -> Item {
        let p = |[x, y]: [f32; 2]| [x * k, y * k];
        let stroke = |s: Stroke| Stroke {
            width: s.width * k,
            dash: s.dash.map(|d| d.map(|v| v * k)),
            ..s
        };
        match self {
            Item::Shape { rings, fill } => Item::Shape {
                rings: rings
                    .into_iter()
                    .map(|r| r.into_iter().map(p).collect())
                    .collect(),
                fill,
            },
            Item::Line {
                points,
                stroke: s,
                closed,
            } => Item::Line {
                points: points.into_iter().map(p).collect(),
                stroke: stroke(s),
                closed,
            },
            Item::Circle {
                centre,
                radius,
                fill,
                stroke: s,
            } => Item::Circle {
                centre: p(centre),
                radius: radius * k,
                fill,
                stroke: s.map(stroke),
            },
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => Item::Text {
                lines: lines
                    .into_iter()
                    .map(|l| TextLine {
                        baseline: p(l.baseline),
                        ..l
                    })
                    .collect(),
                size: size * k,
                colour,
                halo: halo.map(|(c, w)| (c, w * k)),
            },
            Item::Clip { min, size } => Item::Clip {
                min: p(min),
                size: p(size),
            },
            Item::EndClip => Item::EndClip,
        }
    }
}

/// A picture to write: its size, its title (the document title of an SVG or PDF) and its items.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// Width and height in pixels.
    pub size: [f32; 2],
    /// Its title.
    pub title: String,
    /// What to draw, in order.
    pub items: Vec<Item>,
}

impl Drawing {
    /// The same drawing `factor` times as large (a preview is a small copy).
    pub fn resized(&self, factor: f32) -> Drawing {
        Drawing {
            size: self.size.map(|v| (v * factor).max(1.0)),
            title: self.title.clone(),
            items: self
                .items
                .iter()
                .cloned()
                .map(|item| item.scaled(factor))
                .collect(),
        }
    }
}

/// The four corners of a rectangle, as a ring.
pub fn rect_ring(min: [f32; 2], size: [f32; 2]) -> Vec<[f32; 2]> {
    let [x, y] = min;
    let [w, h] = size;
    vec![[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
}
