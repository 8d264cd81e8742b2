//! Build time: `map/region.json` (longitude/latitude, from scripts/extract-map.mjs) → projected SVG paths.

use super::projection::Frame;
use super::shapes::*;
use serde::Deserialize;
use std::fmt::Write;
use std::path::Path;

#[derive(Deserialize)]
struct Region {
    source: String,
    countries: Vec<Country>,
    borders: Vec<Border>,
}

#[derive(Deserialize)]
struct Country {
    id: String,
    name: String,
    labels: Vec<(f64, f64)>,
    rings: Vec<Vec<(f64, f64)>>,
}

#[derive(Deserialize)]
struct Border {
    id: String,
    name: String,
    label: (f64, f64, String),
    lines: Vec<Vec<(f64, f64)>>,
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Path data for lines of (lon, lat) points; rings are closed with `Z`. One decimal is a tenth of a pixel or less.
/// After a line's first point, each step is written relative to the last (`l dx dy`): short numbers, which keep the
/// page small. The steps are taken between rounded points, so rounding never adds up along a border.
fn path(frame: &Frame, lines: &[Vec<(f64, f64)>], closed: bool) -> String {
    let mut d = String::new();
    for line in lines {
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
        if closed {
            d.push('Z');
        }
    }
    d
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

pub fn load_region(file: &Path, frame: &Frame) -> Result<MapShapes, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let region: Region = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let countries = region
        .countries
        .into_iter()
        .map(|c| CountryShape {
            path: leak_str(path(frame, &c.rings, true)),
            labels: leak(c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect()),
            id: leak_str(c.id),
            name: leak_str(c.name),
        })
        .collect();
    let borders = region
        .borders
        .into_iter()
        .map(|b| BorderShape {
            path: leak_str(path(frame, &b.lines, false)),
            label: frame.project(b.label.1, b.label.0),
            label_anchor: leak_str(b.label.2),
            id: leak_str(b.id),
            name: leak_str(b.name),
        })
        .collect();
    Ok(MapShapes {
        width: frame.width,
        height: frame.height,
        units_per_km: frame.scale,
        source: leak_str(region.source),
        countries: leak(countries),
        borders: leak(borders),
    })
}

#[cfg(test)]
mod tests {
    use super::{path, tenths, Frame};

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
        let frame = Frame::fitted();
        let line: Vec<(f64, f64)> =
            (0..40).map(|i| (23.0 + f64::from(i) * 0.07, 52.0 + f64::from(i % 7) * 0.031)).collect();
        let d = path(&frame, std::slice::from_ref(&line), false);
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
}
