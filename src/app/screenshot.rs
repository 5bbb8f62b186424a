//! Saving what the window shows as a PNG, written atomically (temporary file, then rename).

use std::path::Path;

use anyhow::Context as _;

/// Writes an egui screenshot to `path` as PNG, never leaving a half-written file behind.
pub fn save_png(image: &egui::ColorImage, path: &Path) -> anyhow::Result<()> {
    let [width, height] = image.size;
    let pixels: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, pixels)
        .context("the screenshot has an inconsistent size")?;
    let file_name = path.file_name().context("the path has no file name")?;
    let temporary = path.with_file_name(format!(".{}.partial", file_name.to_string_lossy()));
    buffer
        .save_with_format(&temporary, image::ImageFormat::Png)
        .with_context(|| format!("cannot write {}", temporary.display()))?;
    std::fs::rename(&temporary, path)
        .with_context(|| format!("cannot move the image into place at {}", path.display()))
}
