//! The browser calls that several parts share: finding elements, classes and attributes, listeners, focus,
//! scrolling, frames, numbers. Every one tolerates a missing element or API: the reader never sees a panic, at
//! worst a highlight that does not move. A call only one part makes (the card's template, the map's viewBox, the
//! embed's messages) stays in that part, beside the code that needs it.
//!
//! Numbers are formatted and parsed by the browser (`Number.prototype.toFixed`, `parseFloat`), not by Rust: Rust's
//! float formatting and parsing would add their code to the wasm for a handful of attributes.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{
    Document, Element, EventTarget, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Window,
};

/// The island runs only in a page, where there is always a window and a document.
pub fn window() -> Window {
    web_sys::window().expect("a window")
}

pub fn document() -> Document {
    window().document().expect("a document")
}

/// Any element by id, HTML or SVG (map features are SVG groups).
pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

pub fn html_element(id: &str) -> Option<HtmlElement> {
    element(id)?.dyn_into::<HtmlElement>().ok()
}

/// Every element matching a CSS selector, in document order.
pub fn all(selector: &str) -> Vec<Element> {
    all_in(&document(), selector)
}

pub fn all_in(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let root: &web_sys::Node = root.as_ref();
    let list = if let Some(el) = root.dyn_ref::<Element>() {
        el.query_selector_all(selector)
    } else if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.query_selector_all(selector)
    } else {
        return Vec::new();
    };
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

pub fn first(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

/// The nearest element, from an event's target up, that matches a selector.
pub fn closest(target: Option<EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// A `data-` attribute's space-separated words (ids of sentences or places).
pub fn words(el: &Element, attribute: &str) -> Vec<String> {
    el.get_attribute(attribute).map(|v| v.split_whitespace().map(String::from).collect()).unwrap_or_default()
}

/// Listens on the window, for events from anywhere in the page (delegation), for as long as the page lives.
pub fn on_window<E: JsCast + 'static>(event: &str, handler: impl FnMut(E) + 'static) {
    listen(&window(), event, handler);
}

/// Listens for as long as the page lives.
pub fn listen<E: JsCast + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    add_listener(target, event, handler, false);
}

/// The same, in the capture phase: for events that do not bubble (a `<details>` element's `toggle`).
pub fn listen_capturing<E: JsCast + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    add_listener(target, event, handler, true);
}

fn add_listener<E: JsCast + 'static>(
    target: &EventTarget,
    event: &str,
    mut handler: impl FnMut(E) + 'static,
    capture: bool,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| handler(ev.unchecked_into()));
    let _ = target.add_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), capture);
    closure.forget();
}

pub fn set_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// Moves focus to an HTML or SVG element, without scrolling: callers focus things that are already in view.
pub fn focus(id: &str) {
    let Some(el) = element(id) else { return };
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
    let noted = root.get_attribute(explainer_core::page::attr::SHEET_FROM).filter(|id| !id.is_empty());
    noted.or_else(|| Some(document().active_element()?.id()).filter(|id| !id.is_empty()))
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
    if let Some(el) = element(id) {
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

/// Runs `f` before the next frame is drawn.
pub fn before_next_frame(f: impl FnOnce() + 'static) {
    let _ = window().request_animation_frame(Closure::once_into_js(f).unchecked_ref());
}

/// Runs `f` after `ms` milliseconds; the number returned cancels it (`cancel_timer`).
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let callback = Closure::once_into_js(f);
    window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).ok()
}

pub fn cancel_timer(handle: i32) {
    window().clear_timeout_with_handle(handle);
}

/// Runs `f` after the next frame is painted: for work the reader does not see, kept off the path of a tap's paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    before_next_frame(move || {
        after(0, f);
    });
}

/// `x` with `digits` decimals, formatted by the browser.
pub fn fixed(x: f64, digits: u8) -> String {
    js_sys::Number::from(x).to_fixed(digits).map(String::from).unwrap_or_default()
}

pub fn px(x: f64) -> String {
    fixed(x, 1) + "px"
}

/// A number in an attribute, parsed by the browser; `None` if it is missing or not a number.
pub fn number(el: &Element, attribute: &str) -> Option<f64> {
    let n = js_sys::parse_float(&el.get_attribute(attribute)?);
    (!n.is_nan()).then_some(n)
}

/// A toggle button's label for its state, from the page's words (`attr::WORDS_ON` and `WORDS_OFF`): the island
/// carries none of its own.
pub fn show_words(button: &Element, on: bool) {
    let name = if on { explainer_core::page::attr::WORDS_ON } else { explainer_core::page::attr::WORDS_OFF };
    if let Some(words) = button.get_attribute(name) {
        button.set_text_content(Some(&words));
    }
}
