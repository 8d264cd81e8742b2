//! Where each name goes beside what it names, decided at build time so the first view needs no script: of eight
//! positions round a place's marker (the content's preferred side first), or round a small country's land, the
//! first whose name lies wholly inside the map, clear of its buttons and inset, of the names already placed and of
//! every marker's finger-sized hit area. Names are tried in the order given: the places the article speaks of
//! most first, then the countries too small to hold their names.
//!
//! Names keep one size on screen whatever the map's width, so a narrow map is the hard case; a position is
//! checked at several widths, from a phone's to a desktop's, with the buttons and inset that lie over the map at
//! each. The app still hides, as a last resort, a name that overlaps another after zooming (`declutter`).

use super::label_side::anchor;
use crate::content::LabelSide;

/// A name to place: the middle of what it names in SVG units, its length in characters and the side the content
/// prefers (or, `fixed`, the side it already has).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameToPlace {
    pub point: (f64, f64),
    pub chars: usize,
    pub preferred: LabelSide,
    pub kind: NameKind,
    pub fixed: bool,
}

/// A country name's letters: 14 px spaced capitals, about 0.82 em a letter (style/map.css).
pub const COUNTRY_NAME: (f64, f64) = (14.0, 0.82);

/// What a name is written beside, which sets its letters and where each side starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameKind {
    /// A place's marker: bold 13.5 px letters beside the dot.
    Marker,
    /// A country's land, (half its width, half its height) in SVG units: 14 px spaced capitals beside its box.
    Land(f64, f64),
}

impl NameKind {
    /// The letters' size in px, and a letter's average width in em.
    fn letters(self) -> (f64, f64) {
        match self {
            NameKind::Marker => (13.5, 0.64),
            NameKind::Land(..) => COUNTRY_NAME,
        }
    }
}

/// The map's size in SVG units, and whether an inset lies over its top left on wider screens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    pub width: f64,
    pub height: f64,
    pub inset: bool,
}

/// A marker's finger-sized hit area (style/map.css, `.map-place__hit`): another name must not take taps from it.
const DOT_PX: f64 = 22.0;
/// Names keep this far from the map's edge.
const EDGE_PX: f64 = 3.0;
/// The map's drawn widths the names must fit at: on 320 and 375 px phones, the narrowest with the buttons over the
/// map, the article column's, and a wide embed.
const WIDTHS_PX: [f64; 5] = [286.0, 343.0, 520.0, 672.0, 1000.0];
/// From this drawn width up, the buttons (and an inset) lie over the map; below it they sit beneath it.
const OVERLAY_FROM_PX: f64 = 520.0;
/// The buttons' column at the bottom right and the inset at the top left (style/map.css), with a little air.
const BUTTONS_PX: (f64, f64) = (56.0, 156.0);
const INSET_PX: (f64, f64) = (190.0, 216.0);

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

/// A box in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bounds {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Bounds {
    fn overlaps(&self, o: &Bounds) -> bool {
        self.left < o.right && o.left < self.right && self.top < o.bottom && o.top < self.bottom
    }
}

/// The side each name goes, in the order given. A name that fits nowhere at every width takes the position that
/// fits at the most widths (the narrowest first), and the app hides it where it overlaps.
pub fn place_names(frame: MapFrame, names: &[NameToPlace], order: &[usize]) -> Vec<LabelSide> {
    place_names_avoiding(frame, names, order, |_, _| false)
}

