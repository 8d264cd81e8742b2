//! The explainer's title and the source line: who published the article, when, and a link to it.

mod reading_tools;

use crate::content::article;
use explainer_core::dates::human_date;
use explainer_core::page;
use leptos::prelude::*;
use reading_tools::ReadingTools;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="masthead">
            <p class="masthead__kicker">"Explainer"</p>
            <h1 class="masthead__title">{article().title}</h1>
            {article()
                .fiction
                .then(|| {
                    view! {
                        // A test fixture must never pass for news: said before anything else, in words and in its look.
                        <p class="masthead__fiction" role="note">
                            <strong>"Fiction. "</strong>
                            "This story is made up, to test the explainer: its people, quotes and events are invented. Only the places are real."
                        </p>
                    }
                })}
            <p class="masthead__source">
                "The article: "
                {if article().url.is_empty() {
                    leptos::either::Either::Left(article().publisher)
                } else {
                    leptos::either::Either::Right(
                        view! {
                            <a href=article().url rel="noopener noreferrer" target="_blank">
                                {article().publisher}
                            </a>
                        },
                    )
                }} ", " <time datetime=article().published>{human_date(article().published)}</time>
                ". Its text is reproduced below unchanged."
            </p>
            <p class="masthead__hint">
                "Tap or click a highlighted name to see who or what it is. Lines marked "
                <span class="source-label">"Context"</span> " come from outside the article and name their source."
            </p>
            <ReadingTools />
            // Plain anchors: they work before the app starts, and let a phone reader reach what follows the article.
            <nav class="page-nav" aria-label="On this page">
                <a href="#article">"Article"</a>
                <a href=format!("#{}", page::id::MAP)>"Map"</a>
                <a href=format!("#{}", super::claims::CLAIMS_ID)>"Claims and responses"</a>
                <a href="#timeline-title">"Timeline"</a>
                <a href="#classroom-title">"For the classroom"</a>
            </nav>
        </header>
    }
}
