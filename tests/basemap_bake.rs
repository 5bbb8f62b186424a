//! The base map bake: `assets/basemap.bin` is what the bake (`tests/bake/`, build-time code that
//! the app does not ship) makes from Natural Earth and GeoNames under `assets/`.
//! `UPDATE_BASEMAP=1 cargo test --release --test basemap_bake` rewrites it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bake;

use std::path::Path;

/// The committed `assets/basemap.bin` is what the sources make; `UPDATE_BASEMAP=1` rewrites it.
#[test]
fn the_baked_base_map_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let baked = bake::bake(&root.join("assets")).unwrap();
    let path = root.join("assets/basemap.bin");
    if std::env::var_os("UPDATE_BASEMAP").is_some() {
        std::fs::write(&path, &baked).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == baked,
        "assets/basemap.bin is stale: run `UPDATE_BASEMAP=1 cargo test --release --test basemap_bake`"
    );
}
