//! The layout itself: each name's first position that fits at every width, tried in order, and tried again
//! ahead of the others when it found none.

use super::{MapFrame, NameToPlace, Spot, AIR_PX};
use crate::geo::map_view::{BUTTONS_OVER_MAP_FROM_PX, INSET_OVER_MAP_FROM_PX, NARROWEST_MAP_PX};

/// A marker's dot with its outline and a little air: no name covers another place's dot.
pub(super) const DOT_PX: f64 = 8.0;
/// A marker's finger-sized hit area (style/map.css, `.map-place__hit`: 23 px), and a pixel of air. A name that
/// opens a card of its own (a country's, a border's) keeps off it, so that a finger on that name is not taken by
/// the marker drawn over it.
pub(super) const HIT_PX: f64 = 24.0;
/// Names keep this far from the map's edge.
pub(super) const EDGE_PX: f64 = 3.0;
/// The map's drawn widths the names must fit at: on 320 and 375 px phones, either side of the widths from which the
/// buttons and an inset lie over the map, the article column's, and a wide embed.
pub(super) const WIDTHS_PX: [f64; 8] = [
    NARROWEST_MAP_PX,
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
pub(super) const BUTTONS_PX: (f64, f64) = (56.0, 156.0);
pub(super) const INSET_PX: (f64, f64) = (190.0, 216.0);
pub(super) const SCALE_BAR_PX: (f64, f64) = (172.0, 42.0);

/// A box in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Bounds {
    pub(super) left: f64,
    pub(super) top: f64,
    pub(super) right: f64,
    pub(super) bottom: f64,
}

impl Bounds {
    pub(super) fn grown(&self, by: f64) -> Bounds {
        Bounds { left: self.left - by, top: self.top - by, right: self.right + by, bottom: self.bottom + by }
    }

    pub(super) fn overlaps(&self, o: &Bounds) -> bool {
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

pub(super) fn name_box(name: &NameToPlace, spot: usize, px_per_unit: f64) -> Bounds {
    let Spot { from, box_px: (l, t, r, b) } = name.spots[spot];
    let (x, y) = ((name.point.0 + from.0) * px_per_unit, (name.point.1 + from.1) * px_per_unit);
    Bounds { left: x + l, top: y + t, right: x + r, bottom: y + b }
}

pub(super) fn dot_box((x, y): (f64, f64), px_per_unit: f64, reach: f64) -> Bounds {
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
