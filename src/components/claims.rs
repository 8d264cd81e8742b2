//! The claims-versus-responses panel: every claim the article reports, each beside its responses in the parties'
//! own words. The claims the content marks open come first and open; the rest are folded. The article gives no
//! verdict and neither does the panel. Folding the panel and "Expand all" need the app (`crate::behaviour`); each
//! claim is a `<details>` and opens by itself.

mod actor_chip;
mod claim_item;

use crate::content::{article, words};
use claim_item::ClaimItem;
use explainer_core::page;
use leptos::prelude::*;

pub const CLAIMS_ID: &str = "claims";

#[component]
pub fn ClaimsPanel() -> impl IntoView {
    let w = &words().claims;
    view! {
        <aside id=CLAIMS_ID class="claims" aria-labelledby="claims-title">
            <div class="claims__head">
                <h2 class="claims__title" id="claims-title">
                    {w.title.as_str()}
                </h2>
                // The island swaps the label as the panel folds; the words are the page's.
                <button
                    type="button"
                    class="claims__fold"
                    aria-expanded="true"
                    aria-controls=page::id::CLAIMS_CONTENT
                    data-words-on=w.hide.as_str()
                    data-words-off=w.show.as_str()
                >
                    {w.hide.as_str()}
                </button>
            </div>
            <div id=page::id::CLAIMS_CONTENT>
                <p class="claims__intro">{w.intro.as_str()}</p>
                <div class="claims__tools">
                    <button type="button" class="claims__all" data-claims="expand">
                        {w.expand_all.as_str()}
                    </button>
                    <button type="button" class="claims__all" data-claims="collapse">
                        {w.collapse_all.as_str()}
                    </button>
                </div>
                <ol class="claims__list">
                    {(0..article().claims.len() as u16).map(|i| view! { <ClaimItem index=i /> }).collect_view()}
                </ol>
            </div>
        </aside>
    }
}
