//! "Mention 2 of 5" with previous and next buttons that walk through a target's mentions in the text.

use crate::components::icon::{Icon, IconShape};
use crate::content::ARTICLE;
use crate::dom;
use crate::state::{use_selection, OpenCard, OpenedBy};
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn MentionStepper(target: Target, current: Option<Idx>) -> impl IntoView {
    let selection = use_selection();
    let all = ARTICLE.mentions_of(target);
    let total = all.len();
    let position = current.and_then(|c| all.iter().position(|&m| m == c));
    let status = match position {
        Some(at) => format!("Mention {} of {total}", at + 1),
        None if total == 1 => "1 mention in the text".to_string(),
        None => format!("{total} mentions in the text"),
    };
    let step = move |forward: bool| {
        let from = current.unwrap_or(if forward { *all.last().unwrap_or(&0) } else { *all.first().unwrap_or(&0) });
        if let Some(next) = ARTICLE.step_mention(target, from, forward) {
            let id = ARTICLE.mentions[next as usize].id;
            dom::jump_to(id);
            selection.open(OpenCard {
                target,
                anchor: id.to_string(),
                mention: Some(next),
                opened_by: OpenedBy::Activation,
            });
        }
    };
    (total > 0).then(|| {
        view! {
            <nav class="stepper" aria-label="Mentions in the text">
                <button type="button" class="stepper__button" aria-label="Previous mention" on:click=move |_| step(false)>
                    <Icon shape=IconShape::Previous />
                </button>
                <span class="stepper__status" aria-live="polite">{status}</span>
                <button type="button" class="stepper__button" aria-label="Next mention" on:click=move |_| step(true)>
                    <Icon shape=IconShape::Next />
                </button>
            </nav>
        }
    })
}
