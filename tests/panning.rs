//! While the map is panned, its base layer (fills, water, borders, coasts) is drawn once with a
//! margin around the view and then moved: what a pan shows must be what the map shows when it is
//! opened at that view, the base exactly under the names, borders of interest and markers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::{AtlasApp, ExploreCommand};
use egui_kittest::Harness;

/// Moves the map's camera by `dx` pixels, as a drag does, and draws the frame.
fn pan(harness: &mut Harness<'static, AtlasApp>, dx: f64) {
    let camera = harness.state().saved().view.camera.expect("a camera");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        ExploreCommand::SetCamera(camera.panned(dx, 0.0)).into(),
    );
    harness.run();
}

#[test]
fn a_panned_map_is_drawn_as_the_same_view_opened_afresh() {
    // Panned in steps: the first makes the base with its margin, the next two move it.
    let mut panned = common::harness_on(common::test_date());
    panned.run();
    for _ in 0..3 {
        pan(&mut panned, 40.0);
    }
    let moved = panned.render().expect("rendered");

    // One jump to the same camera: the base made for that view, not moved.
    let mut fresh = common::harness_on(common::test_date());
    fresh.run();
    pan(&mut fresh, 120.0);
    let made = fresh.render().expect("rendered");

    assert_eq!(moved.dimensions(), made.dimensions());
    let differ = moved
        .pixels()
        .zip(made.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .count();
    // A moved picture of whole pixels is the picture made there, but for rounding in a few.
    assert!(differ < 200, "{differ} pixels differ");
}
