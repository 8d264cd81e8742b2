//! What a map extract (`map/<article-id>.json`) must hold for an article, as `scripts/extract-map.mjs` asks
//! Natural Earth for it: the box to clip to, the scale, the countries and the borders. The extract repeats the
//! request it was made for, so the build can tell when the content file's `[map]` has changed since.

use crate::content::Article;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractRequest {
    /// Natural Earth's scale: "50m" or "110m" (`Region::detail`).
    pub detail: String,
    /// The region with a margin, so the outlines reach past every edge of the drawn map: [west, east, south, north].
    pub clip: [f64; 4],
    /// Natural Earth country names.
    pub countries: Vec<String>,
    /// Pairs of those names whose shared line is drawn.
    pub borders: Vec<(String, String)>,
}

/// Past this latitude the outlines are cut wider in longitude (see `request`).
const POLAR_LATITUDE: f64 = 60.0;

/// The extract an article's map needs.
pub fn request(article: &Article) -> ExtractRequest {
    // Near a pole a projection's meridians lean in and its parallels bend, so the frame's corners lie beyond the
    // region's edges: the outlines are cut further out there, and the land reaches the frame's corners.
    let region = article.map.region;
    let share = if region.south.abs().max(region.north.abs()) > POLAR_LATITUDE { 0.5 } else { 0.1 };
    let r = region.widened(share, 0.5);
    // Hundredths of a degree: the request is compared for equality after a JSON round trip.
    let round = |v: f64| (v * 100.0).round() / 100.0;
    ExtractRequest {
        detail: article.map.region.detail().to_string(),
        clip: [round(r.west), round(r.east), round(r.south), round(r.north)],
        countries: article.map.countries.iter().map(|c| c.name.to_string()).collect(),
        borders: article.map.borders.iter().map(|b| (b.between.0.to_string(), b.between.1.to_string())).collect(),
    }
}

/// The extract file of an article, relative to the repository root.
pub fn extract_path(article_id: &str) -> String {
    format!("map/{article_id}.json")
}
