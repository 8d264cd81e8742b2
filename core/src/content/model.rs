//! The content model: what one article contains, after validation.
//!
//! Every field is `'static`: the loader leaks a validated content file for the life of the process that loaded it
//! (the prerender, an authoring tool, a test), so views can hold any part of it as a prop at no cost.
//! Cross references are indices into the article's slices, checked once at load time.

pub type Idx = u16;

// Claims and the locator map, each in its own file.
mod claims;
mod corrections;
mod map;
pub use claims::*;
pub use corrections::*;
pub use map::*;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Article {
    pub id: &'static str,
    pub title: &'static str,
    /// The explainer in a sentence or two: the page's description, link previews, the web manifest.
    pub description: &'static str,
    /// A name short enough for a home-screen icon.
    pub short_title: &'static str,
    pub publisher: &'static str,
    pub published: &'static str,
    /// The day this explainer was first published, `YYYY-MM-DD`.
    pub explainer_published: &'static str,
    /// The original's address; empty for fiction.
    pub url: &'static str,
    pub language: &'static str,
    /// `latn` or `arab` where the publisher chose the digits; the language's own otherwise.
    pub digits: Option<&'static str>,
    /// A made-up story, a test fixture: the page says so.
    pub fiction: bool,
    pub sources: &'static [Source],
    pub paragraphs: &'static [Paragraph],
    /// Every sentence of the article in reading order; `Sentence::index` is its position here.
    pub sentences: &'static [Sentence],
    /// Every mention in reading order; `Run::Mention` and the entities' `mentions` index into this.
    pub mentions: &'static [Mention],
    pub actors: &'static [Actor],
    pub places: &'static [Place],
    pub claims: &'static [Claim],
    pub timeline: &'static [Event],
    pub glossary: &'static [Term],
    pub questions: &'static [&'static str],
    /// Approximate distances the map draws, with their source.
    pub distances: &'static [Distance],
    pub map: MapInfo,
    /// Changes made since the explainer was first published, oldest first.
    pub corrections: &'static [Correction],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    pub key: &'static str,
    pub title: &'static str,
    pub url: Option<&'static str>,
    /// Who published the page, and when, as the fact sheet gives them; `None` where it gives nothing.
    pub publisher: Option<&'static str>,
    pub date: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum ParagraphKind {
    Caption,
    Body,
    Subhead,
    Tweet,
    TweetCredit,
    Credit,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paragraph {
    pub id: &'static str,
    pub kind: ParagraphKind,
    /// The paragraph exactly as in the seed file.
    pub text: &'static str,
    /// Indices into `Article::sentences`, in order.
    pub sentences: &'static [Idx],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentence {
    /// Stable anchor, e.g. `p5-s2`; used as the element id and in deep links.
    pub id: &'static str,
    pub index: Idx,
    pub paragraph: Idx,
    pub text: &'static str,
    pub runs: &'static [Run],
}

/// A piece of a sentence: plain text, or the text of a mention. Components never parse text; they render runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Run {
    Text(&'static str),
    Mention(Idx),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Actor(Idx),
    Place(Idx),
    Term(Idx),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    /// Stable id, e.g. `m12`; used as the button's element id.
    pub id: &'static str,
    pub target: Target,
    pub text: &'static str,
    pub sentence: Idx,
    /// Position among the target's own mentions (0-based), for "2 of 5" and previous/next.
    pub nth: Idx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum Confidence {
    High,
    Medium,
    Unverified,
}

/// A line of outside knowledge: never the article's own words, always with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextLine {
    pub text: &'static str,
    pub source: Idx,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Media,
    Group,
    Platform,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Actor {
    pub id: &'static str,
    pub reference: &'static str,
    pub name: &'static str,
    pub kind: ActorKind,
    pub kind_note: Option<&'static str>,
    /// The actor's role in the article's own words.
    pub roles: &'static [&'static str],
    pub spellings: &'static [&'static str],
    pub context: &'static [ContextLine],
    /// What the actor says, or is reported to say, in this article: exact words.
    pub says: &'static [Said],
    pub places: &'static [PlaceTie],
    pub mentions: &'static [Idx],
}

/// Exact words from the article, tied to the sentence they stand in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quote {
    pub text: &'static str,
    pub sentence: Idx,
}

/// An actor's words in the article, with a note where the article does not attribute them in that paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Said {
    pub quote: Quote,
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceTie {
    pub place: Idx,
    pub note: &'static str,
    pub sentence: Option<Idx>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum PlaceKind {
    City,
    Capital,
    Square,
    Country,
    Border,
    Region,
    Metro,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub reference: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
    /// (latitude, longitude), WGS84.
    pub coords: Option<(f64, f64)>,
    /// The same point projected onto the locator map (SVG units), worked out at build time.
    pub map: Option<(f64, f64)>,
    /// Which side of its marker the map writes the name: the content's preferred side where it fits, else the
    /// first of the others that does (`geo::label_layout`).
    pub label: LabelSide,
    pub coords_source: Option<Idx>,
    pub context: &'static [ContextLine],
    pub mentions: &'static [Idx],
    /// Sentences where the article speaks of this place: its own mentions and the ties of actors to it.
    pub sentences: &'static [Idx],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum EventStatus {
    Article,
    Derived,
    Context,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: &'static str,
    pub label: &'static str,
    pub title: &'static str,
    pub status: EventStatus,
    pub quote: Option<Quote>,
    pub source: Option<Idx>,
    pub confidence: Option<Confidence>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
    pub source: Idx,
    pub confidence: Confidence,
    pub mentions: &'static [Idx],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum LabelSide {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    BelowRight,
    AboveLeft,
    BelowLeft,
}

/// A straight-line distance between two places, as the fact sheet gives it (approximate).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    pub from: Idx,
    pub to: Idx,
    pub label: &'static str,
    pub source: Idx,
    pub confidence: Confidence,
}
