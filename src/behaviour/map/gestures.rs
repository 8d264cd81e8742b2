//! Pan and zoom without the scroll trap ("cooperative gestures"): one finger and the plain wheel scroll the page;
//! two fingers pinch and pan the map; ctrl/⌘ + wheel zooms; a mouse can drag; the keyboard can do all of it.

use super::super::{dom, state};
use explainer_core::geo::map_view::MapView;
use std::cell::Cell;
use web_sys::{Element, KeyboardEvent, PointerEvent, TouchEvent, WheelEvent};

/// Where a two-finger gesture or a mouse drag started.
#[derive(Clone, Copy, Default)]
struct Gesture {
    distance: f64,
    zoom: f64,
    last: (f64, f64),
    dragging: bool,
    moved: bool,
}

/// A point on screen in SVG units of the current view.
fn to_units(view: &MapView, svg: &Element, client: (f64, f64)) -> (f64, f64) {
    let r = svg.get_bounding_client_rect();
    view.to_units((r.left(), r.top(), r.width(), r.height()), client)
}

fn two_touches(ev: &TouchEvent) -> Option<((f64, f64), (f64, f64))> {
    let t = ev.touches();
    if t.length() != 2 {
        return None;
    }
    let (a, b) = (t.get(0)?, t.get(1)?);
    Some(((f64::from(a.client_x()), f64::from(a.client_y())), (f64::from(b.client_x()), f64::from(b.client_y()))))
}

fn spread(a: (f64, f64), b: (f64, f64)) -> (f64, (f64, f64)) {
    (((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt(), ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0))
}

thread_local! {
    static GESTURE: Cell<Option<Gesture>> = const { Cell::new(None) };
}

fn view() -> MapView {
    state::now().map_view
}

fn set_view(view: MapView) {
    state::update(move |s| s.map_view = view);
}

/// Every way a reader moves the map: ctrl/⌘ + wheel, two fingers, a mouse drag and the keyboard. One finger and
/// the plain wheel are left to the page, which scrolls.
pub fn listen(svg: &Element) {
    listen_wheel(svg);
    listen_pinch(svg);
    listen_drag(svg);
    listen_keys(svg);
}

fn listen_wheel(svg: &Element) {
    let el = svg.clone();
    dom::listen(svg.as_ref(), "wheel", move |ev: WheelEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return; // the page scrolls
        }
        ev.prevent_default();
        let v = view();
        let at = to_units(&v, &el, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        set_view(v.zoomed((-ev.delta_y() * 0.002).exp(), Some(at)));
    });
}

/// Two fingers pan and zoom together, about their midpoint.
fn listen_pinch(svg: &Element) {
    let target: &web_sys::EventTarget = svg.as_ref();
    dom::listen(target, "touchstart", move |ev: TouchEvent| {
        let Some((a, b)) = two_touches(&ev) else {
            GESTURE.set(None);
            return;
        };
        let (distance, mid) = spread(a, b);
        GESTURE.set(Some(Gesture { distance, zoom: view().zoom, last: mid, ..Default::default() }));
    });

    let el = svg.clone();
    dom::listen(target, "touchmove", move |ev: TouchEvent| {
        let (Some((a, b)), Some(g)) = (two_touches(&ev), GESTURE.get()) else {
            return; // one finger: leave it to the page
        };
        ev.prevent_default();
        let (distance, mid) = spread(a, b);
        // Pan by the midpoint's travel, then zoom about it.
        let v = view();
        let before = to_units(&v, &el, g.last);
        let after = to_units(&v, &el, mid);
        let panned = v.panned(before.0 - after.0, before.1 - after.1);
        let factor = g.zoom * distance / g.distance.max(1.0) / panned.zoom;
        let around = to_units(&panned, &el, mid);
        set_view(panned.zoomed(factor, Some(around)));
        GESTURE.set(Some(Gesture { last: mid, ..g }));
    });

    dom::listen(target, "touchend", move |ev: TouchEvent| {
        if ev.touches().length() < 2 {
            GESTURE.set(None);
        }
    });
}

/// A mouse drags the map; a press that barely moves stays a click.
fn listen_drag(svg: &Element) {
    let target: &web_sys::EventTarget = svg.as_ref();
    dom::listen(target, "pointerdown", move |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" || ev.button() != 0 {
            return;
        }
        let p = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        GESTURE.set(Some(Gesture { last: p, dragging: true, ..Default::default() }));
    });

    let el = svg.clone();
    dom::listen(target, "pointermove", move |ev: PointerEvent| {
        let Some(g) = GESTURE.get().filter(|g| g.dragging) else { return };
        let p = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        if !g.moved && (p.0 - g.last.0).abs() + (p.1 - g.last.1).abs() < 4.0 {
            return; // still a click
        }
        let v = view();
        let before = to_units(&v, &el, g.last);
        let after = to_units(&v, &el, p);
        set_view(v.panned(before.0 - after.0, before.1 - after.1));
        GESTURE.set(Some(Gesture { last: p, moved: true, ..g }));
    });

    for end in ["pointerup", "pointercancel"] {
        dom::listen(target, end, |_: PointerEvent| GESTURE.set(None));
    }
}

/// Arrows pan, + and − zoom, 0 resets; only while the map itself has focus, so Tab and the page keep working.
fn listen_keys(svg: &Element) {
    dom::listen(svg.as_ref(), "keydown", move |ev: KeyboardEvent| {
        let on_map = ev.target().zip(ev.current_target()).is_some_and(|(t, c)| t == c);
        if !on_map {
            return;
        }
        let v = view();
        let vb = v.view_box();
        let (dx, dy) = (vb.w / 8.0, vb.h / 8.0);
        let next = match ev.key().as_str() {
            "ArrowLeft" => v.panned(-dx, 0.0),
            "ArrowRight" => v.panned(dx, 0.0),
            "ArrowUp" => v.panned(0.0, -dy),
            "ArrowDown" => v.panned(0.0, dy),
            "+" | "=" => v.zoomed(1.5, None),
            "-" | "_" => v.zoomed(1.0 / 1.5, None),
            "0" => v.reset(),
            _ => return,
        };
        ev.prevent_default();
        set_view(next);
    });
}
