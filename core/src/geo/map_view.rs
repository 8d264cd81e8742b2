//! The map's pan and zoom as plain arithmetic: a zoom factor and a centre in SVG units, turned into the SVG's
//! `viewBox`, and the scale bar that goes with a view. The prerender draws the first view; the browser keeps the
//! current one and applies the reader's gestures to it. Nothing here formats a number: the wasm leaves that to
//! the browser, so it carries no float formatting.

use crate::number::between;

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 16.0;
/// Width the labels are designed for before the SVG is measured (and when the page is rendered without a browser).
pub const ASSUMED_WIDTH_PX: f64 = 672.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// The whole map's size in SVG units: the view never shows beyond it.
    pub width: f64,
    pub height: f64,
    pub zoom: f64,
    pub centre: (f64, f64),
}

impl MapView {
    /// The whole map, centred.
    pub fn whole(width: f64, height: f64) -> Self {
        MapView { width, height, zoom: MIN_ZOOM, centre: (width / 2.0, height / 2.0) }
    }

    pub fn view_box(&self) -> ViewBox {
        let (w, h) = (self.width / self.zoom, self.height / self.zoom);
        let (cx, cy) = self.centre;
        ViewBox { x: between(cx - w / 2.0, 0.0, self.width - w), y: between(cy - h / 2.0, 0.0, self.height - h), w, h }
    }

    /// SVG units per CSS pixel when the map is drawn `width_px` wide: labels and markers use it to keep a constant
    /// size on screen.
    pub fn units_per_px(&self, width_px: f64) -> f64 {
        self.width / (width_px.max(1.0) * self.zoom)
    }

    /// Zoomed by `factor`, keeping the point `around` (SVG units) where it is on screen.
    pub fn zoomed(self, factor: f64, around: Option<(f64, f64)>) -> Self {
        let zoom = between(self.zoom * factor, MIN_ZOOM, MAX_ZOOM);
        let (cx, cy) = self.clamped_centre();
        let (ax, ay) = around.unwrap_or((cx, cy));
        let ratio = self.zoom / zoom;
        MapView { zoom, centre: (ax - (ax - cx) * ratio, ay - (ay - cy) * ratio), ..self }
    }

    /// Panned by a distance in SVG units.
    pub fn panned(self, dx: f64, dy: f64) -> Self {
        let (cx, cy) = self.clamped_centre();
        MapView { centre: (cx + dx, cy + dy), ..self }
    }

    pub fn focused_on(self, point: (f64, f64), zoom: f64) -> Self {
        MapView { zoom: between(zoom, MIN_ZOOM, MAX_ZOOM), centre: point, ..self }
    }

    pub fn reset(self) -> Self {
        MapView::whole(self.width, self.height)
    }

    /// A point on screen (CSS pixels, against the map's box on screen) in SVG units of this view.
    pub fn to_units(&self, frame: (f64, f64, f64, f64), client: (f64, f64)) -> (f64, f64) {
        let (left, top, width, height) = frame;
        let vb = self.view_box();
        (vb.x + (client.0 - left) / width.max(1.0) * vb.w, vb.y + (client.1 - top) / height.max(1.0) * vb.h)
    }

    /// The centre as the view box actually shows it, so panning at an edge does not build up hidden offset.
    fn clamped_centre(&self) -> (f64, f64) {
        let vb = self.view_box();
        (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0)
    }
}

/// The scale bar in the map's bottom-left corner, in SVG units of the view it is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// Left end of the bar.
    pub x: f64,
    pub y: f64,
    /// Its length in SVG units, and in kilometres.
    pub length: f64,
    pub km: u32,
    /// SVG units per CSS pixel, for stroke widths and the label's size.
    pub unit: f64,
}

/// A round length for the bar that comes out between about 60 and 150 pixels on screen.
pub fn scale_km(units_per_px: f64, units_per_km: f64) -> u32 {
    let km_per_px = units_per_px / units_per_km;
    [5, 10, 25, 50, 100, 200, 500, 1000, 2000].into_iter().find(|&km| f64::from(km) / km_per_px >= 60.0).unwrap_or(2000)
}

/// A round length for an inset's scale bar: the longest of 0.5, 1, 2, 5, 10, 20 or 50 km that is at most a third of
/// the inset's width.
pub fn inset_scale_km(width_km: f64) -> f64 {
    [50.0, 20.0, 10.0, 5.0, 2.0, 1.0, 0.5].into_iter().find(|&km| km <= width_km / 3.0).unwrap_or(0.5)
}

/// The narrowest map drawn, in px: on a 320 px phone, inside the article's margins. Names are placed to fit it.
pub const NARROWEST_MAP_PX: f64 = 286.0;

