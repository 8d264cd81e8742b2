//! The card of a glossary term: a plain definition, labelled as context with its source (a link to its entry in the sources list).

use super::card::CARD_TITLE_ID;
use super::mention_stepper::MentionStepper;
use super::source_label::SourceLabel;
use crate::content::ARTICLE;
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn TermCard(term: Idx, mention: Option<Idx>) -> impl IntoView {
    let t = &ARTICLE.glossary[term as usize];
    view! {
        <p class="card__kind">"Glossary"</p>
        <h2 class="card__title" id=CARD_TITLE_ID>{t.term}</h2>
        <MentionStepper target=Target::Term(term) current=mention />
        <p class="context-line">
            <span class="context-line__text">{t.definition}</span>
            " "
            <SourceLabel kind="Context" source=t.source confidence=Some(t.confidence) />
        </p>
    }
}
