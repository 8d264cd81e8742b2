//! Where a paragraph's sentences end, in any language. The boundaries are Unicode's (UAX #29, from ICU4X's
//! segmenter), which know Arabic's ؟, French guillemets and scripts without capital letters; then three kinds the
//! rules take for ends but a reader does not are dropped:
//! - a boundary followed by a lower-case word, past any quotation marks (`« Pourquoi ? » a-t-il lancé`,
//!   `"Why?" he asked`);
//! - a full stop after an abbreviation of the article's language (`M. Vincensini`, `Dr. Smith`), or after an
//!   initial or an initialism (`J. Smith`, `the U.S. Department`);
//! - a boundary not made of exactly one space, so that joining a paragraph's sentences with one space gives the
//!   paragraph back (the page and the read-aloud rest on that).
//!
//! The ranges exclude the separating space. Build time only: the browser reads the sentences from the page.

use icu_segmenter::options::SentenceBreakInvariantOptions;
use icu_segmenter::SentenceSegmenter;
use std::ops::Range;

/// Abbreviations that end in a full stop without ending the sentence, per language (the primary subtag of
/// `[article] language`). Titles, and the words a number or a name follows; not words that often end a sentence
/// ("etc.", "Inc."). Arabic writes none with a full stop.
fn abbreviations(language: &str) -> &'static [&'static str] {
    match language.split(['-', '_']).next().unwrap_or_default() {
        "en" => &[
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev",
            "vs", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ],
        "fr" => &[
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "av", "bd", "cf", "p",
            "pp", "ex", "env", "art", "chap", "vol", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
        ],
        _ => &[],
    }
}

/// The word a full stop at `dot` closes: the letters and inner full stops before it ("U.S" in "the U.S.").
fn word_before(text: &str, dot: usize) -> &str {
    let start = text[..dot]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    &text[start..dot]
}

/// An initial ("J") or an initialism ("U.S", "e.g"): single letters, with full stops between them.
fn is_initials(word: &str) -> bool {
    !word.is_empty() && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether a boundary after `end` (the sentence's last character) is one a reader takes as an end.
fn ends_a_sentence(text: &str, end: usize, next: usize, language: &str) -> bool {
    // Exactly one space between the two sentences.
    if &text[end..next] != " " {
        return false;
    }
    // The next sentence's first word starts with a capital, a digit or a letter of a script without case. (Its
    // first characters may be quotation marks: an opening one starts the sentence; a closing one left after a
    // question that ends a quotation, « … ? » a-t-il dit, is followed by a lower-case word.)
    if text[next..].chars().find(|c| c.is_alphanumeric()).is_none_or(char::is_lowercase) {
        return false;
    }
    // A full stop after an abbreviation or an initial is not an end, however it is followed.
    let last = text[..end].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if let Some(dot) = last.strip_suffix('.').map(str::len) {
        let word = word_before(text, dot);
        if is_initials(word) || abbreviations(language).contains(&word) {
            return false;
        }
    }
    true
}

/// A paragraph's sentences, as byte ranges, in a language given as `[article] language` ("en", "fr", "ar").
pub fn sentence_ranges(text: &str, language: &str) -> Vec<Range<usize>> {
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut ranges = Vec::new();
    let mut start = 0;
    for boundary in segmenter.segment_str(text) {
        if boundary == 0 || boundary >= text.len() {
            continue;
        }
        let end = text[..boundary].trim_end_matches(char::is_whitespace).len();
        if end > start && ends_a_sentence(text, end, boundary, language) {
            ranges.push(start..end);
            start = boundary;
        }
    }
    ranges.push(start..text.len());
    ranges
}

#[cfg(test)]
mod tests {
    use super::sentence_ranges;

    fn sentences<'a>(text: &'a str, language: &str) -> Vec<&'a str> {
        sentence_ranges(text, language).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn english_ends_at_full_stops_question_and_exclamation_marks() {
        assert_eq!(
            sentences("He came. She left! Why? \"Yes.\" 250K came.", "en"),
            ["He came.", "She left!", "Why?", "\"Yes.\"", "250K came."]
        );
        // Not inside a word, a number or an ellipsis, nor before a lower-case word.
        assert_eq!(
            sentences("See pic.twitter.com/x and 3.5 km. Poland... has none.", "en"),
            ["See pic.twitter.com/x and 3.5 km.", "Poland... has none."]
        );
        assert_eq!(sentences("\"Why?\" he asked. Then he left.", "en"), ["\"Why?\" he asked.", "Then he left."]);
        // From the Minsk article: a tweet's link after its last sentence, and quotes either side of a boundary.
        assert_eq!(
            sentences("Belarus will be free. pic.twitter.com/x — A", "en"),
            ["Belarus will be free. pic.twitter.com/x — A"]
        );
        assert_eq!(sentences("He said \"No.\" \"Yes,\" she said.", "en"), ["He said \"No.\"", "\"Yes,\" she said."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            sentences("The U.S. Department of Agriculture said so. Mr. Smith agreed.", "en"),
            ["The U.S. Department of Agriculture said so.", "Mr. Smith agreed."]
        );
        assert_eq!(
            sentences("J. K. Rowling wrote. Dr. Who watched.", "en"),
            ["J. K. Rowling wrote.", "Dr. Who watched."]
        );
        assert_eq!(
            sentences("Selon M. Dupont et MM. Martin et Roux, non. Mme Durand non plus.", "fr"),
            ["Selon M. Dupont et MM. Martin et Roux, non.", "Mme Durand non plus."]
        );
        // An abbreviation of one language is a word like any other in another.
        assert_eq!(sentences("He met M. Then he left.", "en").len(), 1, "a single capital is an initial");
    }

    #[test]
    fn french_guillemets_and_spaced_punctuation() {
        let text = "Il a rejeté ces assurances. « C’est faux », a-t-il dit. « Rien n’est signé. Pourquoi faire grève\u{202f}? » a-t-il lancé.";
        assert_eq!(
            sentences(text, "fr"),
            [
                "Il a rejeté ces assurances.",
                "« C’est faux », a-t-il dit.",
                "« Rien n’est signé.",
                "Pourquoi faire grève\u{202f}? » a-t-il lancé."
            ]
        );
    }

    #[test]
    fn arabic_ends_at_its_question_mark_and_full_stop_but_not_at_its_semicolon() {
        let text = "لماذا لم تخبرنا الشركة بالحقيقة؟ بيننا أطفال. العبّارة سليمة تمامًا؛ ولن نُبحر.";
        assert_eq!(
            sentences(text, "ar"),
            ["لماذا لم تخبرنا الشركة بالحقيقة؟", "بيننا أطفال.", "العبّارة سليمة تمامًا؛ ولن نُبحر."]
        );
    }

    #[test]
    fn joined_sentences_give_the_paragraph_back() {
        for (text, language) in
            [("One. Two!  Three? Four", "en"), ("« Un. » Deux\u{a0}: trois. Quatre", "fr"), ("واحد؟ اثنان. ثلاثة", "ar")]
        {
            assert_eq!(sentences(text, language).join(" "), text, "{text}");
        }
    }
}
