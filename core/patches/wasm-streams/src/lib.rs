//! Why this crate stands in for `wasm-streams`: leptos 0.8 always enables its server functions' browser client
//! (`server_fn`'s `browser` feature), which streams request and response bodies with `wasm-streams`. That crate
//! exports JavaScript classes (`IntoUnderlyingSource`, `IntoUnderlyingSink`, `IntoUnderlyingByteSource`), and an
//! exported item is never dead code: no pass can drop them, nor the futures machinery behind them. The explainer is
//! a static site with no server function, so none of it can ever run, yet it cost every reader 7.8 KB of wasm and
//! 0.7 KB of JavaScript (gzip), measured on the Minsk page's first view (105.3 KB before, 96.8 KB after).
//!
//! What is here is what `server_fn` calls, with the same signatures. Nothing in the explainer reaches it; if a
//! server function were ever added, its streams would be empty rather than a panic, and this file is where to look.

use futures_util::stream::{Empty, Stream};
use wasm_bindgen::{JsCast, JsValue};

/// A browser `ReadableStream`, as `wasm_streams::ReadableStream` wraps one.
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    /// A request body streamed from Rust: an empty stream here.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        Self(web_sys::ReadableStream::new().unwrap_or_else(|_| JsValue::UNDEFINED.unchecked_into()))
    }

    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self(raw)
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// A response body read from Rust: nothing here.
    pub fn into_stream(self) -> Empty<Result<JsValue, JsValue>> {
        futures_util::stream::empty()
    }
}
