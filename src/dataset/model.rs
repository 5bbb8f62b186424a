//! The serde types that mirror a membership dataset file (see `docs/dataset.md`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::Date;

/// An excerpt id, as used in `sources` lists.
pub type ExcerptId = String;

/// A whole membership dataset: one alliance, its members over time, and the sources for all of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Path to the JSON Schema, for editors; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of the file format.
    pub schema_version: u32,
    /// The date the newest source reaches, at its precision: statuses are not claimed past it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// The projection its map is drawn in, where it should not be chosen from where the members
    /// are (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<MapProjection>,
    /// The alliance the dataset is about.
    pub organisation: Organisation,
    /// Every state or entity that ever had a status in the organisation.
    pub countries: Vec<Country>,
    /// Borders of interest, drawn and measured on the map.
    #[serde(default)]
    pub borders: Vec<Border>,
    /// Military exercises.
    #[serde(default)]
    pub exercises: Vec<Exercise>,
    /// Meetings, summits, decisions and programmes.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Source articles.
    pub articles: Vec<Article>,
    /// Quoted sentences that every fact cites.
    pub excerpts: Vec<Excerpt>,
    /// Questions the sources answer differently, each answer with its own excerpts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
    /// Slides that walk a class through the dataset's story, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<Slide>,
}

impl Dataset {
    /// Whether `other` holds the same facts, whatever its story: only slides differ.
    pub fn same_facts(&self, other: &Dataset) -> bool {
        Dataset {
            story: other.story.clone(),
            ..self.clone()
        } == *other
    }
}

/// One slide of a dataset's story: the map at a date, framed and highlighted, with a caption
/// resting on excerpts and notes for the speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    /// Unique id.
    pub id: String,
    /// Its title, e.g. "1999: three states leave".
    pub title: String,
    /// The date the map shows, at the sources' precision.
    pub date: Date,
    /// A date to show beside it, for a "before and after" slide: the map at this date on the
    /// left, the map at `date` on the right, and what changed between them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_with: Option<Date>,
    /// What part of the map it shows.
    pub view: SlideView,
    /// Ids of what it highlights (countries, borders, exercises, events).
    #[serde(default)]
    pub highlight: Vec<String>,
    /// One or two sentences for the class.
    pub caption: String,
    /// Excerpts the caption rests on (at least one).
    pub excerpts: Vec<ExcerptId>,
    /// Notes for the speaker, not shown to the class.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// What part of the map a slide shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SlideView {
    /// Frame these countries, borders, exercises or events.
    Fit(Vec<String>),
    /// Centre on a point, showing `width_km` across.
    Centre {
        /// Longitude in degrees.
        lon: f64,
        /// Latitude in degrees.
        lat: f64,
        /// Kilometres across the map.
        width_km: f64,
    },
}

/// A projection a dataset asks for: `{"projection": "azimuthal", "centre": {"lon": 70, "lat":
/// 50}}` or `{"projection": "world"}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "projection", rename_all = "snake_case", deny_unknown_fields)]
pub enum MapProjection {
    /// Lambert azimuthal equal-area centred on a point: north up there, the hemisphere around it
    /// shown.
    Azimuthal {
        /// Where the map is centred.
        centre: MapCentre,
    },
    /// The whole world (Equal Earth), for organisations that span it.
    World,
}

/// The centre of an azimuthal map, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MapCentre {
    /// Longitude, −180..180.
    pub lon: f64,
    /// Latitude, −90..90.
    pub lat: f64,
}

/// The alliance itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Unique id, e.g. `csto`.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Abbreviation, e.g. `CSTO`.
    pub short_name: String,
    /// A few sentences shown when nothing is selected.
    pub summary: String,
    /// Excerpts supporting the summary.
    pub sources: Vec<ExcerptId>,
    /// Names it had before, oldest first (e.g. "Collective Security Treaty" until 2002).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
}

impl Organisation {
    /// Its full and short name on `date`: a former name before the date the next one took over.
    pub fn names_at(&self, date: Date) -> (&str, &str) {
        self.former_names
            .iter()
            .find(|former| date.first_day() < former.until.first_day())
            .map_or((&self.name, &self.short_name), |former| {
                (&former.name, &former.short_name)
            })
    }
}

/// A name the organisation had until some date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    /// The date the current (or next) name took over; this name applies before it.
    pub until: Date,
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: String,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
}

/// A state (or other entity) and its status over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// Unique id; for states the ISO 3166-1 alpha-3 code.
    pub id: String,
    /// English short name.
    pub name: String,
    /// ISO 3166-1 alpha-3 code that puts it on the map; `None` for entities without geometry.
    pub iso_a3: Option<String>,
    /// Status periods in date order.
    pub periods: Vec<StatusPeriod>,
}

/// A membership status.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Signatory or full member.
    Member,
    /// Participation frozen or suspended.
    Frozen,
    /// Withdrew.
    Former,
    /// Observer.
    Observer,
}

/// One stretch of time in a country's history with one [`Status`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusPeriod {
    /// When the status began.
    pub from: Date,
    /// When it ended; `None` means until the next period, or still so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// The status.
    pub status: Status,
    /// What happened on `from`.
    pub event: String,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
    /// Other dates that sources give for the start of this period: until the latest of them, the
    /// status is drawn as unsettled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disputed_from: Vec<DateClaim>,
    /// Whether the sources differ on the status itself (withdrew, or suspended?), not only on its
    /// date: wherever the app names the status it says so (the disagreement says how).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub status_disputed: bool,
    /// The last date the sources support this status for; after it the status is unknown (not
    /// claimed), unless a later period follows. Absent: it holds until `to`, the next period, or
    /// the dataset's `as_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_until: Option<Date>,
}

