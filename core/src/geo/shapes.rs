//! The map's drawable shapes, already projected into SVG units. `build.rs` makes them from the article's map
//! extract, `map/<article-id>.json`.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapShapes {
    pub width: f64,
    pub height: f64,
    /// SVG units per kilometre, for the scale bar.
    pub units_per_km: f64,
    pub source: &'static str,
    /// Every country with land in the frame: the content's own (`featured`) and the land around them.
    pub countries: &'static [CountryShape],
    pub borders: &'static [BorderShape],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountryShape {
    /// The content file's place id for this country, when it has one, so map and text link up.
    pub id: &'static str,
    pub name: &'static str,
    /// SVG path data.
    pub path: &'static str,
    /// One of the content file's `[map] countries`: tinted, named, and linked to its place.
    pub featured: bool,
    /// Where its name is written; empty where it is not (a country of the base map too small for its name).
    pub labels: &'static [(f64, f64)],
    /// The narrowest drawn map width, in px, at which the name fits inside the country (0: always; the content
    /// file's own positions are always shown). See `geo::country_name`.
    pub label_from_px: u16,
    /// The side of the country's land its name is written on, where the land is too small to hold it.
    pub label_side: Option<crate::content::LabelSide>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BorderShape {
    pub id: &'static str,
    pub name: &'static str,
    /// SVG path data.
    pub path: &'static str,
    /// Where the name is written, and its SVG text anchor.
    pub label: (f64, f64),
    pub label_anchor: &'static str,
}
