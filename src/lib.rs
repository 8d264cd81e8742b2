//! An interactive explainer of one news article. The data flows one way: the content file is validated and
//! compiled in by build.rs (`content`), the views render it (`components`), and what the reader opens lives in a
//! few signals (`state`) that the views read and write.

// Leptos views are deeply nested static types; hydration code needs more room than the default.
#![recursion_limit = "256"]

pub mod components;
pub mod content;
pub mod dom;
pub mod map;
pub mod state;
pub mod url_state;

use components::{article_text::ArticleText, card::Card, claims_panel::ClaimsPanel, header::Header, locator_map::LocatorMap};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let selection = state::provide_selection();
    url_state::sync_with_url(selection);
    view! {
        <div class="page">
            <a class="skip-link" href="#article">"Skip to the article"</a>
            <Header />
            <main class="layout">
                <article id="article" class="article" aria-label="The article">
                    <ArticleText before_first_subhead=ViewFn::from(|| view! { <LocatorMap /> }) />
                </article>
                <ClaimsPanel />
            </main>
        </div>
        <Card />
    }
}
