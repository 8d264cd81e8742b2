//! The locator map's part of the model: where it stands in the article, its words, the region it shows, the
//! countries and borders it draws and its inset. The shapes themselves are `geo::MapShapes`, made at build time.

use super::{Idx, PlaceKind};

/// The locator map (`[map]` in the content file): its place in the article, its words, and what it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapInfo {
    /// The paragraph (index in `Article::paragraphs`) the map follows.
    pub after: Idx,
    pub description: &'static str,
    pub credits: &'static str,
    /// The box the map shows: the content file's, or the one around its places.
    pub region: crate::geo::region::Region,
    /// The projection that draws it, named for the credit line (`geo::projection::Frame::name`).
    pub projection: &'static str,
    /// Whether a scale bar is true across the map (not on a world map).
    pub true_scale: bool,
    pub countries: &'static [MapCountry],
    pub borders: &'static [MapBorder],
    /// The country tinted as the story's home, if any.
    pub home: Option<Idx>,
    pub inset: Option<Inset>,
    /// Countries' names in the article's language, by Natural Earth name.
    pub names: &'static [(&'static str, &'static str)],
}

/// A country the map draws, by its Natural Earth name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapCountry {
    pub name: &'static str,
    /// The place whose card its name opens.
    pub place: Option<Idx>,
    /// Where its name is written, (longitude, latitude); empty for the middle of its largest part.
    pub labels: &'static [(f64, f64)],
}

/// A border drawn to stand out: the line two drawn countries share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapBorder {
    pub between: (&'static str, &'static str),
    pub place: Option<Idx>,
    /// Where its name is written, (longitude, latitude), and the SVG text anchor.
    pub label: (f64, f64),
    pub anchor: &'static str,
}

/// An enlarged inset of places too close to separate on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inset {
    pub title: &'static str,
    /// Its places, numbered in this order.
    pub places: &'static [Idx],
    pub width_km: f64,
}

impl MapInfo {
    /// A country's name as the map writes it: the content's, in the article's language, else Natural Earth's.
    pub fn name_of<'a>(&self, natural_earth: &'a str) -> &'a str {
        self.names.iter().find(|(n, _)| *n == natural_earth).map_or(natural_earth, |(_, label)| label)
    }

    /// Whether the main map marks place `i`, of `kind`, with a dot and its name: every place with a point, whatever
    /// its kind, unless the map draws it otherwise: a country by its outline and name, a border by its line, and a
    /// place of the inset in the inset (a city there stays on the main map too: it is what the inset enlarges).
    pub fn marks(&self, i: Idx, kind: PlaceKind, has_point: bool) -> bool {
        let in_inset = self.inset.is_some_and(|inset| inset.places.contains(&i));
        has_point
            && !self.countries.iter().any(|c| c.place == Some(i))
            && !self.borders.iter().any(|b| b.place == Some(i))
            && (!in_inset || matches!(kind, PlaceKind::City | PlaceKind::Capital))
    }
}
