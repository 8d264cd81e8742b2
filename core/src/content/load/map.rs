//! The map section: the paragraph the map follows, its words, the region it shows (and so its projection), the
//! countries and borders it draws, the home country and the inset. Runs before the places are read, which are
//! projected with the frame fitted here and must lie inside its region.

use super::*;
use crate::geo::projection::Frame;
use crate::geo::region::Region;

impl Loader {
    pub(super) fn map(&mut self, m: &src::MapSection, places: &[src::Place]) -> MapInfo {
        let after = self.para_ix.get(&m.after).copied().unwrap_or_else(|| {
            self.error("[map]", format!("after: '{}' is not a paragraph", m.after));
            0
        });
        for (field, value) in [("description", &m.description), ("credits", &m.credits)] {
            if value.trim().is_empty() {
                self.error("[map]", format!("{field} is empty"));
            }
        }
        let region = self.region(m, places);
        let frame = Frame::fit(&region);
        self.frame = Some((region, frame));

        let countries: Vec<MapCountry> = m.countries.iter().map(|c| self.map_country(c)).collect();
        let borders: Vec<MapBorder> = m.borders.iter().map(|b| self.map_border(b, &countries)).collect();
        let home = m.home.as_ref().and_then(|id| {
            let place = self.place_of_kind("[map]", "home", id, PlaceKind::Country)?;
            if !countries.iter().any(|c| c.place == Some(place)) {
                self.error("[map]", format!("home: '{id}' is not the place of any of [map] countries"));
            }
            Some(place)
        });
        let inset = m.inset.as_ref().map(|i| self.inset(i, places));
        MapInfo {
            after,
            description: leak_str(m.description.clone()),
            credits: leak_str(m.credits.clone()),
            region,
            projection: frame.name(),
            true_scale: frame.has_true_scale(),
            countries: leak(countries),
            borders: leak(borders),
            home,
            inset,
            names: leak(m.names.iter().map(|(k, v)| (leak_str(k.clone()), leak_str(v.clone()))).collect()),
        }
    }

    /// The content file's region, or the box around every place with a point.
    fn region(&mut self, m: &src::MapSection, places: &[src::Place]) -> Region {
        if let Some(b) = m.region {
            let region = Region::from_edges(b.west, b.east, b.south, b.north);
            if region.is_valid() && b.west != b.east {
                return region;
            }
            self.error(
                "[map]",
                "region: south must be less than north, on the globe, and west not equal to east (a west greater \
                 than east crosses the 180° meridian)",
            );
        }
        let points: Vec<(f64, f64)> = places.iter().filter_map(|p| p.lat.zip(p.lon)).collect();
        // With no point to go round (a new content file, say), the map shows the world.
        Region::around(&points).unwrap_or(Region { west: -180.0, east: 180.0, south: -60.0, north: 85.0 })
    }

    fn map_country(&mut self, c: &src::MapCountry) -> MapCountry {
        if c.name.trim().is_empty() {
            self.error("[map]", "countries: a country has no name");
        }
        let item = format!("[map] country '{}'", c.name);
        let place = c.place.as_ref().and_then(|id| self.place_of_kind(&item, "place", id, PlaceKind::Country));
        for &(lon, lat) in &c.labels {
            self.inside_region(&item, "label", lat, lon);
        }
        MapCountry { name: leak_str(c.name.clone()), place, labels: leak(c.labels.clone()) }
    }

    fn map_border(&mut self, b: &src::MapBorder, countries: &[MapCountry]) -> MapBorder {
        let item = format!("[map] border '{}'–'{}'", b.between.0, b.between.1);
        for name in [&b.between.0, &b.between.1] {
            if !countries.iter().any(|c| c.name == name) {
                self.error(&item, format!("'{name}' is not one of the countries [map] draws"));
            }
        }
        if !matches!(b.anchor.as_str(), "start" | "middle" | "end") {
            self.error(&item, format!("anchor: '{}' is not start, middle or end", b.anchor));
        }
        let place = b.place.as_ref().and_then(|id| self.place_of_kind(&item, "place", id, PlaceKind::Border));
        self.inside_region(&item, "label", b.label.1, b.label.0);
        MapBorder {
            between: (leak_str(b.between.0.clone()), leak_str(b.between.1.clone())),
            place,
            label: b.label,
            anchor: leak_str(b.anchor.clone()),
        }
    }

    fn inset(&mut self, i: &src::MapInset, places: &[src::Place]) -> Inset {
        let item = format!("[map] inset '{}'", i.title);
        if i.title.trim().is_empty() {
            self.error("[map]", "inset: the title is empty");
        }
        if i.width_km.is_nan() || i.width_km <= 0.0 {
            self.error(&item, "width_km must be more than 0");
        }
        if i.places.is_empty() {
            self.error(&item, "places: the inset names no place");
        }
        let members = i
            .places
            .iter()
            .filter_map(|id| match self.place_ix.get(id).copied() {
                Some(ix) if places[ix as usize].lat.is_some() => Some(ix),
                Some(_) => {
                    self.error(&item, format!("place '{id}' has no coordinates to draw"));
                    None
                }
                None => {
                    self.error(&item, format!("unknown place '{id}'"));
                    None
                }
            })
            .collect();
        Inset { title: leak_str(i.title.clone()), places: leak(members), width_km: i.width_km }
    }

    /// The index of place `id`, which must be of `kind`; an error against `item`'s `field` otherwise.
    fn place_of_kind(&mut self, item: &str, field: &str, id: &str, kind: PlaceKind) -> Option<Idx> {
        let Some(&ix) = self.place_ix.get(id) else {
            self.error(item, format!("{field}: '{id}' is not a place"));
            return None;
        };
        if self.place_kinds[ix as usize] != kind {
            let kind = format!("{kind:?}").to_lowercase();
            self.error(item, format!("{field}: place '{id}' is not of kind \"{kind}\""));
        }
        Some(ix)
    }

    /// A point the map draws must be inside its region: outside it, it would be drawn off the map.
    pub(super) fn inside_region(&mut self, item: &str, what: &str, lat: f64, lon: f64) {
        let Some((region, _)) = self.frame else { return };
        if !region.contains(lat, lon) {
            let at = crate::geo::coordinates::label(lat, lon, 4);
            let message = format!(
                "{what} ({at}) is outside the map's region ({}): widen [map] region, or leave the point out",
                region.describe()
            );
            self.error(item, message);
        }
    }
}