/// A date one source gives where another source gives a different one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateClaim {
    /// The date this source gives.
    pub date: Date,
    /// One sentence on the disagreement.
    pub note: String,
    /// Excerpts supporting this date.
    pub sources: Vec<ExcerptId>,
}

/// A border of interest between two states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Border {
    /// Unique id, e.g. `tjk-afg`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The two states (ISO alpha-3) whose shared arcs make the line.
    pub countries: [String; 2],
    /// The published length in kilometres.
    pub published_length_km: f64,
    /// Other published figures.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Excerpts supporting the published length.
    pub sources: Vec<ExcerptId>,
}

/// A published figure, as text with its unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What the figure is.
    pub label: String,
    /// The figure as published, e.g. "1184.4 km".
    pub value: String,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
}

/// A military exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Unique id.
    pub id: String,
    /// Display name, e.g. "Interaction-2024".
    pub name: String,
    /// First day (or month, or year).
    pub start: Date,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Where it took place.
    pub place: Place,
    /// Participating states or forces, as the sources name them.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Observers, as the sources name them.
    #[serde(default)]
    pub observers: Vec<String>,
    /// Size as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// One or two sentences.
    pub summary: String,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
}

/// A place, with how precisely its coordinates are known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Name, as precise as the source.
    pub name: String,
    /// ISO alpha-3 code of the country it is in.
    pub country: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// How precise `lat`/`lon` are.
    pub precision: PlacePrecision,
}

/// How precisely a [`Place`]'s coordinates are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlacePrecision {
    /// The coordinates are the place itself.
    Point,
    /// Only the region is known; the coordinates are its centre.
    Region,
    /// Only the country is known; the coordinates are its centre.
    Country,
}

/// The kind of an [`Event`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A meeting of ministers or officials.
    Meeting,
    /// A heads-of-state summit.
    Summit,
    /// A decision, treaty or change of the organisation.
    Decision,
    /// A programme running over years.
    Programme,
    /// Anything else.
    Other,
}

/// How a date in the data was arrived at, when the text does not simply state it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The text gives the date.
    #[default]
    Stated,
    /// Reasoned from the text (a year from an exercise's name, a month from the dates it reports):
    /// shown "September 2024, inferred".
    Inferred,
    /// The date of the report that mentions the event, which the text does not date: the event
    /// happened by then, shown "by 1 August 2025 (the date of the report)". Events only.
    Reported,
}

impl DateBasis {
    /// Whether the text gives the date (the default, left out of the file).
    pub fn is_stated(&self) -> bool {
        *self == Self::Stated
    }
}

/// A dated event: a meeting, summit, decision or programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// What sort of event.
    pub kind: EventKind,
    /// Display title.
    pub title: String,
    /// When it began.
    pub start: Date,
    /// When it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// How `start` was arrived at, when the text does not state it: inferred, or the date of the
    /// report that mentions the event.
    #[serde(default, skip_serializing_if = "DateBasis::is_stated")]
    pub dated: DateBasis,
    /// Where, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// One or two sentences.
    pub summary: String,
    /// Ids of what it concerns.
    #[serde(default)]
    pub links: Vec<String>,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
}

/// How much weight an article's sentences can bear.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    /// A dated news report from a named outlet.
    #[default]
    News,
    /// A dated analysis or opinion piece from a named outlet.
    Analysis,
    /// A fragment of unknown date, author or quality (e.g. scraped encyclopedia-style text):
    /// a claim resting only on fragments is shown as uncertain.
    Fragment,
    /// No source: a fact imported from a table row without a quote (`import --allow-unsourced`).
    /// It weighs like a fragment: a claim resting only on it is shown as uncertain.
    Unsourced,
}

impl Reliability {
    /// Whether a claim resting only on such sources is shown as uncertain (a fragment, or no
    /// source at all).
    pub fn is_weak(self) -> bool {
        matches!(self, Self::Fragment | Self::Unsourced)
    }
}

/// A source article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Unique id.
    pub id: String,
    /// Publication.
    pub outlet: String,
    /// Publication date, at the precision the text gives; absent when the text gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// How `date` was arrived at: stated by the text, or inferred from it.
    #[serde(default, skip_serializing_if = "DateBasis::is_stated")]
    pub dated: DateBasis,
    /// For an undated article: the latest date it mentions, so it was written after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Date>,
    /// How much weight its sentences can bear.
    #[serde(default)]
    pub reliability: Reliability,
    /// Headline.
    pub headline: String,
    /// The file in the source collection it comes from.
    pub source_file: String,
}

/// A sentence quoted word for word from an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Excerpt {
    /// Unique id.
    pub id: String,
    /// The article it is quoted from.
    pub article: String,
    /// The quoted text.
    pub text: String,
    /// Ids of what it is about.
    #[serde(default)]
    pub links: Vec<String>,
}

/// A question the sources answer differently, with every answer and its excerpts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    /// Unique id.
    pub id: String,
    /// Ids of what it is about (countries, borders, events, exercises, the organisation).
    pub about: Vec<String>,
    /// The question, for a student: e.g. "When was the organisation founded?".
    pub topic: String,
    /// The answers, at least two.
    pub claims: Vec<Claim>,
}

/// One source's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// What it says, in a sentence.
    pub says: String,
    /// Excerpts supporting it.
    pub sources: Vec<ExcerptId>,
}
