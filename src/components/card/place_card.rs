//! The card of a place: what it is, context with sources, and what the article says there, with links to those
//! sentences.

use super::mention_stepper::MentionStepper;
use crate::components::context_lines::ContextLines;
use crate::components::map::show_on_map::ShowOnMap;
use crate::components::sentence_link::SentenceLink;
use crate::content::{article, locale, words};
use explainer_core::content::{Idx, Target};
use explainer_core::line::fill;
use leptos::prelude::*;

#[component]
pub fn PlaceCard(place: Idx) -> impl IntoView {
    let p = article().places[place as usize];
    let coords = p.coords.map(|at| {
        let source = p.coords_source.map(|s| article().sources[s as usize].title).unwrap_or("");
        let at = locale().coordinates(words(), at, 4);
        fill(&words().card.coordinates, &[("coordinates", &at), ("source", source)])
    });
    view! {
        <MentionStepper target=Target::Place(place) />
        {(!p.sentences.is_empty())
            .then(|| {
                view! {
                    <section class="card__section">
                        <h3 class="card__label">{words().card.what_the_article_says_here.as_str()}</h3>
                        <ul class="card__quotes">
                            {p
                                .sentences
                                .iter()
                                .map(|&s| {
                                    view! {
                                        <li>
                                            <SentenceLink
                                                sentence=s
                                                label=excerpt(article().sentences[s as usize].text)
                                            />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        <ContextLines lines=p.context />
        {coords.map(|c| view! { <p class="card__coords source-label">{c}</p> })}
        {p.coords.is_some().then(|| view! { <ShowOnMap place=p.id /> })}
    }
}

/// The start of a sentence, cut at a word, for a link label.
fn excerpt(text: &str) -> String {
    const MAX: usize = 90;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}
