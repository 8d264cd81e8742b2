//! Number helpers the browser build needs to stay small.

/// `x` kept within `lo..=hi`, or `lo` where `hi < lo`. Unlike `f64::clamp`, it has no panic path: `clamp` asserts
/// `lo <= hi` with a message that formats both floats, which would put Rust's whole float formatting into the wasm.
pub fn between(x: f64, lo: f64, hi: f64) -> f64 {
    x.min(hi).max(lo)
}

#[cfg(test)]
mod tests {
    use super::between;

    #[test]
    fn keeps_a_number_within_its_bounds() {
        assert_eq!(between(5.0, 0.0, 10.0), 5.0);
        assert_eq!(between(-1.0, 0.0, 10.0), 0.0);
        assert_eq!(between(11.0, 0.0, 10.0), 10.0);
        assert_eq!(between(3.0, 8.0, 2.0), 8.0, "the lower bound wins where the bounds cross");
    }
}
