//! Where a country's name is written when the content gives no place for it: inside the country, at the widest
//! stretch of its land that holds the name, and only from the map width at which it fits there. A name never
//! runs across its neighbours or into the sea; a small country the article draws is named just off its coast.
//!
//! Names keep one size on screen (style/map.css) while the map scales with the screen, so whether a name fits
//! depends on the map's drawn width: the answer is that width, which the page turns into a class that CSS hides
//! the name below (`.map-name--from-<px>`).

use super::map_view::NARROWEST_MAP_PX;

/// Country names are 14 px capitals with 0.12 em letter spacing: about 11.5 px a letter, and 17 px tall.
const LETTER_PX: f64 = 11.5;
const HEIGHT_PX: f64 = 17.0;
/// A name takes at most this share of the land's width, so some land shows at each end; the story's own countries'
/// names may reach a little past their coasts (`STORY_FILL`), as a map editor lets a large country's name do.
pub const FILL: f64 = 0.85;
pub const STORY_FILL: f64 = 1.2;
/// Drawn map widths a name can be shown from, in px: each is a class in style/map.css. Past the last, the name
/// does not fit inside its country on any screen the map is made for.
pub const SHOWN_FROM_PX: [u16; 9] = [0, 400, 560, 640, 720, 880, 1040, 1200, 1440];

/// The class a name that needs a map `needed` px wide gets: the first width it fits at.
fn shown_from(needed: f64) -> Option<u16> {
    SHOWN_FROM_PX.iter().copied().find(|&w| f64::from(w).max(NARROWEST_MAP_PX) >= needed)
}

/// Where a name goes, in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameSpot {
    pub point: (f64, f64),
    /// The narrowest drawn map width (one of `SHOWN_FROM_PX`) at which the name fits inside the country.
    pub shown_from_px: u16,
}

/// Whether the point lies on the land of any of the rings (even-odd, like the map's fill).
pub fn on_land(rings: &[Vec<(f64, f64)>], (x, y): (f64, f64)) -> bool {
    rings.iter().any(|ring| crossings(ring, y, false).iter().filter(|&&c| c < x).count() % 2 == 1)
}

/// The crossings of a ring's edges with the horizontal line `y` (`vertical` false) or the vertical line `x`
/// (`vertical` true), sorted: between each pair the line is inside the ring.
fn crossings(ring: &[(f64, f64)], at: f64, vertical: bool) -> Vec<f64> {
    let coord = |p: (f64, f64)| if vertical { (p.1, p.0) } else { p };
    let mut out: Vec<f64> = (0..ring.len())
        .filter_map(|i| {
            let ((x0, y0), (x1, y1)) = (coord(ring[i]), coord(ring[(i + 1) % ring.len()]));
            ((y0 <= at) != (y1 <= at)).then(|| x0 + (at - y0) / (y1 - y0) * (x1 - x0))
        })
        .collect();
    out.sort_by(f64::total_cmp);
    out
}

fn bounds(ring: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    ring.iter().fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |(l, t, r, b), &(x, y)| {
        (l.min(x), t.min(y), r.max(x), b.max(y))
    })
}

/// The best spot inside the country (its rings projected, in SVG units) for a name of `chars` letters on a map
/// `map` (width, height) units large, the name taking at most `fill` of the land's width: the stretch of land,
/// inside the map, where the name fits on the narrowest map and its box is `clear` (of the places' markers and
/// names). `None` when it fits on no map up to the widest.
pub fn inside(
    rings: &[Vec<(f64, f64)>],
    chars: usize,
    map: (f64, f64),
    fill: f64,
    clear: impl Fn((f64, f64, f64, f64)) -> bool,
) -> Option<NameSpot> {
    let name_px = chars as f64 * LETTER_PX;
    // The first width the name fits at, then the most room above and below it (the name sits mid-land).
    let mut best: Option<((u16, f64), (f64, f64))> = None;
    for ring in rings.iter().filter(|r| r.len() >= 3) {
        let (_, top, _, bottom) = bounds(ring);
        for k in 1..32 {
            let y = top + (bottom - top) * f64::from(k) / 32.0;
            if !(0.0..=map.1).contains(&y) {
                continue;
            }
            for run in crossings(ring, y, false).chunks_exact(2) {
                let (a, b) = (run[0].max(0.0), run[1].min(map.0));
                if b <= a {
                    continue;
                }
                let x = (a + b) / 2.0;
                let Some(up_down) = crossings(ring, x, true)
                    .chunks_exact(2)
                    .find(|r| r[0] <= y && y <= r[1])
                    .map(|r| 2.0 * (y - r[0].max(0.0)).min(r[1].min(map.1) - y))
                else {
                    continue;
                };
                // px per unit on a map w px wide is w / map.0: the name fits when its width and height in units
                // are within the land's.
                let needed = (name_px * map.0 / (fill * (b - a))).max(HEIGHT_PX * map.0 / up_down.max(1e-9));
                let Some(from) = shown_from(needed) else { continue };
                // The name's box in SVG units on the narrowest map it is shown on, which must be `clear`.
                let units_per_px = map.0 / f64::from(from).max(NARROWEST_MAP_PX);
                let (w, h) = (name_px * units_per_px / 2.0, HEIGHT_PX * units_per_px / 2.0);
                if !clear((x - w, y - h, x + w, y + h)) {
                    continue;
                }
                if best.is_none_or(|((f, room), _)| from < f || (from == f && up_down > room)) {
                    best = Some(((from, up_down), (x, y)));
                }
            }
        }
    }
    best.map(|((shown_from_px, _), point)| NameSpot { point, shown_from_px })
}

