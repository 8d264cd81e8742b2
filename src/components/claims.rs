//! The claims-versus-responses panel: every claim the article reports, each beside its responses in the parties'
//! own words. The NATO claim comes first and open; the rest are folded. The article gives no verdict and
//! neither does the panel.

mod actor_chip;
mod claim_item;

use crate::content::ARTICLE;
use crate::state::use_selection;
use claim_item::ClaimItem;
use leptos::prelude::*;

pub const CLAIMS_ID: &str = "claims";

#[component]
pub fn ClaimsPanel() -> impl IntoView {
    let selection = use_selection();
    let all: Vec<u16> = (0..ARTICLE.claims.len() as u16).collect();
    let panel_open = move || selection.claims_panel_open.get();
    view! {
        <aside id=CLAIMS_ID class="claims" aria-labelledby="claims-title">
            <div class="claims__head">
                <h2 class="claims__title" id="claims-title">"Claims and responses"</h2>
                <button
                    type="button"
                    class="claims__fold"
                    aria-expanded=move || if panel_open() { "true" } else { "false" }
                    aria-controls="claims-content"
                    on:click=move |_| selection.claims_panel_open.update(|o| *o = !*o)
                >
                    {move || if panel_open() { "Hide panel" } else { "Show panel" }}
                </button>
            </div>
            <div id="claims-content" hidden=move || !panel_open()>
                <p class="claims__intro">
                    "Who claimed what, and who answered, in the article's exact words. The article gives no verdict, and neither does this panel."
                </p>
                <div class="claims__tools">
                    <button type="button" class="claims__all" on:click=move |_| selection.open_claims.set(all.clone())>
                        "Expand all"
                    </button>
                    <button type="button" class="claims__all" on:click=move |_| selection.open_claims.set(Vec::new())>
                        "Collapse all"
                    </button>
                </div>
                <ol class="claims__list">
                    {(0..ARTICLE.claims.len() as u16).map(|i| view! { <ClaimItem index=i /> }).collect_view()}
                </ol>
            </div>
        </aside>
    }
}
