//! The views, rendered at build time by the prerender only. They render every piece of content to HTML and say,
//! in `data-` attributes, what the browser's behaviour (`crate::behaviour`) needs to know. They hold no state and
//! no event handlers: whatever reacts lives in the island.
//!
//! Grouped by feature. Each feature's file is its main component and declares its children, which are private to
//! it; the few small pieces several features share sit at this level.
//!
//! - `article`: the text, sentence by sentence, with every name a link to its card (`ArticleText`).
//! - `card`: every card, as a sheet a name links to, and the frame the app's card dialog is made from (`CardSheets`).
//! - `claims`: the claims-and-responses panel, one `<details>` a claim (`ClaimsPanel`).
//! - `map`: the locator map, its inset and text alternative (`LocatorMap`).
//! - `header`, `timeline`, `classroom`: the page's top, the timeline, and the classroom section with the sources.
//! - `corrections`: the note under the headline, and the mark beside each corrected item.
//! - `embed_part`: one part of these on its own, for a news site to embed (`EmbedPart`); `part_links` says where
//!   its links go.

pub mod article;
pub mod card;
pub mod claims;
pub mod classroom;
pub mod embed_part;
pub mod header;
pub mod map;
pub mod part_links;
pub mod timeline;

pub mod catalogue_line;
pub mod context_lines;
pub mod corrections;
pub mod day;
pub mod icon;
pub mod sentence_link;
pub mod source_label;

use crate::behaviour::Behaviour;
use crate::content::words;
use article::ArticleText;
use card::CardTemplate;
use claims::ClaimsPanel;
use classroom::Classroom;
use header::Header;
use leptos::prelude::*;
use map::LocatorMap;
use timeline::Timeline;

/// The whole explainer. `embed` is true on `embed.html`, the page news sites put in an iframe: it drops the skip
/// link. The cards follow the page, outside it: a `div` inside a `p` is invalid HTML.
#[component]
pub fn App(#[prop(optional)] embed: bool) -> impl IntoView {
    view! {
        <div class="page">
            {(!embed)
                .then(|| {
                    view! {
                        <a class="skip-link" href="#article">
                            {words().page.skip_to_article.as_str()}
                        </a>
                    }
                })} <Header /> <main id="main">
                <div class="layout">
                    <article id="article" class="article" aria-label=words().page.article_region.as_str()>
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
        <CardTemplate />
        <Behaviour />
    }
}
