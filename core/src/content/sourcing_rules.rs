//! Sourcing rules a standards desk would check, run on the file as written (before indices are resolved), so each
//! problem names the item an editor has to change. The loader reports them with its own errors.
//!
//! 1. The article's publisher is never a party to a claim: not a claimant, not a responder.
//! 2. Words a claim's topic puts in quotation marks occur in that claim's paragraph.
//! 3. The `general` key (widely known, no citation) only at high confidence, and never for a quotation that is
//!    not the article's own words.
//! 4. Every defined source is cited somewhere. (That every cited source is defined, the loader already checks.)
//! 5. No source URL on a raw IP address or a known mirror host.
//! 6. One figure, one confidence: a distance's figure carries the same confidence wherever it is stated.

use super::model::Confidence;
use super::source as src;
use super::text::word_occurrences;
use std::collections::BTreeSet;

// Rule 5, on source URLs.
mod urls;
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
    general_only_when_high_and_unquoted(f, &lines, &mut out);
    every_source_is_cited(f, &lines, &mut out);
    no_mirror_urls(f, &mut out);
    one_figure_one_confidence(&lines, &mut out);
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
struct Cited<'a> {
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

fn general_only_when_high_and_unquoted(f: &src::File, lines: &[Cited<'_>], out: &mut Problems) {
    let in_article = |phrase: &str| f.paragraphs.iter().any(|p| p.text.contains(phrase));
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
        for phrase in quoted_phrases(l.text).into_iter().filter(|p| !in_article(p)) {
            out.push((
                l.item.clone(),
                format!("quotes “{phrase}” under `{GENERAL}`: a quotation needs the source it comes from"),
            ));
        }
    }
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

/// The figure of a distance label: its number and unit, e.g. "≈15 km" → ("15", "km").
fn figure(label: &str) -> Option<(&str, &str)> {
    let start = label.find(|c: char| c.is_ascii_digit())?;
    let rest = &label[start..];
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
    let unit = rest[end..].trim_start().split(|c: char| !c.is_alphabetic()).next()?;
    (!unit.is_empty()).then(|| (&rest[..end], unit))
}

/// Whether `text` states the figure: the number, not inside a longer number, then optional spaces, then the unit
/// as a whole word.
fn states(text: &str, (number, unit): (&str, &str)) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
            return false;
        }
        let after = text[at + number.len()..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        after.starts_with(unit) && !after[unit.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

fn one_figure_one_confidence(lines: &[Cited<'_>], out: &mut Problems) {
    let mut seen = BTreeSet::new();
    for d in lines.iter().filter(|l| l.distance) {
        let Some(fig) = figure(d.text) else { continue };
        if !seen.insert(fig) {
            continue;
        }
        let stated: Vec<&Cited<'_>> = lines.iter().filter(|l| l.confidence.is_some() && states(l.text, fig)).collect();
        let levels: BTreeSet<Option<&str>> = stated.iter().map(|l| l.confidence).collect();
        if levels.len() > 1 {
            let each: Vec<String> =
                stated.iter().map(|l| format!("{} ({})", l.item, l.confidence.unwrap_or_default())).collect();
            out.push((
                d.item.clone(),
                format!("the figure {} {} carries more than one confidence: {}", fig.0, fig.1, each.join(", ")),
            ));
        }
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
    fn figures_are_number_and_unit() {
        assert_eq!(figure("≈15 km"), Some(("15", "km")));
        assert!(states("about 15 km from", ("15", "km")));
        assert!(!states("about 115 km", ("15", "km")) && !states("15 minutes", ("15", "km")));
        assert!(!states("15 kms", ("15", "km")));
    }
}
