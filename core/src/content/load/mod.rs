//! Loading: TOML + seed text → validated `'static` model, or every error found, each naming the file and the item.
//!
//! The model's strings and slices are leaked on purpose: loading runs once, in the prerender, an authoring tool or a
//! test, and the result lives for the rest of that process.

// The loader reads each kind of item in its own file; this one holds the pieces they share and the order.
mod actors;
mod article;
mod claims;
mod corrections;
mod glossary;
mod map;
mod mentions;
mod paragraphs;
mod places;
mod sources;
mod timeline;

use super::model::*;
use super::sentences::sentence_ranges;
use super::source as src;
use super::text::{allocate_mentions, quote_mark_hint, AllocationError, FormRequest};
use crate::leak::{leak, leak_str};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: String,
    pub item: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.item, self.message)
    }
}

/// Reads a content file and the seed text it names (relative to the file). A content file is named after its
/// article, `<article-id>.toml`: the pages, the map extract and the tests find it by that name.
pub fn load_file(path: &Path) -> Result<Article, Vec<ContentError>> {
    let file = path.display().to_string();
    let fail = |item: &str, message: String| vec![ContentError { file: file.clone(), item: item.into(), message }];
    let bytes = std::fs::read(path).map_err(|e| fail("(file)", format!("cannot read: {e}")))?;
    let toml_text = String::from_utf8(bytes).map_err(|e| {
        fail("(file)", format!("is not UTF-8 text: the bytes at {} are not a character", e.utf8_error().valid_up_to()))
    })?;
    let parsed = parse(&file, &toml_text)?;
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if parsed.article.id != name {
        return Err(fail("[article]", format!("id: '{}' must be the file's name, '{name}'", parsed.article.id)));
    }
    let seed_path = path.parent().unwrap_or(Path::new(".")).join(&parsed.article.seed);
    let seed = std::fs::read_to_string(&seed_path)
        .map_err(|e| fail("article.seed", format!("cannot read {}: {e}", seed_path.display())))?;
    Loader::new(&file).build(parsed, &seed)
}

/// The same from strings, for tests.
pub fn load_str(file: &str, toml_text: &str, seed: &str) -> Result<Article, Vec<ContentError>> {
    let parsed = parse(file, toml_text)?;
    Loader::new(file).build(parsed, seed)
}

/// Parses the TOML. A syntax error, an unknown field or a misspelt kind ("persn") is reported against the item it
/// is in, found from the error's position: `actor 'nato' (line 40): unknown variant …`.
fn parse(file: &str, toml_text: &str) -> Result<src::File, Vec<ContentError>> {
    toml::from_str(toml_text).map_err(|e| {
        let at = e.span().map_or(0, |span| span.start).min(toml_text.len());
        let line = toml_text[..at].matches('\n').count() + 1;
        let item =
            item_at(toml_text, at).map_or_else(|| format!("line {line}"), |item| format!("{item} (line {line})"));
        vec![ContentError { file: file.into(), item, message: e.message().trim().to_string() }]
    })
}

/// The item of the content file that byte `at` belongs to: its table, named as in other errors, and its id.
fn item_at(toml_text: &str, at: usize) -> Option<String> {
    let start = toml_text[..at].rfind("\n[").map_or(0, |i| i + 1);
    let header = toml_text[start..].lines().next()?.trim();
    let table = header.trim_matches(|c| c == '[' || c == ']');
    let end = toml_text[start + 1..].find("\n[").map_or(toml_text.len(), |i| start + 1 + i);
    let id = toml_text[start..end].lines().find_map(|l| {
        let (key, value) = l.split_once('=')?;
        matches!(key.trim(), "id" | "key").then(|| value.trim().trim_matches('"').to_string())
    });
    let kind = match table {
        "actors" => "actor",
        "places" => "place",
        "claims" => "claim",
        "timeline" => "event",
        "glossary" => "term",
        "sources" => "source",
        "paragraphs" => "paragraph",
        "distances" => "distance",
        "questions" => "question",
        "corrections" => "correction",
        other => return Some(format!("[{other}]")),
    };
    Some(id.map_or_else(|| kind.to_string(), |id| format!("{kind} '{id}'")))
}

/// The indices of the mentions of one target, in reading order.
fn mentions_of(mentions: &[Mention], target: Target) -> &'static [Idx] {
    leak(mentions.iter().enumerate().filter(|(_, m)| m.target == target).map(|(i, _)| i as Idx).collect())
}