/// `place_names`, where a name must also keep off what `avoid` says, given the name's index and its box in SVG
/// units (left, top, right, bottom) at a width: a country's name beside its land, off its neighbours' land.
pub fn place_names_avoiding(
    frame: MapFrame,
    names: &[NameToPlace],
    order: &[usize],
    avoid: impl Fn(usize, (f64, f64, f64, f64)) -> bool,
) -> Vec<LabelSide> {
    let mut sides: Vec<LabelSide> = names.iter().map(|n| n.preferred).collect();
    let mut placed: Vec<usize> = Vec::new();
    for &i in order {
        let name = &names[i];
        if name.fixed {
            placed.push(i);
            continue;
        }
        let candidates = std::iter::once(name.preferred).chain(SIDES.into_iter().filter(|&s| s != name.preferred));
        // Fitting at every width wins; else fitting at the narrow widths, which are the hard ones. Ties keep the
        // earlier position, so the content's preferred side wins whenever it does as well as another.
        let mut best = (name.preferred, 0);
        for side in candidates {
            let mut fits = fits_at(frame, names, &placed, &sides, i, side);
            for (fit, width_px) in fits.iter_mut().zip(WIDTHS_PX) {
                let px_per_unit = width_px / frame.width;
                let b = name_box(name, side, px_per_unit);
                let units = (b.left / px_per_unit, b.top / px_per_unit, b.right / px_per_unit, b.bottom / px_per_unit);
                *fit = *fit && !avoid(i, units);
            }
            let score = if fits.iter().all(|&f| f) {
                usize::MAX
            } else {
                fits.iter().rev().enumerate().map(|(k, &f)| usize::from(f) << k).sum()
            };
            if score > best.1 {
                best = (side, score);
            }
            if score == usize::MAX {
                break;
            }
        }
        let best = best.0;
        sides[i] = best;
        placed.push(i);
    }
    sides
}

/// At each width, whether name `i` written on `side` stays inside the map, off what lies over it, clear of the
/// names already placed and of every marker.
fn fits_at(
    frame: MapFrame,
    names: &[NameToPlace],
    placed: &[usize],
    sides: &[LabelSide],
    i: usize,
    side: LabelSide,
) -> [bool; WIDTHS_PX.len()] {
    WIDTHS_PX.map(|width_px| {
        let px_per_unit = width_px / frame.width;
        let height_px = frame.height * px_per_unit;
        let own = name_box(&names[i], side, px_per_unit);
        let inside = own.left >= EDGE_PX
            && own.top >= EDGE_PX
            && own.right <= width_px - EDGE_PX
            && own.bottom <= height_px - EDGE_PX;
        let covered = overlays(frame, width_px, height_px).iter().any(|o| o.overlaps(&own));
        let crowded = placed.iter().any(|&j| name_box(&names[j], sides[j], px_per_unit).overlaps(&own));
        let on_marker = names
            .iter()
            .enumerate()
            .any(|(j, n)| n.kind == NameKind::Marker && j != i && dot_box(n.point, px_per_unit).overlaps(&own));
        inside && !covered && !crowded && !on_marker
    })
}

fn name_box(name: &NameToPlace, side: LabelSide, px_per_unit: f64) -> Bounds {
    let (font_px, letter_em) = name.kind.letters();
    let (l, t, r, b) = side.extent_em(name.chars as f64 * letter_em);
    let half = match name.kind {
        NameKind::Marker => (0.0, 0.0),
        NameKind::Land(w, h) => (w, h),
    };
    let (x, y) = anchor(name.point, half, side);
    let (x, y) = (x * px_per_unit, y * px_per_unit);
    Bounds { left: x + l * font_px, top: y + t * font_px, right: x + r * font_px, bottom: y + b * font_px }
}

fn dot_box((x, y): (f64, f64), px_per_unit: f64) -> Bounds {
    let (x, y) = (x * px_per_unit, y * px_per_unit);
    Bounds { left: x - DOT_PX, top: y - DOT_PX, right: x + DOT_PX, bottom: y + DOT_PX }
}

