//! The content file as written by an editor (TOML, see `content/README.md`). Only the loader sees these types;
//! it checks them and turns them into the `'static` model.

use super::model::{ActorKind, ClaimForm, Confidence, EventStatus, LabelSide, ParagraphKind, PlaceKind, ResponseKind};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub article: ArticleMeta,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub timeline: Vec<Event>,
    #[serde(default)]
    pub glossary: Vec<Term>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub distances: Vec<Distance>,
    pub map: MapSection,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// The locator map: where it stands in the article, what it shows, and its words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapSection {
    /// The paragraph the map follows (after a tweet's text, the map follows the whole tweet).
    pub after: String,
    /// The line under the map's title: what it shows.
    pub description: String,
    /// Where the outlines, places and distances come from, after the map data's own credit.
    pub credits: String,
    /// The longitude/latitude box the map shows; without it, the box around the places, with a margin.
    pub region: Option<RegionBox>,
    /// The countries drawn, by their Natural Earth names.
    #[serde(default)]
    pub countries: Vec<MapCountry>,
    /// Borders drawn to stand out: each the line two of those countries share.
    #[serde(default)]
    pub borders: Vec<MapBorder>,
    /// The country the story happens in, tinted: a place of kind "country" that `countries` draws.
    pub home: Option<String>,
    /// An enlarged inset of places too close to separate on the map, drawn only when the content asks for it.
    pub inset: Option<MapInset>,
    /// The countries' names as the map writes them, in the article's language, by their Natural Earth names
    /// (`Morocco = "المغرب"`). An article not in English gives one for every country the map names.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct RegionBox {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapCountry {
    /// The country's name in Natural Earth ("Belarus", "South Africa").
    pub name: String,
    /// The place of kind "country" whose card the outline's name opens.
    pub place: Option<String>,
    /// Where its name is written, as [longitude, latitude] pairs; without them, the middle of its largest part.
    #[serde(default)]
    pub labels: Vec<(f64, f64)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapBorder {
    /// The two countries (Natural Earth names, each drawn by `countries`) whose shared line this is.
    pub between: (String, String),
    /// The place of kind "border" whose card the line opens.
    pub place: Option<String>,
    /// Where its name is written: [longitude, latitude].
    pub label: (f64, f64),
    /// The SVG text anchor of that name: "start", "middle" or "end".
    #[serde(default = "start")]
    pub anchor: String,
}

fn start() -> String {
    "start".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapInset {
    pub title: String,
    /// The places it shows, by id: numbered in this order.
    pub places: Vec<String>,
    /// Its width in kilometres.
    pub width_km: f64,
}

/// A change made after the explainer was first published: the page and its structured data list it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub text: String,
    /// The ids of the actors, places, terms, claims or timeline events it touched.
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distance {
    pub from: String,
    pub to: String,
    pub label: String,
    pub source: String,
    pub confidence: Confidence,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub id: String,
    pub seed: String,
    pub title: String,
    /// One or two sentences for search results, link previews and the web manifest.
    pub description: String,
    /// A name short enough for a home-screen icon.
    pub short_title: String,
    pub publisher: String,
    pub published: String,
    /// The day this explainer was first published (its own date, not the article's): the structured data's
    /// `datePublished`. Corrections come after it.
    pub explainer_published: String,
    pub url: String,
    pub language: String,
    /// The digits the publisher writes numbers with, where the language has more than one: `latn` (0–9) or
    /// `arab` (٠–٩). Without it, the language's own (`crate::locale`).
    #[serde(default)]
    pub digits: Option<String>,
    /// A made-up story (a test fixture): said on the page, and it may have no original url.
    #[serde(default)]
    pub fiction: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub key: String,
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    pub kind: ParagraphKind,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextLine {
    pub text: String,
    pub source: String,
    pub confidence: Confidence,
}

/// Paragraph id → surface forms to find in it.
pub type Mentions = BTreeMap<String, Vec<String>>;

/// What an actor says in a paragraph: exact words, and an optional note on how the article attributes them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Said {
    pub para: String,
    pub quote: String,
    /// E.g. "continuing her words to AFP", where the paragraph carries no attribution of its own.
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceTie {
    pub place: String,
    pub note: String,
    pub para: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub name: String,
    pub kind: ActorKind,
    pub kind_note: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub spellings: Vec<String>,
    #[serde(default)]
    pub context: Vec<ContextLine>,
    #[serde(default)]
    pub says: Vec<Said>,
    #[serde(default)]
    pub places: Vec<PlaceTie>,
    #[serde(default)]
    pub mentions: Mentions,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub name: String,
    pub kind: PlaceKind,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub coords_source: Option<String>,
    pub label: Option<LabelSide>,
    #[serde(default)]
    pub context: Vec<ContextLine>,
    #[serde(default)]
    pub mentions: Mentions,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub topic: String,
    #[serde(default)]
    pub by: Vec<String>,
    pub by_note: Option<String>,
    pub form: ClaimForm,
    pub para: String,
    pub quote: String,
    #[serde(default)]
    pub expanded: bool,
    pub no_response_note: Option<String>,
    #[serde(default)]
    pub context: Vec<ContextLine>,
    #[serde(default)]
    pub responses: Vec<Response>,
    pub framing: Option<Framing>,
}

/// The article's own wording of a claim: exact words in a paragraph, and an optional editor's note.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framing {
    pub para: String,
    pub quote: String,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default)]
    pub by: Vec<String>,
    #[serde(rename = "type")]
    pub kind: ResponseKind,
    pub type_note: Option<String>,
    pub para: String,
    pub quote: String,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub label: String,
    pub title: String,
    pub status: EventStatus,
    pub para: Option<String>,
    pub quote: Option<String>,
    pub source: Option<String>,
    pub confidence: Option<Confidence>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub mentions: Mentions,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub text: String,
}
