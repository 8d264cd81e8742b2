//! The card of a glossary term: a plain definition, labelled as context with its source.

use super::card::CARD_TITLE_ID;
use super::mention_stepper::MentionStepper;
use crate::content::ARTICLE;
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn TermCard(term: Idx, mention: Option<Idx>) -> impl IntoView {
    let t = &ARTICLE.glossary[term as usize];
    let source = &ARTICLE.sources[t.source as usize];
    view! {
        <p class="card__kind">"Glossary"</p>
        <h2 class="card__title" id=CARD_TITLE_ID>{t.term}</h2>
        <MentionStepper target=Target::Term(term) current=mention />
        <p class="context-line">
            <span class="context-line__text">{t.definition}</span>
            " "
            <span class="source-label">{format!("Context · {} · {}", source.title, t.confidence.label())}</span>
        </p>
    }
}
