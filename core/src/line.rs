//! A line of the interface's words with `{slots}` in it ("Mention {n} of {total}"): cut at its slots, or filled
//! in. The catalogues (`crate::words`) are read at build time only; the browser fills a line the page carries
//! with the same code, so this needs no parser.

/// The `{name}` slots of a line, in order.
pub fn slots(line: &str) -> Vec<&str> {
    pieces(line).filter_map(|p| if let Piece::Slot(s) = p { Some(s) } else { None }).collect()
}

/// A piece of a catalogue line: its own words, or a slot the view fills.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// A line cut at its `{slots}`. A brace that opens no slot (no closing brace, or a space inside) is text.
pub fn pieces(line: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let slot = rest.match_indices('{').find_map(|(open, _)| {
            let close = open + rest[open..].find('}')?;
            let name = &rest[open + 1..close];
            (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some((open, close))
        });
        Some(match slot {
            Some((0, close)) => {
                let name = &rest[1..close];
                rest = &rest[close + 1..];
                Piece::Slot(name)
            }
            Some((open, _)) => {
                let text = &rest[..open];
                rest = &rest[open..];
                Piece::Text(text)
            }
            None => {
                let text = rest;
                rest = "";
                Piece::Text(text)
            }
        })
    })
}

/// A line with its slots filled: `fill("{n} km", &[("n", "247")])` is `247 km`. A slot with no value stays as written.
pub fn fill(line: &str, values: &[(&str, &str)]) -> String {
    pieces(line)
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Slot(s) => {
                values.iter().find(|(k, _)| *k == s).map_or_else(|| format!("{{{s}}}"), |(_, v)| v.to_string())
            }
        })
        .collect()
}

/// A whole number written with a language's ten digits, zero first ("٠١٢٣٤٥٦٧٨٩"); with anything but ten of them,
/// Western digits. For the few numbers the browser writes (a stepper's position, the scale bar as the map zooms).
pub fn with_digits(n: usize, digits: &str) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let written = n.to_string();
    if digits.len() != 10 {
        return written;
    }
    written.chars().map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_cut_at_its_slots() {
        assert_eq!(
            pieces("Mention {n} of {total}").collect::<Vec<_>>(),
            [Piece::Text("Mention "), Piece::Slot("n"), Piece::Text(" of "), Piece::Slot("total")]
        );
        assert_eq!(pieces("{a}{b}").collect::<Vec<_>>(), [Piece::Slot("a"), Piece::Slot("b")]);
        assert_eq!(
            pieces("no { slot } {here} {").collect::<Vec<_>>(),
            [Piece::Text("no { slot } "), Piece::Slot("here"), Piece::Text(" {")]
        );
        assert_eq!(fill("{n} km", &[("n", "247")]), "247 km");
        assert_eq!(fill("{n} of {total}", &[("n", "٢")]), "٢ of {total}");
    }
}