/// The middle of the country's largest part and half its size, (width, height) in SVG units: the box a name too
/// long for the land is written beside (`label_layout` picks the side).
pub fn largest_part(rings: &[Vec<(f64, f64)>]) -> Option<((f64, f64), (f64, f64))> {
    let area = |(l, t, r, b): (f64, f64, f64, f64)| (r - l) * (b - t);
    let (l, t, r, b) =
        rings.iter().filter(|r| r.len() >= 3).map(|r| bounds(r)).max_by(|a, b| area(*a).total_cmp(&area(*b)))?;
    Some((((l + r) / 2.0, (t + b) / 2.0), ((r - l) / 2.0, (b - t) / 2.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, side: f64) -> Vec<(f64, f64)> {
        vec![(x, y), (x + side, y), (x + side, y + side), (x, y + side)]
    }

    #[test]
    fn a_name_goes_in_the_middle_of_a_large_country_and_shows_on_every_screen() {
        let spot = inside(&[square(100.0, 100.0, 600.0)], 6, (1000.0, 800.0), FILL, |_| true).unwrap();
        assert!((spot.point.0 - 400.0).abs() < 1.0 && (spot.point.1 - 400.0).abs() < 25.0, "{spot:?}");
        assert_eq!(spot.shown_from_px, 0);
    }

    #[test]
    fn a_small_country_shows_its_name_only_on_wider_maps_and_a_tiny_one_never() {
        // 90 units of a 1000-unit map: 6 letters (69 px) need the land 81 px wide, so a map about 900 px wide.
        let small = inside(&[square(500.0, 300.0, 90.0)], 6, (1000.0, 800.0), FILL, |_| true).unwrap();
        assert!(small.shown_from_px > 400 && small.shown_from_px <= 1440, "{small:?}");
        assert_eq!(inside(&[square(500.0, 300.0, 10.0)], 6, (1000.0, 800.0), FILL, |_| true), None);
    }

    #[test]
    fn the_name_takes_the_widest_stretch_of_an_l_shaped_country() {
        // A tall thin bar and a wide foot: the name goes in the foot.
        let l = vec![(0.0, 0.0), (50.0, 0.0), (50.0, 400.0), (600.0, 400.0), (600.0, 500.0), (0.0, 500.0)];
        let spot = inside(&[l], 8, (1000.0, 800.0), FILL, |_| true).unwrap();
        assert!(spot.point.1 > 400.0 && spot.point.0 > 200.0, "{spot:?}");
    }

    #[test]
    fn land_outside_the_map_does_not_count() {
        // Most of this country lies left of the map: the name goes in the part inside it.
        let spot = inside(&[square(-900.0, 100.0, 1100.0)], 6, (1000.0, 1300.0), FILL, |_| true).unwrap();
        assert!(spot.point.0 > 0.0 && spot.point.0 < 200.0, "{spot:?}");
    }

    #[test]
    fn a_point_is_on_land_inside_a_ring_and_not_outside_it() {
        let rings = [square(0.0, 0.0, 10.0)];
        assert!(on_land(&rings, (5.0, 5.0)) && !on_land(&rings, (15.0, 5.0)) && !on_land(&rings, (5.0, -1.0)));
    }

    #[test]
    fn a_name_too_long_for_its_land_is_placed_round_the_largest_part() {
        let parts = [square(500.0, 300.0, 10.0), square(100.0, 100.0, 2.0)];
        assert_eq!(largest_part(&parts), Some(((505.0, 305.0), (5.0, 5.0))));
    }
}
