//! The claims panel's controls. Each claim is a `<details>` and opens and closes by itself, before the app too;
//! this adds folding the whole panel away, "Expand all" and "Collapse all", and tells the URL which are open.

use super::{dom, state};
use explainer_core::page::{attr, id, selector, CLAIM_PREFIX};
use wasm_bindgen::JsCast;
use web_sys::HtmlDetailsElement;

const CLAIM: &str = selector::CLAIM;

fn claims() -> Vec<HtmlDetailsElement> {
    dom::all(CLAIM).into_iter().filter_map(|el| el.dyn_into::<HtmlDetailsElement>().ok()).collect()
}

/// A claim's id: its `<details>` is `#claim-<id>`.
fn claim_id(details: &HtmlDetailsElement) -> String {
    let id = details.id();
    id.strip_prefix(CLAIM_PREFIX).unwrap_or(&id).to_string()
}

/// The open claims' ids, in the panel's order.
pub fn open_ids() -> Vec<String> {
    claims().iter().filter(|d| d.open()).map(claim_id).collect()
}

/// The claims the page opens at first (the content marks them).
pub fn default_ids() -> Vec<String> {
    claims().iter().filter(|d| d.has_attribute(attr::DEFAULT_OPEN)).map(claim_id).collect()
}

/// Opens exactly these claims; ids that name no claim are ignored.
pub fn set_open(ids: &[String]) {
    for details in claims() {
        details.set_open(ids.contains(&claim_id(&details)));
    }
    update(true);
}

/// Tells the state that claims opened or closed, and whether the panel is open.
fn update(panel_open: bool) {
    state::update(move |s| {
        s.claims_changed += 1;
        s.claims_panel_open = panel_open;
    });
}

pub fn start() {
    let Some(panel) = dom::element(id::CLAIMS_CONTENT) else { return };
    state::show(move |before, after| {
        if before.claims_panel_open == after.claims_panel_open {
            return;
        }
        let open = after.claims_panel_open;
        let _ = if open { panel.remove_attribute("hidden") } else { panel.set_attribute("hidden", "") };
        if let Some(fold) = dom::first(selector::CLAIMS_FOLD) {
            let _ = fold.set_attribute("aria-expanded", if open { "true" } else { "false" });
            dom::show_words(&fold, open);
        }
    });
    // `toggle` does not bubble; it fires after the change, once for each claim that changed.
    dom::listen_capturing(&dom::document(), "toggle", |ev: web_sys::Event| {
        if dom::closest(ev.target(), CLAIM).is_some() {
            update(state::now().claims_panel_open);
        }
    });
}

/// The panel's fold button, and "Expand all" and "Collapse all".
pub fn on_click(ev: &web_sys::MouseEvent) {
    let panel_open = state::now().claims_panel_open;
    if dom::closest(ev.target(), selector::CLAIMS_FOLD).is_some() {
        update(!panel_open);
    } else if let Some(button) = dom::closest(ev.target(), selector::CLAIMS_BUTTON) {
        let expand = button.get_attribute(attr::CLAIMS).as_deref() == Some("expand");
        for details in claims() {
            details.set_open(expand);
        }
        update(panel_open);
    }
}