/// What lies over the map at this width: the buttons at the bottom right and an inset at the top left, on wider
/// screens only.
fn overlays(frame: MapFrame, width_px: f64, height_px: f64) -> Vec<Bounds> {
    if width_px < OVERLAY_FROM_PX {
        return Vec::new();
    }
    let buttons =
        Bounds { left: width_px - BUTTONS_PX.0, top: height_px - BUTTONS_PX.1, right: width_px, bottom: height_px };
    let inset = Bounds { left: 0.0, top: 0.0, right: INSET_PX.0, bottom: INSET_PX.1 };
    std::iter::once(buttons).chain(frame.inset.then_some(inset)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: MapFrame = MapFrame { width: 1000.0, height: 600.0, inset: false };

    fn name(x: f64, y: f64, chars: usize) -> NameToPlace {
        NameToPlace { point: (x, y), chars, preferred: LabelSide::Right, kind: NameKind::Marker, fixed: false }
    }

    #[test]
    fn a_name_that_fits_on_its_preferred_side_stays_there() {
        let sides = place_names(FRAME, &[name(300.0, 300.0, 6)], &[0]);
        assert_eq!(sides, vec![LabelSide::Right]);
    }

    #[test]
    fn a_name_at_the_right_edge_moves_to_the_left_of_its_marker() {
        let sides = place_names(FRAME, &[name(900.0, 300.0, 12)], &[0]);
        assert_eq!(sides, vec![LabelSide::Left]);
    }

    #[test]
    fn a_long_name_near_the_left_edge_of_a_phone_map_goes_right_even_if_the_content_prefers_left() {
        let mut n = name(80.0, 300.0, 19);
        n.preferred = LabelSide::Left;
        assert_eq!(place_names(FRAME, &[n], &[0]), vec![LabelSide::Right]);
    }

    #[test]
    fn a_name_at_the_top_edge_does_not_go_above() {
        let mut n = name(500.0, 6.0, 6);
        n.preferred = LabelSide::Above;
        let side = place_names(FRAME, &[n], &[0])[0];
        let (_, top, _, _) = side.extent_em(6.0 * 0.64);
        assert!(top > -0.7, "{side:?} stays below the map's top edge");
    }

    #[test]
    fn two_close_places_get_names_that_do_not_overlap_at_any_width() {
        let names = [name(500.0, 300.0, 10), name(505.0, 330.0, 10)];
        let sides = place_names(FRAME, &names, &[0, 1]);
        for width in WIDTHS_PX {
            let k = width / FRAME.width;
            assert!(
                !name_box(&names[0], sides[0], k).overlaps(&name_box(&names[1], sides[1], k)),
                "{sides:?} at {width}"
            );
        }
    }

    #[test]
    fn a_name_keeps_clear_of_the_buttons_and_the_inset_where_they_lie_over_the_map() {
        // Near the bottom right, a name on the right would run under the buttons on a desktop.
        let sides = place_names(FRAME, &[name(930.0, 560.0, 8)], &[0]);
        assert!(matches!(sides[0], LabelSide::Left | LabelSide::AboveLeft | LabelSide::BelowLeft), "{sides:?}");
        let with_inset = MapFrame { inset: true, ..FRAME };
        let sides = place_names(with_inset, &[name(60.0, 60.0, 6)], &[0]);
        let k = 700.0 / FRAME.width;
        let inset = Bounds { left: 0.0, top: 0.0, right: INSET_PX.0, bottom: INSET_PX.1 };
        // Under the inset at every position: no position fits, so it takes the one that fits the narrow widths.
        assert!(name_box(&name(60.0, 60.0, 6), sides[0], k).overlaps(&inset));
    }

    #[test]
    fn names_never_cover_another_marker() {
        // A marker just right of the first: its name goes another way.
        let names = [name(500.0, 300.0, 6), name(530.0, 300.0, 6)];
        let sides = place_names(FRAME, &names, &[0, 1]);
        assert_ne!(sides[0], LabelSide::Right);
    }

    #[test]
    fn a_small_country_is_named_on_the_side_of_its_land_away_from_its_capital_and_its_name() {
        // An island 100 × 60 units; its capital on the south coast, named on its right, fixed already.
        let mut capital = name(500.0, 328.0, 4);
        capital.fixed = true;
        let island = NameToPlace {
            point: (500.0, 300.0),
            chars: 4,
            preferred: LabelSide::Below,
            kind: NameKind::Land(50.0, 30.0),
            fixed: false,
        };
        let names = [capital, island];
        let sides = place_names(FRAME, &names, &[0, 1]);
        assert_eq!(sides[0], LabelSide::Right, "a fixed name keeps its side");
        assert_ne!(sides[1], LabelSide::Below, "not over the capital's hit area");
        for width in WIDTHS_PX {
            let k = width / FRAME.width;
            assert!(!dot_box(capital.point, k).overlaps(&name_box(&island, sides[1], k)), "{sides:?} at {width}");
        }
    }
}
