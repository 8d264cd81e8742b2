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

use super::label_side::anchor;
use super::map_view::{BUTTONS_OVER_MAP_FROM_PX, INSET_OVER_MAP_FROM_PX};
use crate::content::LabelSide;

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

/// A marker's dot with its outline and a little air: no name covers another place's dot.
const DOT_PX: f64 = 8.0;
/// A marker's finger-sized hit area (style/map.css, `.map-place__hit`: 23 px), and a pixel of air. A name that opens a card of its own (a
/// country's, a border's) keeps off it, so that a finger on that name is not taken by the marker drawn over it.
const HIT_PX: f64 = 24.0;
/// Names keep this far apart.
const AIR_PX: f64 = 2.0;
/// Names keep this far from the map's edge.
const EDGE_PX: f64 = 3.0;
/// The map's drawn widths the names must fit at: on 320 and 375 px phones, either side of the widths from which the
/// buttons and an inset lie over the map, the article column's, and a wide embed.
const WIDTHS_PX: [f64; 8] = [
    286.0,
    343.0,
    BUTTONS_OVER_MAP_FROM_PX - 1.0,
    BUTTONS_OVER_MAP_FROM_PX,
    INSET_OVER_MAP_FROM_PX - 1.0,
    INSET_OVER_MAP_FROM_PX,
    672.0,
    1000.0,
];
/// The buttons' column at the bottom right, the inset at the top left (style/map.css) and the scale bar with its
/// label (at most 150 px long, 16 px from the edge), with a little air.
const BUTTONS_PX: (f64, f64) = (56.0, 156.0);
const INSET_PX: (f64, f64) = (190.0, 216.0);
const SCALE_BAR_PX: (f64, f64) = (172.0, 42.0);

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
    fn grown(&self, by: f64) -> Bounds {
        Bounds { left: self.left - by, top: self.top - by, right: self.right + by, bottom: self.bottom + by }
    }

    fn overlaps(&self, o: &Bounds) -> bool {
        self.left < o.right && o.left < self.right && self.top < o.bottom && o.top < self.bottom
    }
}

/// The position each name takes (an index into its `spots`), in the order given. A name that fits nowhere at every
/// width takes the position that fits at the most widths (the narrowest first), and the app hides it where it
/// overlaps. `avoid` may rule out more, given the name's index and its box in SVG units (left, top, right, bottom)
/// at a width: a country's name beside its land keeps off its neighbours' land.
pub fn place_names(
    frame: MapFrame,
    names: &[NameToPlace],
    order: &[usize],
    avoid: impl Fn(usize, (f64, f64, f64, f64)) -> bool,
) -> Vec<usize> {
    // Placing names one by one, an early name can take the only room a later one had. So a name that found no
    // position fitting at every width is tried again ahead of the others (after the fixed names), a few times, and
    // the layout whose names miss the fewest widths wins.
    let fixed = order.iter().filter(|&&i| names[i].fixed);
    let mut order: Vec<usize> = fixed.chain(order.iter().filter(|&&i| !names[i].fixed)).copied().collect();
    let mut best: Option<(usize, Vec<usize>)> = None;
    for _ in 0..RETRIES {
        let (chosen, misfits, missed) = place_in_order(frame, names, &order, &avoid);
        // On a tie the later layout wins: it placed the names that had no room first, and the others around them.
        if best.as_ref().is_none_or(|(fewest, _)| missed <= *fewest) {
            best = Some((missed, chosen));
        }
        if misfits.is_empty() {
            break;
        }
        let first_free = order.iter().position(|&i| !names[i].fixed).unwrap_or(order.len());
        order.retain(|i| !misfits.contains(i));
        order.splice(first_free..first_free, misfits);
    }
    best.map_or_else(|| vec![0; names.len()], |(_, chosen)| chosen)
}

/// How many orders `place_names` tries.
const RETRIES: usize = 4;

