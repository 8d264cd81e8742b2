//! Names as controls: a name in the text (`.mention`) or in the claims panel (`.actor-chip`) opens its card on
//! click, tap, Enter or Space, and a name in the text also when the mouse rests on it, unless the reader has turned
//! cards on hover off (`reading_tools`).
//!
//! Each name is a link to its card's sheet (`href="#card-<id>"`), so it works before the wasm arrives and with
//! scripts off. Once this runs, a click opens the card beside the name instead of following the link.
//!
//! A card opened by hover follows WCAG 2.2's 1.4.13 (content on hover): it stays while the pointer is on its name
//! or on the card, however long; Esc closes it without moving the pointer (`card::on_key`); it closes only once the
//! pointer has left both, after a grace that also carries the pointer across the gap between name and card.

use super::{dom, state};
use explainer_core::page::{attr, id, selector};
use explainer_core::reading_state::OpenedBy;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent, PointerEvent};

/// How long the mouse must rest on a name before its card opens: long enough that a pointer passing over the text
/// opens nothing (Wikipedia's Page Previews wait about 500 ms; the GOV.UK and WCAG examples 300–500 ms).
const HOVER_DELAY_MS: i32 = 400;
/// How long a card opened by hover stays after the pointer leaves its name and the card (Wikipedia: 300 ms).
const LEAVE_GRACE_MS: i32 = 300;

thread_local! {
    /// The card a resting mouse is about to open.
    static OPENING: Cell<Option<i32>> = const { Cell::new(None) };
    /// The hover card about to close, the pointer having left it.
    static CLOSING: Cell<Option<i32>> = const { Cell::new(None) };
}

fn cancel(timer: &'static std::thread::LocalKey<Cell<Option<i32>>>) {
    if let Some(handle) = timer.take() {
        dom::cancel_timer(handle);
    }
}

fn activate(name: &Element) {
    cancel(&OPENING);
    cancel(&CLOSING);
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

/// Resting the mouse on a name, and leaving it and its card.
pub fn start() {
    dom::on_window("pointerover", |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" || !dom::can_hover() {
            return;
        }
        let Some(area) = crossed_edge(&ev) else { return };
        let open = state::now().card;
        // Back on the open card or on its name: it stays, and nothing new opens.
        if area.id() == id::CARD || open.as_ref().is_some_and(|c| c.anchor == area.id()) {
            cancel(&CLOSING);
            return;
        }
        let Some(target) = area.get_attribute(attr::TARGET).filter(|_| state::now().hover_cards) else { return };
        let anchor = area.id();
        cancel(&OPENING);
        OPENING.set(dom::after(HOVER_DELAY_MS, move || {
            OPENING.set(None);
            state::open(&target, &anchor, OpenedBy::Hover);
        }));
    });
    dom::on_window("pointerout", |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" {
            return;
        }
        let Some(area) = crossed_edge(&ev) else { return };
        if area.id() != id::CARD {
            cancel(&OPENING);
        }
        let Some(open) = state::now().card.filter(|c| c.opened_by == OpenedBy::Hover) else { return };
        if area.id() == id::CARD || area.id() == open.anchor {
            cancel(&CLOSING);
            CLOSING.set(dom::after(LEAVE_GRACE_MS, move || {
                CLOSING.set(None);
                // Only the card that was left, and only if nothing has made it the reader's since (a click on it).
                if state::now().card.as_ref() == Some(&open) {
                    state::close();
                }
            }));
        }
    });
}

/// The name in the text or the open card whose edge the pointer has just crossed, in or out, if any.
/// `pointerover` and `pointerout` bubble from an element's children too, and name the element on the other side as
/// `relatedTarget`: moving between the children of one name is no crossing.
fn crossed_edge(ev: &PointerEvent) -> Option<Element> {
    let element = ev.target()?.dyn_into::<Element>().ok()?;
    let area = element
        .closest(&format!("#{}", id::CARD))
        .ok()
        .flatten()
        .or_else(|| element.closest(selector::MENTION).ok().flatten())?;
    let other = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    (!other.is_some_and(|other| area.contains(Some(&other)))).then_some(area)
}
