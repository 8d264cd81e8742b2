//! Structured data for search engines and news aggregators: a schema.org `NewsArticle` (a `CreativeWork` marked as
//! fiction for a made-up story) that is based on the source article, with the explainer's own publisher, author
//! line, dates, image and corrections, and that mentions its people, organisations, states, places and the claims
//! made in the article, each a `Claim` in its exact words with its claimant and where it appeared.
//! Deliberately no `ClaimReview` and no rating of any kind: the explainer rates nothing.

use crate::content::{ActorKind, Article, Claim, PlaceKind};
use crate::share_card::{HEIGHT, WIDTH};
use crate::site::Site;
use serde_json::{json, Value};

/// A JSON string literal, safe inside a `<script>` element (`<` is escaped so `</script>` cannot appear).
pub(crate) fn json_str(s: &str) -> String {
    script_safe(&Value::String(s.into()))
}

/// JSON text that cannot end the `<script>` element it is written in: `<`, `>` and `&` are escaped, which JSON
/// readers undo.
fn script_safe(v: &Value) -> String {
    v.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The schema.org type of an actor, or `None` for crowds and unnamed groups, which no search engine can resolve.
fn actor_type(a: &crate::content::Actor) -> Option<&'static str> {
    let kind = match a.kind {
        ActorKind::Person => "Person",
        ActorKind::Organisation | ActorKind::Media | ActorKind::Platform => "Organization",
        ActorKind::State => "Country",
        ActorKind::Group => return None,
    };
    let unnamed = a.kind_note.is_some_and(|n| n.contains("unnamed") || n.contains("unidentified"));
    (!unnamed).then_some(kind)
}

/// Where the article the explainer is based on appeared: its address, date and publisher (a made-up story has
/// none, and is named instead).
fn original(a: &Article) -> Value {
    if a.fiction {
        json!({ "@type": "CreativeWork", "name": a.title, "genre": "fiction" })
    } else {
        json!({
            "@type": "NewsArticle",
            "url": a.url,
            "datePublished": a.published,
            "publisher": { "@type": "Organization", "name": a.publisher },
        })
    }
}

/// A claim as schema.org's `Claim`: the claimant's exact words, who made it, and where it appeared.
fn claim(a: &Article, site: &Site, c: &Claim) -> Value {
    let sentence = a.sentences[c.quote.sentence as usize].id;
    let authors: Vec<Value> =
        c.by.iter()
            .map(|&i| &a.actors[i as usize])
            .map(|actor| json!({ "@type": actor_type(actor).unwrap_or("Organization"), "name": actor.name }))
            .collect();
    let mut claim = json!({
        "@type": "Claim",
        "name": c.topic,
        "text": c.quote.text,
        "appearance": original(a),
        "url": format!("{}#{sentence}", site.article_url(a.id)),
    });
    if !authors.is_empty() {
        claim["author"] = Value::Array(authors);
    }
    claim
}

/// The JSON-LD of an article's explainer page, ready to write inside `<script type="application/ld+json">`.
pub fn news_article_json_ld(a: &Article, site: &Site) -> String {
    let mut mentions: Vec<Value> = a
        .actors
        .iter()
        .filter_map(|actor| actor_type(actor).map(|kind| json!({ "@type": kind, "name": actor.name })))
        .collect();
    for place in a.places.iter().filter(|p| p.mentions.len() + p.sentences.len() > 0) {
        let kind = if place.kind == PlaceKind::Country { "Country" } else { "Place" };
        let mut entry = json!({ "@type": kind, "name": place.name });
        if let Some((lat, lon)) = place.coords {
            entry["geo"] = json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon });
        }
        mentions.push(entry);
    }
    mentions.extend(a.claims.iter().map(|c| claim(a, site, c)));
    let url = site.article_url(a.id);
    let mut page = json!({
        "@context": "https://schema.org",
        "@type": if a.fiction { "CreativeWork" } else { "NewsArticle" },
        "headline": a.title,
        "description": a.description,
        "inLanguage": a.language,
        "url": url,
        "mainEntityOfPage": url,
        "image": {
            "@type": "ImageObject",
            "url": site.file_url(a.id, "share.png"),
            "width": WIDTH,
            "height": HEIGHT,
        },
        "datePublished": a.explainer_published,
        "dateModified": a.last_corrected().unwrap_or(a.explainer_published),
        "publisher": { "@type": "Organization", "name": site.publisher, "url": site.url },
        "author": { "@type": "Organization", "name": site.author },
        "mentions": mentions,
    });
    if a.fiction {
        // A made-up story has no original to be based on.
        page["genre"] = json!("fiction");
    } else {
        page["isBasedOn"] = original(a);
    }
    if !a.corrections.is_empty() {
        page["correction"] = a
            .corrections
            .iter()
            .map(|c| json!({ "@type": "CorrectionComment", "text": c.text, "datePublished": c.date }))
            .collect();
    }
    script_safe(&page)
}

#[cfg(test)]
mod tests {
    use super::json_str;

    #[test]
    fn strings_cannot_close_the_script_element() {
        assert_eq!(json_str("a</script>\"b\\"), r#""a\u003c/script\u003e\"b\\""#);
        assert_eq!(json_str("line\nbreak"), r#""line\nbreak""#);
    }
}
