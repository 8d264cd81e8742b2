//! An actor's name outside the text (in the claims panel): a button that opens the same card as in the text.

use crate::content::ARTICLE;
use crate::state::{use_selection, OpenCard, OpenedBy};
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn ActorChip(
    actor: Idx,
    /** Unique DOM id: the card returns focus here. */
    id: String,
) -> impl IntoView {
    let selection = use_selection();
    let target = Target::Actor(actor);
    let anchor = id.clone();
    let is_open = {
        let id = id.clone();
        move || selection.card.with(|c| c.as_ref().is_some_and(|c| c.anchor == id))
    };
    view! {
        <button
            type="button"
            class="actor-chip"
            id=id
            data-opens-card=""
            aria-haspopup="dialog"
            aria-expanded=move || if is_open() { "true" } else { "false" }
            on:click=move |_| {
                selection.open(OpenCard { target, anchor: anchor.clone(), mention: None, opened_by: OpenedBy::Activation })
            }
        >
            {ARTICLE.actors[actor as usize].name}
        </button>
    }
}
