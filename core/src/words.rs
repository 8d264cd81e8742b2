//! The interface's words in one language: every heading, label and sentence the explainer writes itself (never the
//! article's), read from `content/words/<language>.toml` when the page is made. A translator edits that one file.
//!
//! This struct is the list of keys, so a file that lacks one, or has one the explainer does not know, fails the build
//! naming it (serde's `deny_unknown_fields`). A line whose `{slots}` differ from English's fails too (`check`), and a
//! count needs every plural form the language has (`crate::locale`).

use crate::content::{ActorKind, ClaimForm, Confidence, EventStatus, PlaceKind, ResponseKind};
use crate::line::slots;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A line that depends on a number: its forms by CLDR plural category (`one`, `other`; Arabic also has `zero`,
/// `two`, `few` and `many`), each with `{n}` where the number goes.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Plural(pub BTreeMap<String, String>);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The locale whose dates and numbers this catalogue's language writes (`en-GB`: the English words are
    /// British, "23 August 2020"); the article's `digits` may choose its digits.
    pub formats: String,
    pub punctuation: Punctuation,
    pub page: PageWords,
    pub masthead: Masthead,
    pub reading_tools: ReadingTools,
    pub corrections: CorrectionWords,
    pub card: CardWords,
    pub stepper: StepperWords,
    pub kinds: Kinds,
    pub claims: ClaimWords,
    pub sources: SourceWords,
    pub timeline: TimelineWords,
    pub classroom: ClassroomWords,
    pub map: MapWords,
    pub embed: EmbedWords,
}

