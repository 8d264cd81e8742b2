//! The card of a glossary term: a plain definition, labelled as context with its source (a link to its entry in the sources list).

use super::mention_stepper::MentionStepper;
use crate::components::source_label::SourceLabel;
use crate::content::article;
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn TermCard(term: Idx) -> impl IntoView {
    let t = article().glossary[term as usize];
    view! {
        <MentionStepper target=Target::Term(term) />
        <p class="context-line">
            <span class="context-line__text">{t.definition}</span>
            " "
            <SourceLabel source=t.source confidence=Some(t.confidence) />
        </p>
    }
}
