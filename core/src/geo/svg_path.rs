//! SVG path data for projected outlines, as short as it goes: the page carries every country's outline, so every
//! byte counts. One decimal is a tenth of a pixel or less. After a line's first point, each step is written
//! relative to the last (`l dx dy`). The steps are taken between rounded points, so rounding never adds up along a
//! border.

use super::projection::Frame;
use std::fmt::Write;

/// Open lines of (lon, lat) points: a border.
pub fn line_path(frame: &Frame, lines: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for line in lines {
        write_line(&mut d, frame, line);
    }
    d
}

/// Closed rings of (lon, lat) points, each ended with `Z`: a country.
pub fn ring_path(frame: &Frame, rings: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        write_line(&mut d, frame, ring);
        d.push('Z');
    }
    d
}

fn write_line(d: &mut String, frame: &Frame, line: &[(f64, f64)]) {
    let mut last: Option<(i64, i64)> = None;
    for &(lon, lat) in line {
        let (x, y) = frame.project(lat, lon);
        let here = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
        match last {
            None => {
                let _ = write!(d, "M{} {}", tenths(here.0), tenths(here.1));
                d.push('l');
            }
            Some(prev) if prev == here => continue,
            Some(prev) => {
                let (dx, dy) = (tenths(here.0 - prev.0), tenths(here.1 - prev.1));
                // A minus sign separates two numbers by itself.
                let gap = |s: &str| if s.starts_with('-') { "" } else { " " };
                let _ = write!(d, "{}{dx}{}{dy}", if d.ends_with('l') { "" } else { gap(&dx) }, gap(&dy));
            }
        }
        last = Some(here);
    }
    if d.ends_with('l') {
        d.pop();
    }
}

/// A number of tenths as SVG writes it, as short as it goes: 12 → `1.2`, -3 → `-.3`, 40 → `4`.
fn tenths(n: i64) -> String {
    let (sign, n) = if n < 0 { ("-", -n) } else { ("", n) };
    match (n / 10, n % 10) {
        (0, 0) => "0".to_string(),
        (whole, 0) => format!("{sign}{whole}"),
        (0, tenth) => format!("{sign}.{tenth}"),
        (whole, tenth) => format!("{sign}{whole}.{tenth}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{line_path, ring_path, tenths, Frame};
    use crate::geo::region::Region;

    const BELARUS: Region = Region { west: 20.1, east: 30.6, south: 50.9, north: 56.3 };

    /// The absolute points of a path written as `M x y l dx dy …`, in tenths.
    fn points(d: &str) -> Vec<(i64, i64)> {
        let number = regex_free_numbers(d);
        let mut out = Vec::new();
        let mut at = (0, 0);
        for (i, pair) in number.chunks(2).enumerate() {
            let (x, y) = (pair[0], pair[1]);
            at = if i == 0 { (x, y) } else { (at.0 + x, at.1 + y) };
            out.push(at);
        }
        out
    }

    /// Splits SVG path numbers (`1.2-.3 4`) into tenths.
    fn regex_free_numbers(d: &str) -> Vec<i64> {
        let mut numbers = Vec::new();
        let mut current = String::new();
        let flush = |current: &mut String, numbers: &mut Vec<i64>| {
            if !current.is_empty() {
                numbers.push((current.parse::<f64>().unwrap() * 10.0).round() as i64);
                current.clear();
            }
        };
        for c in d.chars() {
            match c {
                '-' => {
                    flush(&mut current, &mut numbers);
                    current.push(c);
                }
                '.' if current.contains('.') => {
                    flush(&mut current, &mut numbers);
                    current.push(c);
                }
                '0'..='9' | '.' => current.push(c),
                _ => flush(&mut current, &mut numbers),
            }
        }
        flush(&mut current, &mut numbers);
        numbers
    }

    #[test]
    fn a_relative_path_lands_on_every_rounded_point() {
        let frame = Frame::fit(&BELARUS);
        let line: Vec<(f64, f64)> =
            (0..40).map(|i| (23.0 + f64::from(i) * 0.07, 52.0 + f64::from(i % 7) * 0.031)).collect();
        let d = line_path(&frame, std::slice::from_ref(&line));
        assert!(d.starts_with('M') && d.contains('l'));
        let expected: Vec<(i64, i64)> = line
            .iter()
            .map(|&(lon, lat)| frame.project(lat, lon))
            .map(|(x, y)| ((x * 10.0).round() as i64, (y * 10.0).round() as i64))
            .fold(Vec::new(), |mut v, p| {
                if v.last() != Some(&p) {
                    v.push(p);
                }
                v
            });
        assert_eq!(points(&d), expected);
    }

    #[test]
    fn tenths_are_written_as_short_as_svg_allows() {
        assert_eq!(tenths(12), "1.2");
        assert_eq!(tenths(-3), "-.3");
        assert_eq!(tenths(40), "4");
        assert_eq!(tenths(0), "0");
        assert_eq!(tenths(-105), "-10.5");
    }

    #[test]
    fn a_ring_is_closed_and_a_line_is_not() {
        let frame = Frame::fit(&BELARUS);
        let shape = vec![vec![(23.0, 52.0), (24.0, 52.0), (24.0, 53.0)]];
        assert!(ring_path(&frame, &shape).ends_with('Z'));
        assert!(!line_path(&frame, &shape).contains('Z'));
        assert_eq!(ring_path(&frame, &shape).trim_end_matches('Z'), line_path(&frame, &shape));
    }
}
