//! Build time: an article's map extract (`map/<article-id>.json`, longitude/latitude, from
//! scripts/extract-map.mjs) and its content file's `[map]` → projected SVG paths, with every name and label
//! from the content file.

use super::country_name;
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
        // Checked first: a stale extract explains every other difference.
        errors.push(format!(
            "[map]: {} was made for another region, scale, countries or borders; {rerun}",
            file.display()
        ));
    }
    if errors.is_empty() {
        let landless = m.countries.iter().filter(|c| !extract.countries.iter().any(|e| e.name == c.name));
        errors.extend(landless.map(|c| format!("[map] country '{}': it has no land inside the map's region", c.name)));
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

/// Every country with land in the map: the content's own, named where it says (or inside its land, or beside it
/// when it is too small), and the land around them, named only where the name fits inside.
fn country_shapes(frame: &Frame, extract: &Extract, article: &Article) -> Vec<CountryShape> {
    let place_id = |p: Option<u16>| p.map(|i| article.places[i as usize].id);
    let map = (frame.width, frame.height);
    let mut shapes: Vec<CountryShape> = extract
        .countries
        .iter()
        .map(|shape| {
            let rings: Vec<Vec<(f64, f64)>> = shape
                .rings
                .iter()
                .map(|ring| ring.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect())
                .collect();
            let featured = article.map.countries.iter().find(|c| c.name == shape.name);
            let spot = country_name::inside(&rings, shape.name.chars().count(), map);
            let (labels, label_from_px, label_beside) = match (featured, spot) {
                (Some(c), _) if !c.labels.is_empty() => {
                    (c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect(), 0, false)
                }
                // The story's own countries are always named: inside where the name fits on every screen, else
                // just beside the land. The land around them is named where the name fits inside.
                (Some(_), Some(spot)) if spot.shown_from_px == 0 => (vec![spot.point], 0, false),
                (Some(_), _) => match country_name::beside(&rings, map) {
                    Some((point, below)) => (vec![point], 0, below),
                    None => (Vec::new(), 0, false),
                },
                (None, Some(spot)) => (vec![spot.point], spot.shown_from_px, false),
                (None, None) => (Vec::new(), 0, false),
            };
            let id = place_id(featured.and_then(|c| c.place)).map_or_else(|| slug(&shape.name), str::to_string);
            CountryShape {
                path: leak_str(ring_path(frame, &shape.rings)),
                labels: leak(labels),
                label_from_px,
                label_beside,
                featured: featured.is_some(),
                id: leak_str(id),
                name: leak_str(shape.name.clone()),
            }
        })
        .collect();
    // The content's own countries are drawn last, over the land around them, in the order it lists them.
    let rank = |c: &CountryShape| article.map.countries.iter().position(|m| m.name == c.name);
    shapes.sort_by_key(|c| rank(c).map_or((0, 0), |r| (1, r)));
    shapes
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
    use super::slug;

    #[test]
    fn a_name_becomes_an_id() {
        assert_eq!(slug("South Africa"), "south-africa");
        assert_eq!(slug("Côte d'Ivoire"), "côte-d-ivoire");
    }
}
