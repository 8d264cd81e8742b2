//! Questions about the prerendered card sheets (`#card-<id>`), which say what each card is about and what it
//! lights: read-only, asked by the card dialog, the map and the URL. A leaf: it knows the page, not the state.

use super::dom;
use explainer_core::page::{self, attr};
use web_sys::Element;

fn sheet(target: &str) -> Option<Element> {
    dom::element(&page::sheet_id(target))
}

/// Is there a card about this id? Only ids the page has a card for can be opened.
pub fn exists(target: &str) -> bool {
    sheet(target).is_some()
}

/// What kind of thing a card is about: `actor`, `place` or `term`.
pub fn kind(target: &str) -> Option<String> {
    sheet(target)?.get_attribute(attr::KIND)
}

/// The sentences the article says something about a place in (its sheet's `data-sentences`).
pub fn sentences_of(target: &str) -> Vec<String> {
    sheet(target).map(|s| dom::words(&s, attr::SENTENCES)).unwrap_or_default()
}

/// The places an actor's card shows on the map (its sheet's `data-places`).
pub fn places_of(target: &str) -> Vec<String> {
    sheet(target).map(|s| dom::words(&s, attr::PLACES)).unwrap_or_default()
}

/// The target's names in the text, in reading order.
pub fn mentions_of(target: &str) -> Vec<Element> {
    dom::all(&page::mentions_of(target))
}

/// The part of the sheet the card dialog adopts while it is open.
pub fn content_of(target: &str) -> Option<Element> {
    dom::element(&page::sheet_content_id(target))
}

/// Puts a card's content back in its sheet, so the sheet is whole again for the next time.
pub fn give_back(target: &str) {
    if let (Some(content), Some(sheet)) = (content_of(target), sheet(target)) {
        let _ = sheet.append_child(&content);
    }
}
