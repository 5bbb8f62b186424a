//! The names on the map: countries, special and disputed areas, capitals and cities, seas, lakes
//! and rivers; which to write, where, and how important each is. They depend on the dataset (its
//! countries' names) and the base map, not on the date, so they are built once per dataset, in
//! the order they claim their places.

use crate::basemap::Place;
use crate::dataset::LoadedDataset;
use crate::earth::geometry::{MapGeometry, ProjectedArea};
use crate::earth::projection::WorldPos;
use crate::earth::projection::{Projection, lon_lat};
use crate::earth::water::{WATER_NAMES, WaterKind};

/// How important a label is, most important first: the order in which labels claim their place
/// (the dataset's countries, capitals, other countries, cities, seas and lakes, rivers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LabelRank {
    /// A country of the dataset: always named where it is in view.
    Primary,
    /// The capital of a country of the dataset.
    MemberCapital,
    /// Any other national capital.
    Capital,
    /// Any other country or area, named where it is drawn wide enough.
    Secondary,
    /// A city, named where the zoom allows for its population.
    City,
    /// A sea or lake.
    Water,
    /// A river.
    River,
}

/// The symbol drawn at a named point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbol {
    /// A national capital: a ringed dot.
    Capital,
    /// A city: a dot.
    City,
}

/// A name on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The text.
    pub text: String,
    /// Where its centre goes (km), or the point it names.
    pub pos: WorldPos,
    /// Width of the thing named (km), to judge whether the label fits at a zoom; for a place, its
    /// population in thousands.
    pub extent_km: f64,
    /// Importance.
    pub rank: LabelRank,
    /// The symbol at `pos`, for a named point (then the text goes beside it).
    pub symbol: Option<Symbol>,
    /// The area it names, so it can move into view when `pos` is off screen.
    pub area: Option<AreaRef>,
    /// A shorter name to write where the name finds no room (a member's ISO code: "FRA").
    pub short: Option<String>,
}

/// An area of the projected base map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaRef {
    /// A country (index into [`MapGeometry::countries`]).
    Country(usize),
    /// A disputed area (index into [`MapGeometry::disputed`]).
    Disputed(usize),
}

/// Every name the map may write for `dataset`, in the order they claim their places: the dataset's
/// countries smallest first (so small ones such as Armenia get their spot before larger
/// neighbours), then capitals, other areas largest first, cities largest first, water.
pub fn map_labels(dataset: &LoadedDataset, geometry: &MapGeometry) -> Vec<Label> {
    let mut labels: Vec<Label> = geometry
        .countries
        .iter()
        .enumerate()
        .map(|(index, country)| {
            let in_dataset = country
                .iso_a3
                .as_deref()
                .and_then(|iso| dataset.country_by_iso(iso));
            let text = match (in_dataset, &country.part_of) {
                (Some(c), _) => c.name.clone(),
                (None, Some((_, note))) => format!("{} ({note})", country.name),
                (None, None) => country.name.clone(),
            };
            let mut label = area_label(
                text,
                &country.area,
                AreaRef::Country(index),
                in_dataset.is_some(),
            );
            if in_dataset.is_some() {
                label.short.clone_from(&country.iso_a3);
            }
            label
        })
        .chain(
            geometry
                .disputed
                .iter()
                .enumerate()
                .map(|(index, disputed)| {
                    area_label(
                        format!("{} (disputed)", disputed.name),
                        &disputed.area,
                        AreaRef::Disputed(index),
                        false,
                    )
                }),
        )
        .chain(
            geometry
                .basemap()
                .places
                .iter()
                .filter_map(|place| place_label(place, dataset, geometry)),
        )
        .chain(water_labels(&geometry.projection))
        .collect();
    labels.sort_by(|a, b| {
        a.rank.cmp(&b.rank).then(match a.rank {
            LabelRank::Primary => a.extent_km.total_cmp(&b.extent_km),
            _ => b.extent_km.total_cmp(&a.extent_km),
        })
    });
    labels
}

fn area_label(text: String, area: &ProjectedArea, id: AreaRef, primary: bool) -> Label {
    let bounds = area.bounds;
    Label {
        text,
        pos: area.label_anchor,
        // Islands strewn far apart (Kiribati) are as small as their land, not as wide as the
        // sea they span: a name fits inside only what it can cover.
        extent_km: bounds
            .width()
            .min(bounds.height() * 2.0)
            .min(3.0 * area.land_km2.sqrt()),
        rank: if primary {
            LabelRank::Primary
        } else {
            LabelRank::Secondary
        },
        symbol: None,
        area: Some(id),
        short: None,
    }
}

fn place_label(place: &Place, dataset: &LoadedDataset, geometry: &MapGeometry) -> Option<Label> {
    let member = dataset.country_by_iso(&place.iso_a3).is_some();
    Some(Label {
        text: place.name.clone(),
        pos: geometry.projection.project(place.at)?,
        extent_km: place.population as f64 / 1000.0,
        rank: match (place.capital, member) {
            (true, true) => LabelRank::MemberCapital,
            (true, false) => LabelRank::Capital,
            (false, _) => LabelRank::City,
        },
        symbol: Some(if place.capital {
            Symbol::Capital
        } else {
            Symbol::City
        }),
        area: None,
        short: None,
    })
}

/// The labels of [`WATER_NAMES`], projected.
pub fn water_labels(projection: &Projection) -> Vec<Label> {
    WATER_NAMES
        .iter()
        .filter_map(|&(name, kind, lon, lat, width_km)| {
            Some(Label {
                text: name.to_owned(),
                pos: projection.project(lon_lat(lon, lat))?,
                extent_km: width_km,
                rank: match kind {
                    WaterKind::Body => LabelRank::Water,
                    WaterKind::River => LabelRank::River,
                },
                symbol: None,
                area: None,
                short: None,
            })
        })
        .collect()
}
