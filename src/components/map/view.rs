//! The map's pan and zoom: a zoom factor and a centre in SVG units, turned into the SVG's `viewBox`.
//! Pure arithmetic over signals; the gesture handlers in `gestures.rs` call these.

use crate::content::MAP;
use leptos::prelude::*;

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 16.0;
/// Width the labels are designed for before the SVG is measured (and when the page is rendered without a browser).
pub const ASSUMED_WIDTH_PX: f64 = 672.0;

#[derive(Clone, Copy)]
pub struct MapView {
    pub zoom: RwSignal<f64>,
    pub centre: RwSignal<(f64, f64)>,
    /// The SVG's rendered width in CSS pixels, measured in an effect.
    pub width_px: RwSignal<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    pub fn attr(&self) -> String {
        format!("{:.2} {:.2} {:.2} {:.2}", self.x, self.y, self.w, self.h)
    }
}

impl MapView {
    pub fn new() -> Self {
        MapView {
            zoom: RwSignal::new(MIN_ZOOM),
            centre: RwSignal::new((MAP.width / 2.0, MAP.height / 2.0)),
            width_px: RwSignal::new(ASSUMED_WIDTH_PX),
        }
    }

    pub fn view_box(&self) -> ViewBox {
        let k = self.zoom.get();
        let (cx, cy) = self.centre.get();
        let (w, h) = (MAP.width / k, MAP.height / k);
        ViewBox { x: (cx - w / 2.0).clamp(0.0, MAP.width - w), y: (cy - h / 2.0).clamp(0.0, MAP.height - h), w, h }
    }

    /// SVG units per CSS pixel at the current zoom: labels and markers use it to keep a constant on-screen size.
    pub fn units_per_px(&self) -> f64 {
        MAP.width / (self.width_px.get().max(1.0) * self.zoom.get())
    }

    /// Zooms by `factor`, keeping the point `around` (SVG units) where it is on screen.
    pub fn zoom_by(&self, factor: f64, around: Option<(f64, f64)>) {
        let old = self.zoom.get_untracked();
        let new = (old * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let (cx, cy) = self.clamped_centre();
        let (ax, ay) = around.unwrap_or((cx, cy));
        let ratio = old / new;
        self.zoom.set(new);
        self.centre.set((ax - (ax - cx) * ratio, ay - (ay - cy) * ratio));
    }

    /// Pans by a distance in SVG units.
    pub fn pan_by(&self, dx: f64, dy: f64) {
        let (cx, cy) = self.clamped_centre();
        self.centre.set((cx + dx, cy + dy));
    }

    pub fn focus_on(&self, point: (f64, f64), zoom: f64) {
        self.zoom.set(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
        self.centre.set(point);
    }

    pub fn reset(&self) {
        self.zoom.set(MIN_ZOOM);
        self.centre.set((MAP.width / 2.0, MAP.height / 2.0));
    }

    /// The centre as the view box actually shows it, so panning at an edge does not build up hidden offset.
    fn clamped_centre(&self) -> (f64, f64) {
        let vb = self.view_box_untracked();
        (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0)
    }

    pub fn view_box_untracked(&self) -> ViewBox {
        untrack(|| self.view_box())
    }
}

impl Default for MapView {
    fn default() -> Self {
        Self::new()
    }
}
