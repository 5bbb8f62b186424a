//! The base map decoded once per process and projected for each map: the CSTO's projection once,
//! shared by the window, the command line and the tests, and any other on demand.

use std::sync::{Arc, Mutex, OnceLock};

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
    /// The base map in `projection`: the shared world if that is its projection, or the one
    /// projected last if that was the same, else projected afresh (the reference level of detail
    /// at once, the others when first drawn).
    pub fn in_projection(projection: Projection) -> Arc<World> {
        static LAST: Mutex<Option<Arc<World>>> = Mutex::new(None);
        let shared = shared_world();
        if shared.geometry.projection == projection {
            return shared;
        }
        let mut last = LAST
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(world) = last
            .as_ref()
            .filter(|w| w.geometry.projection == projection)
        {
            return Arc::clone(world);
        }
        let basemap = Arc::clone(&shared.basemap);
        let world = Arc::new(World {
            geometry: MapGeometry::new(Arc::clone(&basemap), projection),
            basemap,
        });
        *last = Some(Arc::clone(&world));
        world
    }

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

/// The shared world in the CSTO's projection, decoded on first use.
pub fn world() -> &'static World {
    shared_world_cell()
}

/// The shared world, to keep beside worlds in other projections.
pub fn shared_world() -> Arc<World> {
    Arc::clone(shared_world_cell())
}

fn shared_world_cell() -> &'static Arc<World> {
    static WORLD: OnceLock<Arc<World>> = OnceLock::new();
    WORLD.get_or_init(|| {
        // The base map is compiled in; if it cannot be decoded the build itself is broken.
        #[allow(clippy::expect_used)]
        let basemap = Arc::new(BaseMap::embedded().expect("the embedded base map decodes"));
        let geometry = MapGeometry::new(Arc::clone(&basemap), Projection::csto());
        Arc::new(World { basemap, geometry })
    })
}