/// From this drawn width up the map's buttons lie over its bottom right corner; below it they sit under the map
/// (style/map.css, a container query on the map's frame).
pub const BUTTONS_OVER_MAP_FROM_PX: f64 = 529.0;
/// From this drawn width up an inset lies over the map's top left corner; below it, it sits under the map.
pub const INSET_OVER_MAP_FROM_PX: f64 = 640.0;

/// The scale bar for a view drawn `width_px` wide: at the bottom left, or at the bottom right where the buttons sit
/// under the map and leave that corner free (a small map's left is where its names crowd).
pub fn scale_bar(view: &MapView, width_px: f64, units_per_km: f64) -> ScaleBar {
    let unit = view.units_per_px(width_px);
    let km = scale_km(unit, units_per_km);
    let vb = view.view_box();
    let length = f64::from(km) * units_per_km;
    let x = if width_px < BUTTONS_OVER_MAP_FROM_PX { vb.x + vb.w - 16.0 * unit - length } else { vb.x + 16.0 * unit };
    ScaleBar { x, y: vb.y + vb.h - 18.0 * unit, length, km, unit }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: MapView = MapView { width: 1000.0, height: 600.0, zoom: 1.0, centre: (500.0, 300.0) };

    #[test]
    fn an_inset_scale_bar_is_a_round_third_of_its_width_or_less() {
        assert_eq!(inset_scale_km(4.0), 1.0);
        assert_eq!(inset_scale_km(40.0), 10.0);
        assert_eq!(inset_scale_km(1.0), 0.5);
        assert_eq!(inset_scale_km(600.0), 50.0);
    }

    #[test]
    fn the_whole_map_at_first() {
        assert_eq!(MapView::whole(1000.0, 600.0), MAP);
        assert_eq!(MAP.view_box(), ViewBox { x: 0.0, y: 0.0, w: 1000.0, h: 600.0 });
    }

    #[test]
    fn zooming_keeps_the_point_under_the_fingers_in_place() {
        let zoomed = MAP.zoomed(2.0, Some((250.0, 150.0)));
        let vb = zoomed.view_box();
        assert_eq!((vb.w, vb.h), (500.0, 300.0));
        // The point was a quarter of the way across; it still is.
        assert!(((250.0 - vb.x) / vb.w - 0.25).abs() < 1e-9);
        assert!(((150.0 - vb.y) / vb.h - 0.25).abs() < 1e-9);
    }

    #[test]
    fn zoom_stays_within_its_limits() {
        assert_eq!(MAP.zoomed(0.1, None).zoom, MIN_ZOOM);
        assert_eq!(MAP.zoomed(100.0, None).zoom, MAX_ZOOM);
    }

    #[test]
    fn the_view_never_leaves_the_map_and_panning_at_an_edge_builds_up_nothing() {
        let far = MAP.zoomed(2.0, None).panned(10_000.0, 0.0);
        assert_eq!(far.view_box().x, 500.0);
        // One step back moves the view at once, rather than first unwinding the 10,000 units.
        assert_eq!(far.panned(-100.0, 0.0).view_box().x, 400.0);
    }

    #[test]
    fn a_screen_point_maps_to_units_of_the_view() {
        let frame = (100.0, 50.0, 500.0, 300.0);
        assert_eq!(MAP.to_units(frame, (350.0, 200.0)), (500.0, 300.0));
        let zoomed = MAP.zoomed(2.0, None);
        assert_eq!(zoomed.to_units(frame, (100.0, 50.0)), (250.0, 150.0));
    }

    #[test]
    fn the_scale_bar_is_a_round_length_of_60_to_150_pixels() {
        for width_px in [320.0, 375.0, 672.0, 1024.0, 1440.0] {
            for zoom in [1.0, 2.0, 4.0, 16.0] {
                let view = MapView { zoom, ..MAP };
                let bar = scale_bar(&view, width_px, 1.5);
                let px = bar.length / bar.unit;
                assert!([5, 10, 25, 50, 100, 200].contains(&bar.km));
                assert!(px >= 60.0 || bar.km == 200, "{px} px at {width_px} px, zoom {zoom}");
                assert!(px <= 150.0 || bar.km == 5, "{px} px at {width_px} px, zoom {zoom}");
            }
        }
    }

    #[test]
    fn the_scale_bar_takes_the_bottom_right_corner_where_the_buttons_sit_under_the_map() {
        let phone = scale_bar(&MAP, 343.0, 1.5);
        assert!((phone.x + phone.length - (1000.0 - 16.0 * phone.unit)).abs() < 1e-9, "{phone:?}");
        let desktop = scale_bar(&MAP, 672.0, 1.5);
        assert!((desktop.x - 16.0 * desktop.unit).abs() < 1e-9, "{desktop:?}");
    }
}
