//! Keeps the URL fragment in step with what is open (claims, card, map place), so a link opens the same view.
//! Reading and writing the location happens in effects only; `history.replaceState` updates the fragment without
//! scrolling or piling up history entries.

use crate::components::map::feature::{map_anchor_id, open_place_from_map};
use crate::components::map::show_on_map::MAP_ID;
use crate::content::ARTICLE;
use crate::dom;
use crate::state::{default_open_claims, OpenCard, OpenedBy, Selection};
use explainer_core::content::{Idx, Target};
use explainer_core::deep_link::{self, DeepLink};
use leptos::prelude::*;

pub fn sync_with_url(selection: Selection) {
    let applied = StoredValue::new(false);

    // Once, after the first render: open what the link asks for.
    Effect::new(move |_| {
        if !applied.get_value() {
            apply(selection, &current_fragment());
            applied.set_value(true);
        }
    });

    // A link pasted into the same tab.
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| apply(selection, &current_fragment()));
    on_cleanup(move || on_hash.remove());

    // Afterwards: write every change back, once the change is on screen. `replaceState` is slow enough (about 7 ms
    // at 4x CPU) to delay the frame that paints a card, and nothing on screen depends on it.
    Effect::new(move |_| {
        let fragment = deep_link::format(&describe(selection));
        if applied.get_value() {
            dom::after_next_paint(move || write_fragment(&fragment));
        }
    });
}

fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Applies a fragment; ids that name nothing in the content are ignored. A card opens exactly as a click would
/// open it: `card=` at the first mention of its subject, `place=` at the place's feature on the map, each brought
/// into view first so the card can be placed beside it.
fn apply(selection: Selection, fragment: &str) {
    // A name tapped before the app ran linked to its card's sheet: open the app's card at that name instead (boot.js
    // noted which), or at the first mention. The fragment is then rewritten as `card=<id>`.
    if let Some(target) = deep_link::sheet(fragment).and_then(|id| ARTICLE.target_by_id(id)) {
        let focused = dom::sheet_opener().and_then(|id| {
            ARTICLE.mentions_of(target).iter().copied().find(|&m| ARTICLE.mentions[m as usize].id == id)
        });
        match focused {
            Some(m) => open_at_mention(selection, target, m),
            None => open_at_first_mention(selection, target),
        }
        return;
    }
    let link = deep_link::parse(fragment);
    if let Some(ids) = &link.claims {
        let mut open: Vec<Idx> = ids.iter().filter_map(|id| ARTICLE.claim_by_id(id)).collect();
        open.sort_unstable();
        open.dedup();
        selection.open_claims.set(open);
        selection.claims_panel_open.set(true);
    }
    let place = link.place.as_deref().and_then(|id| match ARTICLE.target_by_id(id) {
        Some(Target::Place(p)) => Some(p),
        _ => None,
    });
    if let Some(p) = place {
        selection.map_place.set(Some(p));
    }
    let card = link.card.as_deref().and_then(|id| ARTICLE.target_by_id(id));
    if let Some(target) = card {
        open_at_first_mention(selection, target);
    } else if let Some(p) = place {
        // The place's own marker or border line if the map draws one, else whatever shows it (a country's name).
        let id = ARTICLE.places[p as usize].id;
        let feature = Some(map_anchor_id(id))
            .filter(|own| dom::any_element(own).is_some())
            .or_else(|| dom::first_id_matching(&format!("#{MAP_ID} [data-place=\"{id}\"]")));
        match feature {
            Some(feature) => {
                dom::jump_to(&feature);
                open_place_from_map(selection, p, feature);
            }
            None => open_at_first_mention(selection, Target::Place(p)),
        }
    }
}

fn open_at_first_mention(selection: Selection, target: Target) {
    if let Some(&m) = ARTICLE.mentions_of(target).first() {
        open_at_mention(selection, target, m);
    }
}

fn open_at_mention(selection: Selection, target: Target, m: Idx) {
    let anchor = ARTICLE.mentions[m as usize].id;
    dom::jump_to(anchor);
    selection.open(OpenCard { target, anchor: anchor.to_string(), mention: Some(m), opened_by: OpenedBy::Activation });
}

/// The deep link for the current state; defaults are left out so a fresh page keeps a clean URL.
fn describe(selection: Selection) -> DeepLink {
    let open = selection.open_claims.get();
    let claims = (open != default_open_claims())
        .then(|| open.iter().map(|&c| ARTICLE.claims[c as usize].id.to_string()).collect());
    let map_place = selection.map_place.get();
    // A place's card opened on the map is said by `place=` alone, which reopens it there; `card=` reopens a card
    // at the first mention in the text.
    let card = selection.card.with(|c| {
        c.as_ref()
            .filter(|c| c.opened_by == OpenedBy::Activation)
            .filter(|c| !(c.mention.is_none() && map_place.is_some_and(|p| c.target == Target::Place(p))))
            .map(|c| ARTICLE.target_id(c.target).to_string())
    });
    let place = map_place.map(|p| ARTICLE.target_id(Target::Place(p)).to_string());
    DeepLink { claims, card, place }
}

fn write_fragment(fragment: &str) {
    let location = window().location();
    if location.hash().unwrap_or_default().trim_start_matches('#') == fragment {
        return;
    }
    let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let url = if fragment.is_empty() { path } else { format!("{path}#{fragment}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
