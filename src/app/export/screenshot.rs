//! The window as a PNG: egui's screenshot of a frame, encoded and saved like any file the app
//! writes (`platform::save`: atomically on a disk, a download in a browser).

use std::path::Path;

use crate::platform::{self, Backup, WriteError};
use crate::render::raster::encode_png;

/// Why a screenshot could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// The image's pixels do not fill its stated size.
    #[error("the screenshot has an inconsistent size")]
    InconsistentSize,
    /// The PNG could not be encoded.
    #[error("cannot encode the screenshot: {0}")]
    Encode(#[from] image::ImageError),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Writes an egui screenshot to `path` as PNG, never leaving a half-written file behind.
pub fn save_png(image: &egui::ColorImage, path: &Path) -> Result<(), ScreenshotError> {
    let [width, height] = image.size;
    let pixels: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, pixels)
        .ok_or(ScreenshotError::InconsistentSize)?;
    let png = encode_png(&buffer)?;
    Ok(platform::save(path, &png, Backup::None)?)
}
