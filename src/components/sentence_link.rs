//! A link from a quote to the sentence it stands in. A plain `#sentence` anchor, so it works before the app
//! starts and with scripts off; with the app running it also lights the sentence up and keeps the URL as it is.

use crate::content::ARTICLE;
use crate::state::use_selection;
use explainer_core::content::Idx;
use leptos::prelude::*;

#[component]
pub fn SentenceLink(sentence: Idx, #[prop(into)] label: String) -> impl IntoView {
    let selection = use_selection();
    let id = ARTICLE.sentences[sentence as usize].id;
    view! {
        <a
            class="sentence-link"
            href=format!("#{id}")
            data-sentence=id
            on:click=move |ev| {
                ev.prevent_default();
                selection.show_sentences(&[sentence]);
            }
        >
            {label}
        </a>
    }
}
