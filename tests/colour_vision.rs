#![allow(clippy::unwrap_used, clippy::expect_used)]

//! How far apart two map colours look, to a reader with normal colour vision and to one with a
//! colour-vision deficiency: sRGB to linear light, a simulation of the deficiency, CIELAB, and the
//! CIEDE2000 colour difference. Test support: the palette's test holds every pair of fills a
//! country can take at least [`MIN_DIFFERENCE`] apart.

use csto_atlas::dataset::{Standing, Status};
use csto_atlas::map::palette::{Fill, MapPalette, Rgba, Theme};

/// The least CIEDE2000 difference between two fills: about what a reader tells apart at a glance
/// on a map, where areas are large but colours sit next to each other only at borders.
const MIN_DIFFERENCE: f64 = 10.0;

/// A way of seeing colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vision {
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

impl Vision {
    const ALL: [Vision; 4] = [
        Self::Normal,
        Self::Protanopia,
        Self::Deuteranopia,
        Self::Tritanopia,
    ];

    /// The simulation matrix on linear RGB, `None` for normal vision.
    ///
    /// Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of Color
    /// Vision Deficiency", IEEE TVCG 15(6), 2009, at severity 1.0 (dichromacy), from the table of
    /// matrices the authors published with the paper (www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html).
    /// They apply to linear (gamma-decoded) sRGB, as the paper's model is linear in cone
    /// responses.
    fn matrix(self) -> Option<[[f64; 3]; 3]> {
        match self {
            Self::Normal => None,
            Self::Protanopia => Some([
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ]),
            Self::Deuteranopia => Some([
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ]),
            Self::Tritanopia => Some([
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ]),
        }
    }
}

/// CIELAB coordinates (D65 white): lightness and the two opponent axes.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Lab {
    l: f64,
    a: f64,
    b: f64,
}

/// The sRGB transfer function undone: a channel byte to linear light in 0..=1 (IEC 61966-2-1).
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// How `colour` (opaque) looks with `vision`, in CIELAB.
fn seen(colour: Rgba, vision: Vision) -> Lab {
    let [r, g, b, _] = colour.0;
    let mut rgb = [linear(r), linear(g), linear(b)];
    if let Some(m) = vision.matrix() {
        rgb = m.map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0));
    }
    let [r, g, b] = rgb;
    // sRGB primaries to XYZ (IEC 61966-2-1), relative to the D65 white.
    let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
    let z = (0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    Lab {
        l: 116.0 * fy - 16.0,
        a: 500.0 * (fx - fy),
        b: 200.0 * (fy - fz),
    }
}

/// The CIEDE2000 colour difference (kL = kC = kH = 1), as Sharma, Wu & Dalal, "The CIEDE2000
/// Color-Difference Formula: Implementation Notes, Supplementary Test Data, and Mathematical
/// Observations", Color Research & Application 30(1), 2005, give it step by step.
fn ciede2000(one: Lab, two: Lab) -> f64 {
    let pow7 = |v: f64| v.powi(7);
    let c_bar = (one.a.hypot(one.b) + two.a.hypot(two.b)) / 2.0;
    let g = 0.5 * (1.0 - (pow7(c_bar) / (pow7(c_bar) + pow7(25.0))).sqrt());
    let (a1, a2) = ((1.0 + g) * one.a, (1.0 + g) * two.a);
    let (c1, c2) = (a1.hypot(one.b), a2.hypot(two.b));
    let hue = |a: f64, b: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(a1, one.b), hue(a2, two.b));
    let chromatic = c1 * c2 != 0.0;

    let delta_l = two.l - one.l;
    let delta_c = c2 - c1;
    let delta_h_angle = match h2 - h1 {
        _ if !chromatic => 0.0,
        d if d > 180.0 => d - 360.0,
        d if d < -180.0 => d + 360.0,
        d => d,
    };
    let delta_h = 2.0 * (c1 * c2).sqrt() * (delta_h_angle / 2.0).to_radians().sin();

    let l_bar = (one.l + two.l) / 2.0;
    let c_bar = (c1 + c2) / 2.0;
    let h_bar = if !chromatic {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_bar - 30.0) + 0.24 * cos(2.0 * h_bar) + 0.32 * cos(3.0 * h_bar + 6.0)
            - 0.20 * cos(4.0 * h_bar - 63.0);
    let delta_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (pow7(c_bar) / (pow7(c_bar) + pow7(25.0))).sqrt();
    let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_bar;
    let s_h = 1.0 + 0.015 * c_bar * t;
    let r_t = -(2.0 * delta_theta).to_radians().sin() * r_c;
    let (l, c, h) = (delta_l / s_l, delta_c / s_c, delta_h / s_h);
    (l * l + c * c + h * h + r_t * c * h).sqrt()
}

