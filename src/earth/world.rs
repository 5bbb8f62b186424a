//! The base map decoded and projected once per process, shared by the window, the command line
//! and the tests.

use std::sync::{Arc, OnceLock};

use super::geometry::MapGeometry;
use super::projection::Projection;
use crate::basemap::BaseMap;
use crate::dataset::LoadedDataset;

/// The base map and its projected geometry.
pub struct World {
    /// Natural Earth countries, special and disputed areas, lakes, rivers, places.
    pub basemap: Arc<BaseMap>,
    /// The base map projected and triangulated.
    pub geometry: MapGeometry,
}

impl World {
    /// Whether the base map has a country with this ISO alpha-3 code (what datasets are checked against).
    pub fn knows_iso(&self, iso_a3: &str) -> bool {
        self.basemap.knows_iso(iso_a3)
    }

    /// The embedded CSTO dataset, checked against this base map: what the tests and benchmarks
    /// start from.
    pub fn csto(&self) -> LoadedDataset {
        // The dataset is compiled in and checked by the tests; if it cannot load the build is broken.
        #[allow(clippy::expect_used)]
        LoadedDataset::embedded(&|iso| self.knows_iso(iso)).expect("the embedded dataset loads")
    }
}

/// The shared world, decoded on first use.
pub fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        // The base map is compiled in; if it cannot be decoded the build itself is broken.
        #[allow(clippy::expect_used)]
        let basemap = Arc::new(BaseMap::embedded().expect("the embedded base map decodes"));
        let geometry = MapGeometry::new(Arc::clone(&basemap), Projection::csto());
        World { basemap, geometry }
    })
}
