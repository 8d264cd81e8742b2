//! Where links go in an embedded part. A part holds one piece of the explainer; its links to what it does not hold
//! (a sentence of the article, a source) open the whole explainer at that place, in a new tab. A leaf: the views
//! that draw links ask it, and the part's page (`embed_part`) provides it.

use leptos::prelude::*;

/// Where a part's links to the article's sentences and to the sources list go. Provided by the part's page; on the
/// whole explainer there is none, and those links stay on the page.
#[derive(Debug, Clone, Copy)]
pub struct PartLinks {
    /// Does this part hold the sources list?
    pub has_sources: bool,
}

/// The page that holds the whole explainer.
pub const FULL_EXPLAINER: &str = "index.html";

/// A link's `href` and `target` for an anchor in the whole explainer: on the page itself, or, from a part that does
/// not hold it, the whole explainer at that anchor in a new tab.
pub fn anchor_link(anchor: &str, held_by_part: impl Fn(PartLinks) -> bool) -> (String, Option<&'static str>) {
    match use_context::<PartLinks>() {
        Some(part) if !held_by_part(part) => (format!("{FULL_EXPLAINER}#{anchor}"), Some("_blank")),
        _ => (format!("#{anchor}"), None),
    }
}
