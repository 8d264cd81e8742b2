//! Where each name goes beside what it names, decided at build time so the first view needs no script: of the
//! positions a name may take (eight round a place's marker, the content's preferred side first; eight round a small
//! country's land; a border's name at its point, anchored three ways and moved up or down a line), the first whose
//! name lies wholly inside the map, clear of its buttons and inset, of the names already placed and of every
//! marker's finger-sized hit area. Names are tried in the order given: the places the article speaks of most
//! first, then the borders, then the countries too small to hold their names.
//!
//! Names keep one size on screen whatever the map's width, so a narrow map is the hard case; a position is
//! checked at several widths, from a phone's to a desktop's, with the buttons and inset that lie over the map at
//! each. The app still hides, as a last resort, a name that overlaps another after zooming (`declutter`).

mod fit;
#[cfg(test)]
mod tests;

use super::label_side::anchor;
use crate::content::LabelSide;
pub use fit::place_names;

/// One position a name may take: where it is written from, in SVG units off the name's point, and the box its
/// letters then cover round there, in px (left, top, right, bottom): the letters keep one size on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub from: (f64, f64),
    pub box_px: (f64, f64, f64, f64),
}

/// A name to place: the point of what it names in SVG units, the positions it may take in the order it prefers
/// them, whether it already has its position (the first), and whether the point is a marker others keep off.
#[derive(Debug, Clone, PartialEq)]
pub struct NameToPlace {
    pub point: (f64, f64),
    pub spots: Vec<Spot>,
    pub fixed: bool,
    pub marker: bool,
}

/// A place's name: bold 13.5 px letters, about 0.64 em a letter (style/map.css).
pub const PLACE_NAME: (f64, f64) = (13.5, 0.64);
/// A country's name: 14 px spaced capitals, about 0.82 em a letter.
pub const COUNTRY_NAME: (f64, f64) = (14.0, 0.82);

/// The sides round a point, `preferred` first: the order a name beside a marker or a country's land tries them.
pub fn sides_from(preferred: LabelSide) -> Vec<LabelSide> {
    std::iter::once(preferred).chain(SIDES.into_iter().filter(|&s| s != preferred)).collect()
}

/// How much further out, in em, a small country's name may go from its land: past a marker's finger-sized hit area
/// on the coast. A country's name tries its sides close to its land first, then this far.
pub const AWAY_EM: [f64; 2] = [0.0, 1.2];

impl NameToPlace {
    /// A name of `chars` letters (`letters`: size in px and width in em) on each of `sides` round a box `half` its
    /// size (in SVG units) about `point`, a marker's (no size) or a small country's land, at each of `away` (em
    /// further out): its spots in that order, every side close by first.
    pub fn round(
        point: (f64, f64),
        half: (f64, f64),
        chars: usize,
        letters: (f64, f64),
        sides: &[LabelSide],
        away: &[f64],
    ) -> Self {
        let (font_px, letter_em) = letters;
        let spots = away
            .iter()
            .flat_map(|&out| sides.iter().map(move |&side| (side, out)))
            .map(|(side, out)| {
                let (x, y) = anchor((0.0, 0.0), half, side);
                let (l, t, r, b) = side.extent_em(chars as f64 * letter_em);
                let (dx, dy) = side.direction();
                let (sx, sy) = (dx * out, dy * out);
                let px = |v: f64| v * font_px;
                Spot { from: (x, y), box_px: (px(l + sx), px(t + sy), px(r + sx), px(b + sy)) }
            })
            .collect();
        NameToPlace { point, spots, fixed: false, marker: half == (0.0, 0.0) }
    }

    /// A country's name the content wrote at `point` (centred on it, standing on it: 1.11 em above and 0.46 below,
    /// as Firefox measures it), which opens its card and stays there: the other names keep off its finger-sized hit
    /// area.
    pub fn country_name_at(point: (f64, f64), chars: usize) -> Self {
        let (font_px, letter_em) = COUNTRY_NAME;
        let w = chars as f64 * letter_em * font_px;
        let spot = Spot { from: (0.0, 0.0), box_px: (-w / 2.0, -1.11 * font_px, w / 2.0, 0.46 * font_px) };
        NameToPlace { point, spots: vec![spot], fixed: true, marker: false }.with_finger_height()
    }

    /// The name opens a card: its box is a finger's height, and a little wider than its letters
    /// (`.map-country-name__hit`).
    pub fn with_finger_height(mut self) -> Self {
        for spot in &mut self.spots {
            let (l, t, r, b) = spot.box_px;
            let middle = (t + b) / 2.0;
            // Less the air every placed name is given, which makes it the whole hit area again.
            let half = FINGER_PX / 2.0 - AIR_PX;
            spot.box_px = (l - 6.0 + AIR_PX, middle - half, r + 6.0 - AIR_PX, middle + half);
        }
        self
    }
}

/// The height of a country name's finger-sized hit area, in px: a fingertip's 44 and room for the engines'
/// different text boxes.
pub const FINGER_PX: f64 = 50.0;

/// The map's size in SVG units, whether an inset lies over its top left on wider screens, and whether it has a
/// scale bar (`map_view::scale_bar`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    pub width: f64,
    pub height: f64,
    pub inset: bool,
    pub scale_bar: bool,
}

/// The order names try their positions in, after the content's preferred side.
const SIDES: [LabelSide; 8] = [
    LabelSide::Right,
    LabelSide::Left,
    LabelSide::Above,
    LabelSide::Below,
    LabelSide::AboveRight,
    LabelSide::BelowRight,
    LabelSide::AboveLeft,
    LabelSide::BelowLeft,
];

/// Names keep this far apart.
pub(super) const AIR_PX: f64 = 2.0;
