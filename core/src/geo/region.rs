//! The part of the globe a map shows: a longitude/latitude box, written in the content file or derived from its
//! places, and what follows from its size: how detailed the outlines are and which projection draws them.
//!
//! A region may cross the 180° meridian. The content file writes such a box as GeoJSON does (RFC 7946 §5.2),
//! west greater than east ("from 170° E to 165° W" is `west = 170, east = -165`); inside the model east is then
//! counted past 180° (195), so that `east - west` is always the width and the middle is always `(west + east) / 2`.

/// West and east longitude, south and north latitude, in degrees. West is in -180..=180 and east is greater than
/// west by at most 360: past 180° where the region crosses the antimeridian.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// Beyond this many degrees of longitude measured on the ground (at the region's middle latitude, where a degree is
/// shorter nearer a pole), or of latitude, the places span continents.
const CONTINENTAL_LON: f64 = 60.0;
const CONTINENTAL_LAT: f64 = 60.0;
/// Maps stop short of the poles: no projection the map uses draws them usefully.
const POLAR_LIMIT: f64 = 85.0;

/// `lon` moved by whole turns into `from..from + 360`.
pub fn lon_from(lon: f64, from: f64) -> f64 {
    from + (lon - from).rem_euclid(360.0)
}

/// The shortest run of longitudes that holds them all, as (west, east) with east possibly past 180°: the
/// complement of the widest gap between neighbouring longitudes around the globe. Places on both sides of the
/// Pacific so get one box across it, not a strip round the world. On a tie the box that does not cross 180° wins.
fn shortest_arc(lons: &[f64]) -> Option<(f64, f64)> {
    let mut sorted: Vec<f64> = lons.iter().map(|&l| lon_from(l, -180.0)).collect();
    sorted.sort_by(f64::total_cmp);
    let (&first, &last) = (sorted.first()?, sorted.last()?);
    let mut best = (first + 360.0 - last, first, last);
    for pair in sorted.windows(2) {
        let gap = pair[1] - pair[0];
        if gap > best.0 {
            best = (gap, pair[1], pair[0] + 360.0);
        }
    }
    Some((best.1, best.2))
}

impl Region {
    /// A region from the content file's four numbers: a west greater than east crosses the antimeridian.
    pub fn from_edges(west: f64, east: f64, south: f64, north: f64) -> Region {
        let east = if east < west { east + 360.0 } else { east };
        Region { west, east, south, north }
    }

