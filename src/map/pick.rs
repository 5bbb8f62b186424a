//! What is under the pointer: markers first, then borders of interest, the circles of states too
//! small to see, disputed areas, countries.
//! Each is found through a spatial index built with its geometry or scene
//! ([`crate::earth::spatial`]), so a hover looks at the few things near the pointer.

use super::dataset_geometry::DatasetGeometry;
use super::scene::Scene;
use super::small_states::small_states;
use super::style::SIZES;
use crate::earth::camera::{MapTransform, ScreenPos};
use crate::earth::geometry::MapGeometry;

/// How close (in screen pixels) the pointer must be to a marker's centre to pick it: the drawn
/// diamond and a little more.
pub const MARKER_PICK_RADIUS_PX: f64 = SIZES.marker_radius as f64 + 1.5;

/// How far (in screen pixels) beyond the drawn edge of a border of interest the pointer still
/// picks it: a pixel or two, so that a click just beside the line picks the country there.
pub const LINE_PICK_SLACK_PX: f64 = 1.5;

/// A thing on the map under the pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    /// An exercise marker (exercise id).
    Exercise(String),
    /// A border of interest (index into [`DatasetGeometry::borders`]).
    Border(usize),
    /// A disputed area (index into [`MapGeometry::disputed`]).
    Disputed(usize),
    /// A base-map country (index into [`MapGeometry::countries`]).
    Country(usize),
}

/// The topmost thing at `pointer` on the map that `view` puts on screen.
pub fn pick(
    scene: &Scene,
    geometry: &MapGeometry,
    dataset_geometry: &DatasetGeometry,
    view: &MapTransform,
    pointer: ScreenPos,
) -> Option<Hit> {
    let world = view.world_from_screen(pointer);
    let km_per_px = 1.0 / view.camera.pixels_per_km;
    if let Some(marker) = scene.marker_near(world, MARKER_PICK_RADIUS_PX * km_per_px) {
        return Some(Hit::Exercise(marker.exercise_id.clone()));
    }
    let reach_km = |selected: bool| line_reach_px(selected) * km_per_px;
    let border = dataset_geometry.border_near(world, reach_km(true), |index, distance_km| {
        scene
            .borders
            .iter()
            .any(|&(shown, selected)| shown == index && distance_km <= reach_km(selected))
    });
    if let Some(index) = border {
        return Some(Hit::Border(index));
    }
    let circle_reach_km = (f64::from(SIZES.small_state_radius) + LINE_PICK_SLACK_PX) * km_per_px;
    let circle = small_states(scene, geometry, view.camera.pixels_per_km)
        .find(|(_, at)| (at.x - world.x).hypot(at.y - world.y) <= circle_reach_km);
    if let Some((index, _)) = circle {
        return Some(Hit::Country(index));
    }
    if let Some(index) = geometry.disputed_at(world) {
        return Some(Hit::Disputed(index));
    }
    geometry.country_at(world).map(Hit::Country)
}

