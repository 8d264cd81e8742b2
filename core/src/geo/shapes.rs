//! The map's drawable shapes, already projected into SVG units. `build.rs` makes them from `map/region.json`.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapShapes {
    pub width: f64,
    pub height: f64,
    /// SVG units per kilometre, for the scale bar.
    pub units_per_km: f64,
    pub source: &'static str,
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
    pub labels: &'static [(f64, f64)],
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
