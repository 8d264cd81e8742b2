//! Build-time data made `'static` on purpose: the content and the map are loaded once, in the prerender, an
//! authoring tool or a test, and live for the rest of that short process, so views can borrow any part of them.

pub(crate) fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

pub(crate) fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}
