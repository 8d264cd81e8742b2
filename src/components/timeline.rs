//! The dated events as a strip, oldest first, each with how its date is known, its source (a link to
//! the sources list) and a link to its sentence.

use super::sentence_link::SentenceLink;
use super::source_label::SourceLabel;
use crate::content::article;
use explainer_core::content::EventStatus;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    let events = article()
        .timeline
        .iter()
        .map(|e| {
            let status = match e.status {
                EventStatus::Article => "timeline__event timeline__event--article",
                EventStatus::Derived => "timeline__event timeline__event--derived",
                EventStatus::Context => "timeline__event timeline__event--context",
            };
            view! {
                <li class=status>
                    <time class="timeline__date" datetime=e.date>
                        {e.label}
                    </time>
                    <p class="timeline__title">{e.title}</p>
                    <p class="timeline__source">
                        {match e.source {
                            Some(source) => {
                                let kind = if e.status == EventStatus::Context { "Context" } else { e.status.label() };
                                Either::Left(view! { <SourceLabel kind=kind source=source confidence=e.confidence /> })
                            }
                            None => Either::Right(view! { <span class="source-label">{e.status.label()}</span> }),
                        }}
                    </p>
                    {e.quote.map(|q| view! { <SentenceLink sentence=q.sentence label=format!("“{}”", q.text) /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 class="section-title" id="timeline-title">
                "Timeline"
            </h2>
            <p class="section-dek">
                "The dated events behind the story. Dates marked as worked out come from the article's own wording (“on Saturday”, “last week”) and the publication date."
            </p>
            <ol class="timeline__list">{events}</ol>
        </section>
    }
}
