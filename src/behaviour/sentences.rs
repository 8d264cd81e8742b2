//! Sentences lit up: by a quote link ("Go to the sentence"), a place's card, or read-aloud. A quote link is a plain
//! `#sentence` anchor, so it works before the app and with scripts off; here it also lights the sentence and keeps
//! the URL as it is.

use super::dom;
use super::state;

pub fn start() {
    state::show(|before, after| {
        if before.highlighted == after.highlighted {
            return;
        }
        for id in before.highlighted.iter().filter(|id| !after.highlighted.contains(id)) {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, "is-highlighted", false);
            }
        }
        for id in &after.highlighted {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, "is-highlighted", true);
            }
        }
    });
}

/// A quote's link lights its sentence up and brings it into view, without leaving its id in the address.
pub fn on_click(ev: &web_sys::MouseEvent) {
    let Some(link) = dom::closest(ev.target(), ".sentence-link[data-sentence]") else { return };
    // An embedded part does not hold the article: there the link opens the whole explainer, as written.
    let Some(id) = link.get_attribute("data-sentence").filter(|id| dom::element(id).is_some()) else { return };
    ev.prevent_default();
    state::show_sentences(vec![id]);
}
