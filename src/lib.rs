//! An interactive explainer of one news article. The data flows one way: the content file is validated and
//! compiled in by build.rs (`content`), the views render it (`components`), and what the reader opens lives in a
//! few signals (`state`) that the views read and write.

pub mod components;
pub mod content;
pub mod dom;
pub mod state;

use components::{article_text::ArticleText, card::Card, header::Header};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    state::provide_selection();
    view! {
        <div class="page">
            <a class="skip-link" href="#article">"Skip to the article"</a>
            <Header />
            <main class="layout">
                <article id="article" class="article" aria-label="The article">
                    <ArticleText />
                </article>
            </main>
        </div>
        <Card />
    }
}
