//! Keeps the URL fragment in step with what is open (claims, card, map place), so a link opens the same view.
//! `history.replaceState` updates the fragment without scrolling or piling up history entries.

use super::state::{self, OpenedBy, State};
use super::{claims, dom, map, sheets};
use explainer_core::deep_link::{self, DeepLink};
use explainer_core::page::class;

pub fn start() {
    // Afterwards: write every change back, once the change is on screen. `replaceState` is slow enough (about 7 ms
    // at 4x CPU) to delay the frame that paints a card, and nothing on screen depends on it.
    state::show(|before, after| {
        // What the link says: a card the mouse opened is not in it, so its coming and going (the card's warm-up
        // is one) leaves alone a fragment the reader set, such as a source link's.
        let said = |s: &State| (s.card_opened_on_purpose().cloned(), s.map_place.clone(), s.claims_changed);
        if said(before) == said(after) {
            return;
        }
        // Even reading which claims are open waits: it queries the page, in the task that paints a card.
        let after = after.clone();
        dom::after_next_paint(move || write_fragment(&deep_link::format(&describe(&after))));
    });

    // A link pasted into the same tab.
    dom::on_window("hashchange", |_: web_sys::Event| apply(&current_fragment()));

    // At the start: open what the link asks for, and tidy the address (a fragment that names nothing goes).
    apply(&current_fragment());
    let fragment = deep_link::format(&describe(&state::now()));
    dom::after_next_paint(move || write_fragment(&fragment));
}

fn current_fragment() -> String {
    dom::window().location().hash().unwrap_or_default()
}

/// Applies a fragment; ids that name nothing in the page are ignored. A card opens exactly as a click would open
/// it: `card=` at the first mention of its subject, `place=` at the place's feature on the map, each brought into
/// view first so the card can be placed beside it.
fn apply(fragment: &str) {
    // A name tapped before the app ran linked to its card's sheet: open the card at that name instead (boot.js
    // noted which), or at the first mention. The fragment is then rewritten as `card=<id>`.
    if let Some(target) = deep_link::sheet(fragment).filter(|t| sheets::exists(t)) {
        let opener = dom::sheet_opener();
        let mentions = sheets::mentions_of(target);
        match mentions.iter().find(|m| Some(m.id()) == opener) {
            Some(name) => open_at(target, &name.id()),
            None => open_at_first_mention(target),
        }
        return;
    }
    let link = deep_link::parse(fragment);
    if let Some(ids) = &link.claims {
        claims::set_open(ids);
    }
    let place = link.place.filter(|p| sheets::kind(p).as_deref() == Some("place"));
    if let Some(p) = &place {
        let p = p.clone();
        state::update(move |s| s.map_place = Some(p));
    }
    if let Some(target) = link.card.filter(|t| sheets::exists(t)) {
        open_at_first_mention(&target);
    } else if let Some(p) = place {
        match map::feature_of(&p) {
            Some(feature) => {
                dom::jump_to(&feature);
                map::open_place_from_map(&p, &feature);
            }
            None => open_at_first_mention(&p),
        }
    }
}

fn open_at_first_mention(target: &str) {
    if let Some(first) = sheets::mentions_of(target).first() {
        open_at(target, &first.id());
    }
}

fn open_at(target: &str, anchor: &str) {
    dom::jump_to(anchor);
    state::open(target, anchor, OpenedBy::Activation);
}

/// The deep link for the current state (`State::deep_link`), asked of the page.
fn describe(state: &State) -> DeepLink {
    state.deep_link(claims::open_ids(), &claims::default_ids(), at_a_name_in_the_text)
}

fn at_a_name_in_the_text(anchor: &str) -> bool {
    dom::element(anchor).is_some_and(|el| el.class_list().contains(class::MENTION))
}

fn write_fragment(fragment: &str) {
    let location = dom::window().location();
    if location.hash().unwrap_or_default().trim_start_matches('#') == fragment {
        return;
    }
    let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let url = if fragment.is_empty() { path } else { format!("{path}#{fragment}") };
    if let Ok(history) = dom::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
