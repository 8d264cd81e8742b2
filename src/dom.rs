//! The few browser calls the app makes, in one place. Every one tolerates a missing element or API: the reader
//! never sees a panic, at worst a highlight that does not move. Call these only from effects and event handlers,
//! never while rendering, so the same views can render to HTML at build time.

use leptos::prelude::{document, window};
use leptos::wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

pub fn element(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id)?.dyn_into::<HtmlElement>().ok()
}

/// Any element by id, HTML or SVG (map features are SVG groups).
pub fn any_element(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

/// Moves focus to an HTML or SVG element, without scrolling: callers focus things that are already in view.
pub fn focus(id: &str) {
    let Some(el) = any_element(id) else { return };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.focus_with_options(&options);
    } else if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus_with_options(&options);
    }
}

/// The name a reader tapped before the app ran (`public/boot.js` notes it), or else the element with focus.
pub fn sheet_opener() -> Option<String> {
    let root = document().document_element()?;
    let noted = root.get_attribute("data-sheet-from").filter(|id| !id.is_empty());
    noted.or_else(|| Some(document().active_element()?.id()).filter(|id| !id.is_empty()))
}

/// The id of the first element matching a CSS selector, if it has one.
pub fn first_id_matching(selector: &str) -> Option<String> {
    let id = document().query_selector(selector).ok().flatten()?.id();
    (!id.is_empty()).then_some(id)
}

pub fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().map(|m| m.matches()).unwrap_or(false)
}

/// Resting the pointer opens cards only where hovering is real: a mouse or trackpad, not a finger.
pub fn can_hover() -> bool {
    media_matches("(hover: hover) and (pointer: fine)")
}

pub fn reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Brings an element to the middle of the viewport, smoothly unless the reader asked for less motion.
pub fn scroll_to(id: &str) {
    centre(id, if reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
}

/// Brings an element to the middle of the viewport at once, for a caller that needs its final position now (to
/// place a card next to it).
pub fn jump_to(id: &str) {
    centre(id, ScrollBehavior::Instant);
}

fn centre(id: &str, behavior: ScrollBehavior) {
    // Any element, SVG included: a deep link to a place scrolls to its feature on the map.
    if let Some(el) = any_element(id) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        options.set_behavior(behavior);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Sets a CSS property through the CSSOM, which a strict `style-src 'self'` policy allows (an inline `style`
/// attribute it would block).
pub fn set_style(el: &HtmlElement, property: &str, value: &str) {
    let _ = el.style().set_property(property, value);
}

/// The visible area that a card may use, without scrollbars. `innerWidth` would include a classic scrollbar (Firefox
/// and desktop browsers draw one that takes room), and a card placed against it pushes the page wider than the screen.
pub fn viewport() -> (f64, f64) {
    match document().document_element() {
        Some(root) => (f64::from(root.client_width()), f64::from(root.client_height())),
        None => (0.0, 0.0),
    }
}

pub fn scroll_offset() -> (f64, f64) {
    let w = window();
    (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
}

/// Runs `f` after the next frame is painted: for work the reader does not see, kept off the path of a tap's paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}
