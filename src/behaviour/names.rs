//! Names as controls: a name in the text (`.mention`) or in the claims panel (`.actor-chip`) opens its card on
//! click, tap, Enter or Space, and a name in the text also when the mouse rests on it for 150 ms.
//!
//! Each name is a link to its card's sheet (`href="#card-<id>"`), so it works before the wasm arrives and with
//! scripts off. Once this runs, a click opens the card beside the name instead of following the link.

use super::dom;
use super::state::{OpenedBy, State};
use leptos::prelude::*;
use std::time::Duration;
use web_sys::Element;

/// How long the mouse must rest on a name before its card opens (Wikipedia's Page Previews use 150 ms).
const HOVER_DELAY: Duration = Duration::from_millis(150);
const NAME: &str = ".mention, .actor-chip";

pub fn listen(state: State) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_hover = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };

    let activate = move |name: &Element| {
        cancel_hover();
        let Some(target) = name.get_attribute("data-target") else { return };
        let id = name.id();
        let pinned_here = state
            .card
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.anchor == id && c.opened_by == OpenedBy::Activation));
        if pinned_here {
            state.close();
        } else {
            state.open(&target, &id, OpenedBy::Activation);
        }
    };

    let on_click = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(name) = dom::closest(ev.target(), NAME) {
            ev.prevent_default();
            activate(&name);
        }
    });
    // A link answers Enter by itself (as a click); Space is a button's key, which these names are announced as.
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == " " {
            if let Some(name) = dom::closest(ev.target(), NAME) {
                ev.prevent_default();
                activate(&name);
            }
        }
    });
    let on_over = window_event_listener(leptos::ev::pointerover, move |ev| {
        let Some(name) = dom::closest(ev.target(), ".mention") else { return };
        if ev.pointer_type() != "mouse" || !dom::can_hover() || entered_from_inside(&name, &ev) {
            return;
        }
        let id = name.id();
        if state.card.with_untracked(|c| c.as_ref().is_some_and(|c| c.anchor == id)) {
            return;
        }
        let Some(target) = name.get_attribute("data-target") else { return };
        cancel_hover();
        let handle =
            set_timeout_with_handle(move || state.open(&target, &id, OpenedBy::Hover), HOVER_DELAY).ok();
        pending.set_value(handle);
    });
    let on_out = window_event_listener(leptos::ev::pointerout, move |ev| {
        if let Some(name) = dom::closest(ev.target(), ".mention") {
            if !entered_from_inside(&name, &ev) {
                cancel_hover();
            }
        }
    });
    std::mem::forget((on_click, on_key, on_over, on_out));
}

/// `pointerover` and `pointerout` bubble from the name's children too: only crossing the name's edge counts.
fn entered_from_inside(name: &Element, ev: &web_sys::PointerEvent) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|other| name.contains(Some(&other)))
}