/// How far from its middle a border of interest picks, in pixels: half its drawn width and the
/// slack.
fn line_reach_px(selected: bool) -> f64 {
    let casing = if selected {
        SIZES.frontier_selected_casing_width
    } else {
        SIZES.frontier_casing_width
    };
    f64::from(casing) / 2.0 + LINE_PICK_SLACK_PX
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Date, LoadedDataset};
    use crate::earth::projection::WorldPos;
    use crate::earth::world::world;
    use crate::map::dataset_geometry::home_camera;
    use crate::map::layers::Layers;
    use geo::{BoundingRect, Contains, Point};

    /// The screen size the tests frame the CSTO view in.
    const SIZE: [f64; 2] = [1100.0, 760.0];

    struct Fixture {
        dataset: LoadedDataset,
        dataset_geometry: DatasetGeometry,
        view: MapTransform,
    }

    fn fixture() -> Fixture {
        let world = world();
        let dataset = world.csto();
        let dataset_geometry = DatasetGeometry::new(&dataset, &world.basemap, &world.geometry);
        let camera = home_camera(&dataset, &world.geometry, SIZE);
        let view = MapTransform::new(camera, ScreenPos { x: 0.0, y: 0.0 }, SIZE);
        Fixture {
            dataset,
            dataset_geometry,
            view,
        }
    }

    fn scene(fixture: &Fixture, layers: Layers) -> Scene {
        Scene::build(
            &fixture.dataset,
            &world().geometry,
            &fixture.dataset_geometry,
            Date::from_ymd(2025, 7, 1).unwrap(),
            layers,
            None,
        )
    }

    fn distance(a: ScreenPos, b: ScreenPos) -> f64 {
        (a.x - b.x).hypot(a.y - b.y)
    }

    fn segment_distance(p: ScreenPos, a: ScreenPos, b: ScreenPos) -> f64 {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let length_sq = dx * dx + dy * dy;
        let t = if length_sq == 0.0 {
            0.0
        } else {
            (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_sq).clamp(0.0, 1.0)
        };
        distance(
            p,
            ScreenPos {
                x: a.x + t * dx,
                y: a.y + t * dy,
            },
        )
    }

    #[test]
    fn a_click_beside_the_frontier_picks_tajikistan_and_one_on_it_picks_the_frontier() {
        let fixture = fixture();
        let geometry = &world().geometry;
        let scene = scene(
            &fixture,
            Layers {
                exercises: false,
                ..Layers::default()
            },
        );
        let view = &fixture.view;
        let frontier = fixture
            .dataset_geometry
            .borders
            .iter()
            .position(|b| b.id == "tjk-afg")
            .expect("the embedded dataset has the Tajik-Afghan frontier");
        let tajikistan = geometry
            .country_index("TJK")
            .expect("Tajikistan is on the map");
        let lines: Vec<Vec<ScreenPos>> = fixture.dataset_geometry.borders[frontier]
            .lines
            .iter()
            .map(|line| line.iter().map(|p| view.screen_from_world(*p)).collect())
            .collect();
        let from_frontier = |p: ScreenPos| {
            lines
                .iter()
                .flat_map(|line| line.windows(2))
                .map(|pair| segment_distance(p, pair[0], pair[1]))
                .fold(f64::INFINITY, f64::min)
        };
        let pick_at = |p| pick(&scene, geometry, &fixture.dataset_geometry, view, p);

        // Points on the frontier, and 6 px off it (measured to the whole line, not just the
        // nearest vertex) on Tajikistan's side.
        let mut checked = 0;
        for line in &lines {
            // Vertices at least 4 px apart, so that each gives the line's direction there.
            let mut sparse: Vec<ScreenPos> = Vec::new();
            for &p in line {
                if sparse.last().is_none_or(|&last| distance(last, p) >= 4.0) {
                    sparse.push(p);
                }
            }
            for window in sparse.windows(3) {
                let [before, on, after] = [window[0], window[1], window[2]];
                let (dx, dy) = (after.x - before.x, after.y - before.y);
                let length = dx.hypot(dy);
                if length < 1.0 {
                    continue;
                }
                let normal = (-dy / length, dx / length);
                for side in [1.0, -1.0] {
                    let beside = ScreenPos {
                        x: on.x + side * 6.0 * normal.0,
                        y: on.y + side * 6.0 * normal.1,
                    };
                    let world_beside = view.world_from_screen(beside);
                    if (5.75..=6.0).contains(&from_frontier(beside))
                        && geometry.country_at(world_beside) == Some(tajikistan)
                    {
                        assert_eq!(pick_at(on), Some(Hit::Border(frontier)));
                        assert_eq!(pick_at(beside), Some(Hit::Country(tajikistan)));
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked >= 5, "only {checked} points beside the frontier");
    }

    #[test]
    fn a_marker_over_a_country_is_picked_near_it_and_the_country_beyond() {
        let fixture = fixture();
        let geometry = &world().geometry;
        let scene = scene(&fixture, Layers::default());
        let view = &fixture.view;
        let pick_at = |p| pick(&scene, geometry, &fixture.dataset_geometry, view, p);
        let on_screen: Vec<ScreenPos> = scene
            .markers
            .iter()
            .map(|m| view.screen_from_world(m.pos))
            .collect();
        // A marker with no other within 30 px, in a country away from the frontier.
        let country_beside = |at: ScreenPos| {
            geometry.country_at(view.world_from_screen(ScreenPos {
                x: at.x + 9.0,
                ..at
            }))
        };
        let (marker, at) = scene
            .markers
            .iter()
            .zip(&on_screen)
            .find(|(_, at)| {
                let alone = on_screen
                    .iter()
                    .filter(|other| distance(**at, **other) < 30.0)
                    .count()
                    == 1;
                let far_from_the_frontier = country_beside(**at)
                    .and_then(|i| geometry.countries[i].iso_a3.as_deref())
                    .is_some_and(|iso| !["TJK", "AFG"].contains(&iso));
                alone && far_from_the_frontier
            })
            .expect("a marker standing alone in a country");
        let exercise = Some(Hit::Exercise(marker.exercise_id.clone()));
        assert_eq!(pick_at(*at), exercise);
        assert_eq!(
            pick_at(ScreenPos {
                x: at.x + 7.0,
                ..*at
            }),
            exercise
        );
        assert_eq!(
            pick_at(ScreenPos {
                y: at.y - 7.5,
                ..*at
            }),
            exercise
        );
        assert_eq!(
            pick_at(ScreenPos {
                x: at.x + 9.0,
                ..*at
            }),
            country_beside(*at).map(Hit::Country),
            "just beyond the marker, the country under it"
        );
    }

    #[test]
    fn the_index_finds_the_same_country_as_testing_every_polygon() {
        let fixture = fixture();
        let geometry = &world().geometry;
        let view = &fixture.view;
        let every_polygon = |world: WorldPos| {
            geometry.countries.iter().position(|c| {
                c.area
                    .shape
                    .bounding_rect()
                    .is_some_and(|b| b.to_polygon().contains(&Point(world)))
                    && c.area.shape.contains(&Point(world))
            })
        };
        for row in 0..38 {
            for column in 0..55 {
                let at = view.world_from_screen(ScreenPos {
                    x: f64::from(column) * 20.0 + 5.0,
                    y: f64::from(row) * 20.0 + 5.0,
                });
                assert_eq!(geometry.country_at(at), every_polygon(at), "at {at:?}");
            }
        }
    }
}