/// How the language joins the pieces the explainer puts together.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Punctuation {
    /// Between the items of a list ("Poland, Lithuania").
    pub list: String,
    /// Between items that may hold commas themselves.
    pub items: String,
    /// Between a label and what it labels ("Cited in: …"), spaces included.
    pub colon: String,
    /// Around a quotation the explainer quotes from the article.
    pub quote_open: String,
    pub quote_close: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageWords {
    pub skip_to_article: String,
    pub article_region: String,
    pub on_this_page: String,
    pub article: String,
    pub map: String,
    pub photo_caption: String,
    pub embedded_tweet: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Masthead {
    pub kicker: String,
    pub kicker_fiction: String,
    pub fiction: String,
    pub fiction_notice: String,
    /// `{publisher}` and `{date}`: the article's.
    pub source: String,
    pub source_reproduced: String,
    /// `{author}`, `{publisher}` and `{date}`: the explainer's own.
    pub byline: String,
    /// `{context}` is the label a context line carries.
    pub hint: String,
    pub updated: String,
    pub updated_rest: String,
    pub see_corrections: String,
    pub offline: String,
    /// `{date}`: the day the copy was saved, filled in by the browser.
    pub offline_rest: String,
    pub close_note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingTools {
    pub group: String,
    pub smaller: String,
    pub larger: String,
    pub read_aloud: String,
    pub stop_reading: String,
    pub no_voice: String,
    /// The switch that lets a reader turn off cards opening on hover (they still open on click, tap and keys).
    pub hover_cards: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionWords {
    pub corrected: String,
    /// `{n}`: how many corrections.
    pub count: Plural,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardWords {
    pub close: String,
    pub in_the_article: String,
    pub says_here: String,
    pub also_spelled: String,
    pub what_the_article_says_here: String,
    pub glossary: String,
    pub coordinates: String,
    pub show_on_map: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepperWords {
    pub label: String,
    pub previous: String,
    pub next: String,
    /// `{n}` of `{total}`: where the card is among its subject's mentions. The browser fills it in as the reader
    /// steps, so the page carries it.
    pub at: String,
    pub count: Plural,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kinds {
    pub person: String,
    pub organisation: String,
    pub state: String,
    pub media: String,
    pub group: String,
    pub platform: String,
    pub city: String,
    pub capital: String,
    pub square: String,
    pub country: String,
    pub border: String,
    pub region: String,
    pub metro: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimWords {
    pub title: String,
    pub hide: String,
    pub show: String,
    pub intro: String,
    pub expand_all: String,
    pub collapse_all: String,
    pub claim: String,
    pub framing: String,
    pub framing_note: String,
    pub no_response: String,
    pub no_response_short: String,
    pub responses: Plural,
    pub responses_label: String,
    pub corrected: String,
    pub in_the_sentence: String,
    pub go_to_sentence: String,
    pub quoted: String,
    pub reported: String,
    pub implied: String,
    pub denial: String,
    pub rejection: String,
    pub counter_claim: String,
    pub counter_action: String,
    pub counter_characterisation: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceWords {
    pub context: String,
    pub high_confidence: String,
    pub medium_confidence: String,
    pub unverified: String,
    pub title: String,
    pub intro: String,
    pub no_web_page: String,
    pub publisher: String,
    pub date: String,
    pub cited_in: String,
    pub cited_card: String,
    pub cited_coordinates: String,
    pub cited_map: String,
    pub cited_claim: String,
    pub cited_timeline: String,
    pub cited_glossary: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineWords {
    pub title: String,
    pub intro: String,
    pub in_the_article: String,
    pub worked_out: String,
    pub context: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassroomWords {
    pub title: String,
    pub glossary: String,
    pub questions: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapWords {
    pub title: String,
    pub select: String,
    pub help: String,
    pub zoom_in: String,
    pub zoom_out: String,
    pub reset: String,
    pub credit: String,
    pub conic: String,
    pub equal_earth: String,
    pub in_words: String,
    pub in_the_article: String,
    pub sentence: String,
    pub distances: String,
    pub distance: String,
    pub place_says: String,
    pub border_says: String,
    pub inset: String,
    pub inset_places: String,
    pub km: String,
    pub north: String,
    pub south: String,
    pub east: String,
    pub west: String,
    pub share_image: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedWords {
    pub from: String,
    pub open_whole: String,
}

/// The words for the model's kinds and labels, as the page shows them.
impl Words {
    pub fn actor_kind(&self, kind: ActorKind) -> &str {
        let k = &self.kinds;
        match kind {
            ActorKind::Person => &k.person,
            ActorKind::Organisation => &k.organisation,
            ActorKind::State => &k.state,
            ActorKind::Media => &k.media,
            ActorKind::Group => &k.group,
            ActorKind::Platform => &k.platform,
        }
    }

    pub fn place_kind(&self, kind: PlaceKind) -> &str {
        let k = &self.kinds;
        match kind {
            PlaceKind::City => &k.city,
            PlaceKind::Capital => &k.capital,
            PlaceKind::Square => &k.square,
            PlaceKind::Country => &k.country,
            PlaceKind::Border => &k.border,
            PlaceKind::Region => &k.region,
            PlaceKind::Metro => &k.metro,
        }
    }

    pub fn confidence(&self, confidence: Confidence) -> &str {
        match confidence {
            Confidence::High => &self.sources.high_confidence,
            Confidence::Medium => &self.sources.medium_confidence,
            Confidence::Unverified => &self.sources.unverified,
        }
    }

    pub fn claim_form(&self, form: ClaimForm) -> &str {
        match form {
            ClaimForm::Quoted => &self.claims.quoted,
            ClaimForm::Reported => &self.claims.reported,
            ClaimForm::Implied => &self.claims.implied,
        }
    }

    pub fn response_kind(&self, kind: ResponseKind) -> &str {
        let c = &self.claims;
        match kind {
            ResponseKind::Denial => &c.denial,
            ResponseKind::Rejection => &c.rejection,
            ResponseKind::CounterClaim => &c.counter_claim,
            ResponseKind::CounterAction => &c.counter_action,
            ResponseKind::CounterCharacterisation => &c.counter_characterisation,
        }
    }

    pub fn event_status(&self, status: EventStatus) -> &str {
        let t = &self.timeline;
        match status {
            EventStatus::Article => &t.in_the_article,
            EventStatus::Derived => &t.worked_out,
            EventStatus::Context => &t.context,
        }
    }
}

/// Where the catalogues are: beside the articles, in `content/words/`.
pub fn catalogue_path(content_dir: &Path, language: &str) -> std::path::PathBuf {
    content_dir.join("words").join(format!("{}.toml", primary_language(language)))
}

/// `fr-FR` → `fr`: one catalogue serves every region of a language.
pub fn primary_language(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

impl Words {
    /// Reads and checks one catalogue. Every problem names the file and the key.
    pub fn load(path: &Path) -> Result<Words, Vec<String>> {
        let name = path.display();
        let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{name}: cannot read the words: {e}")])?;
        let words: Words = toml::from_str(&text).map_err(|e| vec![format!("{name}: {}", e.to_string().trim())])?;
        let problems: Vec<String> = words.check().into_iter().map(|p| format!("{name}: {p}")).collect();
        if problems.is_empty() {
            Ok(words)
        } else {
            Err(problems)
        }
    }

    /// Each line with slots, and the slots it must have: a translation that drops `{date}` would print a sentence
    /// with no date in it, and one that invents `{dat}` would print the braces.
    fn lines_with_slots(&self) -> Vec<(&'static str, &str, &'static [&'static str])> {
        let (m, s, map) = (&self.masthead, &self.sources, &self.map);
        vec![
            ("masthead.source", &m.source, &["publisher", "date"]),
            ("masthead.source_reproduced", &m.source_reproduced, &["publisher", "date"]),
            ("masthead.byline", &m.byline, &["author", "publisher", "date"]),
            ("masthead.hint", &m.hint, &["context"]),
            ("masthead.offline_rest", &m.offline_rest, &["date"]),
            ("card.coordinates", &self.card.coordinates, &["coordinates", "source"]),
            ("stepper.at", &self.stepper.at, &["n", "total"]),
            ("sources.publisher", &s.publisher, &["publisher"]),
            ("sources.date", &s.date, &["date"]),
            ("sources.cited_card", &s.cited_card, &["name"]),
            ("sources.cited_coordinates", &s.cited_coordinates, &["name"]),
            ("sources.cited_map", &s.cited_map, &["from", "to", "distance"]),
            ("sources.cited_claim", &s.cited_claim, &["topic"]),
            ("sources.cited_timeline", &s.cited_timeline, &["date", "title"]),
            ("sources.cited_glossary", &s.cited_glossary, &["term"]),
            ("map.credit", &map.credit, &["source", "projection", "credits"]),
            ("map.sentence", &map.sentence, &["id"]),
            ("map.distance", &map.distance, &["from", "to", "distance"]),
            ("map.place_says", &map.place_says, &["name"]),
            ("map.border_says", &map.border_says, &["name"]),
            ("map.inset", &map.inset, &["title"]),
            ("map.inset_places", &map.inset_places, &["title"]),
            ("map.km", &map.km, &["n"]),
            ("map.share_image", &map.share_image, &["description"]),
            ("embed.from", &self.embed.from, &["title", "publisher"]),
        ]
    }

    /// The plural lines, for `crate::locale` to check against the language's categories.
    pub fn plurals(&self) -> [(&'static str, &Plural); 3] {
        [
            ("corrections.count", &self.corrections.count),
            ("stepper.count", &self.stepper.count),
            ("claims.responses", &self.claims.responses),
        ]
    }

    fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (key, line, wanted) in self.lines_with_slots() {
            let mut found = slots(line);
            found.sort_unstable();
            let mut wanted = wanted.to_vec();
            wanted.sort_unstable();
            if found != wanted {
                problems.push(format!(
                    "{key}: has the slots {{{}}} where it needs {{{}}}",
                    found.join("}, {"),
                    wanted.join("}, {")
                ));
            }
        }
        for (key, plural) in self.plurals() {
            for (category, line) in &plural.0 {
                if slots(line) != ["n"] && !slots(line).is_empty() {
                    problems.push(format!("{key}.{category}: a count's only slot is {{n}}"));
                }
            }
        }
        problems
    }
}
