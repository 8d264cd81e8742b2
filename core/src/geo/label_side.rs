//! The eight sides a map name can take round what it names, as the map draws them (SVG text offsets, in em) and
//! as the layout measures them (the box the name then covers): one table, so drawing and measuring agree.

use crate::content::LabelSide;

impl LabelSide {
    /// How the map writes a name on this side of its point, `away` em further out than a marker's name, as SVG
    /// text attributes: `text-anchor`, `dx`, `dy` and `dominant-baseline`. In em, so they follow the letters,
    /// which CSS keeps one size on screen.
    pub fn text_offsets(self, away: f64) -> (&'static str, String, String, &'static str) {
        let (anchor, dx, dy, baseline) = match self {
            LabelSide::Right => ("start", 0.7, 0.0, "central"),
            LabelSide::Left => ("end", -0.7, 0.0, "central"),
            LabelSide::Above => ("middle", 0.0, -0.7, "auto"),
            LabelSide::Below => ("middle", 0.0, 0.7, "hanging"),
            LabelSide::AboveRight => ("start", 0.45, -0.45, "auto"),
            LabelSide::BelowRight => ("start", 0.45, 0.45, "hanging"),
            LabelSide::AboveLeft => ("end", -0.45, -0.45, "auto"),
            LabelSide::BelowLeft => ("end", -0.45, 0.45, "hanging"),
        };
        let (ax, ay) = self.direction();
        let em = |v: f64| if v == 0.0 { "0".to_string() } else { format!("{}em", (v * 100.0).round() / 100.0) };
        (anchor, em(dx + ax * away), em(dy + ay * away), baseline)
    }

    /// The name's box round its point in em, for a name `w` em wide: (left, top, right, bottom), as the name is
    /// drawn with `text_offsets(0.0)` and as the three engines measure text, whichever's box is the larger: Firefox
    /// counts a line's full height (0.82 em either side of a central baseline; 1.15 em above an alphabetic baseline
    /// and 0.48 below it; 0.38 em above a hanging baseline and 1.25 below it), Chromium and WebKit less. The app's
    /// declutter measures each engine's own boxes, so a name placed by these is never hidden by it.
    pub fn extent_em(self, w: f64) -> (f64, f64, f64, f64) {
        match self {
            LabelSide::Right => (0.7, -0.82, 0.7 + w, 0.82),
            LabelSide::Left => (-0.7 - w, -0.82, -0.7, 0.82),
            LabelSide::Above => (-w / 2.0, -1.85, w / 2.0, -0.22),
            LabelSide::Below => (-w / 2.0, 0.32, w / 2.0, 1.95),
            LabelSide::AboveRight => (0.45, -1.6, 0.45 + w, 0.03),
            LabelSide::BelowRight => (0.45, 0.07, 0.45 + w, 1.7),
            LabelSide::AboveLeft => (-0.45 - w, -1.6, -0.45, 0.03),
            LabelSide::BelowLeft => (-0.45 - w, 0.07, -0.45, 1.7),
        }
    }

    /// Which way the side lies from the middle: -1, 0 or 1 across and down.
    pub fn direction(self) -> (f64, f64) {
        match self {
            LabelSide::Right => (1.0, 0.0),
            LabelSide::Left => (-1.0, 0.0),
            LabelSide::Above => (0.0, -1.0),
            LabelSide::Below => (0.0, 1.0),
            LabelSide::AboveRight => (1.0, -1.0),
            LabelSide::BelowRight => (1.0, 1.0),
            LabelSide::AboveLeft => (-1.0, -1.0),
            LabelSide::BelowLeft => (-1.0, 1.0),
        }
    }
}

/// The point a name on `side` of a box (half its size in SVG units) is written from: the middle of that side, or
/// that corner. The map draws the name from it with the side's offsets (`components/map/place.rs`).
pub fn anchor(point: (f64, f64), half: (f64, f64), side: LabelSide) -> (f64, f64) {
    let (dx, dy) = side.direction();
    (point.0 + dx * half.0, point.1 + dy * half.1)
}
