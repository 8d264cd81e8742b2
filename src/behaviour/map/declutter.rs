//! Keeps map labels from overlapping at any width and zoom. This file measures the labels and applies the answer;
//! which to hide is `explainer_core::geo::declutter`, tested natively: labels are tried in priority order (the lit
//! place first, then places by how often the article speaks of them, then borders and distances, then countries),
//! and any that would overlap one already shown, run off the map, or sit under its buttons and inset is hidden.
//! Hidden names stay in the map's text alternative and reappear when the reader zooms in.

use super::super::dom;
use explainer_core::geo::declutter::{by_priority, hides, Rect};
use explainer_core::page::{attr, class, selector, state_class};
use web_sys::{DomRect, Element};

fn rect(r: &DomRect) -> Rect {
    Rect { left: r.left(), top: r.top(), right: r.right(), bottom: r.bottom() }
}

pub fn declutter(map_id: &str) {
    let Some(map) = dom::element(map_id) else { return };
    let mut labels: Vec<(i32, Element)> = dom::all_in(&map, selector::MAP_LABEL)
        .into_iter()
        .map(|el| {
            // The lit place's name comes first.
            let lit = el.closest(state_class::IN_LIT).ok().flatten().is_some();
            let priority = el.get_attribute(attr::PRIORITY).and_then(|p| p.parse().ok()).unwrap_or(99);
            (if lit { -1 } else { priority }, el)
        })
        .collect();
    by_priority(&mut labels);
    let Some(frame) = map.query_selector("svg").ok().flatten().map(|s| rect(&s.get_bounding_client_rect())) else {
        return;
    };
    // The buttons, the inset and the scale bar sit over the map: labels under them count as overlapping.
    let mut shown: Vec<Rect> = [class::MAP_CONTROLS, class::MAP_INSET, class::MAP_SCALE]
        .iter()
        .filter_map(|class| map.get_elements_by_class_name(class).item(0))
        .map(|el| rect(&el.get_bounding_client_rect()))
        .filter(|r| r.overlaps(&frame))
        .collect();
    // Read every box first, then write every class: hidden labels keep their boxes (`visibility: hidden`), so no
    // class needs removing before measuring, and the browser lays out once instead of once per label.
    let boxes: Vec<(Rect, Option<Rect>)> = labels
        .iter()
        .map(|(_, el)| {
            let hit = el
                .parent_element()
                .and_then(|feature| feature.query_selector(selector::MAP_COUNTRY_NAME_HIT).ok().flatten())
                .map(|h| rect(&h.get_bounding_client_rect()));
            (rect(&el.get_bounding_client_rect()), hit)
        })
        .collect();
    for ((_, el), (text, hit)) in labels.iter().zip(boxes) {
        let hide = hides(&text, hit.as_ref(), &frame, &shown);
        if !hide && text.is_drawn() {
            shown.push(text);
        }
        let _ = el.class_list().toggle_with_force(state_class::HIDDEN, hide);
    }
}
