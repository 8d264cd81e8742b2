//! The embed bridge: when the explainer runs inside an iframe, it tells the host page its height, so the frame
//! takes exactly the height of its content, growing and shrinking as panels and cards open and close.
//!
//! - It measures the app's root with a `ResizeObserver` (not `body.offsetHeight`, which margins and
//!   `height: 100%` rules get wrong), plus the open card, which is positioned outside the normal flow.
//! - It sends only when the height changes: a Pym.js `height` message when the URL carries Pym's `childId`, and
//!   `{"explainer-height": px}` for `public/embed-parent.js`.
//! - Messages from other windows are checked whole (see `explainer_core::embed_protocol`); only a Pym `width`
//!   message from the parent, for this frame's id, is answered, with the height. Nothing received can navigate
//!   the page or insert markup.

use super::dom::{self, document, window};
use super::state;
use explainer_core::embed_protocol::{child_id_from_query, parse_pym_width, pym_height, HEIGHT_KEY};
use explainer_core::page::id;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Is this page inside a frame?
fn is_framed() -> bool {
    let w = window();
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

fn content_height() -> u32 {
    let doc = document();
    let (_, scroll_y) = super::dom::scroll_offset();
    let bottom_of = |id: &str| doc.get_element_by_id(id).map(|el| el.get_bounding_client_rect().bottom() + scroll_y);
    let app = bottom_of(id::APP).unwrap_or(0.0);
    let card = bottom_of(id::CARD).map(|b| b + 8.0).unwrap_or(0.0);
    app.max(card).ceil() as u32
}

/// Tells the parent window the page's height, as Pym.js's message and as ours.
struct Reporter {
    parent: web_sys::Window,
    /// Pym.js's id for this frame, from the query string, when a Pym.js parent made it.
    child_id: Option<String>,
    last: Cell<u32>,
}

impl Reporter {
    /// After a change that may have moved the bottom of the page: only if the height is new.
    fn report_change(&self) {
        let height = content_height();
        if height != self.last.get() {
            self.report(height);
        }
    }

    /// When the parent asks, and once at the start: whatever the height.
    fn report_now(&self) {
        self.report(content_height());
    }

    fn report(&self, height: u32) {
        if height == 0 {
            return;
        }
        self.last.set(height);
        if let Some(id) = &self.child_id {
            let _ = self.parent.post_message(&JsValue::from_str(&pym_height(id, height)), "*");
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(HEIGHT_KEY), &JsValue::from_f64(height as f64));
        let _ = self.parent.post_message(&message, "*");
    }
}

pub fn start() {
    if !is_framed() {
        return;
    }
    let Ok(Some(parent)) = window().parent() else { return };
    let child_id = child_id_from_query(&window().location().search().unwrap_or_default());
    let reporter = Rc::new(Reporter { parent, child_id, last: Cell::new(0) });
    report_resizes(&reporter);
    report_card_changes(&reporter);
    answer_pym(&reporter);
    reporter.report_now();
}

/// Every change of the app's size.
fn report_resizes(reporter: &Rc<Reporter>) {
    let Some(root) = super::dom::element(id::APP) else { return };
    let on_resize = {
        let reporter = reporter.clone();
        Closure::<dyn FnMut()>::new(move || reporter.report_change())
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    on_resize.forget(); // lives as long as the page
}

/// A card opening or closing can change the height without resizing the app (it is positioned absolutely).
fn report_card_changes(reporter: &Rc<Reporter>) {
    let reporter = reporter.clone();
    state::show(move |before, after| {
        if before.card != after.card {
            let reporter = reporter.clone();
            dom::before_next_frame(move || reporter.report_change());
        }
    });
}

/// A Pym parent asks with a `width` message; answer with the height. Everything else, and anything from another
/// window, is ignored.
fn answer_pym(reporter: &Rc<Reporter>) {
    let on_message = {
        let reporter = reporter.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &reporter.parent));
            let (Some(id), Some(text)) = (&reporter.child_id, ev.data().as_string()) else { return };
            if from_parent && parse_pym_width(&text, id).is_some() {
                reporter.report_now();
            }
        })
    };
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
