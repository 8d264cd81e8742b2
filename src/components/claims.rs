//! The claims-versus-responses panel: every claim the article reports, each beside its responses in the parties'
//! own words. The claims the content marks open come first and open; the rest are folded. The article gives no
//! verdict and neither does the panel. Folding the panel and "Expand all" need the app (`crate::behaviour`); each
//! claim is a `<details>` and opens by itself.

mod actor_chip;
mod claim_item;

use crate::content::article;
use claim_item::ClaimItem;
use explainer_core::page;
use leptos::prelude::*;

pub const CLAIMS_ID: &str = "claims";

#[component]
pub fn ClaimsPanel() -> impl IntoView {
    view! {
        <aside id=CLAIMS_ID class="claims" aria-labelledby="claims-title">
            <div class="claims__head">
                <h2 class="claims__title" id="claims-title">
                    "Claims and responses"
                </h2>
                <button type="button" class="claims__fold" aria-expanded="true" aria-controls=page::id::CLAIMS_CONTENT>
                    "Hide panel"
                </button>
            </div>
            <div id=page::id::CLAIMS_CONTENT>
                <p class="claims__intro">
                    "Who claimed what, and who answered, in the article's exact words. The article gives no verdict, and neither does this panel."
                </p>
                <div class="claims__tools">
                    <button type="button" class="claims__all" data-claims="expand">
                        "Expand all"
                    </button>
                    <button type="button" class="claims__all" data-claims="collapse">
                        "Collapse all"
                    </button>
                </div>
                <ol class="claims__list">
                    {(0..article().claims.len() as u16).map(|i| view! { <ClaimItem index=i /> }).collect_view()}
                </ol>
            </div>
        </aside>
    }
}
