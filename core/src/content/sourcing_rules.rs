//! Sourcing rules a standards desk would check, run on the file as written (before indices are resolved), so each
//! problem names the item an editor has to change. The loader reports them with its own errors.
//!
//! 1. The article's publisher is never a party to a claim: not a claimant, not a responder.
//! 2. Words a claim's topic puts in quotation marks occur in that claim's paragraph.
//! 3. The `general` key (widely known, no citation) only at high confidence, and never for a quotation that is
//!    not the article's own words.
//! 4. Every defined source is cited somewhere. (That every cited source is defined, the loader already checks.)
//! 5. No source URL on a raw IP address or a known mirror host.
//! 6. One figure, one confidence: a figure (a distance, a share) carries the same confidence wherever it is stated.
//! 7. Every actor's card says who they are: a role in the article's words, or a sourced line.
//! 8. A timeline event labelled as the article's (or worked out from it) cites no outside source.
//! 9. Every line from outside the article carries a confidence.

use super::model::Confidence;
use super::source as src;
use super::text::word_occurrences;
use std::collections::BTreeSet;

// Rule 5, on source URLs; rule 6, on figures; rules 7 to 9, on what each kind of item must say of itself.
mod figures;
mod items;
mod urls;
use figures::one_figure_one_confidence;
use items::{every_actor_says_who, every_line_has_a_confidence, the_articles_events_cite_no_outside_source};
use urls::no_mirror_urls;

/// The fact sheet's key for widely known facts stated without a citation.
pub const GENERAL: &str = "general";

type Problems = Vec<(String, String)>;

/// Every problem found, as (item, message).
pub fn check(f: &src::File) -> Problems {
    let mut out = Vec::new();
    publisher_is_no_party(f, &mut out);
    topic_quotes_are_in_the_paragraph(f, &mut out);
    let lines = cited(f);
    general_is_widely_known(&lines, &mut out);
    every_source_is_cited(f, &lines, &mut out);
    no_mirror_urls(f, &mut out);
    one_figure_one_confidence(&lines, &mut out);
    every_actor_says_who(f, &mut out);
    the_articles_events_cite_no_outside_source(f, &mut out);
    every_line_has_a_confidence(f, &mut out);
    out
}

/// A confidence as the content file spells it, for the messages.
fn level(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Unverified => "unverified",
    }
}

/// A line that cites a source: the item it belongs to, its text, its source key and its confidence, if any.
pub(super) struct Cited<'a> {
    item: String,
    text: &'a str,
    source: &'a str,
    confidence: Option<&'a str>,
    /// A distance on the map: its label is a figure the rest of the file must agree with.
    distance: bool,
}

fn cited(f: &src::File) -> Vec<Cited<'_>> {
    let mut out = Vec::new();
    for a in &f.actors {
        for l in &a.context {
            out.push(line(format!("actor '{}'", a.id), l));
        }
    }
    for p in &f.places {
        for l in &p.context {
            out.push(line(format!("place '{}'", p.id), l));
        }
        if let Some(s) = &p.coords_source {
            out.push(Cited {
                item: format!("place '{}'", p.id),
                text: "",
                source: s,
                confidence: None,
                distance: false,
            });
        }
    }
    for c in &f.claims {
        for l in &c.context {
            out.push(line(format!("claim '{}'", c.id), l));
        }
    }
    for e in &f.timeline {
        if let Some(s) = &e.source {
            let confidence = e.confidence.map(level);
            out.push(Cited {
                item: format!("event '{}'", e.id),
                text: &e.title,
                source: s,
                confidence,
                distance: false,
            });
        }
    }
    for t in &f.glossary {
        let confidence = Some(level(t.confidence));
        out.push(Cited {
            item: format!("term '{}'", t.id),
            text: &t.definition,
            source: &t.source,
            confidence,
            distance: false,
        });
    }
    for d in &f.distances {
        let item = format!("distance '{}'–'{}'", d.from, d.to);
        out.push(Cited {
            item,
            text: &d.label,
            source: &d.source,
            confidence: Some(level(d.confidence)),
            distance: true,
        });
    }
    out
}

fn line(item: String, l: &src::ContextLine) -> Cited<'_> {
    Cited { item, text: &l.text, source: &l.source, confidence: Some(level(l.confidence)), distance: false }
}

