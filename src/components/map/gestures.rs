//! Pan and zoom without the scroll trap ("cooperative gestures"): one finger and the plain wheel scroll the page;
//! two fingers pinch and pan the map; ctrl/⌘ + wheel zooms; a mouse can drag; the keyboard can do all of it.

use super::view::MapView;
use leptos::ev::{KeyboardEvent, PointerEvent, TouchEvent, WheelEvent};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::Element;

/// Where a two-finger gesture or a mouse drag started.
#[derive(Clone, Copy, Default)]
struct Gesture {
    distance: f64,
    zoom: f64,
    last: (f64, f64),
    dragging: bool,
    moved: bool,
}

#[derive(Clone, Copy)]
pub struct Gestures {
    view: MapView,
    state: StoredValue<Option<Gesture>>,
}

/// Converts a point in CSS pixels on the page to SVG units in the current view.
fn to_units(view: &MapView, svg: &Element, client: (f64, f64)) -> (f64, f64) {
    let r = svg.get_bounding_client_rect();
    let vb = view.view_box_untracked();
    (vb.x + (client.0 - r.left()) / r.width().max(1.0) * vb.w, vb.y + (client.1 - r.top()) / r.height().max(1.0) * vb.h)
}

fn svg_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest("svg").ok().flatten()
}

fn two_touches(ev: &TouchEvent) -> Option<((f64, f64), (f64, f64))> {
    let t = ev.touches();
    if t.length() != 2 {
        return None;
    }
    let (a, b) = (t.get(0)?, t.get(1)?);
    Some(((a.client_x() as f64, a.client_y() as f64), (b.client_x() as f64, b.client_y() as f64)))
}

impl Gestures {
    pub fn new(view: MapView) -> Self {
        Gestures { view, state: StoredValue::new(None) }
    }

    pub fn on_wheel(&self, ev: WheelEvent) {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return; // the page scrolls
        }
        ev.prevent_default();
        if let Some(svg) = svg_of(ev.current_target()) {
            let at = to_units(&self.view, &svg, (ev.client_x() as f64, ev.client_y() as f64));
            self.view.zoom_by((-ev.delta_y() * 0.002).exp(), Some(at));
        }
    }

    pub fn on_touch_start(&self, ev: TouchEvent) {
        let Some((a, b)) = two_touches(&ev) else {
            self.state.set_value(None);
            return;
        };
        let distance = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        let zoom = self.view.zoom.get_untracked();
        self.state.set_value(Some(Gesture { distance, zoom, last: mid, ..Default::default() }));
    }

    pub fn on_touch_move(&self, ev: TouchEvent) {
        let (Some((a, b)), Some(g)) = (two_touches(&ev), self.state.get_value()) else {
            return; // one finger: leave it to the page
        };
        ev.prevent_default();
        let Some(svg) = svg_of(ev.current_target()) else { return };
        let distance = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        // Pan by the midpoint's travel, then zoom about it.
        let before = to_units(&self.view, &svg, g.last);
        let after = to_units(&self.view, &svg, mid);
        self.view.pan_by(before.0 - after.0, before.1 - after.1);
        let target = g.zoom * distance / g.distance.max(1.0);
        let factor = target / self.view.zoom.get_untracked();
        self.view.zoom_by(factor, Some(to_units(&self.view, &svg, mid)));
        self.state.set_value(Some(Gesture { last: mid, ..g }));
    }

    pub fn on_touch_end(&self, ev: TouchEvent) {
        if ev.touches().length() < 2 {
            self.state.set_value(None);
        }
    }

    pub fn on_pointer_down(&self, ev: PointerEvent) {
        if ev.pointer_type() != "mouse" || ev.button() != 0 {
            return;
        }
        let p = (ev.client_x() as f64, ev.client_y() as f64);
        self.state.set_value(Some(Gesture { last: p, dragging: true, ..Default::default() }));
    }

    pub fn on_pointer_move(&self, ev: PointerEvent) {
        let Some(g) = self.state.get_value().filter(|g| g.dragging) else { return };
        let Some(svg) = svg_of(ev.current_target()) else { return };
        let p = (ev.client_x() as f64, ev.client_y() as f64);
        if !g.moved && (p.0 - g.last.0).abs() + (p.1 - g.last.1).abs() < 4.0 {
            return; // still a click
        }
        let before = to_units(&self.view, &svg, g.last);
        let after = to_units(&self.view, &svg, p);
        self.view.pan_by(before.0 - after.0, before.1 - after.1);
        self.state.set_value(Some(Gesture { last: p, moved: true, ..g }));
    }

    pub fn on_pointer_up(&self, _ev: PointerEvent) {
        self.state.set_value(None);
    }

    /// Arrows pan, + and − zoom, 0 resets; only while the map itself has focus, so Tab and the page keep working.
    pub fn on_key(&self, ev: KeyboardEvent) {
        let on_map = ev.target().zip(ev.current_target()).is_some_and(|(t, c)| t == c);
        if !on_map {
            return;
        }
        let vb = self.view.view_box_untracked();
        let step = (vb.w / 8.0, vb.h / 8.0);
        match ev.key().as_str() {
            "ArrowLeft" => self.view.pan_by(-step.0, 0.0),
            "ArrowRight" => self.view.pan_by(step.0, 0.0),
            "ArrowUp" => self.view.pan_by(0.0, -step.1),
            "ArrowDown" => self.view.pan_by(0.0, step.1),
            "+" | "=" => self.view.zoom_by(1.5, None),
            "-" | "_" => self.view.zoom_by(1.0 / 1.5, None),
            "0" => self.view.reset(),
            _ => return,
        }
        ev.prevent_default();
    }
}
