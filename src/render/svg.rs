//! Writes a figure as SVG: shapes as paths, text as real `<text>` in the embedded fonts (those its
//! text needs, carried in the file, so labels stay selectable, sharp, and where the layout put
//! them; a viewer falls back from face to face as the layout did).

use std::fmt::Write as _;

use base64::Engine as _;

use super::display::Rgba;
use super::display::{Drawing, HAIRLINE, Item, Stroke};
use super::font::{FACES, map_font};

/// The figure as an SVG document.
pub fn svg(drawing: &Drawing) -> String {
    let [width, height] = drawing.size;
    let mut out = String::with_capacity(1 << 20);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
<title>{}</title>
<style>{}</style>
"#,
        escape(&drawing.title),
        font_style(drawing)
    );
    let mut clips = 0;
    for item in &drawing.items {
        match item {
            Item::Shape { rings, fill } => {
                let _ = writeln!(
                    out,
                    r#"<path d="{}" fill-rule="evenodd" {}/>"#,
                    path_data(rings.iter().map(|r| (r.as_slice(), true))),
                    paint("fill", *fill)
                );
            }
            Item::Line {
                points,
                stroke,
                closed,
            } => {
                let _ = writeln!(
                    out,
                    r#"<path d="{}" fill="none" {}/>"#,
                    path_data(std::iter::once((points.as_slice(), *closed))),
                    stroke_attributes(stroke)
                );
            }
            Item::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let fill = fill.map_or("fill=\"none\"".to_owned(), |f| paint("fill", f));
                let stroke = stroke.map_or(String::new(), |s| stroke_attributes(&s));
                let _ = writeln!(
                    out,
                    r#"<circle cx="{:.2}" cy="{:.2}" r="{radius:.2}" {fill} {stroke}/>"#,
                    centre[0], centre[1]
                );
            }
            Item::Text {
                lines,
                size,
                colour,
                halo,
            } => {
                for line in lines {
                    let halo = halo.map_or(String::new(), |(c, w)| {
                        format!(
                            r#" stroke-width="{:.2}" stroke-linejoin="round" paint-order="stroke" {}"#,
                            w * 2.0,
                            paint("stroke", c)
                        )
                    });
                    let _ = writeln!(
                        out,
                        r#"<text x="{:.2}" y="{:.2}" font-size="{size:.2}" {}{halo}>{}</text>"#,
                        line.baseline[0],
                        line.baseline[1],
                        paint("fill", *colour),
                        escape(&line.text)
                    );
                }
            }
            Item::Clip { min, size } => {
                clips += 1;
                let _ = writeln!(
                    out,
                    r#"<clipPath id="clip{clips}"><rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}"/></clipPath><g clip-path="url(#clip{clips})">"#,
                    min[0], min[1], size[0], size[1]
                );
            }
            Item::EndClip => out.push_str("</g>\n"),
        }
    }
    out.push_str("</svg>\n");
    out
}

fn path_data<'a>(rings: impl Iterator<Item = (&'a [[f32; 2]], bool)>) -> String {
    let mut d = String::new();
    for (points, closed) in rings {
        for (i, [x, y]) in points.iter().enumerate() {
            let _ = write!(d, "{}{x:.2} {y:.2}", if i == 0 { "M" } else { "L" });
        }
        if closed {
            d.push('Z');
        }
    }
    d
}

fn paint(attribute: &str, colour: Rgba) -> String {
    let [r, g, b, a] = colour.0;
    let mut out = format!(r##"{attribute}="#{r:02x}{g:02x}{b:02x}""##);
    if a < 255 {
        let _ = write!(out, r#" {attribute}-opacity="{:.3}""#, f32::from(a) / 255.0);
    }
    out
}

fn stroke_attributes(stroke: &Stroke) -> String {
    let width = if stroke.width == HAIRLINE {
        r#"stroke-width="1" vector-effect="non-scaling-stroke""#.to_owned()
    } else {
        format!(r#"stroke-width="{:.2}""#, stroke.width)
    };
    let mut out = format!(
        r#"{} {width} stroke-linejoin="round" stroke-linecap="round""#,
        paint("stroke", stroke.colour)
    );
    if let Some([dash, gap]) = stroke.dash {
        let _ = write!(out, r#" stroke-dasharray="{dash:.2} {gap:.2}""#);
    }
    out
}

/// The `@font-face` rules for the faces the drawing's text is drawn in, and the fallback order.
fn font_style(drawing: &Drawing) -> String {
    let font = map_font();
    let mut used = [false; FACES.len()];
    used[0] = true;
    for item in &drawing.items {
        if let Item::Text { lines, .. } = item {
            for c in lines.iter().flat_map(|line| line.text.chars()) {
                used[font.face_of(c)] = true;
            }
        }
    }
    let mut style = String::new();
    let mut families = Vec::new();
    for (file, _) in FACES.iter().zip(used).filter(|(_, used)| *used) {
        let data = base64::engine::general_purpose::STANDARD.encode(file.bytes);
        let _ = writeln!(
            style,
            r#"@font-face {{ font-family: "{}"; src: url(data:font/ttf;base64,{data}); }}"#,
            file.family
        );
        families.push(format!("\"{}\"", file.family));
    }
    let _ = write!(
        style,
        "text {{ font-family: {}; white-space: pre; }}",
        families.join(", ")
    );
    style
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
