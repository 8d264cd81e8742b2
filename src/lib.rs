//! An interactive explainer of one news article, in two builds that share this crate.
//!
//! - The prerender (`ssr`) renders the page: it loads a content file when it runs and hands it to the views by
//!   context (`content`); the views (`components`) render all of it to HTML, every card and claim included
//!   (`prerender`). The page works on its own.
//! - The wasm (`hydrate`, Leptos's islands mode) holds only `behaviour`: one island that upgrades that page.
//!   It cannot see `content` or `components`, which exist in the prerender alone, so it carries no content.

// Leptos views are deeply nested static types; rendering them needs more room than the default.
#![recursion_limit = "256"]

pub mod behaviour;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod prerender;

#[cfg(feature = "ssr")]
pub use components::App;
