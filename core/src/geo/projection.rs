//! The map's projection, chosen for its region and fitted so the region fills a 1000-unit-wide SVG:
//! - a Lambert conformal conic for a country-sized region away from the equator, with standard parallels at a sixth
//!   and five sixths of its height and its central meridian in the middle, so shapes and distances stay true;
//! - Equal Earth (Šavrič, Patterson and Jenny, 2018) where the places span continents or the region nears the
//!   equator, which keeps areas true and the whole globe recognisable.
//!
//! It runs at build time only: outlines and place points reach the browser already projected.

use super::region::Region;
use std::f64::consts::FRAC_PI_4;

pub const EARTH_RADIUS_KM: f64 = 6371.0088;
pub const VIEW_WIDTH: f64 = 1000.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Projection {
    Conic { n: f64, f: f64, rho0: f64, lon0: f64 },
    EqualEarth { lon0: f64 },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    projection: Projection,
    x_min: f64,
    y_max: f64,
    /// SVG units per kilometre of projected distance (true everywhere on the conic's standard parallels; on Equal
    /// Earth, only along the equator).
    pub scale: f64,
    pub width: f64,
    pub height: f64,
}

/// A conic needs a region that keeps to one hemisphere and stays this far from the equator.
const CONIC_MIN_LATITUDE: f64 = 10.0;

impl Frame {
    /// The projection that suits the region, fitted to it.
    pub fn fit(region: &Region) -> Frame {
        let one_side = region.south * region.north > 0.0;
        let near_equator = region.south.abs().min(region.north.abs()) < CONIC_MIN_LATITUDE;
        // Centred on the region, whichever side of 180° it lies: a Pacific map is one view of its ocean.
        let lon0 = region.centre_lon();
        let projection = if region.spans_continents() || !one_side || near_equator {
            Projection::EqualEarth { lon0 }
        } else {
            let (p1, p2) = (
                (region.south + region.lat_span() / 6.0).to_radians(),
                (region.north - region.lat_span() / 6.0).to_radians(),
            );
            let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
            let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
            let f = p1.cos() * t(p1).powf(n) / n;
            let lat0 = ((region.south + region.north) / 2.0).to_radians();
            Projection::Conic { n, f, rho0: EARTH_RADIUS_KM * f / t(lat0).powf(n), lon0 }
        };
        let mut frame = Frame { projection, x_min: 0.0, y_max: 0.0, scale: 1.0, width: 0.0, height: 0.0 };
        // The region's edges are curves in both projections: sample them to find the extent.
        let Region { west, east, south, north } = *region;
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for i in 0..=64 {
            let s = f64::from(i) / 64.0;
            for (lat, lon) in [
                (south, west + s * (east - west)),
                (north, west + s * (east - west)),
                (south + s * (north - south), west),
                (south + s * (north - south), east),
            ] {
                let (x, y) = frame.km(lat, lon);
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
        }
        frame.scale = VIEW_WIDTH / (x1 - x0);
        frame.x_min = x0;
        frame.y_max = y1;
        frame.width = VIEW_WIDTH;
        frame.height = ((y1 - y0) * frame.scale).round();
        frame
    }

    /// The projection's name, for the map's credit line.
    pub fn name(&self) -> &'static str {
        match self.projection {
            Projection::Conic { .. } => "Lambert conformal conic",
            Projection::EqualEarth { .. } => "Equal Earth",
        }
    }

    /// Whether one scale holds across the map closely enough for a scale bar: the conic's does; a world map's
    /// does not.
    pub fn has_true_scale(&self) -> bool {
        matches!(self.projection, Projection::Conic { .. })
    }

