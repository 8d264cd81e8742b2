//! Names as controls: a name in the text (`.mention`) or in the claims panel (`.actor-chip`) opens its card on
//! click, tap, Enter or Space, and a name in the text also when the mouse rests on it for 150 ms.
//!
//! Each name is a link to its card's sheet (`href="#card-<id>"`), so it works before the wasm arrives and with
//! scripts off. Once this runs, a click opens the card beside the name instead of following the link.

use super::{dom, state};
use explainer_core::page::{attr, selector};
use explainer_core::reading_state::OpenedBy;
use std::cell::Cell;
use web_sys::{Element, KeyboardEvent, MouseEvent, PointerEvent};

/// How long the mouse must rest on a name before its card opens (Wikipedia's Page Previews use 150 ms).
const HOVER_DELAY_MS: i32 = 150;

thread_local! {
    /// The card a resting mouse is about to open.
    static PENDING: Cell<Option<i32>> = const { Cell::new(None) };
}

fn cancel_hover() {
    if let Some(handle) = PENDING.take() {
        dom::cancel_timer(handle);
    }
}

fn activate(name: &Element) {
    cancel_hover();
    let Some(target) = name.get_attribute(attr::TARGET) else { return };
    let card = state::now().card_after_activating(&target, &name.id());
    state::update(move |s| s.card = card);
}

/// A click or tap on a name opens its card beside it, instead of following the link to its sheet.
pub fn on_click(ev: &MouseEvent) {
    if let Some(name) = dom::closest(ev.target(), selector::NAME) {
        ev.prevent_default();
        activate(&name);
    }
}

/// A link answers Enter by itself (as a click); Space is a button's key, which these names are announced as.
pub fn on_key(ev: &KeyboardEvent) {
    if ev.key() == " " {
        if let Some(name) = dom::closest(ev.target(), selector::NAME) {
            ev.prevent_default();
            activate(&name);
        }
    }
}

/// Resting the mouse on a name.
pub fn start() {
    dom::on_window("pointerover", |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" {
            return;
        }
        let Some(name) = dom::closest(ev.target(), selector::MENTION) else { return };
        if !dom::can_hover() || entered_from_inside(&name, &ev) {
            return;
        }
        let id = name.id();
        if state::now().card.is_some_and(|c| c.anchor == id) {
            return;
        }
        let Some(target) = name.get_attribute(attr::TARGET) else { return };
        cancel_hover();
        PENDING.set(dom::after(HOVER_DELAY_MS, move || {
            PENDING.set(None);
            state::open(&target, &id, OpenedBy::Hover);
        }));
    });
    dom::on_window("pointerout", |ev: PointerEvent| {
        if let Some(name) = dom::closest(ev.target(), selector::MENTION) {
            if !entered_from_inside(&name, &ev) {
                cancel_hover();
            }
        }
    });
}

/// `pointerover` and `pointerout` bubble from the name's children too: only crossing the name's edge counts.
fn entered_from_inside(name: &Element, ev: &PointerEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|other| name.contains(Some(&other)))
}