/// The greedy layout in one order: each name's position, the names that found none fitting at every width, and
/// how many widths they miss in all.
fn place_in_order(
    frame: MapFrame,
    names: &[NameToPlace],
    order: &[usize],
    avoid: &impl Fn(usize, (f64, f64, f64, f64)) -> bool,
) -> (Vec<usize>, Vec<usize>, usize) {
    let mut chosen = vec![0; names.len()];
    let mut placed: Vec<usize> = Vec::new();
    let (mut misfits, mut missed) = (Vec::new(), 0);
    for &i in order {
        if !names[i].fixed {
            let (spot, misses) = best_spot(frame, names, &placed, &chosen, i, avoid);
            chosen[i] = spot;
            if misses > 0 {
                misfits.push(i);
                missed += misses;
            }
        }
        placed.push(i);
    }
    (chosen, misfits, missed)
}

/// Fitting at every width wins; else fitting at the narrow widths, which are the hard ones. Ties keep the earlier
/// position, so the preferred one wins whenever it does as well as another. Says at how many widths it does not fit.
fn best_spot(
    frame: MapFrame,
    names: &[NameToPlace],
    placed: &[usize],
    chosen: &[usize],
    i: usize,
    avoid: &impl Fn(usize, (f64, f64, f64, f64)) -> bool,
) -> (usize, usize) {
    let mut best = (0, 0, WIDTHS_PX.len());
    for spot in 0..names[i].spots.len() {
        let fits = WIDTHS_PX.map(|width_px| {
            let px_per_unit = width_px / frame.width;
            let b = name_box(&names[i], spot, px_per_unit);
            let units = (b.left / px_per_unit, b.top / px_per_unit, b.right / px_per_unit, b.bottom / px_per_unit);
            fits_at(frame, names, placed, chosen, i, &b, width_px) && !avoid(i, units)
        });
        if fits.iter().all(|&f| f) {
            return (spot, 0);
        }
        let score = fits.iter().rev().enumerate().map(|(k, &f)| usize::from(f) << k).sum();
        if score > best.1 {
            best = (spot, score, fits.iter().filter(|&&f| !f).count());
        }
    }
    (best.0, best.2)
}

/// Whether name `i`'s box `own`, on a map `width_px` wide, stays inside the map, off what lies over it, clear of
/// the names already placed and of every other marker.
fn fits_at(
    frame: MapFrame,
    names: &[NameToPlace],
    placed: &[usize],
    chosen: &[usize],
    i: usize,
    own: &Bounds,
    width_px: f64,
) -> bool {
    let px_per_unit = width_px / frame.width;
    let height_px = frame.height * px_per_unit;
    let on_map = |b: &Bounds| {
        b.left >= EDGE_PX && b.top >= EDGE_PX && b.right <= width_px - EDGE_PX && b.bottom <= height_px - EDGE_PX
    };
    let covered = overlays(frame, width_px, height_px).iter().any(|o| o.overlaps(own));
    // Names keep a little air between them: the estimate of a name's width is an average's. A name that runs off
    // the map at this width is hidden there (`declutter`), and takes no room.
    let crowded = placed
        .iter()
        .map(|&j| name_box(&names[j], chosen[j], px_per_unit))
        .any(|b| on_map(&b) && b.grown(AIR_PX).overlaps(own));
    let reach = if names[i].marker { DOT_PX } else { HIT_PX };
    let on_marker =
        names.iter().enumerate().any(|(j, n)| n.marker && j != i && dot_box(n.point, px_per_unit, reach).overlaps(own));
    on_map(own) && !covered && !crowded && !on_marker
}

fn name_box(name: &NameToPlace, spot: usize, px_per_unit: f64) -> Bounds {
    let Spot { from, box_px: (l, t, r, b) } = name.spots[spot];
    let (x, y) = ((name.point.0 + from.0) * px_per_unit, (name.point.1 + from.1) * px_per_unit);
    Bounds { left: x + l, top: y + t, right: x + r, bottom: y + b }
}

