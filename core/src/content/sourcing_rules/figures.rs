//! Rule 6, one figure, one confidence: a figure is a number with a unit of distance or a percentage ("≈15 km",
//! "about 30 km", "80.10%"). Wherever the file states the same figure (a map distance, a card line, a timeline
//! event), it carries the same confidence, so the map and the cards cannot disagree about how sure they are.

use super::{Cited, Problems};
use std::collections::BTreeMap;

/// The units a figure may have, longest first so "kilometres" is not read as "k…".
const UNITS: [&str; 8] = ["kilometres", "per cent", "percent", "miles", "km", "mi", "m", "%"];

/// Every run of digits in a text, with the separators inside it ("1,000", "80.10"), and where it starts.
pub(super) fn numbers(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + text[at..].find(|c: char| c.is_ascii_digit())?;
        let rest = &text[start..];
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_digit()
                    || (matches!(c, '.' | ',') && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit())))
            })
            .map_or(rest.len(), |(i, _)| i);
        at = start + end;
        Some((start, &rest[..end]))
    })
}

/// Every figure a text states: its number and unit, e.g. "about 15 km, 80.10%" → ("15", "km"), ("80.10", "%").
pub(super) fn figures(text: &str) -> Vec<(&str, &str)> {
    numbers(text)
        .filter(|&(start, _)| !text[..start].chars().next_back().is_some_and(char::is_alphanumeric))
        .filter_map(|(start, number)| {
            let after = text[start + number.len()..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
            let unit = UNITS.iter().find(|u| {
                after.starts_with(*u)
                    && (**u == "%" || !after[u.len()..].chars().next().is_some_and(char::is_alphanumeric))
            })?;
            Some((number, *unit))
        })
        .collect()
}

pub(super) fn one_figure_one_confidence(lines: &[Cited<'_>], out: &mut Problems) {
    let mut stated: BTreeMap<(&str, &str), Vec<&Cited<'_>>> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.confidence.is_some()) {
        for figure in figures(l.text) {
            let each = stated.entry(figure).or_default();
            if !each.iter().any(|seen| std::ptr::eq(*seen, l)) {
                each.push(l);
            }
        }
    }
    for ((number, unit), each) in stated {
        let levels: std::collections::BTreeSet<_> = each.iter().map(|l| l.confidence).collect();
        if levels.len() < 2 {
            continue;
        }
        // Named after the map's distance where there is one: the map is where the figure is drawn.
        let item = each.iter().find(|l| l.distance).unwrap_or(&each[0]).item.clone();
        let list: Vec<String> =
            each.iter().map(|l| format!("{} ({})", l.item, l.confidence.unwrap_or_default())).collect();
        out.push((item, format!("the figure {number} {unit} carries more than one confidence: {}", list.join(", "))));
    }
}

#[cfg(test)]
mod tests {
    use super::figures;

    #[test]
    fn a_figure_is_a_number_and_a_unit() {
        assert_eq!(figures("≈15 km"), [("15", "km")]);
        assert_eq!(figures("about 15 km from, 80.10% of"), [("15", "km"), ("80.10", "%")]);
        assert!(figures("15 minutes, 15 kms, in 1994, A01").is_empty());
        assert_eq!(figures("about 115 km"), [("115", "km")]);
        assert_eq!(figures("1,000 m"), [("1,000", "m")]);
    }
}
