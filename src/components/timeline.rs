//! The dated events as a strip, oldest first, each with how its date is known, its source (a link to
//! the sources list) and a link to its sentence.

use super::corrections::{event_anchor, CorrectedHere};
use super::sentence_link::SentenceLink;
use super::source_label::SourceLabel;
use crate::content::{article, words};
use explainer_core::content::{Corrected, EventStatus, Idx};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    let events = article()
        .timeline
        .iter()
        .enumerate()
        .map(|(index, e)| {
            let status = match e.status {
                EventStatus::Article => "timeline__event timeline__event--article",
                EventStatus::Derived => "timeline__event timeline__event--derived",
                EventStatus::Context => "timeline__event timeline__event--context",
            };
            view! {
                <li class=status id=event_anchor(e.id)>
                    <EventDate date=e.date label=e.label />
                    <p class="timeline__title">{e.title}</p>
                    <CorrectedHere item=Corrected::Event(index as Idx) />
                    <p class="timeline__source">
                        {match e.source {
                            Some(source) => {
                                let kind = (e.status != EventStatus::Context).then(|| words().event_status(e.status));
                                Either::Left(view! { <SourceLabel kind=kind source=source confidence=e.confidence /> })
                            }
                            None => {
                                Either::Right(
                                    view! { <span class="source-label">{words().event_status(e.status)}</span> },
                                )
                            }
                        }}
                    </p>
                    {e
                        .quote
                        .map(|q| {
                            let p = &words().punctuation;
                            view! {
                                <SentenceLink
                                    sentence=q.sentence
                                    label=format!("{}{}{}", p.quote_open, q.text, p.quote_close)
                                />
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 class="section-title" id="timeline-title">
                {words().timeline.title.as_str()}
            </h2>
            <p class="section-dek">{words().timeline.intro.as_str()}</p>
            <ol class="timeline__list">{events}</ol>
        </section>
    }
}

/// An event's date as the page writes it. A single day, month or year is a `<time>`; a range ("2020-08-24/2020-08-27")
/// is its two ends, each a `<time>` (HTML has no range of dates in one), under the content's own label.
#[component]
fn EventDate(date: &'static str, label: &'static str) -> impl IntoView {
    match date.split_once('/') {
        None => Either::Left(view! {
            <time class="timeline__date" datetime=date>
                {label}
            </time>
        }),
        Some((from, to)) => Either::Right(view! {
            <span class="timeline__date" data-from=from data-to=to>
                {label}
                <time datetime=from></time>
                <time datetime=to></time>
            </span>
        }),
    }
}
