//! The layout's rules, each on a small map.

use super::fit::*;
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
    assert_eq!(sides(FRAME, &[name(300.0, 300.0, 6, LabelSide::Right)], &[LabelSide::Right]), vec![LabelSide::Right]);
}

#[test]
fn a_name_at_the_right_edge_moves_to_the_left_of_its_marker() {
    assert_eq!(sides(FRAME, &[name(900.0, 300.0, 12, LabelSide::Right)], &[LabelSide::Right]), vec![LabelSide::Left]);
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
        assert!(!dot_box(capital.point, k, HIT_PX).overlaps(&name_box(&island, chosen[1], k)), "{chosen:?} at {width}");
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