    /// Projected kilometres east and north of the origin.
    fn km(&self, lat: f64, lon: f64) -> (f64, f64) {
        match self.projection {
            Projection::Conic { n, f, rho0, lon0 } => {
                let t = (FRAC_PI_4 + lat.to_radians() / 2.0).tan();
                let rho = EARTH_RADIUS_KM * f / t.powf(n);
                let theta = n * from_centre(lon, lon0).to_radians();
                (rho * theta.sin(), rho0 - rho * theta.cos())
            }
            Projection::EqualEarth { lon0 } => {
                const A: [f64; 4] = [1.340264, -0.081106, 0.000893, 0.003796];
                let m = 3f64.sqrt() / 2.0;
                let theta = (m * lat.to_radians().sin()).asin();
                let t2 = theta * theta;
                let t6 = t2 * t2 * t2;
                let lambda = from_centre(lon, lon0).to_radians();
                let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
                    / (3.0 * (9.0 * A[3] * t6 * t2 + 7.0 * A[2] * t6 + 3.0 * A[1] * t2 + A[0]));
                let y = theta * (A[3] * t6 * t2 + A[2] * t6 + A[1] * t2 + A[0]);
                (EARTH_RADIUS_KM * x, EARTH_RADIUS_KM * y)
            }
        }
    }

    /// SVG coordinates: x to the right, y down.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (x, y) = self.km(lat, lon);
        ((x - self.x_min) * self.scale, (self.y_max - y) * self.scale)
    }
}

/// Degrees east of the central meridian, between -180 and 180: a longitude past 180° (a region across the
/// antimeridian) and its usual form are the same meridian. The edges stay apart, so a world map's west edge is
/// not folded onto its east edge.
fn from_centre(lon: f64, lon0: f64) -> f64 {
    let d = (lon - lon0) % 360.0;
    if d > 180.0 {
        d - 360.0
    } else if d < -180.0 {
        d + 360.0
    } else {
        d
    }
}

