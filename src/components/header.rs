//! The explainer's title and the source line: who published the article, when, and a link to it.

mod reading_tools;

use super::catalogue_line::catalogue_line;
use super::corrections::CorrectionsNote;
use super::day::Day;
use super::icon::{Icon, IconShape};
use crate::content::{article, locale, site, words};
use explainer_core::page;
use leptos::prelude::*;
use reading_tools::ReadingTools;

#[component]
pub fn Header() -> impl IntoView {
    let (a, w) = (article(), &words().masthead);
    view! {
        <header class="masthead">
            <p class="masthead__kicker">{if a.fiction { w.kicker_fiction.as_str() } else { w.kicker.as_str() }}</p>
            <h1 class="masthead__title">{a.title}</h1>
            {a
                .fiction
                .then(|| {
                    view! {
                        // A test fixture must never pass for news: said before anything else, in words and in its look.
                        <p class="masthead__fiction" role="note">
                            <strong>{w.fiction.as_str()}</strong>
                            " "
                            {w.fiction_notice.as_str()}
                        </p>
                    }
                })}
            <p class="masthead__source">
                {catalogue_line(
                    if a.fiction { &w.source } else { &w.source_reproduced },
                    |slot| match slot {
                        "publisher" => publisher_link().into_any(),
                        _ => view! { <Day iso=a.published /> }.into_any(),
                    },
                )}
            </p>
            // The explainer's own byline and date, as its structured data gives them (author, publisher,
            // datePublished): a reader can tell the explainer from the article it explains.
            <p class="masthead__source masthead__byline">
                {catalogue_line(
                    &w.byline,
                    |slot| match slot {
                        "author" => view! { <bdi>{site().author.as_str()}</bdi> }.into_any(),
                        "publisher" => view! { <bdi>{site().publisher.as_str()}</bdi> }.into_any(),
                        _ => view! { <Day iso=a.explainer_published /> }.into_any(),
                    },
                )}
            </p>
            <CorrectionsNote />
            <EditionNotes />
            <p class="masthead__hint">
                {catalogue_line(
                    &w.hint,
                    |_| view! { <span class="source-label">{words().sources.context.as_str()}</span> }.into_any(),
                )}
            </p>
            <ReadingTools />
            // Plain anchors: they work before the app starts, and let a phone reader reach what follows the article.
            <nav class="page-nav" aria-label=words().page.on_this_page.as_str()>
                <a href="#article">{words().page.article.as_str()}</a>
                <a href=format!("#{}", page::id::MAP)>{words().page.map.as_str()}</a>
                <a href=format!("#{}", super::claims::CLAIMS_ID)>{words().claims.title.as_str()}</a>
                <a href="#timeline-title">{words().timeline.title.as_str()}</a>
                <a href="#classroom-title">{words().classroom.title.as_str()}</a>
            </nav>
        </header>
    }
}

/// The article's publisher, a link to the original where there is one (fiction has none). Isolated: a Latin name
/// in a right-to-left line keeps its place, and so does the punctuation after it.
fn publisher_link() -> impl IntoView {
    let a = article();
    if a.url.is_empty() {
        leptos::either::Either::Left(view! { <bdi>{a.publisher}</bdi> })
    } else {
        leptos::either::Either::Right(view! {
            <a href=a.url rel="noopener noreferrer" target="_blank">
                <bdi>{a.publisher}</bdi>
            </a>
        })
    }
}

/// What the service worker's reader learns about the copy in front of them, shown by `public/boot.js` (hidden
/// until then; the words are the page's, the script only picks one): the explainer changed since their last visit,
/// or they are offline and reading the copy saved on a day the script fills in.
#[component]
fn EditionNotes() -> impl IntoView {
    let w = &words().masthead;
    let corrections = (!article().corrections.is_empty()).then(|| {
        view! {
            " "
            <a href="#corrections">{w.see_corrections.as_str()}</a>
        }
    });
    view! {
        <p class="edition-note" id=page::id::EDITION_UPDATED role="status" hidden>
            <span>
                <strong>{w.updated.as_str()}</strong>
                " "
                {w.updated_rest.as_str()}
                {corrections}
            </span>
            <CloseNote />
        </p>
        <p class="edition-note" id=page::id::EDITION_SAVED role="status" hidden>
            <span>
                <strong>{w.offline.as_str()}</strong>
                " "
                // The day is filled with a <time> by boot.js, in the page's language: an empty <time> is not valid HTML.
                {catalogue_line(
                    &w.offline_rest,
                    |_| view! { <span data-saved-date data-locale=locale().tag.as_str()></span> }.into_any(),
                )}
            </span>
            <CloseNote />
        </p>
    }
}

#[component]
fn CloseNote() -> impl IntoView {
    view! {
        <button type="button" class="edition-note__close" aria-label=words().masthead.close_note.as_str()>
            <Icon shape=IconShape::Close />
        </button>
    }
}
