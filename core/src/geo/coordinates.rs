//! Latitude and longitude as a reader writes them: degrees with N or S and E or W, never a minus sign. These are
//! the English forms the authoring messages use; the page writes them in its language (`Words::coordinates`),
//! with the same rule for the hemisphere (`hemisphere`).

/// `53.6884° N, 23.8258° E`; `-33.8678, 151.2073` is `33.8678° S, 151.2073° E`.
pub fn label(lat: f64, lon: f64, decimals: u32) -> String {
    format!("{}, {}", latitude(lat, decimals), longitude(lon, decimals))
}

/// `33.87° S`.
pub fn latitude(value: f64, decimals: u32) -> String {
    hemisphere(value, decimals, "N", "S")
}

/// `151.21° E`.
pub fn longitude(value: f64, decimals: u32) -> String {
    hemisphere(value, decimals, "E", "W")
}

fn hemisphere(value: f64, decimals: u32, positive: &str, negative: &str) -> String {
    let degrees = format!("{:.*}", decimals as usize, value.abs());
    format!("{degrees}° {}", hemisphere_of(value, decimals, positive, negative))
}

/// Which of the two words a value takes. A value that rounds to zero is on the equator or the prime meridian: no
/// southern or western "0.00°".
pub fn hemisphere_of<'a>(value: f64, decimals: u32, positive: &'a str, negative: &'a str) -> &'a str {
    let zero = format!("{:.*}", decimals as usize, value.abs()).trim_start_matches(['0', '.']).is_empty();
    if value < 0.0 && !zero {
        negative
    } else {
        positive
    }
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn every_hemisphere_by_letter() {
        assert_eq!(label(53.6884, 23.8258, 4), "53.6884° N, 23.8258° E");
        assert_eq!(label(-33.8678, 151.2073, 4), "33.8678° S, 151.2073° E");
        assert_eq!(label(25.7617, -80.1918, 2), "25.76° N, 80.19° W");
        assert_eq!(label(-51.7, -57.85, 1), "51.7° S, 57.9° W");
    }

    #[test]
    fn zero_is_north_and_east() {
        assert_eq!(label(0.0, -0.00001, 2), "0.00° N, 0.00° E");
    }
}
