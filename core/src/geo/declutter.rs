//! Which map labels to hide so that none overlaps another, as arithmetic on boxes: the browser measures the
//! labels and applies the answer (`src/behaviour/map/declutter.rs`). Labels are tried in priority order (lowest
//! first) and a label that would overlap one already shown, run off the map, or sit under its buttons or inset is
//! hidden.

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

    fn is_drawn(&self) -> bool {
        self.right > self.left
    }
}

/// One label: its text's box and, for a name with a finger-sized hit box (a country's), that box, which must be
/// on the map whole or a tap near the map's edge would land beside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub priority: i32,
    pub text: Rect,
    pub hit: Option<Rect>,
}

/// Whether to hide each label, in the order given. `obstacles` are the boxes over the map (its buttons, its inset)
/// that overlap it; `frame` is the map's own box.
pub fn hidden(labels: &[Label], frame: Rect, obstacles: &[Rect]) -> Vec<bool> {
    let order = by_priority(labels);
    let mut shown: Vec<Rect> = obstacles.iter().copied().filter(|r| r.overlaps(&frame)).collect();
    let mut hide = vec![false; labels.len()];
    for i in order {
        let Label { text, hit, .. } = labels[i];
        // Labels not drawn (no width) are left alone.
        if !text.is_drawn() {
            continue;
        }
        let inside = text.within(&frame) && hit.unwrap_or(text).within(&frame);
        if !inside || shown.iter().any(|s| s.overlaps(&text)) {
            hide[i] = true;
        } else {
            shown.push(text);
        }
    }
    hide
}

/// The labels' indices by priority, lowest first; ties keep the page's order. An insertion sort: a map has a few
/// dozen labels, and the standard library's sorts would each add a few kilobytes of code to the wasm.
fn by_priority(labels: &[Label]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && labels[order[j - 1]].priority > labels[order[j]].priority {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = Rect { left: 0.0, top: 0.0, right: 400.0, bottom: 300.0 };

    fn label(priority: i32, left: f64, top: f64) -> Label {
        Label { priority, text: Rect { left, top, right: left + 60.0, bottom: top + 14.0 }, hit: None }
    }

    #[test]
    fn of_two_overlapping_labels_the_higher_priority_stays_whatever_the_page_order() {
        let labels = [label(50, 10.0, 10.0), label(10, 40.0, 15.0)];
        assert_eq!(hidden(&labels, FRAME, &[]), vec![true, false]);
    }

    #[test]
    fn ties_keep_the_page_order_and_apart_labels_all_show() {
        let labels = [label(20, 10.0, 10.0), label(20, 30.0, 12.0), label(20, 200.0, 200.0)];
        assert_eq!(hidden(&labels, FRAME, &[]), vec![false, true, false]);
    }

    #[test]
    fn labels_off_the_map_or_under_its_buttons_are_hidden() {
        let buttons = Rect { left: 340.0, top: 200.0, right: 400.0, bottom: 300.0 };
        let labels = [label(10, 370.0, 10.0), label(10, 345.0, 250.0), label(10, 100.0, 100.0)];
        assert_eq!(hidden(&labels, FRAME, &[buttons]), vec![true, true, false]);
    }

    #[test]
    fn a_name_whose_hit_box_runs_off_the_map_is_hidden_though_its_letters_fit() {
        let mut name = label(50, 10.0, 5.0);
        name.hit = Some(Rect { left: 0.0, top: -20.0, right: 80.0, bottom: 26.0 });
        assert_eq!(hidden(&[name], FRAME, &[]), vec![true]);
    }

    #[test]
    fn an_undrawn_label_is_left_alone_and_takes_no_room() {
        let none = Label { priority: 0, text: Rect { left: 10.0, top: 10.0, right: 10.0, bottom: 10.0 }, hit: None };
        assert_eq!(hidden(&[none, label(90, 5.0, 5.0)], FRAME, &[]), vec![false, false]);
    }
}