/// Great-circle distance in km, for checking the projection against the fact sheet's figures.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINSK: (f64, f64) = (53.9002, 27.5665);
    const GRODNO: (f64, f64) = (53.6758, 23.8289);
    const VILNIUS: (f64, f64) = (54.6892, 25.2798);
    const WARSAW: (f64, f64) = (52.2298, 21.0118);
    const BELARUS: Region = Region { west: 20.1, east: 30.6, south: 50.9, north: 56.3 };
    // Points in the southern and western hemispheres: Valparaíso, Cape Town, Hobart.
    const SOUTH: [(f64, f64); 3] = [(-33.047, -71.613), (-33.925, 18.424), (-42.882, 147.327)];

    /// Whether a projected point lies on the map.
    fn shows(f: &Frame, (x, y): (f64, f64)) -> bool {
        (0.0..=f.width).contains(&x) && (0.0..=f.height).contains(&y)
    }

    fn map_km(frame: &Frame, a: (f64, f64), b: (f64, f64)) -> f64 {
        let (ax, ay) = frame.project(a.0, a.1);
        let (bx, by) = frame.project(b.0, b.1);
        ((ax - bx).powi(2) + (ay - by).powi(2)).sqrt() / frame.scale
    }

    #[test]
    fn a_country_sized_region_gets_a_conic_that_fills_the_width_with_every_city_inside() {
        let f = Frame::fit(&BELARUS);
        assert_eq!((f.name(), f.has_true_scale()), ("Lambert conformal conic", true));
        assert_eq!(f.width, VIEW_WIDTH);
        assert!(f.height > 600.0 && f.height < 1000.0, "height {}", f.height);
        for (lat, lon) in [MINSK, GRODNO, VILNIUS, WARSAW] {
            assert!(shows(&f, f.project(lat, lon)), "{lat},{lon}");
        }
    }

    #[test]
    fn north_is_up_and_east_is_right_in_both_hemispheres() {
        let f = Frame::fit(&BELARUS);
        assert!(f.project(MINSK.0, MINSK.1).0 > f.project(GRODNO.0, GRODNO.1).0);
        assert!(f.project(VILNIUS.0, VILNIUS.1).1 < f.project(GRODNO.0, GRODNO.1).1);
        let chile = Region { west: -76.0, east: -66.0, south: -45.0, north: -28.0 };
        let f = Frame::fit(&chile);
        assert_eq!(f.name(), "Lambert conformal conic");
        let (north, south) = (f.project(-30.0, -71.0), f.project(-40.0, -71.0));
        assert!(north.1 < south.1, "north is up in the south");
        assert!(f.project(-35.0, -68.0).0 > f.project(-35.0, -74.0).0, "east is right");
    }

    #[test]
    fn map_distances_match_the_fact_sheet_within_one_percent() {
        let f = Frame::fit(&BELARUS);
        // Fact sheet §B3: Minsk–Grodno ≈ 247 km (246.8), Minsk–Vilnius ≈ 172 km (172.4), Grodno–Vilnius ≈ 147 km.
        assert!((haversine_km(MINSK, GRODNO) - 246.8).abs() < 0.5);
        for (a, b, km) in [(MINSK, GRODNO, 246.8), (MINSK, VILNIUS, 172.4), (GRODNO, VILNIUS, 147.0)] {
            let d = map_km(&f, a, b);
            assert!((d - km).abs() / km < 0.01, "{a:?}–{b:?}: {d} km on the map vs {km}");
        }
    }

    #[test]
    fn places_across_oceans_get_equal_earth_with_every_point_inside() {
        let region = Region::around(&SOUTH).unwrap();
        let f = Frame::fit(&region);
        assert_eq!((f.name(), f.has_true_scale()), ("Equal Earth", false));
        for (lat, lon) in SOUTH {
            assert!(shows(&f, f.project(lat, lon)), "{lat},{lon} → {:?}", f.project(lat, lon));
        }
        // West to east across the Atlantic and the Indian Ocean, and Hobart further south than Cape Town.
        let [valparaiso, cape_town, hobart] = SOUTH.map(|(lat, lon)| f.project(lat, lon));
        assert!(valparaiso.0 < cape_town.0 && cape_town.0 < hobart.0);
        assert!(hobart.1 > cape_town.1);
    }

    #[test]
    fn equal_earth_matches_the_published_formula_at_known_points() {
        // The projection's defining paper gives x = 0 on the central meridian and, at the pole, y = 1.3173627
        // (in units of the Earth's radius); on the equator x is proportional to longitude.
        let f = Frame {
            projection: Projection::EqualEarth { lon0: 0.0 },
            x_min: 0.0,
            y_max: 0.0,
            scale: 1.0,
            width: 0.0,
            height: 0.0,
        };
        let (x, y) = f.km(90.0, 0.0);
        assert!(x.abs() < 1e-9);
        assert!((y / EARTH_RADIUS_KM - 1.317_362_7).abs() < 1e-6, "{}", y / EARTH_RADIUS_KM);
        let (x90, _) = f.km(0.0, 90.0);
        let (x180, _) = f.km(0.0, 180.0);
        assert!((x180 / x90 - 2.0).abs() < 1e-12);
        assert!((f.km(0.0, 0.0).1).abs() < 1e-12);
    }

    #[test]
    fn a_region_across_the_equator_is_not_drawn_with_a_conic() {
        let f = Frame::fit(&Region { west: 30.0, east: 42.0, south: -5.0, north: 5.0 });
        assert_eq!(f.name(), "Equal Earth");
    }

    #[test]
    fn a_pacific_region_is_one_view_of_its_ocean_centred_near_180() {
        let region = Region::from_edges(170.0, -165.0, -40.0, -10.0);
        let f = Frame::fit(&region);
        let [suva, apia, auckland] =
            [(-18.14, 178.44), (-13.83, -171.77), (-36.85, 174.76)].map(|(lat, lon)| f.project(lat, lon));
        for p in [suva, apia, auckland] {
            assert!(shows(&f, p), "{p:?} on a map {} × {}", f.width, f.height);
        }
        // West to east across 180°: Auckland, Suva, then Apia; and the map is about as wide as 35° at 25° S.
        assert!(auckland.0 < suva.0 && suva.0 < apia.0, "{auckland:?} {suva:?} {apia:?}");
        assert!(f.height < f.width * 1.3, "not a strip: {} × {}", f.width, f.height);
        // The same meridian written either way projects to the same point.
        let (a, b) = (f.project(-20.0, -175.0), f.project(-20.0, 185.0));
        assert!((a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9);
    }

    #[test]
    fn a_world_region_keeps_its_two_edges_apart() {
        let region = Region { west: -100.0, east: 260.0, south: -60.0, north: 80.0 };
        let f = Frame::fit(&region);
        let (west, east) = (f.project(0.0, -100.0), f.project(0.0, 260.0));
        assert!(west.0.abs() < 1.0 && (east.0 - f.width).abs() < 1.0, "{west:?} {east:?}");
    }
}
