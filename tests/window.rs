//! Starts the real binary in a real window under Xvfb, lets it save a screenshot with
//! `--screenshot`, and checks that the PNG shows a drawn map rather than a blank window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// Counts pixels close to an sRGB colour.
fn count_near(image: &image::RgbaImage, [r, g, b]: [u8; 3]) -> usize {
    image
        .pixels()
        .filter(|p| {
            let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).abs();
            d(p[0], r) + d(p[1], g) + d(p[2], b) < 12
        })
        .count()
}

/// `csto-atlas --screenshot out` in a window under Xvfb, its messages in English.
fn screenshot_run(out: &std::path::Path) -> Command {
    let mut command = Command::new("xvfb-run");
    command
        .env("LC_ALL", "C")
        .args(["-a", "-s", "-screen 0 1600x1000x24"])
        .arg(env!("CARGO_BIN_EXE_csto-atlas"))
        .arg("--screenshot")
        .arg(out)
        .env_remove("WAYLAND_DISPLAY");
    command
}

#[test]
fn the_window_draws_the_map_and_saves_a_screenshot() {
    let out = std::env::temp_dir().join(format!("csto-atlas-window-{}.png", std::process::id()));
    std::fs::remove_file(&out).ok();
    // A data folder of its own: what a user's earlier runs remembered (a window size) stays out.
    let data_home = std::env::temp_dir().join(format!("csto-atlas-window-{}", std::process::id()));
    std::fs::remove_dir_all(&data_home).ok();
    let status = screenshot_run(&out)
        .env("XDG_DATA_HOME", &data_home)
        .status()
        .expect("xvfb-run is installed (scripts/test.sh installs it)");
    assert!(
        status.success(),
        "csto-atlas --screenshot exited with {status}"
    );

    assert!(
        !data_home.join("csto-atlas").join("app.ron").exists(),
        "a screenshot run remembers nothing of its window"
    );

    let image = image::open(&out).expect("a PNG was written").to_rgba8();
    assert_eq!(
        (image.width(), image.height()),
        (1400, 860),
        "the default window size"
    );
    // A scripted screenshot remembers nothing, so it is in the default, light theme.
    let palette = &csto_atlas::map::palette::MapPalette::LIGHT;
    let rgb = |colour: csto_atlas::render::display::Rgba| [colour.0[0], colour.0[1], colour.0[2]];
    let member_blue = count_near(&image, rgb(palette.member));
    let frontier_red = count_near(&image, rgb(palette.frontier));
    let ocean = count_near(&image, rgb(palette.ocean));
    assert!(
        member_blue > 50_000,
        "member states are filled ({member_blue} px)"
    );
    assert!(
        frontier_red > 150,
        "the frontier is drawn ({frontier_red} px)"
    );
    assert!(ocean > 50_000, "the sea is drawn ({ocean} px)");
}

#[test]
fn a_screenshot_that_cannot_be_saved_fails_and_says_why() {
    let folder = std::env::temp_dir().join(format!("csto-atlas-no-such-{}", std::process::id()));
    std::fs::remove_dir_all(&folder).ok();
    let out = screenshot_run(&folder.join("window.png"))
        .output()
        .expect("xvfb-run is installed (scripts/test.sh installs it)");
    assert!(
        !out.status.success(),
        "a screenshot that was not saved fails"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("screenshot failed") && stderr.contains("csto-atlas-no-such-"),
        "the error names the screenshot and where it could not go: {stderr}"
    );
    assert!(!folder.exists(), "no folder was made for it");
}
