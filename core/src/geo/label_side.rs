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
    /// drawn with `text_offsets(0.0)` and as browsers measure text: 0.93 em above the alphabetic baseline and 0.24 below
    /// it (a common sans's ascent and descent), the hanging baseline 0.71 em above it.
    pub fn extent_em(self, w: f64) -> (f64, f64, f64, f64) {
        match self {
            LabelSide::Right => (0.7, -0.6, 0.7 + w, 0.6),
            LabelSide::Left => (-0.7 - w, -0.6, -0.7, 0.6),
            LabelSide::Above => (-w / 2.0, -1.65, w / 2.0, -0.44),
            LabelSide::Below => (-w / 2.0, 0.46, w / 2.0, 1.67),
            LabelSide::AboveRight => (0.45, -1.4, 0.45 + w, -0.19),
            LabelSide::BelowRight => (0.45, 0.21, 0.45 + w, 1.42),
            LabelSide::AboveLeft => (-0.45 - w, -1.4, -0.45, -0.19),
            LabelSide::BelowLeft => (-0.45 - w, 0.21, -0.45, 1.42),
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
