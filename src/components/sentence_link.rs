//! A link from a quote to the sentence it stands in: a plain `#sentence` anchor, so it works before the app
//! starts and with scripts off; with the app running it also lights the sentence up (`data-sentence`). In an
//! embedded part, which does not hold the sentence, it opens the whole explainer at it, in a new tab.

use crate::content::article;
use explainer_core::content::Idx;
use leptos::prelude::*;

#[component]
pub fn SentenceLink(sentence: Idx, #[prop(into)] label: String) -> impl IntoView {
    let id = article().sentences[sentence as usize].id;
    // No part holds the article's sentences: from one, the link opens the whole explainer there.
    let (href, target) = super::part_links::anchor_link(id, |_| false);
    view! {
        <a class="sentence-link" href=href target=target rel=target.map(|_| "noopener") data-sentence=id>
            {label}
        </a>
    }
}