fn dot_box((x, y): (f64, f64), px_per_unit: f64, reach: f64) -> Bounds {
    let (x, y) = (x * px_per_unit, y * px_per_unit);
    Bounds { left: x - reach, top: y - reach, right: x + reach, bottom: y + reach }
}

/// What lies over the map at this width: its scale bar, and on wider maps the buttons at the bottom right and an
/// inset at the top left; the scale bar takes the bottom right where the buttons do not (`map_view::scale_bar`).
fn overlays(frame: MapFrame, width_px: f64, height_px: f64) -> Vec<Bounds> {
    let wide = width_px >= BUTTONS_OVER_MAP_FROM_PX;
    let corner = |w: f64, h: f64, right: bool| {
        let left = if right { width_px - w } else { 0.0 };
        Bounds { left, top: height_px - h, right: left + w, bottom: height_px }
    };
    let buttons = corner(BUTTONS_PX.0, BUTTONS_PX.1, true);
    let scale_bar = corner(SCALE_BAR_PX.0, SCALE_BAR_PX.1, !wide);
    let inset = Bounds { left: 0.0, top: 0.0, right: INSET_PX.0, bottom: INSET_PX.1 };
    let inset_over = width_px >= INSET_OVER_MAP_FROM_PX && frame.inset;
    [(buttons, wide), (inset, inset_over), (scale_bar, frame.scale_bar)]
        .into_iter()
        .filter_map(|(b, over)| over.then_some(b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: MapFrame = MapFrame { width: 1000.0, height: 600.0, inset: false, scale_bar: false };

    fn name(x: f64, y: f64, chars: usize, preferred: LabelSide) -> NameToPlace {
        NameToPlace::round((x, y), (0.0, 0.0), chars, PLACE_NAME, &sides_from(preferred), &[0.0])
    }

    /// The side each marker's name goes.
    fn sides(frame: MapFrame, names: &[NameToPlace], preferred: &[LabelSide]) -> Vec<LabelSide> {
        let order: Vec<usize> = (0..names.len()).collect();
        let chosen = place_names(frame, names, &order, |_, _| false);
        chosen.iter().zip(preferred).map(|(&k, &p)| sides_from(p)[k]).collect()
    }

    #[test]
    fn a_name_that_fits_on_its_preferred_side_stays_there() {
        assert_eq!(
            sides(FRAME, &[name(300.0, 300.0, 6, LabelSide::Right)], &[LabelSide::Right]),
            vec![LabelSide::Right]
        );
    }

    #[test]
    fn a_name_at_the_right_edge_moves_to_the_left_of_its_marker() {
        assert_eq!(
            sides(FRAME, &[name(900.0, 300.0, 12, LabelSide::Right)], &[LabelSide::Right]),
            vec![LabelSide::Left]
        );
    }

    #[test]
    fn a_long_name_near_the_left_edge_of_a_phone_map_goes_right_even_if_the_content_prefers_left() {
        let n = name(80.0, 300.0, 19, LabelSide::Left);
        assert_eq!(sides(FRAME, &[n], &[LabelSide::Left]), vec![LabelSide::Right]);
    }

    #[test]
    fn a_name_at_the_top_edge_does_not_go_above() {
        let side = sides(FRAME, &[name(500.0, 6.0, 6, LabelSide::Above)], &[LabelSide::Above])[0];
        let (_, top, _, _) = side.extent_em(6.0 * 0.64);
        assert!(top > -0.7, "{side:?} stays below the map's top edge");
    }

    #[test]
    fn two_close_places_get_names_that_do_not_overlap_at_any_width() {
        let names = [name(500.0, 300.0, 10, LabelSide::Right), name(505.0, 330.0, 10, LabelSide::Right)];
        let chosen = place_names(FRAME, &names, &[0, 1], |_, _| false);
        for width in WIDTHS_PX {
            let k = width / FRAME.width;
            let (a, b) = (name_box(&names[0], chosen[0], k), name_box(&names[1], chosen[1], k));
            assert!(!a.overlaps(&b), "{chosen:?} at {width}");
        }
    }

    #[test]
    fn a_name_keeps_clear_of_the_buttons_and_the_inset_where_they_lie_over_the_map() {
        // Near the bottom right, a name on the right would run under the buttons on a desktop.
        let side = sides(FRAME, &[name(930.0, 560.0, 8, LabelSide::Right)], &[LabelSide::Right])[0];
        assert!(matches!(side, LabelSide::Left | LabelSide::AboveLeft | LabelSide::BelowLeft), "{side:?}");
        // Under the inset at every position: no position fits, so it takes the one that fits the narrow widths.
        let with_inset = MapFrame { inset: true, ..FRAME };
        let n = name(60.0, 60.0, 6, LabelSide::Right);
        let chosen = place_names(with_inset, std::slice::from_ref(&n), &[0], |_, _| false);
        let inset = Bounds { left: 0.0, top: 0.0, right: INSET_PX.0, bottom: INSET_PX.1 };
        assert!(name_box(&n, chosen[0], 700.0 / FRAME.width).overlaps(&inset));
    }

    #[test]
    fn names_never_cover_another_marker() {
        // A marker just right of the first: its name goes another way.
        let names = [name(500.0, 300.0, 6, LabelSide::Right), name(530.0, 300.0, 6, LabelSide::Right)];
        assert_ne!(sides(FRAME, &names, &[LabelSide::Right; 2])[0], LabelSide::Right);
    }

    #[test]
    fn a_small_country_is_named_on_the_side_of_its_land_away_from_its_capital_and_its_name() {
        // An island 100 × 60 units; its capital on the south coast, named on its right, fixed already.
        let mut capital = name(500.0, 328.0, 4, LabelSide::Right);
        capital.fixed = true;
        let island =
            NameToPlace::round((500.0, 300.0), (50.0, 30.0), 4, COUNTRY_NAME, &sides_from(LabelSide::Below), &[0.0]);
        let names = [capital.clone(), island.clone()];
        let chosen = place_names(FRAME, &names, &[0, 1], |_, _| false);
        assert_eq!(chosen[0], 0, "a fixed name keeps its position");
        assert_ne!(sides_from(LabelSide::Below)[chosen[1]], LabelSide::Below, "not over the capital's hit area");
        for width in WIDTHS_PX {
            let k = width / FRAME.width;
            assert!(
                !dot_box(capital.point, k, HIT_PX).overlaps(&name_box(&island, chosen[1], k)),
                "{chosen:?} at {width}"
            );
        }
    }

    #[test]
    fn what_avoid_rules_out_is_not_taken() {
        let n = name(300.0, 300.0, 6, LabelSide::Right);
        let chosen = place_names(FRAME, std::slice::from_ref(&n), &[0], |_, (l, ..)| l > 300.0);
        assert_ne!(sides_from(LabelSide::Right)[chosen[0]], LabelSide::Right);
    }

    #[test]
    fn a_name_with_no_room_left_is_placed_again_before_the_one_that_took_it() {
        // A place near the left edge, whose long name can only go right, and a place below that, ranked higher,
        // whose name prefers to go above it, into that room. Placed again first, the long name keeps its room and
        // the other goes elsewhere.
        let names = [name(150.0, 380.0, 6, LabelSide::Above), name(30.0, 300.0, 10, LabelSide::Right)];
        let chosen = place_names(FRAME, &names, &[0, 1], |_, _| false);
        assert_eq!(sides_from(LabelSide::Right)[chosen[1]], LabelSide::Right);
        for width in WIDTHS_PX {
            let k = width / FRAME.width;
            let (a, b) = (name_box(&names[0], chosen[0], k), name_box(&names[1], chosen[1], k));
            assert!(!a.grown(AIR_PX).overlaps(&b), "{chosen:?} at {width}");
        }
    }
}
