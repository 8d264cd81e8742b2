//! Build-time data made `'static` on purpose: the content and the map are loaded once, in build.rs, the prerender
//! binary or a test, and live for the rest of that process, so the model can be emitted as `static` Rust data.

pub(crate) fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

pub(crate) fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}
