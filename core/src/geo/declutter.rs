//! Which map labels to hide so that none overlaps another, as arithmetic on boxes: the browser measures the
//! labels, tries them in this order and applies the answer (`src/behaviour/map/declutter.rs`).

/// A box on screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }

    fn within(&self, frame: &Rect) -> bool {
        self.left >= frame.left && self.right <= frame.right && self.top >= frame.top && self.bottom <= frame.bottom
    }

    pub fn is_drawn(&self) -> bool {
        self.right > self.left
    }
}

/// Whether a label must be hidden: it would run off the map (`frame`), or overlap a label already shown or one of
/// the boxes over the map (its buttons, its inset), which `shown` starts with. A name with a finger-sized hit box
/// (a country's) must have all of that box on the map too, or a tap near the map's edge would land beside it.
/// Labels are tried in priority order (`by_priority`); one not drawn (no width) is never hidden and takes no room.
pub fn hides(text: &Rect, hit: Option<&Rect>, frame: &Rect, shown: &[Rect]) -> bool {
    if !text.is_drawn() {
        return false;
    }
    let inside = text.within(frame) && hit.unwrap_or(text).within(frame);
    !inside || shown.iter().any(|s| s.overlaps(text))
}

/// Sorts labels by priority, lowest first; ties keep the page's order. An insertion sort: a map has a few dozen
/// labels, and the standard library's sorts would each add a few kilobytes of code to the wasm.
pub fn by_priority<T>(labels: &mut [(i32, T)]) {
    for i in 1..labels.len() {
        let mut j = i;
        while j > 0 && labels[j - 1].0 > labels[j].0 {
            labels.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = Rect { left: 0.0, top: 0.0, right: 400.0, bottom: 300.0 };

    fn label(left: f64, top: f64) -> Rect {
        Rect { left, top, right: left + 60.0, bottom: top + 14.0 }
    }

    /// A label as the app holds it: its priority, then its place in the page, its text's box and its hit box.
    type Entry = (i32, (usize, Rect, Option<Rect>));

    /// The app's loop: in priority order, hide or show each label, and keep the shown ones' boxes.
    fn declutter(mut labels: Vec<Entry>, obstacles: &[Rect]) -> Vec<bool> {
        by_priority(&mut labels);
        let mut shown = obstacles.to_vec();
        let mut hide = vec![false; labels.len()];
        for (_, (i, text, hit)) in labels {
            hide[i] = hides(&text, hit.as_ref(), &FRAME, &shown);
            if !hide[i] && text.is_drawn() {
                shown.push(text);
            }
        }
        hide
    }

    #[test]
    fn of_two_overlapping_labels_the_higher_priority_stays_whatever_the_page_order() {
        let labels = vec![(50, (0, label(10.0, 10.0), None)), (10, (1, label(40.0, 15.0), None))];
        assert_eq!(declutter(labels, &[]), vec![true, false]);
    }

    #[test]
    fn ties_keep_the_page_order_and_apart_labels_all_show() {
        let labels = vec![
            (20, (0, label(10.0, 10.0), None)),
            (20, (1, label(30.0, 12.0), None)),
            (20, (2, label(200.0, 200.0), None)),
        ];
        assert_eq!(declutter(labels, &[]), vec![false, true, false]);
    }

    #[test]
    fn labels_off_the_map_or_under_its_buttons_are_hidden() {
        let buttons = Rect { left: 340.0, top: 200.0, right: 400.0, bottom: 300.0 };
        assert!(hides(&label(370.0, 10.0), None, &FRAME, &[]), "runs off the right edge");
        assert!(hides(&label(345.0, 250.0), None, &FRAME, &[buttons]), "under the buttons");
        assert!(!hides(&label(100.0, 100.0), None, &FRAME, &[buttons]));
    }

    #[test]
    fn a_name_whose_hit_box_runs_off_the_map_is_hidden_though_its_letters_fit() {
        let hit = Rect { left: 0.0, top: -20.0, right: 80.0, bottom: 26.0 };
        assert!(hides(&label(10.0, 5.0), Some(&hit), &FRAME, &[]));
        assert!(!hides(&label(10.0, 5.0), None, &FRAME, &[]));
    }

    #[test]
    fn an_undrawn_label_is_never_hidden() {
        let none = Rect { left: 10.0, top: 10.0, right: 10.0, bottom: 10.0 };
        assert!(!hides(&none, None, &FRAME, &[label(0.0, 0.0)]));
    }
}
