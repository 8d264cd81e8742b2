//! An interactive explainer of one news article. The data flows one way: the content file is validated and
//! compiled in by build.rs (`content`), the views render it (`components`), and what the reader opens lives in a
//! few signals (`state`) that the views read and write.

// Leptos views are deeply nested static types; hydration code needs more room than the default.
#![recursion_limit = "256"]

pub mod components;
pub mod content;
pub mod dom;
pub mod embed;
pub mod state;
pub mod url_state;

use components::{
    article::ArticleText, card::Card, claims::ClaimsPanel, classroom::Classroom, header::Header, map::LocatorMap,
    timeline::Timeline,
};
use leptos::prelude::*;

/// The whole explainer. `embed` is true on `embed.html`, the page news sites put in an iframe: it drops the skip
/// link and starts the embed bridge. The prerender and the browser pass the same value, so hydration matches.
#[component]
pub fn App(#[prop(optional)] embed: bool) -> impl IntoView {
    let selection = state::provide_selection();
    url_state::sync_with_url(selection);
    Effect::new(move |first: Option<()>| {
        if first.is_none() {
            embed::start(selection);
        }
    });
    view! {
        <div class="page">
            {(!embed).then(|| view! { <a class="skip-link" href="#article">"Skip to the article"</a> })}
            <Header />
            <main id="main">
                <div class="layout">
                    <article id="article" class="article" aria-label="The article">
                        <ArticleText figure=view! { <LocatorMap /> } />
                    </article>
                    <ClaimsPanel />
                </div>
                <div class="extras">
                    <Timeline />
                    <Classroom />
                </div>
            </main>
        </div>
        <Card />
    }
}
