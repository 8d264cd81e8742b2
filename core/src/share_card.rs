//! The link-preview image (Open Graph's `og:image`, Twitter's large card): the article's locator map on the
//! explainer's paper, 1200 × 630, written as SVG for the prerender to render to PNG. It has no text, so rendering
//! needs no fonts; the preview's title and description come from the page's tags.

use crate::content::{Article, Idx};
use crate::geo::MapShapes;
use std::fmt::Write;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The explainer's red band down the left edge, in pixels.
const BAND: f64 = 28.0;

/// The map's colours in the light theme (style/map.css).
const WATER: &str = "#dfe8ee";
const LAND: &str = "#f1efe9";
/// The land around the story's countries, quieter.
const BASE: &str = "#e4e1da";
const HOME: &str = "#f6e7c8";
const LINE: &str = "#b9b4a8";
const ACCENT: &str = "#9b1c1c";
const INK: &str = "#1b1b1b";

/// The image as SVG: the map scaled to fill the card beside the band (cropped, never stretched) and centred on its
/// cities, its outlines, the home country tinted, the borders the article speaks of in red, and a dot for every
/// city.
pub fn svg(map: &MapShapes, article: &Article) -> String {
    let (w, h) = (f64::from(WIDTH) - BAND, f64::from(HEIGHT));
    let cities: Vec<(f64, f64)> = (0..article.places.len())
        .filter(|&i| article.map.marks(i as Idx, article.places[i].kind, article.places[i].map.is_some()))
        .filter_map(|i| article.places[i].map)
        .collect();
    let (x0, x1, y0, y1) = cities.iter().fold((map.width, 0.0_f64, map.height, 0.0_f64), |(a, b, c, d), &(x, y)| {
        (a.min(x), b.max(x), c.min(y), d.max(y))
    });
    let (centre, fit) = if cities.is_empty() {
        ((map.width / 2.0, map.height / 2.0), 0.0)
    } else {
        // Close enough to show the cities with a margin, never so far that paper shows round the map.
        let fit = (w / ((x1 - x0) * 1.4).max(1.0)).min(h / ((y1 - y0) * 1.4).max(1.0));
        (((x0 + x1) / 2.0, (y0 + y1) / 2.0), fit)
    };
    let scale = (w / map.width).max(h / map.height).max(fit.min(4.0 * (w / map.width).max(h / map.height)));
    let clamp = |v: f64, lo: f64, hi: f64| v.max(lo).min(hi);
    let dx = clamp(BAND + w / 2.0 - centre.0 * scale, BAND + w - map.width * scale, BAND);
    let dy = clamp(h / 2.0 - centre.1 * scale, h - map.height * scale, 0.0);
    // Strokes and dots in card pixels, whatever the map's scale.
    let px = 1.0 / scale;
    let home = article.map.home.map(|p| article.places[p as usize].id);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{WATER}"/><g transform="translate({dx:.2} {dy:.2}) scale({scale:.5})">"#
    );
    for c in map.countries {
        let fill = match (c.featured, Some(c.id) == home) {
            (true, true) => HOME,
            (true, false) => LAND,
            (false, _) => BASE,
        };
        let _ = write!(out, r#"<path d="{}" fill="{fill}" stroke="{LINE}" stroke-width="{:.3}"/>"#, c.path, 1.5 * px);
    }
    for b in map.borders {
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{ACCENT}" stroke-width="{:.3}" stroke-linejoin="round"/>"#,
            b.path,
            5.0 * px
        );
    }
    for &(x, y) in &cities {
        let _ = write!(
            out,
            r##"<circle cx="{x:.2}" cy="{y:.2}" r="{:.3}" fill="{INK}" stroke="#ffffff" stroke-width="{:.3}"/>"##,
            9.0 * px,
            3.0 * px
        );
    }
    let _ = write!(out, r#"</g><rect width="{BAND}" height="{HEIGHT}" fill="{ACCENT}"/></svg>"#);
    out
}

/// The image's description, for `og:image:alt`.
pub fn alt(article: &Article) -> String {
    format!("Locator map: {}", article.map.description)
}
