//! Corrections where a reader sees them: all of them in a note under the headline, and each beside every item it
//! touched (the item's card, claim or timeline entry). Cards, claims and timeline entries are the same views on
//! the page and in every embedded part, so a part that shows a corrected item shows its correction too.

use super::day::Day;
use crate::content::{article, locale, words};
use explainer_core::content::{Corrected, Correction};
use explainer_core::page;
use leptos::prelude::*;

/// The anchor of a timeline entry, which the corrections note links to.
pub fn event_anchor(event: &str) -> String {
    format!("event-{event}")
}

/// Where the page shows an item, and its name there.
fn link(item: Corrected) -> (String, &'static str) {
    let a = article();
    match item {
        Corrected::Card(target) => {
            let name = match target {
                explainer_core::content::Target::Actor(i) => a.actors[i as usize].name,
                explainer_core::content::Target::Place(i) => a.places[i as usize].name,
                explainer_core::content::Target::Term(i) => a.glossary[i as usize].term,
            };
            (format!("#{}", page::sheet_id(a.target_id(target))), name)
        }
        Corrected::Claim(i) => (format!("#{}", page::claim_id(a.claims[i as usize].id)), a.claims[i as usize].topic),
        Corrected::Event(i) => (format!("#{}", event_anchor(a.timeline[i as usize].id)), a.timeline[i as usize].title),
    }
}

/// Under the headline: when the explainer was last corrected, and, opened, every correction with links to what
/// it touched. Folded, so the article still starts where the reader expects it.
#[component]
pub fn CorrectionsNote() -> impl IntoView {
    let corrections = article().corrections;
    let last = article().last_corrected()?;
    let count = locale().count(&words().corrections.count, corrections.len() as u64);
    let colon = words().punctuation.colon.as_str();
    Some(view! {
        <details class="corrections" id="corrections">
            <summary class="corrections__summary">
                <strong>{words().corrections.corrected.as_str()}</strong>
                " "
                <Day iso=last />
                {format!(" · {count}")}
            </summary>
            <ol class="corrections__list">
                {corrections
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <Day iso=c.date />
                                {colon}
                                {c.text}
                                " "
                                <span class="corrections__items">
                                    {c
                                        .items
                                        .iter()
                                        .enumerate()
                                        .map(|(n, &item)| {
                                            let (href, name) = link(item);
                                            view! {
                                                {if n == 0 { "(" } else { words().punctuation.list.as_str() }}
                                                <a href=href>
                                                    <bdi>{name}</bdi>
                                                </a>
                                            }
                                        })
                                        .collect_view()} ")"
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </details>
    })
}

/// Beside an item: each correction that touched it, dated.
#[component]
pub fn CorrectedHere(item: Corrected) -> impl IntoView {
    let notes: Vec<&'static Correction> = article().corrections_of(item).collect();
    (!notes.is_empty()).then(|| {
        notes
            .into_iter()
            .map(|c| {
                view! {
                    <p class="correction-mark">
                        <strong>{words().corrections.corrected.as_str()}</strong>
                        " "
                        <Day iso=c.date />
                        {words().punctuation.colon.as_str()}
                        {c.text}
                    </p>
                }
            })
            .collect_view()
    })
}
