//! Loading: TOML + seed text → validated `'static` model, or every error found, each naming the file and the item.
//!
//! The model's strings and slices are leaked on purpose: loading runs once, in build.rs, the prerender binary or a
//! test, and the result lives for the rest of that process.

use super::model::*;
use super::source as src;
use super::text::{allocate_mentions, quote_mark_hint, sentence_ranges, AllocationError, FormRequest};
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

/// Reads a content file and the seed text it names (relative to the file).
pub fn load_file(path: &Path) -> Result<Article, Vec<ContentError>> {
    let file = path.display().to_string();
    let fail = |item: &str, message: String| vec![ContentError { file: file.clone(), item: item.into(), message }];
    let toml_text = std::fs::read_to_string(path).map_err(|e| fail("(file)", format!("cannot read: {e}")))?;
    let parsed: src::File = toml::from_str(&toml_text).map_err(|e| fail("(syntax)", e.to_string()))?;
    let seed_path = path.parent().unwrap_or(Path::new(".")).join(&parsed.article.seed);
    let seed = std::fs::read_to_string(&seed_path)
        .map_err(|e| fail("article.seed", format!("cannot read {}: {e}", seed_path.display())))?;
    Loader::new(&file).build(parsed, &seed)
}

/// The same from strings, for tests.
pub fn load_str(file: &str, toml_text: &str, seed: &str) -> Result<Article, Vec<ContentError>> {
    let parsed: src::File = toml::from_str(toml_text)
        .map_err(|e| vec![ContentError { file: file.into(), item: "(syntax)".into(), message: e.to_string() }])?;
    Loader::new(file).build(parsed, seed)
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
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
    /// The locator map's projection: places are projected here, at build time.
    frame: crate::geo::projection::Frame,
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
            frame: crate::geo::projection::Frame::fitted(),
        }
    }

    fn error(&mut self, item: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError { file: self.file.clone(), item: item.into(), message: message.into() });
    }

    fn build(mut self, mut f: src::File, seed: &str) -> Result<Article, Vec<ContentError>> {
        // The page's title, description and credit line are made of these: none may be left blank.
        let a = &f.article;
        for (field, value) in [
            ("title", &a.title),
            ("description", &a.description),
            ("short_title", &a.short_title),
            ("publisher", &a.publisher),
            ("published", &a.published),
            ("url", &a.url),
            ("language", &a.language),
        ] {
            if value.trim().is_empty() {
                self.error("[article]", format!("{field} is empty"));
            }
        }
        for (item, message) in super::sourcing_rules::check(&f) {
            self.error(item, message);
        }
        let sources = self.sources(std::mem::take(&mut f.sources));
        let (paragraphs, mut sentence_texts) = self.paragraphs(&f.paragraphs, seed);
        self.ids(&f);
        for (i, a) in f.actors.iter().enumerate() {
            self.actor_ix.insert(a.id.clone(), i as Idx);
        }
        for (i, p) in f.places.iter().enumerate() {
            self.place_ix.insert(p.id.clone(), i as Idx);
        }

        let (mentions, runs) = self.mentions(&f);
        let sentences: Vec<Sentence> = sentence_texts
            .drain(..)
            .enumerate()
            .map(|(i, (id, paragraph, text))| Sentence {
                id,
                index: i as Idx,
                paragraph,
                text,
                runs: leak(runs.get(&(i as Idx)).cloned().unwrap_or_default()),
            })
            .collect();
        let mentions_of = |t: Target| -> &'static [Idx] {
            leak(mentions.iter().enumerate().filter(|(_, m)| m.target == t).map(|(i, _)| i as Idx).collect())
        };

        let actors: Vec<Actor> =
            f.actors.iter().enumerate().map(|(i, a)| self.actor(a, mentions_of(Target::Actor(i as Idx)))).collect();
        let places: Vec<Place> = f
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let own = mentions_of(Target::Place(i as Idx));
                let mut sentences: BTreeSet<Idx> = own.iter().map(|&m| mentions[m as usize].sentence).collect();
                for a in &actors {
                    for tie in a.places.iter().filter(|t| t.place == i as Idx) {
                        sentences.extend(tie.sentence);
                    }
                }
                self.place(p, own, leak(sentences.into_iter().collect()))
            })
            .collect();
        let claims: Vec<Claim> = f.claims.iter().map(|c| self.claim(c)).collect();
        let timeline: Vec<Event> = f.timeline.iter().map(|e| self.event(e)).collect();
        let distances: Vec<Distance> = f.distances.iter().map(|d| self.distance(d)).collect();
        let glossary: Vec<Term> =
            f.glossary.iter().enumerate().map(|(i, t)| self.term(t, mentions_of(Target::Term(i as Idx)))).collect();

        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let a = f.article;
        Ok(Article {
            id: leak_str(a.id),
            title: leak_str(a.title),
            description: leak_str(a.description),
            short_title: leak_str(a.short_title),
            publisher: leak_str(a.publisher),
            published: leak_str(a.published),
            url: leak_str(a.url),
            language: leak_str(a.language),
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
        })
    }

    fn sources(&mut self, list: Vec<src::Source>) -> &'static [Source] {
        let mut out = Vec::new();
        for s in list {
            if self.source_ix.contains_key(&s.key) {
                self.error(format!("source '{}'", s.key), "duplicate id");
                continue;
            }
            self.source_ix.insert(s.key.clone(), out.len() as Idx);
            out.push(Source {
                key: leak_str(s.key),
                title: leak_str(s.title),
                url: s.url.map(leak_str),
                publisher: s.publisher.map(leak_str),
                date: s.date.map(leak_str),
            });
        }
        leak(out)
    }

    /// Checks the paragraphs against the seed and splits them into sentences.
    #[allow(clippy::type_complexity)]
    fn paragraphs(
        &mut self,
        list: &[src::Paragraph],
        seed: &str,
    ) -> (&'static [Paragraph], Vec<(&'static str, Idx, &'static str)>) {
        let seed_lines: Vec<&str> = seed.lines().filter(|l| !l.trim().is_empty()).collect();
        if seed_lines.len() != list.len() {
            self.error(
                "paragraphs",
                format!("the file has {} paragraphs but the seed has {} non-empty lines", list.len(), seed_lines.len()),
            );
        }
        let mut out = Vec::new();
        let mut sentences = Vec::new();
        for (i, p) in list.iter().enumerate() {
            let item = format!("paragraph '{}'", p.id);
            if self.para_ix.insert(p.id.clone(), i as Idx).is_some() {
                self.error(&item, "duplicate id");
            }
            if let Some(line) = seed_lines.get(i) {
                if *line != p.text {
                    let at = line.chars().zip(p.text.chars()).take_while(|(a, b)| a == b).count();
                    let expected: String = line.chars().skip(at).take(24).collect();
                    let found: String = p.text.chars().skip(at).take(24).collect();
                    self.error(
                        &item,
                        format!(
                            "differs from non-empty seed line {} at character {at}: expected {expected:?}, found {found:?}",
                            i + 1
                        ),
                    );
                }
            }
            let kind = match p.kind.as_str() {
                "caption" => ParagraphKind::Caption,
                "body" => ParagraphKind::Body,
                "subhead" => ParagraphKind::Subhead,
                "tweet" => ParagraphKind::Tweet,
                "tweet-credit" => ParagraphKind::TweetCredit,
                "credit" => ParagraphKind::Credit,
                other => {
                    self.error(&item, format!("unknown kind {other:?}"));
                    ParagraphKind::Body
                }
            };
            let text = leak_str(p.text.clone());
            let mut ranges = Vec::new();
            let mut indices = Vec::new();
            for (n, r) in sentence_ranges(text).into_iter().enumerate() {
                let global = sentences.len() as Idx;
                sentences.push((leak_str(format!("{}-s{}", p.id, n + 1)), i as Idx, &text[r.clone()]));
                ranges.push((r, global));
                indices.push(global);
            }
            self.paras.push((text, ranges));
            out.push(Paragraph { id: leak_str(p.id.clone()), kind, text, sentences: leak(indices) });
        }
        (leak(out), sentences)
    }

    /// Ids: actors, places and terms share one namespace (they share the URL fragment); claims and events have
    /// their own. All must be lowercase slugs.
    fn ids(&mut self, f: &src::File) {
        let mut seen = BTreeMap::new();
        let entities = f
            .actors
            .iter()
            .map(|a| ("actor", &a.id))
            .chain(f.places.iter().map(|p| ("place", &p.id)))
            .chain(f.glossary.iter().map(|t| ("term", &t.id)));
        let mut problems = Vec::new();
        for (what, id) in entities {
            if let Some(first) = seen.insert(id.clone(), what) {
                problems.push((format!("{what} '{id}'"), format!("duplicate id (also a {first})")));
            }
        }
        let mut claim_ids = BTreeSet::new();
        for c in &f.claims {
            if !claim_ids.insert(&c.id) {
                problems.push((format!("claim '{}'", c.id), "duplicate id".into()));
            }
        }
        let mut event_ids = BTreeSet::new();
        for e in &f.timeline {
            if !event_ids.insert(&e.id) {
                problems.push((format!("event '{}'", e.id), "duplicate id".into()));
            }
        }
        let all = seen
            .keys()
            .cloned()
            .chain(claim_ids.iter().map(|s| s.to_string()))
            .chain(event_ids.iter().map(|s| s.to_string()));
        for id in all.collect::<Vec<_>>() {
            let ok = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                problems.push((format!("id '{id}'"), "ids are lowercase letters, digits and '-'".into()));
            }
        }
        for (item, message) in problems {
            self.error(item, message);
        }
    }

    /// Finds every mention, paragraph by paragraph, and cuts the sentences into runs.
    fn mentions(&mut self, f: &src::File) -> (Vec<Mention>, HashMap<Idx, Vec<Run>>) {
        let mut requests: Vec<Vec<FormRequest<Key>>> = vec![Vec::new(); self.paras.len()];
        let mut names: HashMap<Target, String> = HashMap::new();
        let entities = f
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Target::Actor(i as Idx), format!("actor '{}'", a.id), &a.mentions))
            .chain(
                f.places
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (Target::Place(i as Idx), format!("place '{}'", p.id), &p.mentions)),
            )
            .chain(
                f.glossary
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (Target::Term(i as Idx), format!("term '{}'", t.id), &t.mentions)),
            )
            .collect::<Vec<_>>();
        for (target, item, forms) in entities {
            for (para, list) in forms {
                match self.para_ix.get(para) {
                    Some(&p) => requests[p as usize]
                        .extend(list.iter().map(|form| FormRequest { key: Key(target), form: form.clone() })),
                    None => self.error(&item, format!("mentions name unknown paragraph '{para}'")),
                }
            }
            names.insert(target, item);
        }

        let mut mentions = Vec::new();
        let mut runs: HashMap<Idx, Vec<Run>> = HashMap::new();
        let mut counts: HashMap<Target, Idx> = HashMap::new();
        for (p, reqs) in requests.iter().enumerate() {
            let (text, sentences) = self.paras[p].clone();
            let para_id = f.paragraphs[p].id.clone();
            let spans = match allocate_mentions(text, reqs) {
                Ok(spans) => spans,
                Err(errors) => {
                    for e in errors {
                        let (item, message) = match e {
                            AllocationError::NotInText { key, form } => {
                                let hint = quote_mark_hint(text, &form).unwrap_or_default();
                                (
                                    names[&key.0].clone(),
                                    format!("mention {form:?} is not in the text of {para_id}{hint}"),
                                )
                            }
                            AllocationError::SameSpan { first, second, text } => (
                                names[&second.0].clone(),
                                format!("mention {text:?} in {para_id} is also claimed by {}", names[&first.0]),
                            ),
                            AllocationError::Crossing { first, second, first_text, second_text } => (
                                names[&second.0].clone(),
                                format!(
                                    "mention {second_text:?} in {para_id} crosses {first_text:?} of {}",
                                    names[&first.0]
                                ),
                            ),
                        };
                        self.error(item, message);
                    }
                    continue;
                }
            };
            for (range, global) in sentences {
                let mut cursor = range.start;
                let mut sentence_runs = Vec::new();
                for (span, key) in spans.iter().filter(|(s, _)| s.start < range.end && s.end > range.start) {
                    if span.start < range.start || span.end > range.end {
                        self.error(
                            names[&key.0].clone(),
                            format!("mention {:?} in {para_id} crosses a sentence boundary", &text[span.clone()]),
                        );
                        continue;
                    }
                    if span.start > cursor {
                        sentence_runs.push(Run::Text(&text[cursor..span.start]));
                    }
                    let nth = counts.entry(key.0).or_insert(0);
                    sentence_runs.push(Run::Mention(mentions.len() as Idx));
                    mentions.push(Mention {
                        id: leak_str(format!("m{}", mentions.len() + 1)),
                        target: key.0,
                        text: &text[span.clone()],
                        sentence: global,
                        nth: *nth,
                    });
                    *nth += 1;
                    cursor = span.end;
                }
                if cursor < range.end {
                    sentence_runs.push(Run::Text(&text[cursor..range.end]));
                }
                runs.insert(global, sentence_runs);
            }
        }
        (mentions, runs)
    }

    fn source(&mut self, item: &str, key: &str) -> Idx {
        match self.source_ix.get(key) {
            Some(&i) => i,
            None => {
                self.error(item, format!("unknown source '{key}'"));
                0
            }
        }
    }

    fn confidence(&mut self, item: &str, c: &str) -> Confidence {
        match c {
            "high" => Confidence::High,
            "medium" => Confidence::Medium,
            "unverified" => Confidence::Unverified,
            other => {
                self.error(item, format!("unknown confidence {other:?}"));
                Confidence::Unverified
            }
        }
    }

    fn context(&mut self, item: &str, lines: &[src::ContextLine], max: usize) -> &'static [ContextLine] {
        if lines.len() > max {
            self.error(item, format!("has {} context lines; at most {max}", lines.len()));
        }
        let out = lines
            .iter()
            .map(|l| ContextLine {
                text: leak_str(l.text.clone()),
                source: self.source(item, &l.source),
                confidence: self.confidence(item, &l.confidence),
            })
            .collect();
        leak(out)
    }

    /// Finds exact words in a paragraph and returns them with the sentence where they start.
    fn quote(&mut self, item: &str, para: &str, words: &str) -> Quote {
        let Some(&p) = self.para_ix.get(para) else {
            self.error(item, format!("unknown paragraph '{para}'"));
            return Quote { text: leak_str(words.into()), sentence: 0 };
        };
        let (text, sentences) = &self.paras[p as usize];
        match text.find(words) {
            Some(at) if !words.is_empty() => {
                let sentence = sentences.iter().rev().find(|(r, _)| r.start <= at).map(|(_, g)| *g).unwrap_or(0);
                Quote { text: leak_str(words.into()), sentence }
            }
            _ => {
                let hint = quote_mark_hint(text, words).unwrap_or_default();
                self.error(item, format!("quote {words:?} is not in the text of {para}{hint}"));
                Quote { text: leak_str(words.into()), sentence: 0 }
            }
        }
    }

    fn actor_refs(&mut self, item: &str, ids: &[String]) -> &'static [Idx] {
        let mut out = Vec::new();
        for id in ids {
            match self.actor_ix.get(id) {
                Some(&i) => out.push(i),
                None => self.error(item, format!("unknown actor '{id}'")),
            }
        }
        leak(out)
    }

    fn actor(&mut self, a: &src::Actor, mentions: &'static [Idx]) -> Actor {
        let item = format!("actor '{}'", a.id);
        let kind = match a.kind.as_str() {
            "person" => ActorKind::Person,
            "organisation" => ActorKind::Organisation,
            "state" => ActorKind::State,
            "media" => ActorKind::Media,
            "group" => ActorKind::Group,
            "platform" => ActorKind::Platform,
            other => {
                self.error(&item, format!("unknown kind {other:?}"));
                ActorKind::Group
            }
        };
        for role in &a.roles {
            if !self.paras.iter().any(|(text, _)| text.contains(role.as_str())) {
                let hint = self.paras.iter().find_map(|(text, _)| quote_mark_hint(text, role)).unwrap_or_default();
                self.error(&item, format!("role {role:?} is not in the article's text{hint}"));
            }
        }
        let context = self.context(&item, &a.context, 2);
        let says = a.says.iter().map(|q| self.quote(&item, &q.para, &q.quote)).collect();
        let mut ties = Vec::new();
        for t in &a.places {
            let Some(&place) = self.place_ix.get(&t.place) else {
                self.error(&item, format!("unknown place '{}'", t.place));
                continue;
            };
            let sentence = t.para.as_ref().map(|p| match self.para_ix.get(p) {
                Some(&pi) => self.paras[pi as usize].1[0].1,
                None => {
                    self.error(&item, format!("unknown paragraph '{p}'"));
                    0
                }
            });
            ties.push(PlaceTie { place, note: leak_str(t.note.clone()), sentence });
        }
        if mentions.is_empty() {
            self.error(&item, "has no mention in the text");
        }
        Actor {
            id: leak_str(a.id.clone()),
            reference: leak_str(a.reference.clone()),
            name: leak_str(a.name.clone()),
            kind,
            kind_note: a.kind_note.clone().map(leak_str),
            roles: leak(a.roles.iter().cloned().map(leak_str).collect()),
            spellings: leak(a.spellings.iter().cloned().map(leak_str).collect()),
            context,
            says: leak(says),
            places: leak(ties),
            mentions,
        }
    }

    fn place(&mut self, p: &src::Place, mentions: &'static [Idx], sentences: &'static [Idx]) -> Place {
        let item = format!("place '{}'", p.id);
        let kind = match p.kind.as_str() {
            "city" => PlaceKind::City,
            "capital" => PlaceKind::Capital,
            "square" => PlaceKind::Square,
            "country" => PlaceKind::Country,
            "border" => PlaceKind::Border,
            "region" => PlaceKind::Region,
            "metro" => PlaceKind::Metro,
            other => {
                self.error(&item, format!("unknown kind {other:?}"));
                PlaceKind::Region
            }
        };
        let coords = match (p.lat, p.lon) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Some((lat, lon))
            }
            (None, None) => None,
            _ => {
                self.error(&item, "lat and lon must both be given, in range");
                None
            }
        };
        let coords_source = match (&p.coords_source, coords) {
            (Some(key), _) => Some(self.source(&item, key)),
            (None, Some(_)) => {
                self.error(&item, "coordinates need a coords_source");
                None
            }
            (None, None) => None,
        };
        let context = self.context(&item, &p.context, 3);
        let label = match p.label.as_deref() {
            None | Some("right") => LabelSide::Right,
            Some("left") => LabelSide::Left,
            Some("above") => LabelSide::Above,
            Some("below") => LabelSide::Below,
            Some(other) => {
                self.error(&item, format!("unknown label side {other:?}"));
                LabelSide::Right
            }
        };
        let map = coords.map(|(lat, lon)| self.frame.project(lat, lon));
        Place {
            id: leak_str(p.id.clone()),
            reference: leak_str(p.reference.clone()),
            name: leak_str(p.name.clone()),
            kind,
            coords,
            map,
            label,
            coords_source,
            context,
            mentions,
            sentences,
        }
    }

    fn claim(&mut self, c: &src::Claim) -> Claim {
        let item = format!("claim '{}'", c.id);
        let form = match c.form.as_str() {
            "quoted" => ClaimForm::Quoted,
            "reported" => ClaimForm::Reported,
            "implied" => ClaimForm::Implied,
            other => {
                self.error(&item, format!("unknown form {other:?}"));
                ClaimForm::Reported
            }
        };
        if c.by.is_empty() && c.by_note.is_none() {
            self.error(&item, "needs `by` or a `by_note`");
        }
        let by = self.actor_refs(&item, &c.by);
        let quote = self.quote(&item, &c.para, &c.quote);
        let context = self.context(&item, &c.context, 3);
        let mut responses = Vec::new();
        for (n, r) in c.responses.iter().enumerate() {
            let ritem = format!("{item} response {}", n + 1);
            let kind = match r.kind.as_str() {
                "denial" => ResponseKind::Denial,
                "rejection" => ResponseKind::Rejection,
                "counter-claim" => ResponseKind::CounterClaim,
                "counter-action" => ResponseKind::CounterAction,
                "counter-characterisation" => ResponseKind::CounterCharacterisation,
                other => {
                    self.error(&ritem, format!("unknown type {other:?}"));
                    ResponseKind::Denial
                }
            };
            if r.by.is_empty() {
                self.error(&ritem, "needs `by`");
            }
            responses.push(Response {
                by: self.actor_refs(&ritem, &r.by),
                kind,
                kind_note: r.type_note.clone().map(leak_str),
                quote: self.quote(&ritem, &r.para, &r.quote),
                note: r.note.clone().map(leak_str),
            });
        }
        let framing = c.framing.as_ref().map(|fr| Framing {
            quote: self.quote(&format!("{item} framing"), &fr.para, &fr.quote),
            note: fr.note.clone().map(leak_str),
        });
        Claim {
            framing,
            id: leak_str(c.id.clone()),
            reference: leak_str(c.reference.clone()),
            topic: leak_str(c.topic.clone()),
            by,
            by_note: c.by_note.clone().map(leak_str),
            form,
            quote,
            expanded: c.expanded,
            responses: leak(responses),
            no_response_note: c.no_response_note.clone().map(leak_str),
            context,
        }
    }

    fn event(&mut self, e: &src::Event) -> Event {
        let item = format!("event '{}'", e.id);
        let status = match e.status.as_str() {
            "article" => EventStatus::Article,
            "derived" => EventStatus::Derived,
            "context" => EventStatus::Context,
            other => {
                self.error(&item, format!("unknown status {other:?}"));
                EventStatus::Context
            }
        };
        let quote = match (&e.para, &e.quote) {
            (Some(p), Some(q)) => Some(self.quote(&item, p, q)),
            (None, None) => None,
            _ => {
                self.error(&item, "para and quote go together");
                None
            }
        };
        if status == EventStatus::Context && e.source.is_none() {
            self.error(&item, "a context event needs a source");
        }
        let source = e.source.as_ref().map(|s| self.source(&item, s));
        let confidence = e.confidence.as_ref().map(|c| self.confidence(&item, c));
        let valid_date = e.date.split('/').all(|d| {
            let parts: Vec<&str> = d.split('-').collect();
            !parts.is_empty()
                && parts.len() <= 3
                && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        });
        if !valid_date {
            self.error(&item, format!("date {:?} is not YYYY[-MM[-DD]] or a range a/b", e.date));
        }
        Event {
            id: leak_str(e.id.clone()),
            date: leak_str(e.date.clone()),
            label: leak_str(e.label.clone()),
            title: leak_str(e.title.clone()),
            status,
            quote,
            source,
            confidence,
        }
    }

    fn distance(&mut self, d: &src::Distance) -> Distance {
        let item = format!("distance '{}'–'{}'", d.from, d.to);
        let place = |id: &str, this: &mut Self| match this.place_ix.get(id) {
            Some(&i) => i,
            None => {
                this.error(&item, format!("unknown place '{id}'"));
                0
            }
        };
        let from = place(&d.from, self);
        let to = place(&d.to, self);
        let source = self.source(&item, &d.source);
        let confidence = self.confidence(&item, &d.confidence);
        Distance { from, to, label: leak_str(d.label.clone()), source, confidence }
    }

    fn term(&mut self, t: &src::Term, mentions: &'static [Idx]) -> Term {
        let item = format!("term '{}'", t.id);
        let source = self.source(&item, &t.source);
        let confidence = self.confidence(&item, &t.confidence);
        Term {
            id: leak_str(t.id.clone()),
            term: leak_str(t.term.clone()),
            definition: leak_str(t.definition.clone()),
            source,
            confidence,
            mentions,
        }
    }
}
