//! Text rules shared by the loader and its tests: where a surface form occurs, and which occurrences become
//! mentions. (Where sentences end is `sentences.rs`.)
//! All positions are byte offsets into a paragraph's text.

use std::ops::Range;

/// Every occurrence of `form` in `text` that stands on word boundaries: the characters on either side are not
/// letters or digits. Case-sensitive.
pub fn word_occurrences(text: &str, form: &str) -> Vec<Range<usize>> {
    if form.is_empty() {
        return Vec::new();
    }
    let is_word = |c: Option<char>| c.map(|c| c.is_alphanumeric()).unwrap_or(false);
    text.match_indices(form)
        .map(|(at, m)| at..at + m.len())
        .filter(|r| !is_word(text[..r.start].chars().next_back()) && !is_word(text[r.end..].chars().next()))
        .collect()
}

/// A surface form asked for in one paragraph, by one target (identified by the caller's key `K`).
#[derive(Debug, Clone, PartialEq)]
pub struct FormRequest<K> {
    pub key: K,
    pub form: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum AllocationError<K> {
    /// The form does not occur, or only inside longer mentions.
    NotInText { key: K, form: String },
    /// Two targets ask for exactly the same span.
    SameSpan { first: K, second: K, text: String },
    /// Two spans cross without one containing the other.
    Crossing { first: K, second: K, first_text: String, second_text: String },
}

/// Decides which occurrences become mentions. Longer spans win; a span wholly inside an accepted one is dropped;
/// equal or crossing spans are errors; a request left with no occurrence is an error.
pub type Allocation<K> = Result<Vec<(Range<usize>, K)>, Vec<AllocationError<K>>>;

/// See [`Allocation`]: the accepted spans in text order, each with its requester's key, or every error found.
pub fn allocate_mentions<K: Clone + PartialEq>(text: &str, requests: &[FormRequest<K>]) -> Allocation<K> {
    let mut candidates: Vec<(Range<usize>, usize)> = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        for r in word_occurrences(text, &req.form) {
            candidates.push((r, i));
        }
    }
    // Longest first; ties in text order, then request order, so the result does not depend on hash order.
    candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.start.cmp(&b.0.start)).then(a.1.cmp(&b.1)));

    let mut accepted: Vec<(Range<usize>, usize)> = Vec::new();
    let mut errors = Vec::new();
    let mut conflicted = Vec::new();
    for (span, req) in candidates {
        let mut keep = true;
        for (other, other_req) in &accepted {
            let overlaps = span.start < other.end && other.start < span.end;
            if !overlaps {
                continue;
            }
            keep = false;
            if span == *other {
                if requests[*other_req].key != requests[req].key {
                    conflicted.push(req);
                    errors.push(AllocationError::SameSpan {
                        first: requests[*other_req].key.clone(),
                        second: requests[req].key.clone(),
                        text: text[span.clone()].to_string(),
                    });
                }
            } else if !(other.start <= span.start && span.end <= other.end) {
                conflicted.push(req);
                errors.push(AllocationError::Crossing {
                    first: requests[*other_req].key.clone(),
                    second: requests[req].key.clone(),
                    first_text: text[other.clone()].to_string(),
                    second_text: text[span.clone()].to_string(),
                });
            }
            break;
        }
        if keep {
            accepted.push((span, req));
        }
    }
    for (i, req) in requests.iter().enumerate() {
        if !accepted.iter().any(|(_, r)| *r == i) && !conflicted.contains(&i) {
            errors.push(AllocationError::NotInText { key: req.key.clone(), form: req.form.clone() });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    accepted.sort_by_key(|(span, _)| span.start);
    Ok(accepted.into_iter().map(|(span, i)| (span, requests[i].key.clone())).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_respect_word_boundaries() {
        let text = "Belarusians in Belarus's capital; Belarusian flags.";
        assert_eq!(word_occurrences(text, "Belarus"), vec![15..22]);
        let text = "Lukashenko’s and #Minsk";
        let at = text.find("Minsk").unwrap();
        assert_eq!(word_occurrences(text, "Minsk"), vec![at..at + 5]);
        assert_eq!(word_occurrences(text, "Lukashenko"), vec![0..10]);
    }

    #[test]
    fn longer_mentions_win_and_contained_ones_drop() {
        let text = "near Belarus's border with Poland, said Poland";
        let reqs = vec![
            FormRequest { key: "border", form: "Belarus's border with Poland".into() },
            FormRequest { key: "poland", form: "Poland".into() },
        ];
        let got = allocate_mentions(text, &reqs).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(&text[got[0].0.clone()], "Belarus's border with Poland");
        assert_eq!(got[1].1, "poland");
        assert_eq!(got[1].0.start, 40);
    }

    #[test]
    fn reports_missing_same_and_crossing_spans() {
        let reqs = vec![
            FormRequest { key: "a", form: "red fox".into() },
            FormRequest { key: "b", form: "fox jumps".into() },
            FormRequest { key: "c", form: "wolf".into() },
        ];
        let errors = allocate_mentions("the red fox jumps", &reqs).unwrap_err();
        assert!(errors.contains(&AllocationError::NotInText { key: "c", form: "wolf".into() }));
        assert!(errors.iter().any(|e| matches!(e, AllocationError::Crossing { first: "b", second: "a", .. })));

        let same = vec![FormRequest { key: "a", form: "fox".into() }, FormRequest { key: "d", form: "fox".into() }];
        let errors = allocate_mentions("the fox", &same).unwrap_err();
        assert!(errors.iter().any(|e| matches!(e, AllocationError::SameSpan { first: "a", second: "d", .. })));
    }
}

/// Straight and curly quotation marks and apostrophes folded to one kind each, for comparing typed words with the
/// article's. Every mark is one `char` either way, so positions in characters stay aligned.
fn fold_quote_marks(c: char) -> char {
    match c {
        '‘' | '’' | '\'' | '`' | '´' => '\'',
        '“' | '”' | '"' | '„' => '"',
        c => c,
    }
}

/// When `words` is in `text` but for its quotation marks or apostrophes, says which differ, for example
/// ` (the text has ’ where the file has ')`: a quote typed by hand usually differs there and nowhere else.
pub fn quote_mark_hint(text: &str, words: &str) -> Option<String> {
    let folded_text: Vec<char> = text.chars().map(fold_quote_marks).collect();
    let folded_words: Vec<char> = words.chars().map(fold_quote_marks).collect();
    if folded_words.is_empty() {
        return None;
    }
    let at = folded_text.windows(folded_words.len()).position(|w| w == folded_words.as_slice())?;
    let mut differences: Vec<String> = Vec::new();
    for (in_text, in_file) in text.chars().skip(at).zip(words.chars()) {
        let difference = format!("{in_text} where the file has {in_file}");
        if in_text != in_file && !differences.contains(&difference) {
            differences.push(difference);
        }
    }
    (!differences.is_empty()).then(|| format!(" (the text has {})", differences.join(", and ")))
}

#[cfg(test)]
mod quote_mark_tests {
    use super::quote_mark_hint;

    #[test]
    fn names_the_marks_that_differ() {
        let text = "Lukashenko’s warning that “stringent measures” would be employed";
        assert_eq!(
            quote_mark_hint(text, "Lukashenko's warning that \"stringent measures\""),
            Some(
                " (the text has ’ where the file has ', and “ where the file has \", and ” where the file has \")"
                    .into()
            )
        );
    }

    #[test]
    fn says_nothing_when_the_words_differ_otherwise_or_match() {
        assert_eq!(quote_mark_hint("the strongman’s warning", "the strong man's warning"), None);
        assert_eq!(quote_mark_hint("the strongman’s warning", "strongman’s"), None);
    }
}