    /// The smallest box around the points (latitude, longitude), with a margin of a sixth of its size on every
    /// side, at least half a degree (no marker sits on the map's edge) and at most 15° (a map across oceans is
    /// not mostly sea). `None` without points.
    pub fn around(points: &[(f64, f64)]) -> Option<Region> {
        let lons: Vec<f64> = points.iter().map(|p| p.1).collect();
        let (west, east) = shortest_arc(&lons)?;
        let south = points.iter().map(|p| p.0).fold(f64::MAX, f64::min);
        let north = points.iter().map(|p| p.0).fold(f64::MIN, f64::max);
        let tight = Region { west, east, south, north };
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
            let shift = (-POLAR_LIMIT - south).max(0.0) - (north - POLAR_LIMIT).max(0.0);
            r.south = (south + shift).max(-POLAR_LIMIT);
            r.north = (north + shift).min(POLAR_LIMIT);
        } else if ground_width < lat_span {
            let half = lon_span * lat_span / ground_width / 2.0;
            r = r.with_lon_span(self.centre_lon(), 2.0 * half);
        }
        r
    }

    /// `span` degrees of longitude around `centre`, at most the whole globe.
    fn with_lon_span(self, centre: f64, span: f64) -> Region {
        let half = span.min(360.0) / 2.0;
        let west = lon_from(centre - half, -180.0);
        Region { west, east: west + 2.0 * half, ..self }
    }

    /// Grown on every side by `share` of its size, and by at least `least` degrees; never past the poles, and
    /// never more than once round the globe.
    pub fn widened(&self, share: f64, least: f64) -> Region {
        self.grown((self.lon_span() * share).max(least), (self.lat_span() * share).max(least))
    }

    /// Grown by `dx` degrees of longitude on each side and `dy` of latitude, within the globe.
    fn grown(&self, dx: f64, dy: f64) -> Region {
        Region {
            south: (self.south - dy).max(-POLAR_LIMIT),
            north: (self.north + dy).min(POLAR_LIMIT),
            ..self.with_lon_span(self.centre_lon(), self.lon_span() + 2.0 * dx)
        }
    }

    pub fn lon_span(&self) -> f64 {
        self.east - self.west
    }

    pub fn lat_span(&self) -> f64 {
        self.north - self.south
    }

    /// The middle meridian, which the projection is centred on (past 180° for some regions across it).
    pub fn centre_lon(&self) -> f64 {
        (self.west + self.east) / 2.0
    }

    /// Whether the region crosses the 180° meridian.
    pub fn crosses_antimeridian(&self) -> bool {
        self.east > 180.0
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        lon_from(lon, self.west) <= self.east && (self.south..=self.north).contains(&lat)
    }

    /// Whether the box is a sensible map region: ordered edges, inside the globe.
    pub fn is_valid(&self) -> bool {
        self.west < self.east
            && self.lon_span() <= 360.0
            && self.south < self.north
            && (-180.0..=180.0).contains(&self.west)
            && (-90.0..=90.0).contains(&self.south)
            && (-90.0..=90.0).contains(&self.north)
    }

    /// Whether the region spans continents, rather than being the size of a country or a few.
    pub fn spans_continents(&self) -> bool {
        let ground_lon = self.lon_span() * ((self.south + self.north) / 2.0).to_radians().cos();
        ground_lon > CONTINENTAL_LON || self.lat_span() > CONTINENTAL_LAT
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
        let east = if self.east > 180.0 { self.east - 360.0 } else { self.east };
        let (w, e, s, n) =
            (longitude(self.west, 1), longitude(east, 1), latitude(self.south, 1), latitude(self.north, 1));
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

    /// Fiji, Samoa and Auckland: three places either side of 180°.
    const PACIFIC: [(f64, f64); 3] = [(-18.14, 178.44), (-13.83, -171.77), (-36.85, 174.76)];

    #[test]
    fn places_either_side_of_the_antimeridian_get_one_box_across_it() {
        let r = Region::around(&PACIFIC).unwrap();
        assert!(r.is_valid() && r.crosses_antimeridian(), "{r:?}");
        assert!(r.lon_span() < 60.0, "an ocean, not a strip round the world: {r:?}");
        assert!(PACIFIC.iter().all(|&(lat, lon)| r.contains(lat, lon)));
        assert!(r.centre_lon() > 175.0 && r.centre_lon() < 190.0, "centred near 180°: {r:?}");
        assert!(!r.contains(-20.0, 0.0) && !r.contains(-20.0, 150.0));
        assert!(r.describe().contains("° E to ") && r.describe().contains("° W, "), "{}", r.describe());
    }

    #[test]
    fn the_content_file_writes_a_box_across_180_with_west_greater_than_east() {
        let r = Region::from_edges(170.0, -165.0, -40.0, -10.0);
        assert_eq!((r.west, r.east), (170.0, 195.0));
        assert!(r.is_valid() && r.contains(-20.0, -170.0) && r.contains(-20.0, 179.0) && !r.contains(-20.0, -160.0));
        assert_eq!(
            Region::from_edges(20.1, 30.6, 50.9, 56.3),
            Region { west: 20.1, east: 30.6, south: 50.9, north: 56.3 }
        );
    }

    #[test]
    fn places_round_the_world_get_the_narrowest_box_that_holds_them() {
        // Sydney, Clearwater, Bonaire, Bern, London: the widest gap is the Indian Ocean and Asia, between Bern and
        // Sydney, so the box runs east from Sydney across the Pacific and the Atlantic to Bern.
        let points = [(-33.87, 151.21), (27.97, -82.8), (12.2, -68.26), (46.95, 7.45), (51.51, -0.13)];
        let r = Region::around(&points).unwrap();
        assert!(r.is_valid(), "{r:?}");
        assert!(points.iter().all(|&(lat, lon)| r.contains(lat, lon)), "{r:?}");
        assert!(r.lon_span() < 360.0 - 143.0 + 2.0 * 15.0 + 1e-9);
        // A widened world map is one turn at most, centred where the places are.
        let w = r.widened(10.0, 1.0);
        assert!(w.is_valid() && (w.lon_span() - 360.0).abs() < 1e-9 && (w.centre_lon() - r.centre_lon()).abs() < 1e-9);
    }

    #[test]
    fn a_region_near_a_pole_stops_short_of_it() {
        // Longyearbyen and Nuuk.
        let r = Region::around(&[(78.22, 15.65), (64.18, -51.69)]).unwrap();
        assert!(
            r.is_valid() && r.north <= POLAR_LIMIT && r.contains(78.22, 15.65) && r.contains(64.18, -51.69),
            "{r:?}"
        );
    }

    #[test]
    fn a_region_reaching_towards_a_pole_is_measured_on_the_ground() {
        // Hobart, Christchurch and McMurdo Station: 113° of longitude, but at 59° S that is the ground of 59° at
        // the equator, so a regional map, with the finer outlines that hold Ross Island.
        let r = Region::around(&[(-42.88, 147.33), (-43.53, 172.64), (-77.84, 166.69)]).unwrap();
        assert!(!r.spans_continents(), "{r:?}");
        assert_eq!(r.detail(), "50m");
    }
}
