//! The export choices a teacher made last time: format, size, what the figure shows and the
//! folder it went to. Saved between runs as one of the app's kinds of saved state.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::dataset::{Date, LoadedDataset};
use crate::export::figure::FigureFormat;
use crate::page::text::SLIDE_SIZE;

/// A figure size offered in the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SizePreset {
    /// A 16:9 slide.
    Slide,
    /// 4K, for projectors and print.
    FourK,
    /// An A4 page, landscape, at 300 dpi.
    A4Landscape,
    /// A square, for social posts.
    Square,
    /// Any size.
    Custom,
}

impl SizePreset {
    /// Every preset, in the dialog's order.
    pub const ALL: [SizePreset; 5] = [
        Self::Slide,
        Self::FourK,
        Self::A4Landscape,
        Self::Square,
        Self::Custom,
    ];

    /// Its name in the dialog.
    pub fn label(self) -> &'static str {
        match self {
            Self::Slide => "Slide, 1920 × 1080",
            Self::FourK => "4K, 3840 × 2160",
            Self::A4Landscape => "A4 landscape at 300 dpi, 3508 × 2480",
            Self::Square => "Square, 1080 × 1080",
            Self::Custom => "Custom",
        }
    }

    /// Its size in pixels (`None` for custom).
    pub fn size(self) -> Option<[u32; 2]> {
        match self {
            Self::Slide => Some(SLIDE_SIZE),
            Self::FourK => Some([3840, 2160]),
            Self::A4Landscape => Some([3508, 2480]),
            Self::Square => Some([1080, 1080]),
            Self::Custom => None,
        }
    }
}

/// The export choices, remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// PNG, SVG or PDF (by extension).
    pub format: String,
    /// The size preset.
    pub preset: SizePreset,
    /// The size when the preset is custom.
    pub custom_size: [u32; 2],
    /// Draw the legend.
    pub legend: bool,
    /// Draw the scale bar.
    pub scale_bar: bool,
    /// Write the credit line.
    pub credit: bool,
    /// Write the border captions.
    pub captions: bool,
    /// Show the window's current view rather than framing the members.
    pub current_view: bool,
    /// The folder the last figure went to.
    pub folder: Option<PathBuf>,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: "png".to_owned(),
            preset: SizePreset::Slide,
            custom_size: [1600, 900],
            legend: true,
            scale_bar: true,
            credit: true,
            captions: true,
            current_view: false,
            folder: None,
        }
    }
}

impl ExportSettings {
    /// The chosen format.
    pub fn format(&self) -> FigureFormat {
        FigureFormat::of_path(Path::new(&format!("x.{}", self.format))).unwrap_or(FigureFormat::Png)
    }

    /// The chosen size in pixels.
    pub fn size(&self) -> [u32; 2] {
        self.preset
            .size()
            .unwrap_or(self.custom_size.map(|v| v.clamp(16, 16_384)))
    }
}

/// The default file name: `csto-atlas-2025-07-01.png`.
pub fn default_file_name(date: Date, format: FigureFormat) -> String {
    format!("csto-atlas-{}.{}", date.to_iso(), format.extension())
}

/// "csto": the organisation's short name in lower case, its spaces and signs made dashes, to
/// begin the names offered for the files made of a dataset.
pub fn dataset_stem(dataset: &LoadedDataset) -> String {
    let short_name = &dataset.data.organisation.short_name;
    short_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
