//! Sentences lit up: by a quote link ("Go to the sentence"), a place's card, or read-aloud. A quote link is a plain
//! `#sentence` anchor, so it works before the app and with scripts off; here it also lights the sentence and keeps
//! the URL as it is.

use super::dom;
use super::state::State;
use leptos::prelude::*;

pub fn follow(state: State) {
    Effect::new(move |lit: Option<Vec<String>>| {
        let now = state.highlighted.get();
        for id in lit.iter().flatten().filter(|id| !now.contains(id)) {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, "is-highlighted", false);
            }
        }
        for id in &now {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, "is-highlighted", true);
            }
        }
        now
    });
    let on_click = window_event_listener(leptos::ev::click, move |ev| {
        let Some(link) = dom::closest(ev.target(), ".sentence-link[data-sentence]") else { return };
        let Some(id) = link.get_attribute("data-sentence") else { return };
        ev.prevent_default();
        state.show_sentences(vec![id]);
    });
    std::mem::forget(on_click);
}
