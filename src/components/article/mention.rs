//! A name in the running text: a link to the card of the actor, place or term it refers to.
//!
//! It is a link with the button role, not a `<button>`: a button is an atomic inline box that cannot wrap, so
//! "The 65-year-old Belarusian strongman" would sit as a ragged block on a phone. A link flows like the words it
//! is. Its `href` is its card's sheet (`#card-<id>`), so it opens the card before the app runs and with scripts
//! off; the app then opens the card beside it instead, answers Space, and keeps `aria-expanded` true.

use crate::components::card::sheet_id;
use crate::content::article;
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn Mention(index: Idx) -> impl IntoView {
    let mention = article().mentions[index as usize];
    let target = mention.target;
    let kind = match target {
        Target::Actor(_) => "mention mention--actor",
        Target::Place(_) => "mention mention--place",
        Target::Term(_) => "mention mention--term",
    };
    view! {
        <a
            href=format!("#{}", sheet_id(target))
            role="button"
            class=kind
            id=mention.id
            data-target=article().target_id(target)
            aria-haspopup="dialog"
            aria-expanded="false"
        >
            {mention.text}
        </a>
    }
}
