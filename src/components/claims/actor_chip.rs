//! An actor's name outside the text (in the claims panel): a link to the same card as the name in the text, which
//! the app opens beside it.

use crate::components::card::sheet_id;
use crate::content::article;
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn ActorChip(
    actor: Idx,
    /** Unique DOM id: the card returns focus here. */
    id: String,
) -> impl IntoView {
    let target = Target::Actor(actor);
    view! {
        <a
            href=format!("#{}", sheet_id(target))
            role="button"
            class="actor-chip"
            id=id
            data-target=article().target_id(target)
            aria-haspopup="dialog"
            aria-expanded="false"
            // Isolated: a Latin name in an Arabic line (or the reverse) keeps its own order and the line's.
            dir="auto"
        >
            {article().actors[actor as usize].name}
        </a>
    }
}
