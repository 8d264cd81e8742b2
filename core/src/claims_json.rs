//! `claims.json`, written beside each article's pages for reuse by other newsrooms and teachers: every claim in
//! the article with the claimant's exact words and where they stand, every response likewise, the context lines
//! with their sources, and the corrections that touched each claim. Like the page, it rates nothing.

use crate::content::{Article, Claim, ContextLine, Corrected, Idx, Quote};
use crate::site::Site;
use serde_json::{json, Value};

/// Who is named, by id and name.
fn parties(a: &Article, by: &[Idx]) -> Value {
    by.iter().map(|&i| json!({ "id": a.actors[i as usize].id, "name": a.actors[i as usize].name })).collect()
}

/// Exact words from the article, with the paragraph and the address of the sentence they stand in.
fn words(a: &Article, site: &Site, q: &Quote) -> Value {
    let sentence = &a.sentences[q.sentence as usize];
    json!({
        "text": q.text,
        "paragraph": a.paragraphs[sentence.paragraph as usize].id,
        "sentence": format!("{}#{}", site.article_url(a.id), sentence.id),
    })
}

fn context(a: &Article, lines: &[ContextLine]) -> Value {
    lines
        .iter()
        .map(|l| {
            let s = &a.sources[l.source as usize];
            json!({
                "text": l.text,
                "confidence": l.confidence.label(),
                "source": { "key": s.key, "title": s.title, "url": s.url },
            })
        })
        .collect()
}

fn claim(a: &Article, site: &Site, index: usize, c: &Claim) -> Value {
    let corrections: Vec<Value> =
        a.corrections_of(Corrected::Claim(index as Idx)).map(|k| json!({ "date": k.date, "text": k.text })).collect();
    json!({
        "id": c.id,
        "topic": c.topic,
        "claimants": parties(a, c.by),
        "claimant_note": c.by_note,
        "form": c.form.label(),
        "words": words(a, site, &c.quote),
        "article_framing": c.framing.map(|f| words(a, site, &f.quote)),
        "responses": c.responses.iter().map(|r| json!({
            "by": parties(a, r.by),
            "type": r.kind.label(),
            "type_note": r.kind_note,
            "words": words(a, site, &r.quote),
            "note": r.note,
        })).collect::<Vec<_>>(),
        "no_response_note": c.no_response_note,
        "context": context(a, c.context),
        "corrections": corrections,
    })
}

/// The file's text: pretty-printed, for people who open it as much as for programs.
pub fn claims_json(a: &Article, site: &Site) -> String {
    let file = json!({
        "explainer": {
            "url": site.article_url(a.id),
            "title": a.title,
            "published": a.explainer_published,
            "modified": a.last_corrected().unwrap_or(a.explainer_published),
            "publisher": site.publisher,
            "fiction": a.fiction,
        },
        "article": {
            "url": (!a.url.is_empty()).then_some(a.url),
            "publisher": a.publisher,
            "published": a.published,
            "language": a.language,
        },
        "note": "Each claim and response in the article's exact words, with who made it and where it stands. The explainer rates nothing: no claim is marked true or false.",
        "claims": a.claims.iter().enumerate().map(|(i, c)| claim(a, site, i, c)).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&file).expect("a JSON value always serialises") + "\n"
}