/// Every fill a country (or a disputed area) can take in `palette`, named.
fn country_fills(palette: &MapPalette) -> Vec<(String, Rgba)> {
    let statuses = [
        Status::Member,
        Status::Frozen,
        Status::Former,
        Status::Observer,
    ];
    let mut fills = vec![
        ("no status".to_owned(), palette.fill(Fill::LAND)),
        (
            "unknown".to_owned(),
            palette.standing_fill(Standing::Unknown),
        ),
        ("disputed".to_owned(), palette.disputed),
    ];
    for status in statuses {
        for uncertain in [false, true] {
            let name = format!("{status:?}{}", if uncertain { " (uncertain)" } else { "" });
            let standing = Standing::Held(status);
            fills.push((
                name,
                palette.fill(Fill {
                    standing,
                    uncertain,
                }),
            ));
        }
    }
    fills
}

#[test]
fn ciede2000_matches_sharma_wu_and_dalals_test_data() {
    // Table 1 of the paper: pairs 1, 2, 4, 7, 9, 11 (the hue-angle wrap), 17, 19, 25 and 34.
    let pairs = [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 3.1571, -77.2803], [50.0, 0.0, -82.7485], 2.8615),
        ([50.0, -1.3802, -84.2814], [50.0, 0.0, -82.7485], 1.0000),
        ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        ([50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0009], 7.1792),
        ([50.0, 2.4900, -0.0010], [50.0, -2.4900, 0.0011], 7.2195),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
        ([50.0, 2.5, 0.0], [56.0, -27.0, -3.0], 31.9030),
        (
            [60.2574, -34.0099, 36.2677],
            [60.4626, -34.1751, 39.4387],
            1.2644,
        ),
        (
            [2.0776, 0.0795, -1.1350],
            [0.9033, -0.0636, -0.5514],
            0.9082,
        ),
    ];
    for (one, two, expected) in pairs {
        let lab = |[l, a, b]: [f64; 3]| Lab { l, a, b };
        for got in [ciede2000(lab(one), lab(two)), ciede2000(lab(two), lab(one))] {
            assert!(
                (got - expected).abs() < 1e-4,
                "{one:?} / {two:?}: {got:.4}, not {expected}"
            );
        }
    }
}

#[test]
fn srgb_white_and_red_have_their_published_lab_coordinates() {
    let white = seen(Rgba::rgb(255, 255, 255), Vision::Normal);
    assert!((white.l - 100.0).abs() < 0.01 && white.a.abs() < 0.01 && white.b.abs() < 0.01);
    let red = seen(Rgba::rgb(255, 0, 0), Vision::Normal);
    for (got, want) in [(red.l, 53.24), (red.a, 80.09), (red.b, 67.20)] {
        assert!((got - want).abs() < 0.05, "{red:?}");
    }
    // A dichromat sees greys as greys.
    for vision in Vision::ALL {
        let grey = seen(Rgba::rgb(128, 128, 128), vision);
        assert!(
            grey.a.abs() < 0.5 && grey.b.abs() < 0.5,
            "{vision:?}: {grey:?}"
        );
    }
}

#[test]
fn every_two_country_fills_stay_apart_under_each_colour_vision_deficiency() {
    let mut failures = Vec::new();
    for theme in Theme::ALL {
        let fills = country_fills(theme.palette());
        for vision in Vision::ALL {
            let mut closest = (f64::INFINITY, "", "");
            for (i, (one, one_colour)) in fills.iter().enumerate() {
                for (two, two_colour) in &fills[i + 1..] {
                    let difference =
                        ciede2000(seen(*one_colour, vision), seen(*two_colour, vision));
                    if difference < closest.0 {
                        closest = (difference, one, two);
                    }
                    if difference < MIN_DIFFERENCE {
                        failures.push(format!(
                            "{theme:?}, {vision:?}: {one} and {two} differ by {difference:.1}"
                        ));
                    }
                }
            }
            let (difference, one, two) = closest;
            println!("{theme:?}, {vision:?}: closest {one} / {two}, ΔE00 {difference:.1}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
