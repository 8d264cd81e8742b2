//! Sentences lit up: by a quote link ("Go to the sentence"), a place's card, or read-aloud. A quote link is a plain
//! `#sentence` anchor, so it works before the app and with scripts off; here it also lights the sentence and keeps
//! the URL as it is.

use super::{dom, state};
use explainer_core::page::{attr, selector, state_class};

pub fn start() {
    state::show(|before, after| {
        if before.highlighted == after.highlighted {
            return;
        }
        for id in before.highlighted.iter().filter(|id| !after.highlighted.contains(id)) {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, state_class::HIGHLIGHTED, false);
            }
        }
        for id in &after.highlighted {
            if let Some(el) = dom::element(id) {
                dom::set_class(&el, state_class::HIGHLIGHTED, true);
            }
        }
    });
}

/// A quote's link lights its sentence up and brings it into view, without leaving its id in the address.
pub fn on_click(ev: &web_sys::MouseEvent) {
    let Some(link) = dom::closest(ev.target(), selector::SENTENCE_LINK) else { return };
    // An embedded part does not hold the article: there the link opens the whole explainer, as written.
    let Some(id) = link.get_attribute(attr::SENTENCE).filter(|id| dom::element(id).is_some()) else { return };
    ev.prevent_default();
    show_sentences(vec![id]);
}

/// Lights up sentences and brings the first into view, with focus, so keyboard and screen-reader users land there
/// too. Sentences carry `tabindex="-1"`: focusable by script, not in the tab order.
pub fn show_sentences(sentences: Vec<String>) {
    if let Some(first) = sentences.first() {
        dom::scroll_to(first);
        dom::focus(first);
    }
    state::update(move |s| s.highlighted = sentences);
}
