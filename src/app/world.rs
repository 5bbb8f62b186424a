//! The base map decoded and projected once per process, shared by every window and test.

use std::sync::OnceLock;

use crate::basemap::BaseMap;
use crate::carto::geometry::MapGeometry;
use crate::carto::projection::Projection;

/// The base map and its projected geometry.
pub struct World {
    /// Natural Earth countries, disputed areas, 1:10m borders.
    pub basemap: BaseMap,
    /// The base map projected and triangulated.
    pub geometry: MapGeometry,
}

/// The shared world, decoded on first use.
pub fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        // The base map is compiled in; if it cannot be decoded the build itself is broken.
        #[allow(clippy::expect_used)]
        let basemap = BaseMap::embedded().expect("the embedded Natural Earth base map decodes");
        let geometry = MapGeometry::new(&basemap, Projection::csto());
        World { basemap, geometry }
    })
}