/// Actors that are the article's publisher: their name, a spelling or a mention form stands, as a whole word and
/// in any case, in `[article] publisher` ("FRANCE 24 with AFP" → France 24 and AFP).
fn publisher_actors(f: &src::File) -> BTreeSet<&str> {
    let publisher = f.article.publisher.to_lowercase();
    let names = |a: &'_ src::Actor| -> Vec<String> {
        let forms = a.mentions.values().flatten().chain(&a.spellings).chain(std::iter::once(&a.name));
        forms.map(|s| s.to_lowercase()).collect()
    };
    f.actors
        .iter()
        .filter(|a| names(a).iter().any(|n| !word_occurrences(&publisher, n).is_empty()))
        .map(|a| a.id.as_str())
        .collect()
}

fn publisher_is_no_party(f: &src::File, out: &mut Problems) {
    let publisher = publisher_actors(f);
    let message = |id: &str| {
        format!(
            "'{id}' is the article's publisher ({:?}) and cannot be a party to a claim; show the article's own \
             wording as the claim's `framing`",
            f.article.publisher
        )
    };
    for c in &f.claims {
        for id in c.by.iter().filter(|id| publisher.contains(id.as_str())) {
            out.push((format!("claim '{}'", c.id), message(id)));
        }
        for (n, r) in c.responses.iter().enumerate() {
            for id in r.by.iter().filter(|id| publisher.contains(id.as_str())) {
                out.push((format!("claim '{}' response {}", c.id, n + 1), message(id)));
            }
        }
    }
}

/// The phrases a text puts in double quotation marks, curly (“…”) or straight ("…").
pub fn quoted_phrases(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let mut rest = text;
        while let Some(at) = rest.find(open) {
            let after = &rest[at + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            out.push(&after[..end]);
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

fn paragraph<'a>(f: &'a src::File, id: &str) -> Option<&'a str> {
    f.paragraphs.iter().find(|p| p.id == id).map(|p| p.text.as_str())
}

fn topic_quotes_are_in_the_paragraph(f: &src::File, out: &mut Problems) {
    for c in &f.claims {
        // An unknown paragraph is the loader's error already.
        let Some(text) = paragraph(f, &c.para) else { continue };
        for phrase in quoted_phrases(&c.topic) {
            if !text.contains(phrase) {
                out.push((
                    format!("claim '{}'", c.id),
                    format!(
                        "topic quotes “{phrase}”, which is not in {} (the claim's paragraph): quote only words the \
                         claimant is reported to have said, or paraphrase and say who used the words",
                        c.para
                    ),
                ));
            }
        }
    }
}

/// `general` is for what is widely known and needs no citation: so it is at high confidence, and it never carries
/// what a reader would want to check (a date, a figure, a quotation, even of the article: the article's own words
/// are cited to the article).
fn general_is_widely_known(lines: &[Cited<'_>], out: &mut Problems) {
    for l in lines.iter().filter(|l| l.source == GENERAL) {
        if l.confidence != Some("high") {
            let at = l.confidence.map(|c| format!("{c} confidence")).unwrap_or_else(|| "no confidence".into());
            out.push((
                l.item.clone(),
                format!(
                    "`{GENERAL}` means widely known at high confidence, but this line has {at}: give its real source"
                ),
            ));
        }
        for phrase in quoted_phrases(l.text) {
            out.push((
                l.item.clone(),
                format!("quotes “{phrase}” under `{GENERAL}`: a quotation needs the source it comes from"),
            ));
        }
        if let Some(number) = first_number(l.text) {
            out.push((
                l.item.clone(),
                format!(
                    "states “{number}” under `{GENERAL}`: a date or a figure needs the source it comes from, or \
                     leave it out"
                ),
            ));
        }
    }
}

/// The first run of digits in a text, with the separators inside it ("1,000", "80.10").
fn first_number(text: &str) -> Option<&str> {
    figures::numbers(text).next().map(|(_, number)| number)
}

fn every_source_is_cited(f: &src::File, lines: &[Cited<'_>], out: &mut Problems) {
    let used: BTreeSet<&str> = lines.iter().map(|l| l.source).collect();
    for s in f.sources.iter().filter(|s| !used.contains(s.key.as_str())) {
        out.push((
            format!("source '{}'", s.key),
            "is never cited: cite it where it supports a line, or remove it".into(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_phrases_take_curly_and_straight_pairs() {
        assert_eq!(quoted_phrases("a “b c” d \"e\" f"), vec!["b c", "e"]);
        assert!(quoted_phrases("Lukashenko’s farm").is_empty());
    }

    #[test]
    fn the_first_number_keeps_its_separators() {
        assert_eq!(first_number("joined in 1999, then"), Some("1999"));
        assert_eq!(first_number("about 9.4 million"), Some("9.4"));
        assert_eq!(first_number("no number, here."), None);
    }
}
