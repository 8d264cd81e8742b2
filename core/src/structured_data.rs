//! Structured data for search engines and news aggregators: a schema.org `NewsArticle` that is based on the
//! source article and mentions its people, organisations, states and places. Deliberately no `ClaimReview`: that
//! type implies a rating, and the explainer rates nothing.

use crate::content::{ActorKind, Article, PlaceKind};

/// A JSON string literal, safe inside a `<script>` element (`<` is escaped so `</script>` cannot appear).
pub(crate) fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn news_article_json_ld(a: &Article) -> String {
    let mut mentions = Vec::new();
    for actor in a.actors {
        let kind = match actor.kind {
            ActorKind::Person => "Person",
            ActorKind::Organisation | ActorKind::Media | ActorKind::Platform => "Organization",
            ActorKind::State => "Country",
            // Crowds and unnamed groups are not entities a search engine can resolve.
            ActorKind::Group => continue,
        };
        if actor.kind_note.is_some_and(|n| n.contains("unnamed") || n.contains("unidentified")) {
            continue;
        }
        mentions.push(format!(r#"{{"@type":"{kind}","name":{}}}"#, json_str(actor.name)));
    }
    for place in a.places.iter().filter(|p| p.mentions.len() + p.sentences.len() > 0) {
        let kind = if place.kind == PlaceKind::Country { "Country" } else { "Place" };
        let geo = place
            .coords
            .map(|(lat, lon)| format!(r#","geo":{{"@type":"GeoCoordinates","latitude":{lat},"longitude":{lon}}}"#))
            .unwrap_or_default();
        mentions.push(format!(r#"{{"@type":"{kind}","name":{}{geo}}}"#, json_str(place.name)));
    }
    // A made-up story is marked as fiction, and has no original to be based on.
    let (kind, based_on) = if a.fiction {
        ("CreativeWork", r#","genre":"fiction""#.to_string())
    } else {
        (
            "NewsArticle",
            format!(
                r#","isBasedOn":{{"@type":"NewsArticle","url":{},"datePublished":{},"publisher":{{"@type":"Organization","name":{}}}}}"#,
                json_str(a.url),
                json_str(a.published),
                json_str(a.publisher)
            ),
        )
    };
    format!(
        r#"{{"@context":"https://schema.org","@type":"{kind}","headline":{},"inLanguage":{}{based_on},"mentions":[{}]}}"#,
        json_str(a.title),
        json_str(a.language),
        mentions.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::json_str;

    #[test]
    fn strings_cannot_close_the_script_element() {
        assert_eq!(json_str("a</script>\"b\\"), r#""a\u003c/script\u003e\"b\\""#);
        assert_eq!(json_str("line\nbreak"), r#""line\u000abreak""#);
    }
}
