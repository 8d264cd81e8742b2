//! "Mention 2 of 5": what a card's stepper says, and which mention previous and next go to. The prerender writes
//! the first words; the browser rewrites them as the reader steps, with the same function.

/// `position`: where the card is among its subject's `total` mentions, if it was opened at one of them.
pub fn status(position: Option<usize>, total: usize) -> String {
    match position {
        Some(at) => format!("Mention {} of {total}", at + 1),
        None if total == 1 => "1 mention in the text".to_string(),
        None => format!("{total} mentions in the text"),
    }
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
    fn says_where_the_card_is_or_how_many_there_are() {
        assert_eq!(status(Some(1), 5), "Mention 2 of 5");
        assert_eq!(status(None, 1), "1 mention in the text");
        assert_eq!(status(None, 4), "4 mentions in the text");
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
