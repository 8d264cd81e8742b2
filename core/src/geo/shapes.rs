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
    pub path: PrerenderedPath,
    pub labels: &'static [(f64, f64)],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BorderShape {
    pub id: &'static str,
    pub name: &'static str,
    pub path: PrerenderedPath,
    /// Where the name is written, and its SVG text anchor.
    pub label: (f64, f64),
    pub label_anchor: &'static str,
}

/// SVG path data that only the prerender draws. The browser keeps the prerendered shapes (hydrating `inner_html`
/// leaves an element's children alone; see `src/components/map.rs`), so the code build.rs writes gives the path
/// an empty string in the `hydrate` build, and the wasm carries no path data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrerenderedPath(pub &'static str);
