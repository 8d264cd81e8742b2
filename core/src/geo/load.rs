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
fn path(frame: &Frame, lines: &[Vec<(f64, f64)>], closed: bool) -> String {
    let mut d = String::new();
    for line in lines {
        for (i, &(lon, lat)) in line.iter().enumerate() {
            let (x, y) = frame.project(lat, lon);
            let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, x, y);
        }
        if closed {
            d.push('Z');
        }
    }
    d
}

pub fn load_region(file: &Path, frame: &Frame) -> Result<MapShapes, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let region: Region = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let countries = region
        .countries
        .into_iter()
        .map(|c| CountryShape {
            path: PrerenderedPath(leak_str(path(frame, &c.rings, true))),
            labels: leak(c.labels.iter().map(|&(lon, lat)| frame.project(lat, lon)).collect()),
            id: leak_str(c.id),
            name: leak_str(c.name),
        })
        .collect();
    let borders = region
        .borders
        .into_iter()
        .map(|b| BorderShape {
            path: PrerenderedPath(leak_str(path(frame, &b.lines, false))),
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
