//! Saving what the window shows as a PNG, written atomically (temporary file, then rename).

use std::path::{Path, PathBuf};

/// Why a screenshot could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// The image's pixels do not fill its stated size.
    #[error("the screenshot has an inconsistent size")]
    InconsistentSize,
    /// The path names a folder, not a file.
    #[error("{0} has no file name")]
    NoFileName(PathBuf),
    /// The PNG could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The temporary file being written.
        path: PathBuf,
        /// What went wrong.
        source: image::ImageError,
    },
    /// The finished file could not be moved into place.
    #[error("cannot move the image into place at {path}: {source}")]
    Rename {
        /// Where it was to go.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
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
    #[cfg(target_arch = "wasm32")]
    {
        // In a browser the file is downloaded: no temporary file, no rename.
        let mut png = std::io::Cursor::new(Vec::new());
        buffer
            .write_to(&mut png, image::ImageFormat::Png)
            .map_err(|source| ScreenshotError::Write {
                path: path.to_path_buf(),
                source,
            })?;
        crate::platform::file_write::replace_file(
            path,
            png.get_ref(),
            crate::platform::file_write::Backup::None,
        )
        .map_err(|err| ScreenshotError::Rename {
            path: err.path,
            source: err.source,
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let file_name = path
            .file_name()
            .ok_or_else(|| ScreenshotError::NoFileName(path.to_path_buf()))?;
        let temporary = path.with_file_name(format!(".{}.partial", file_name.to_string_lossy()));
        buffer
            .save_with_format(&temporary, image::ImageFormat::Png)
            .map_err(|source| ScreenshotError::Write {
                path: temporary.clone(),
                source,
            })?;
        std::fs::rename(&temporary, path).map_err(|source| ScreenshotError::Rename {
            path: path.to_path_buf(),
            source,
        })
    }
}
