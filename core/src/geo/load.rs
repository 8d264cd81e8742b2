//! Build time: an article's map extract (`map/<article-id>.json`, longitude/latitude, from
//! scripts/extract-map.mjs) and its content file's `[map]` → projected SVG paths, with every name and label
//! from the content file.

use super::extract::{request, ExtractRequest};
use super::projection::Frame;
use super::shapes::*;
use super::svg_path::{line_path, ring_path};
use crate::content::Article;
use crate::leak::{leak, leak_str};
use serde::Deserialize;
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
    let countries = country_shapes(&frame, &extract, article);
    let borders = border_shapes(&frame, &extract, article);
    Ok(MapShapes {
        width: frame.width,
        height: frame.height,
        units_per_km: frame.scale,
        source: leak_str(extract.source),
        countries: leak(countries),
        borders: leak(borders),
    })
}

/// Each country `[map]` names, with its outline, its place's id (or one made from its name) and where its name goes.
fn country_shapes(frame: &Frame, extract: &Extract, article: &Article) -> Vec<CountryShape> {
    let place_id = |p: Option<u16>| p.map(|i| article.places[i as usize].id);
    article
        .map
        .countries
        .iter()
        .filter_map(|c| {
            let shape = extract.countries.iter().find(|e| e.name == c.name)?;
            let labels: Vec<(f64, f64)> = if c.labels.is_empty() {
                label_point(frame, &shape.rings).into_iter().collect()
            } else {
                c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect()
            };
            Some(CountryShape {
                path: leak_str(ring_path(frame, &shape.rings)),
                labels: leak(labels),
                id: leak_str(place_id(c.place).map_or_else(|| slug(c.name), str::to_string)),
                name: c.name,
            })
        })
        .collect()
}

/// Each border `[map]` names, as the line its two countries share, named after its place or its countries.
fn border_shapes(frame: &Frame, extract: &Extract, article: &Article) -> Vec<BorderShape> {
    article
        .map
        .borders
        .iter()
        .filter_map(|b| {
            let (x, y) = (b.between.0.to_string(), b.between.1.to_string());
            let shape = extract
                .borders
                .iter()
                .find(|e| e.between == (x.clone(), y.clone()) || e.between == (y.clone(), x.clone()))?;
            let place = b.place.map(|i| &article.places[i as usize]);
            let (id, name) = match place {
                Some(p) => (p.id.to_string(), p.name.to_string()),
                None => (format!("border-{}-{}", slug(&x), slug(&y)), format!("{x}–{y} border")),
            };
            Some(BorderShape {
                path: leak_str(line_path(frame, &shape.lines)),
                label: frame.project(b.label.1, b.label.0),
                label_anchor: b.anchor,
                id: leak_str(id),
                name: leak_str(name),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{label_point, slug, Frame};
    use crate::geo::region::Region;

    const BELARUS: Region = Region { west: 20.1, east: 30.6, south: 50.9, north: 56.3 };

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
}
