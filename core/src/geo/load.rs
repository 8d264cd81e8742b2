//! Build time: an article's map extract (`map/<article-id>.json`, longitude/latitude, from
//! scripts/extract-map.mjs) and its content file's `[map]` → projected SVG paths, with every name and label
//! from the content file.

use super::extract::{request, ExtractRequest};
use super::projection::Frame;
use super::shapes::*;
use crate::content::Article;
use serde::Deserialize;
use std::fmt::Write;
use std::path::Path;

#[derive(Deserialize)]
struct Extract {
    source: String,
    request: ExtractRequest,
    /// Every country name at that scale of Natural Earth, to tell a misspelt name from a stale extract.
    names: Vec<String>,
    countries: Vec<Country>,
    borders: Vec<Border>,
}

#[derive(Deserialize)]
struct Country {
    name: String,
    rings: Vec<Vec<(f64, f64)>>,
}

#[derive(Deserialize)]
struct Border {
    between: (String, String),
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

/// A lower-case, hyphenated id from a name: "South Africa" → "south-africa".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The middle of a country's largest part (by projected area), where its name goes when the content gives no
/// place for it.
fn label_point(frame: &Frame, rings: &[Vec<(f64, f64)>]) -> Option<(f64, f64)> {
    let area_and_centre = |ring: &Vec<(f64, f64)>| {
        let pts: Vec<(f64, f64)> = ring.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect();
        let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for (i, &(x0, y0)) in pts.iter().enumerate() {
            let (x1, y1) = pts[(i + 1) % pts.len()];
            let cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        (a.abs() / 2.0, if a.abs() > 1e-9 { (cx / (3.0 * a), cy / (3.0 * a)) } else { pts[0] })
    };
    rings.iter().filter(|r| r.len() >= 3).map(area_and_centre).max_by(|a, b| a.0.total_cmp(&b.0)).map(|(_, c)| c)
}

/// The article's map: its extract's outlines projected with the frame fitted to its region. Every problem is
/// one line naming the item of `[map]` it concerns.
pub fn load_map(file: &Path, article: &Article) -> Result<MapShapes, Vec<String>> {
    let rerun = "run `node scripts/extract-map.mjs` to cut it again from Natural Earth";
    let text = std::fs::read_to_string(file)
        .map_err(|e| vec![format!("[map]: cannot read {}: {e}; {rerun}", file.display())])?;
    let extract: Extract =
        serde_json::from_str(&text).map_err(|e| vec![format!("[map]: {}: {e}; {rerun}", file.display())])?;
    let m = &article.map;
    let mut errors: Vec<String> = m
        .countries
        .iter()
        .filter(|c| !extract.names.iter().any(|n| n == c.name))
        .map(|c| {
            format!(
                "[map] country '{}': Natural Earth has no country of that name (its names are listed in {})",
                c.name,
                file.display()
            )
        })
        .collect();
    if errors.is_empty() && extract.request != request(article) {
        errors.push(format!(
            "[map]: {} was made for another region, scale, countries or borders; {rerun}",
            file.display()
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let frame = Frame::fit(&m.region);
    let place_id = |p: Option<u16>| p.map(|i| article.places[i as usize].id);
    let countries = m
        .countries
        .iter()
        .filter_map(|c| {
            let shape = extract.countries.iter().find(|e| e.name == c.name)?;
            let labels: Vec<(f64, f64)> = if c.labels.is_empty() {
                label_point(&frame, &shape.rings).into_iter().collect()
            } else {
                c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect()
            };
            Some(CountryShape {
                path: leak_str(path(&frame, &shape.rings, true)),
                labels: leak(labels),
                id: leak_str(place_id(c.place).map_or_else(|| slug(c.name), str::to_string)),
                name: c.name,
            })
        })
        .collect();
    let borders = m
        .borders
        .iter()
        .filter_map(|b| {
            let pair = |e: &&Border| {
                e.between == (b.between.0.into(), b.between.1.into())
                    || e.between == (b.between.1.into(), b.between.0.into())
            };
            let shape = extract.borders.iter().find(pair)?;
            let place = b.place.map(|i| &article.places[i as usize]);
            Some(BorderShape {
                path: leak_str(path(&frame, &shape.lines, false)),
                label: frame.project(b.label.1, b.label.0),
                label_anchor: b.anchor,
                id: leak_str(place.map_or_else(
                    || format!("border-{}-{}", slug(b.between.0), slug(b.between.1)),
                    |p| p.id.to_string(),
                )),
                name: leak_str(
                    place.map_or_else(|| format!("{}–{} border", b.between.0, b.between.1), |p| p.name.to_string()),
                ),
            })
        })
        .collect();
    Ok(MapShapes {
        width: frame.width,
        height: frame.height,
        units_per_km: frame.scale,
        source: leak_str(extract.source),
        countries: leak(countries),
        borders: leak(borders),
    })
}

#[cfg(test)]
mod tests {
    use super::{label_point, path, slug, tenths, Frame};
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
    fn a_name_becomes_an_id() {
        assert_eq!(slug("South Africa"), "south-africa");
        assert_eq!(slug("Côte d'Ivoire"), "côte-d-ivoire");
    }

    #[test]
    fn a_country_without_a_label_is_named_in_the_middle_of_its_largest_part() {
        let frame = Frame::fit(&BELARUS);
        let small = vec![(21.0, 51.0), (21.2, 51.0), (21.2, 51.2)];
        let large = vec![(25.0, 52.0), (27.0, 52.0), (27.0, 54.0), (25.0, 54.0)];
        let (x, y) = label_point(&frame, &[small, large]).unwrap();
        let (cx, cy) = frame.project(53.0, 26.0);
        assert!((x - cx).abs() < 5.0 && (y - cy).abs() < 5.0, "({x}, {y}) vs ({cx}, {cy})");
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
