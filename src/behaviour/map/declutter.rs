//! Keeps map labels from overlapping at any width and zoom: labels are tried in priority order (the lit place
//! first, then places by how often the article speaks of them, then borders and distances, then countries) and any label that would overlap one already shown is hidden.
//! Labels running off the map, or under its buttons and inset, are hidden too. Hidden names stay in the map's text
//! alternative and reappear when the reader zooms in.

use super::super::dom::document;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element};

fn overlaps(a: &DomRect, b: &DomRect) -> bool {
    a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom()
}

pub fn declutter(map_id: &str) {
    let Some(map) = document().get_element_by_id(map_id) else { return };
    let Ok(nodes) = map.query_selector_all(".map-label") else { return };
    let mut labels: Vec<(i32, Element)> = (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .map(|el| {
            let lit = el.closest(".is-lit").ok().flatten().is_some();
            let priority = el.get_attribute("data-priority").and_then(|p| p.parse().ok()).unwrap_or(99);
            (if lit { -1 } else { priority }, el)
        })
        .collect();
    sort_by_priority(&mut labels);
    let Some(frame) = map.query_selector("svg").ok().flatten().map(|s| s.get_bounding_client_rect()) else { return };
    // The buttons and the inset sit over the map: labels under them count as overlapping.
    let mut shown: Vec<DomRect> = ["map__controls", "map-inset"]
        .iter()
        .filter_map(|class| map.get_elements_by_class_name(class).item(0))
        .map(|el| el.get_bounding_client_rect())
        .filter(|r| overlaps(r, &frame))
        .collect();
    // Read every box first, then write every class: hidden labels keep their boxes (`visibility: hidden`), so no
    // class needs removing before measuring, and the browser lays out once instead of once per label.
    let boxes: Vec<DomRect> = labels.iter().map(|(_, el)| el.get_bounding_client_rect()).collect();
    // A name with a finger-sized hit box (country names) must have all of that box on the map, or a tap near the
    // map's edge would land beside it.
    let hit_boxes: Vec<Option<DomRect>> = labels
        .iter()
        .map(|(_, el)| {
            let feature = el.parent_element()?;
            Some(feature.query_selector(".map-country-name__hit").ok()??.get_bounding_client_rect())
        })
        .collect();
    for (((_, el), r), hit) in labels.iter().zip(boxes).zip(hit_boxes) {
        let outer = hit.as_ref().unwrap_or(&r);
        let inside = r.left() >= frame.left()
            && r.right() <= frame.right()
            && outer.top() >= frame.top()
            && outer.bottom() <= frame.bottom()
            && outer.left() >= frame.left()
            && outer.right() <= frame.right();
        let hide = r.width() > 0.0 && (!inside || shown.iter().any(|s| overlaps(s, &r)));
        if r.width() > 0.0 && !hide {
            shown.push(r);
        }
        let _ = el.class_list().toggle_with_force("is-hidden", hide);
    }
}

/// A stable insertion sort: a map has a few dozen labels, and the standard library's sorts would each add a few
/// kilobytes of code to the wasm. Ties keep the page's order.
fn sort_by_priority(labels: &mut [(i32, Element)]) {
    for i in 1..labels.len() {
        let mut j = i;
        while j > 0 && labels[j - 1].0 > labels[j].0 {
            labels.swap(j - 1, j);
            j -= 1;
        }
    }
}
