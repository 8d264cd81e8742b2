//! The explainer's title and the source line: who published the article, when, and a link to it.

mod reading_tools;

use super::corrections::CorrectionsNote;
use super::icon::{Icon, IconShape};
use crate::content::{article, site};
use explainer_core::dates::human_date;
use explainer_core::page;
use leptos::prelude::*;
use reading_tools::ReadingTools;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="masthead">
            <p class="masthead__kicker">{if article().fiction { "Test story" } else { "Explainer" }}</p>
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
                {if article().fiction { "." } else { ". Its text is reproduced below unchanged." }}
            </p>
            // The explainer's own byline and date, as its structured data gives them (author, publisher,
            // datePublished): a reader can tell the explainer from the article it explains.
            <p class="masthead__source masthead__byline">
                "Explainer by " {site().author.as_str()} ", " {site().publisher.as_str()} ". First published "
                <time datetime=article().explainer_published>{human_date(article().explainer_published)}</time> "."
            </p>
            <CorrectionsNote />
            <EditionNotes />
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

/// What the service worker's reader learns about the copy in front of them, shown by `public/boot.js` (hidden
/// until then; the words are the page's, the script only picks one): the explainer changed since their last visit,
/// or they are offline and reading the copy saved on a day the script fills in.
#[component]
fn EditionNotes() -> impl IntoView {
    let corrections = (!article().corrections.is_empty()).then(|| {
        view! {
            " "
            <a href="#corrections">"See the corrections."</a>
        }
    });
    view! {
        <p class="edition-note" id=page::id::EDITION_UPDATED role="status" hidden>
            <span>
                <strong>"Updated"</strong>
                " since your last visit."
                {corrections}
            </span>
            <CloseNote />
        </p>
        <p class="edition-note" id=page::id::EDITION_SAVED role="status" hidden>
            <span>
                <strong>"Offline."</strong>
                " You are reading the copy saved on this device on "
                // Filled with a <time> by boot.js: an empty <time> is not valid HTML.
                <span data-saved-date></span>
                "."
            </span>
            <CloseNote />
        </p>
    }
}

#[component]
fn CloseNote() -> impl IntoView {
    view! {
        <button type="button" class="edition-note__close" aria-label="Close this note">
            <Icon shape=IconShape::Close />
        </button>
    }
}
