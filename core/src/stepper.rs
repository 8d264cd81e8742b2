//! "Mention 2 of 5": what a card's stepper says, and which mention previous and next go to. The prerender writes
//! the words, in the page's language, into the page; the browser fills them in as the reader steps, with this.

use crate::line::{fill, with_digits};

/// `line` ("Mention {n} of {total}") for the mention at `at` of `total`, written with `digits` (the language's ten,
/// zero first: "0123456789", "٠١٢٣٤٥٦٧٨٩").
pub fn status_at(line: &str, digits: &str, at: usize, total: usize) -> String {
    fill(line, &[("n", &with_digits(at + 1, digits)), ("total", &with_digits(total, digits))])
}

/// The mention after or before `position`, wrapping round; from outside the text, next is the first mention and
/// previous the last.
pub fn step(position: Option<usize>, total: usize, forward: bool) -> Option<usize> {
    if total == 0 {
        return None;
    }
    Some(match (position, forward) {
        (Some(at), true) => (at + 1) % total,
        (Some(at), false) => (at + total - 1) % total,
        (None, true) => 0,
        (None, false) => total - 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_where_the_card_is_in_the_page_s_words_and_digits() {
        assert_eq!(status_at("Mention {n} of {total}", "0123456789", 1, 5), "Mention 2 of 5");
        assert_eq!(status_at("Mention {n} sur {total}", "0123456789", 10, 12), "Mention 11 sur 12");
        assert_eq!(status_at("الإشارة {n} من {total}", "٠١٢٣٤٥٦٧٨٩", 1, 12), "الإشارة ٢ من ١٢");
        assert_eq!(status_at("{n}/{total}", "", 0, 3), "1/3", "no digits given: Western digits");
    }

    #[test]
    fn steps_wrap_round_and_start_from_the_ends() {
        assert_eq!(step(Some(4), 5, true), Some(0));
        assert_eq!(step(Some(0), 5, false), Some(4));
        assert_eq!(step(Some(2), 5, true), Some(3));
        assert_eq!(step(None, 5, true), Some(0));
        assert_eq!(step(None, 5, false), Some(4));
        assert_eq!(step(None, 0, true), None);
    }
}
