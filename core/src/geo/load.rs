//! Build time: an article's map extract (`map/<article-id>.json`, longitude/latitude, from
//! scripts/extract-map.mjs) and its content file's `[map]` → projected SVG paths, with every name and label
//! from the content file.

use super::country_name;
use super::extract::{request, ExtractRequest};
use super::map_names::{self, Beside, Borders, Countries};
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
    let mut borders = border_shapes(&frame, &extract, article);
    let mut countries = country_shapes(&frame, &extract, article);
    map_names::lay_out(&frame, article, &mut countries, &mut borders);
    // The content's own countries are drawn last, over the land around them, in the order it lists them.
    let unnamed = countries.shapes.iter().filter(|c| {
        let named = !c.labels.is_empty() || countries.beside.iter().any(|b| countries.shapes[b.shape].name == c.name);
        named && !article.language.starts_with("en") && !m.names.iter().any(|(n, _)| *n == c.name)
    });
    let missing: Vec<String> = unnamed
        .map(|c| format!("[map] names: the map names '{}': give its name in the article's language", c.name))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let rank = |c: &CountryShape| m.countries.iter().position(|n| n.name == c.name);
    let mut countries = countries.shapes;
    countries.sort_by_key(|c| rank(c).map_or((0, 0), |r| (1, r)));
    let borders = borders.shapes;
    Ok(MapShapes {
        width: frame.width,
        height: frame.height,
        units_per_km: frame.scale,
        source: leak_str(extract.source),
        countries: leak(countries),
        borders: leak(borders),
    })
}

/// The story's own country is named inside its land if its name fits there on a map this wide (narrower than the
/// article column's 672 px, on a desktop); on narrower maps it is then not named. Else it is named beside its land.
const STORY_NAME_FROM_PX: u16 = 640;

/// Every country with land in the map: the content's own, named where it says (or inside its land where the name
/// fits on every screen, else beside it, where `map_names` finds room), and the land around them, named only where
/// the name fits inside. The borders' names are placed with them.
fn country_shapes(frame: &Frame, extract: &Extract, article: &Article) -> Countries {
    let place_id = |p: Option<u16>| p.map(|i| article.places[i as usize].id);
    let map = (frame.width, frame.height);
    let places = map_names::PlaceNames::of(article, frame);
    let mut beside: Vec<Beside> = Vec::new();
    let mut lands: Vec<Vec<Vec<(f64, f64)>>> = Vec::new();
    let shapes: Vec<CountryShape> = extract
        .countries
        .iter()
        .enumerate()
        .map(|(k, shape)| {
            let rings: Vec<Vec<(f64, f64)>> = shape
                .rings
                .iter()
                .map(|ring| ring.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect())
                .collect();
            let featured = article.map.countries.iter().find(|c| c.name == shape.name);
            let label = article.map.name_of(&shape.name);
            let fill = if featured.is_some() { country_name::STORY_FILL } else { country_name::FILL };
            let spot = country_name::inside(&rings, label.chars().count(), map, fill, |b| !places.covers(b));
            let (labels, label_from_px) = match (featured, spot) {
                (Some(c), _) if !c.labels.is_empty() => {
                    (c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect(), 0)
                }
                (Some(_), Some(spot)) if spot.shown_from_px <= STORY_NAME_FROM_PX => {
                    (vec![spot.point], spot.shown_from_px)
                }
                (Some(_), _) => {
                    beside.extend(country_name::largest_part(&rings).map(|(centre, half)| Beside {
                        shape: k,
                        centre,
                        half,
                    }));
                    (Vec::new(), 0)
                }
                (None, Some(spot)) => (vec![spot.point], spot.shown_from_px),
                (None, None) => (Vec::new(), 0),
            };
            lands.push(rings);
            let id = place_id(featured.and_then(|c| c.place)).map_or_else(|| slug(&shape.name), str::to_string);
            CountryShape {
                path: leak_str(ring_path(frame, &shape.rings)),
                labels: leak(labels),
                label_from_px,
                label_side: None,
                featured: featured.is_some(),
                id: leak_str(id),
                name: leak_str(shape.name.clone()),
                label: leak_str(label.to_string()),
            }
        })
        .collect();
    Countries { shapes, beside, lands }
}

/// Each border `[map]` names, as the line its two countries share, named after its place or its countries; with
/// points along it where its name may go if the content's point is crowded.
fn border_shapes(frame: &Frame, extract: &Extract, article: &Article) -> Borders {
    let (shapes, along) = article
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
            let along: Vec<(f64, f64)> =
                shape.lines.iter().flatten().map(|&(lon, lat)| frame.project(lat, lon)).collect();
            let step = (along.len() / 24).max(1);
            let shape = BorderShape {
                path: leak_str(line_path(frame, &shape.lines)),
                label: frame.project(b.label.1, b.label.0),
                label_anchor: b.anchor,
                label_dy_em: 0.0,
                id: leak_str(id),
                name: leak_str(name),
            };
            Some((shape, along.into_iter().step_by(step).collect::<Vec<_>>()))
        })
        .unzip();
    Borders { shapes, along }
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
