//! The label of a line that is not the article's own words: what kind of line it is, its source as a link to the
//! source's entry in the sources list, and its confidence when it has one.

use crate::content::{article, words};
use explainer_core::content::{Article, Confidence, Idx};
use leptos::prelude::*;

#[component]
pub fn SourceLabel(
    /// What the line is; without it, context (the catalogue's `sources.context`).
    #[prop(optional_no_strip)]
    kind: Option<&'static str>,
    source: Idx,
    confidence: Option<Confidence>,
) -> impl IntoView {
    let s = article().sources[source as usize];
    let kind = kind.unwrap_or(words().sources.context.as_str());
    let (href, target) = super::part_links::anchor_link(&Article::source_anchor(s.key), |part| part.has_sources);
    view! {
        <span class="source-label">
            {kind} " · " <a href=href target=target rel=target.map(|_| "noopener")>
                <bdi>{s.title}</bdi>
            </a> {confidence.map(|c| format!(" · {}", words().confidence(c)))}
        </span>
    }
}
