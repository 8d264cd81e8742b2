//! A link from a quote to the sentence it stands in: a plain `#sentence` anchor, so it works before the app
//! starts and with scripts off; with the app running it also lights the sentence up (`data-sentence`).

use crate::content::ARTICLE;
use explainer_core::content::Idx;
use leptos::prelude::*;

#[component]
pub fn SentenceLink(sentence: Idx, #[prop(into)] label: String) -> impl IntoView {
    let id = ARTICLE.sentences[sentence as usize].id;
    view! {
        <a class="sentence-link" href=format!("#{id}") data-sentence=id>
            {label}
        </a>
    }
}
