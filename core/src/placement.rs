//! Where a card goes next to the name that opened it: above by default, flipped below when there is no room,
//! and shifted sideways to stay inside the viewport (the behaviour of Floating UI's `flip` and `shift`).
//! All values are CSS pixels in viewport coordinates.

use crate::number::between;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub x: f64,
    pub y: f64,
    pub side: Side,
    /// Height the card may use before it must scroll inside itself.
    pub max_height: f64,
}

/// Space kept between the card and the name, and between the card and the viewport's edge.
pub const GAP: f64 = 8.0;
pub const MARGIN: f64 = 8.0;

pub fn place_card(
    anchor: Rect,
    card_width: f64,
    card_height: f64,
    viewport_width: f64,
    viewport_height: f64,
) -> Placement {
    let room_above = anchor.y - GAP - MARGIN;
    let room_below = viewport_height - (anchor.y + anchor.height) - GAP - MARGIN;
    let side = if card_height <= room_above || (card_height > room_below && room_above > room_below) {
        Side::Above
    } else {
        Side::Below
    };
    let max_height = match side {
        Side::Above => room_above,
        Side::Below => room_below,
    }
    .max(120.0);
    let height = card_height.min(max_height);
    let y = match side {
        Side::Above => anchor.y - GAP - height,
        Side::Below => anchor.y + anchor.height + GAP,
    };
    let width = card_width.min(viewport_width - 2.0 * MARGIN);
    let centred = anchor.x + anchor.width / 2.0 - width / 2.0;
    let x = between(centred, MARGIN, viewport_width - width - MARGIN);
    Placement { x, y, side, max_height }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(x: f64, y: f64) -> Rect {
        Rect { x, y, width: 80.0, height: 20.0 }
    }

    #[test]
    fn sits_above_when_there_is_room() {
        let p = place_card(anchor(500.0, 400.0), 320.0, 200.0, 1280.0, 800.0);
        assert_eq!(p.side, Side::Above);
        assert_eq!(p.y, 400.0 - GAP - 200.0);
        assert_eq!(p.x, 540.0 - 160.0);
    }

    #[test]
    fn flips_below_near_the_top() {
        let p = place_card(anchor(500.0, 60.0), 320.0, 200.0, 1280.0, 800.0);
        assert_eq!(p.side, Side::Below);
        assert_eq!(p.y, 80.0 + GAP);
    }

    #[test]
    fn shifts_inside_a_narrow_viewport() {
        let p = place_card(anchor(5.0, 400.0), 320.0, 200.0, 375.0, 700.0);
        assert_eq!(p.x, MARGIN);
        let p = place_card(anchor(330.0, 400.0), 320.0, 200.0, 375.0, 700.0);
        assert_eq!(p.x, 375.0 - 320.0 - MARGIN);
    }

    #[test]
    fn a_tall_card_takes_the_larger_side_and_is_capped() {
        let p = place_card(anchor(100.0, 500.0), 320.0, 900.0, 1024.0, 700.0);
        assert_eq!(p.side, Side::Above);
        assert_eq!(p.max_height, 500.0 - GAP - MARGIN);
        assert!(p.y >= MARGIN - 0.001);
    }
}
