//! The part of the globe a map shows: a longitude/latitude box, written in the content file or derived from its
//! places, and what follows from its size: how detailed the outlines are and which projection draws them.

/// West and east longitude, south and north latitude, in degrees. West is less than east: a region does not
/// cross the antimeridian.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// Beyond this many degrees of longitude, or of latitude, the places span continents.
const CONTINENTAL_LON: f64 = 60.0;
const CONTINENTAL_LAT: f64 = 40.0;

impl Region {
    /// The smallest box around the points (latitude, longitude), with a margin of a sixth of its size on every
    /// side, at least half a degree (no marker sits on the map's edge) and at most 15° (a map across oceans is
    /// not mostly sea). `None` without points.
    pub fn around(points: &[(f64, f64)]) -> Option<Region> {
        let (&(lat, lon), rest) = points.split_first()?;
        let tight = rest.iter().fold(Region { west: lon, east: lon, south: lat, north: lat }, |r, &(lat, lon)| {
            Region { west: r.west.min(lon), east: r.east.max(lon), south: r.south.min(lat), north: r.north.max(lat) }
        });
        let margin = |span: f64| (span / 6.0).clamp(0.5, 15.0);
        let (dx, dy) = (margin(tight.lon_span()), margin(tight.lat_span()));
        Some(tight.grown(dx, dy).shaped())
    }

    /// Grown in one direction until its shape on the ground is between square and about 1.8 times as wide as tall, the
    /// shapes a locator map reads well in on a phone and a desktop: a row of places along one parallel would
    /// otherwise make a sliver of a map.
    fn shaped(self) -> Region {
        let mid = (self.south + self.north) / 2.0;
        let ground_width = self.lon_span() * mid.to_radians().cos().max(0.2);
        let (lat_span, lon_span) = (self.lat_span(), self.lon_span());
        let mut r = self;
        if ground_width > 1.8 * lat_span {
            let half = ground_width / 1.8 / 2.0;
            let (south, north) = (mid - half, mid + half);
            // Past a pole, the box slides back instead.
            let shift = (-85.0 - south).max(0.0) - (north - 85.0).max(0.0);
            r.south = (south + shift).max(-85.0);
            r.north = (north + shift).min(85.0);
        } else if ground_width < lat_span {
            let half = lon_span * lat_span / ground_width / 2.0;
            let centre = (self.west + self.east) / 2.0;
            let shift = (-180.0 - (centre - half)).max(0.0) - (centre + half - 180.0).max(0.0);
            r.west = (centre - half + shift).max(-180.0);
            r.east = (centre + half + shift).min(180.0);
        }
        r
    }

    /// Grown on every side by `share` of its size, and by at least `least` degrees; never past the poles or the
    /// antimeridian.
    pub fn widened(&self, share: f64, least: f64) -> Region {
        self.grown((self.lon_span() * share).max(least), (self.lat_span() * share).max(least))
    }

    /// Grown by `dx` degrees of longitude on each side and `dy` of latitude, within the globe.
    fn grown(&self, dx: f64, dy: f64) -> Region {
        Region {
            west: (self.west - dx).max(-180.0),
            east: (self.east + dx).min(180.0),
            south: (self.south - dy).max(-85.0),
            north: (self.north + dy).min(85.0),
        }
    }

    pub fn lon_span(&self) -> f64 {
        self.east - self.west
    }

    pub fn lat_span(&self) -> f64 {
        self.north - self.south
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }

    /// Whether the box is a sensible map region: ordered edges, inside the globe.
    pub fn is_valid(&self) -> bool {
        self.west < self.east
            && self.south < self.north
            && (-180.0..=180.0).contains(&self.west)
            && (-180.0..=180.0).contains(&self.east)
            && (-90.0..=90.0).contains(&self.south)
            && (-90.0..=90.0).contains(&self.north)
    }

    /// Whether the region spans continents, rather than being the size of a country or a few.
    pub fn spans_continents(&self) -> bool {
        self.lon_span() > CONTINENTAL_LON || self.lat_span() > CONTINENTAL_LAT
    }

    /// Natural Earth's scale for these outlines: 1:50m for a country-sized region, 1:110m where the places span
    /// continents (finer outlines would only add bytes at that size).
    pub fn detail(&self) -> &'static str {
        if self.spans_continents() {
            "110m"
        } else {
            "50m"
        }
    }

    /// As errors write it: "20.1° E to 30.6° E, 50.9° N to 56.3° N".
    pub fn describe(&self) -> String {
        use super::coordinates::{latitude, longitude};
        let (w, e, s, n) =
            (longitude(self.west, 1), longitude(self.east, 1), latitude(self.south, 1), latitude(self.north, 1));
        format!("{w} to {e}, {s} to {n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_around_places_has_a_margin_and_contains_them_all() {
        let points = [(53.9, 27.57), (53.68, 23.83), (52.23, 21.01)];
        let r = Region::around(&points).unwrap();
        assert!(points.iter().all(|&(lat, lon)| r.contains(lat, lon)));
        assert!(r.west <= 21.01 - 0.5 && r.east >= 27.57 + 0.5 && r.south <= 52.23 - 0.5 && r.north >= 53.9 + 0.5);
        assert_eq!(r.detail(), "50m");
        assert_eq!(Region::around(&[]), None);
    }

    #[test]
    fn places_on_several_continents_get_the_coarser_outlines() {
        let r = Region::around(&[(-33.0, -71.6), (-33.9, 18.4)]).unwrap();
        assert!(r.spans_continents());
        assert_eq!(r.detail(), "110m");
    }

    #[test]
    fn a_row_of_places_along_one_parallel_still_gets_a_map_that_is_not_a_sliver() {
        let r = Region::around(&[(-33.05, -71.61), (-33.93, 18.42), (-42.88, 147.33)]).unwrap();
        assert!(r.is_valid());
        let ground = r.lon_span() * ((r.south + r.north) / 2.0).to_radians().cos();
        // About 1.8: the box slid back from the pole, so its middle latitude moved a little.
        assert!(ground / r.lat_span() <= 2.0, "{r:?}");
        assert!(r.contains(-42.88, 147.33) && r.contains(-33.05, -71.61));
        // And a column of places gets width.
        let r = Region::around(&[(10.0, 5.0), (40.0, 5.1)]).unwrap();
        assert!(r.lon_span() * 25f64.to_radians().cos() >= r.lat_span() - 1e-9, "{r:?}");
    }

    #[test]
    fn a_widened_region_stays_on_the_globe() {
        let r = Region { west: -179.0, east: 179.0, south: -80.0, north: 80.0 }.widened(0.5, 1.0);
        assert!(r.is_valid());
        assert_eq!((r.west, r.east), (-180.0, 180.0));
    }

    #[test]
    fn a_box_with_its_edges_swapped_is_not_a_region() {
        assert!(!Region { west: 30.0, east: 20.0, south: 50.0, north: 56.0 }.is_valid());
        assert!(!Region { west: 20.0, east: 30.0, south: 56.0, north: 50.0 }.is_valid());
    }
}
