//! The link-preview image (Open Graph's `og:image`, Twitter's large card): the article's locator map on the
//! explainer's paper, 1200 × 630, written as SVG for the prerender to render to PNG. It has no text, so rendering
//! needs no fonts; the preview's title and description come from the page's tags.

use crate::content::Article;
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

/// The image as SVG: the map scaled to fill the card beside the band (cropped, never stretched; smaller where its
/// places would not all show) and centred on its places, its outlines, the home country tinted, the borders the article speaks of in red, and a dot for every
/// city.
pub fn svg(map: &MapShapes, article: &Article) -> String {
    let (w, h) = (f64::from(WIDTH) - BAND, f64::from(HEIGHT));
    let cities: Vec<(f64, f64)> = article.marked_places().filter_map(|(_, p)| p.map).collect();
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
    // Filling the card where the places allow it; a map whose places would not all show so (a tall map in this
    // wide card) is drawn smaller, down to showing it whole, on the same sea.
    let cover = (w / map.width).max(h / map.height);
    let contain = (w / map.width).min(h / map.height);
    let scale = if cities.is_empty() || fit >= cover { cover.max(fit.min(4.0 * cover)) } else { fit.max(contain) };
    // Centred on the places, never past the map's edge; centred on the card where the map is the smaller.
    let place = |centre: f64, card: f64, size: f64, start: f64| {
        if size * scale <= card {
            start + (card - size * scale) / 2.0
        } else {
            (start + card / 2.0 - centre * scale).max(start + card - size * scale).min(start)
        }
    };
    let dx = place(centre.0, w, map.width, BAND);
    let dy = place(centre.1, h, map.height, 0.0);
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

/// The image's description, for `og:image:alt`: `line` is the catalogue's ("Locator map: {description}").
pub fn alt(article: &Article, line: &str) -> String {
    crate::line::fill(line, &[("description", article.map.description)])
}
