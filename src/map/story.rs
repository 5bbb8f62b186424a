//! Where a story slide looks: the camera that frames what the slide shows, for the presentation
//! window and the handout alike. No egui here.

use crate::basemap::BaseMap;
use crate::dataset::{LoadedDataset, Slide, SlideView};
use crate::earth::camera::Camera;
use crate::earth::geometry::MapGeometry;
use crate::earth::projection::{Projection, lon_lat};
use crate::map::region::{ProjectionChoice, framed_places, projection_framing};

/// The margin kept around a place (an exercise or a meeting) when a slide frames it, in km.
const PLACE_MARGIN_KM: f64 = 400.0;

/// The share of the height a slide's framing uses: the rest is left for the caption band.
const FRAMED_HEIGHT: f64 = 0.7;

/// The projection `slide`'s map is drawn in, as `choice` asks: the dataset's `home` one, or
/// one centred on what the slide shows when that lies far from home (see
/// [`projection_framing`]). Presenting and the handout both draw a slide in it.
pub fn slide_projection(
    dataset: &LoadedDataset,
    basemap: &BaseMap,
    slide: &Slide,
    home: Projection,
    choice: ProjectionChoice,
) -> Projection {
    let places: Vec<_> = match &slide.view {
        SlideView::Centre { lon, lat, .. } => vec![lon_lat(*lon, *lat)],
        SlideView::Fit(ids) => ids
            .iter()
            .flat_map(|id| framed_places(dataset, basemap, id))
            .collect(),
    };
    projection_framing(&places, home, choice)
}

/// The camera that frames what `slide` shows in a map of `size` pixels; `None` when nothing it
/// names is on the map.
pub fn slide_camera(
    dataset: &LoadedDataset,
    geometry: &MapGeometry,
    slide: &Slide,
    size: [f64; 2],
) -> Option<Camera> {
    match &slide.view {
        SlideView::Centre { lon, lat, width_km } => {
            let centre = geometry.projection.project(lon_lat(*lon, *lat))?;
            Some(Camera {
                centre: [centre.x, centre.y],
                pixels_per_km: size[0] / width_km.max(1.0),
            })
        }
        SlideView::Fit(ids) => {
            let mut codes: Vec<&str> = Vec::new();
            let mut points = Vec::new();
            for id in ids {
                if let Some(iso) = dataset.country(id).and_then(|c| c.iso_a3.as_deref()) {
                    codes.push(iso);
                } else if let Some(border) = dataset.border(id) {
                    codes.extend(border.countries.iter().map(String::as_str));
                } else if let Some(place) = dataset
                    .exercise(id)
                    .map(|e| &e.place)
                    .or_else(|| dataset.event(id).and_then(|e| e.place.as_ref()))
                {
                    points.extend(geometry.projection.project(lon_lat(place.lon, place.lat)));
                }
            }
            // The countries' boxes and a margin around each place, as one box.
            let mut corners: Vec<geo::Coord<f64>> = geometry
                .bounds_of(codes.iter().copied())
                .map(|b| vec![b.min(), b.max()])
                .unwrap_or_default();
            for point in points {
                corners.push(
                    geo::coord! { x: point.x - PLACE_MARGIN_KM, y: point.y - PLACE_MARGIN_KM },
                );
                corners.push(
                    geo::coord! { x: point.x + PLACE_MARGIN_KM, y: point.y + PLACE_MARGIN_KM },
                );
            }
            let bounds = geo::BoundingRect::bounding_rect(&geo::MultiPoint::from(corners))?;
            Some(Camera::framing(
                bounds.min(),
                bounds.max(),
                [size[0], size[1] * FRAMED_HEIGHT],
                0.12,
            ))
        }
    }
}

/// A slide view that shows what `camera` shows in a map of `size` pixels: its centre and width,
/// rounded to what a person would write (0.01° and 10 km). `None` if the centre is off the globe.
pub fn view_of_camera(
    geometry: &MapGeometry,
    camera: &Camera,
    size: [f64; 2],
) -> Option<SlideView> {
    let [x, y] = camera.centre;
    let centre = geometry.projection.unproject(geo::coord! { x: x, y: y })?;
    // Divided (not multiplied by 0.01) so the value is the double nearest to what is written, and
    // reads back from the file as the same number.
    let hundredths = |v: f64| (v * 100.0).round() / 100.0;
    Some(SlideView::Centre {
        lon: hundredths(centre.x),
        lat: hundredths(centre.y),
        width_km: ((size[0] / camera.pixels_per_km / 10.0).round() * 10.0).max(10.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Date;
    use crate::earth::world::world;

    #[test]
    fn a_view_taken_from_the_camera_frames_the_same_place() {
        let world = world();
        let dataset = world.csto();
        let size = [1600.0, 900.0];
        let camera = Camera {
            centre: [120.0, -340.0],
            pixels_per_km: 0.4,
        };
        let view = view_of_camera(&world.geometry, &camera, size).unwrap();
        let slide = Slide {
            id: "mine".into(),
            title: "Mine".into(),
            date: Date::parse("2010").unwrap(),
            compare_with: None,
            view,
            highlight: vec![],
            caption: "A caption.".into(),
            excerpts: vec![],
            notes: String::new(),
        };
        let again = slide_camera(&dataset, &world.geometry, &slide, size).unwrap();
        assert!((again.pixels_per_km - 0.4).abs() < 0.001, "{again:?}");
        assert!((again.centre[0] - 120.0).abs() < 2.0 && (again.centre[1] + 340.0).abs() < 2.0);
    }
}