/// Every sentence with its runs of text and mentions.
fn with_runs(texts: Vec<(&'static str, Idx, &'static str)>, runs: &HashMap<Idx, Vec<Run>>) -> Vec<Sentence> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, (id, paragraph, text))| Sentence {
            id,
            index: i as Idx,
            paragraph,
            text,
            runs: leak(runs.get(&(i as Idx)).cloned().unwrap_or_default()),
        })
        .collect()
}

/// A paragraph's sentences: byte range in the paragraph, and index in `Article::sentences`.
type SentenceSpans = Vec<(std::ops::Range<usize>, Idx)>;

/// Which entity a surface form belongs to, before indices are final.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key(Target);

struct Loader {
    file: String,
    errors: Vec<ContentError>,
    source_ix: HashMap<String, Idx>,
    para_ix: HashMap<String, Idx>,
    actor_ix: HashMap<String, Idx>,
    place_ix: HashMap<String, Idx>,
    /// Per paragraph: its text and the byte ranges of its sentences, with their global indices.
    paras: Vec<(&'static str, SentenceSpans)>,
    place_kinds: Vec<PlaceKind>,
    /// The locator map's region and projection, fitted by `map` before the places are read: places are projected
    /// here, at build time.
    frame: Option<(crate::geo::region::Region, crate::geo::projection::Frame)>,
}
impl Loader {
    fn new(file: &str) -> Self {
        Loader {
            file: file.into(),
            errors: Vec::new(),
            source_ix: HashMap::new(),
            para_ix: HashMap::new(),
            actor_ix: HashMap::new(),
            place_ix: HashMap::new(),
            paras: Vec::new(),
            place_kinds: Vec::new(),
            frame: None,
        }
    }

    fn error(&mut self, item: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError { file: self.file.clone(), item: item.into(), message: message.into() });
    }

    /// Ids to indices, for the references items make to each other.
    fn index(&mut self, f: &src::File) {
        self.ids(f);
        for (i, a) in f.actors.iter().enumerate() {
            self.actor_ix.insert(a.id.clone(), i as Idx);
        }
        for (i, p) in f.places.iter().enumerate() {
            self.place_ix.insert(p.id.clone(), i as Idx);
        }
        self.place_kinds = f.places.iter().map(|p| p.kind).collect();
    }

    /// The order matters: sources and paragraphs first (everything cites them), then the ids, then the map (places
    /// are projected with its frame), then the mentions, and the items that point at mentions.
    fn build(mut self, mut f: src::File, seed: &str) -> Result<Article, Vec<ContentError>> {
        self.article_fields(&f.article);
        for (item, message) in super::sourcing_rules::check(&f) {
            self.error(item, message);
        }
        let sources = self.sources(std::mem::take(&mut f.sources));
        let (paragraphs, sentence_texts) = self.paragraphs(&f.paragraphs, seed, &f.article.language);
        self.index(&f);
        let map = self.map(&f.map, &f.places);

        let (mentions, runs) = self.mentions(&f);
        let sentences = with_runs(sentence_texts, &runs);
        let mentions_of = |t: Target| mentions_of(&mentions, t);

        let actors: Vec<Actor> =
            f.actors.iter().enumerate().map(|(i, a)| self.actor(a, mentions_of(Target::Actor(i as Idx)))).collect();
        let mut places = self.places(&f.places, &mentions, &actors);
        let claims: Vec<Claim> = f.claims.iter().map(|c| self.claim(c)).collect();
        let timeline: Vec<Event> = f.timeline.iter().map(|e| self.event(e)).collect();
        let distances: Vec<Distance> = f.distances.iter().map(|d| self.distance(d)).collect();
        self.country_points(&mut places, &map);
        self.place_labels(&mut places, &map);
        let glossary: Vec<Term> =
            f.glossary.iter().enumerate().map(|(i, t)| self.term(t, mentions_of(Target::Term(i as Idx)))).collect();

        let corrections = self.corrections(&f);

        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let a = f.article;
        let fiction = a.fiction;
        Ok(Article {
            id: leak_str(a.id),
            title: leak_str(a.title),
            description: leak_str(a.description),
            short_title: leak_str(a.short_title),
            publisher: leak_str(a.publisher),
            published: leak_str(a.published),
            explainer_published: leak_str(a.explainer_published),
            url: leak_str(a.url),
            language: leak_str(a.language),
            digits: a.digits.map(leak_str),
            fiction,
            sources,
            paragraphs,
            sentences: leak(sentences),
            mentions: leak(mentions),
            actors: leak(actors),
            places: leak(places),
            claims: leak(claims),
            timeline: leak(timeline),
            glossary: leak(glossary),
            questions: leak(f.questions.into_iter().map(|q| leak_str(q.text)).collect()),
            distances: leak(distances),
            map,
            corrections: leak(corrections),
        })
    }
}
