//! A name in the running text: a control that opens the card of the actor, place or term it refers to.
//!
//! It is a link with the button role, not a `<button>`: a button is an atomic inline box that cannot wrap, so
//! "The 65-year-old Belarusian strongman" would sit as a ragged block on a phone. A link flows like the words it
//! is. It is focusable, announced as a button with `aria-expanded`, and answers Enter (natively) and Space (below).

use crate::content::ARTICLE;
use crate::dom;
use crate::state::{use_selection, OpenCard, OpenedBy};
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;
use std::time::Duration;

/// How long the mouse must rest on a name before its card opens (Wikipedia's Page Previews use 150 ms).
const HOVER_DELAY: Duration = Duration::from_millis(150);

#[component]
pub fn Mention(index: Idx) -> impl IntoView {
    let selection = use_selection();
    let mention = &ARTICLE.mentions[index as usize];
    let target = mention.target;
    let id = mention.id;
    let pending = StoredValue::new(None::<TimeoutHandle>);

    let is_open_here = move || selection.open_at_mention.get(index);
    let is_lit = move || selection.lit_mentions.get(index);
    let open = move |opened_by| {
        selection.open(OpenCard { target, anchor: id.to_string(), mention: Some(index), opened_by });
    };
    let cancel_hover = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };

    let activate = move || {
        cancel_hover();
        let pinned_here =
            selection.card.with(|c| c.as_ref().is_some_and(|c| c.anchor == id && c.opened_by == OpenedBy::Activation));
        if pinned_here {
            selection.close();
        } else {
            open(OpenedBy::Activation);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        activate();
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == " " {
            ev.prevent_default();
            activate();
        }
    };
    let on_enter = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() != "mouse" || !dom::can_hover() || is_open_here() {
            return;
        }
        cancel_hover();
        let handle = set_timeout_with_handle(move || open(OpenedBy::Hover), HOVER_DELAY).ok();
        pending.set_value(handle);
    };

    let kind = match target {
        Target::Actor(_) => "mention mention--actor",
        Target::Place(_) => "mention mention--place",
        Target::Term(_) => "mention mention--term",
    };
    view! {
        <a
            // Before the app runs (or with scripts off) the name opens its prerendered card sheet.
            href=format!("#{}", crate::components::card::sheet_id(target))
            role="button"
            class=kind
            id=id
            data-target=ARTICLE.target_id(target)
            aria-haspopup="dialog"
            aria-expanded=move || if is_open_here() { "true" } else { "false" }
            aria-controls=move || is_open_here().then_some(crate::components::card::CARD_ID)
            class:is-lit=is_lit
            on:click=on_click
            on:keydown=on_key
            on:pointerenter=on_enter
            on:pointerleave=move |_| cancel_hover()
        >
            {mention.text}
        </a>
    }
}
