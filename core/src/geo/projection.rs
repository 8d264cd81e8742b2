//! The map's projection: a Lambert conformal conic suited to an east–west strip at Belarus's latitude (standard
//! parallels 52° and 55°N, central meridian 26°E), fitted so the view (lon 20.1–30.6°E, lat 50.9–56.3°N) fills a
//! 1000-unit-wide SVG. It runs at build time only: outlines and place points reach the browser already projected.

use std::f64::consts::FRAC_PI_4;

pub const EARTH_RADIUS_KM: f64 = 6371.0088;
pub const VIEW_WIDTH: f64 = 1000.0;

const STANDARD_PARALLELS: (f64, f64) = (52.0, 55.0);
const ORIGIN: (f64, f64) = (53.5, 26.0);
// West edge at 20.1°E, not 20.6: Warsaw (21.0°E) then sits a fingertip's width inside the map on a phone.
const VIEW: (f64, f64, f64, f64) = (20.1, 30.6, 50.9, 56.3); // west, east, south, north

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    n: f64,
    f: f64,
    rho0: f64,
    x_min: f64,
    y_max: f64,
    /// SVG units per kilometre of projected distance.
    pub scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// The map's frame: the projection fitted to the view.
    pub fn fitted() -> Frame {
        let (p1, p2) = (STANDARD_PARALLELS.0.to_radians(), STANDARD_PARALLELS.1.to_radians());
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = EARTH_RADIUS_KM * f / t(ORIGIN.0.to_radians()).powf(n);
        let mut frame = Frame { n, f, rho0, x_min: 0.0, y_max: 0.0, scale: 1.0, width: 0.0, height: 0.0 };
        // The view's edges are curves in this projection: sample them to find the extent.
        let (west, east, south, north) = VIEW;
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for i in 0..=40 {
            let s = i as f64 / 40.0;
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

    /// Projected kilometres east and north of the origin.
    fn km(&self, lat: f64, lon: f64) -> (f64, f64) {
        let t = (FRAC_PI_4 + lat.to_radians() / 2.0).tan();
        let rho = EARTH_RADIUS_KM * self.f / t.powf(self.n);
        let theta = self.n * (lon - ORIGIN.1).to_radians();
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }

    /// SVG coordinates: x to the right, y down.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (x, y) = self.km(lat, lon);
        ((x - self.x_min) * self.scale, (self.y_max - y) * self.scale)
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

    fn map_km(frame: &Frame, a: (f64, f64), b: (f64, f64)) -> f64 {
        let (ax, ay) = frame.project(a.0, a.1);
        let (bx, by) = frame.project(b.0, b.1);
        ((ax - bx).powi(2) + (ay - by).powi(2)).sqrt() / frame.scale
    }

    #[test]
    fn the_view_fills_the_width_and_every_city_is_inside() {
        let f = Frame::fitted();
        assert_eq!(f.width, VIEW_WIDTH);
        assert!(f.height > 600.0 && f.height < 1000.0, "height {}", f.height);
        for (lat, lon) in [MINSK, GRODNO, VILNIUS, WARSAW] {
            let (x, y) = f.project(lat, lon);
            assert!((0.0..=f.width).contains(&x) && (0.0..=f.height).contains(&y), "{lat},{lon} → {x},{y}");
        }
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let f = Frame::fitted();
        assert!(f.project(MINSK.0, MINSK.1).0 > f.project(GRODNO.0, GRODNO.1).0);
        assert!(f.project(VILNIUS.0, VILNIUS.1).1 < f.project(GRODNO.0, GRODNO.1).1);
    }

    #[test]
    fn map_distances_match_the_fact_sheet_within_one_percent() {
        let f = Frame::fitted();
        // Fact sheet §B3: Minsk–Grodno ≈ 247 km (246.8), Minsk–Vilnius ≈ 172 km (172.4), Grodno–Vilnius ≈ 147 km.
        assert!((haversine_km(MINSK, GRODNO) - 246.8).abs() < 0.5);
        for (a, b, km) in [(MINSK, GRODNO, 246.8), (MINSK, VILNIUS, 172.4), (GRODNO, VILNIUS, 147.0)] {
            let d = map_km(&f, a, b);
            assert!((d - km).abs() / km < 0.01, "{a:?}–{b:?}: {d} km on the map vs {km}");
        }
    }
}
