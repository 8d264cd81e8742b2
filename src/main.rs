//! The wasm's entry point. Its one job is to start Leptos's islands mode; `public/boot.js` then calls each island
//! the page has (there is one: `explainer::behaviour::Behaviour`). Natively there is nothing to run: the
//! prerender is `src/bin/prerender.rs`.

fn main() {
    // In a debug build a panic says what and where in the browser's console. A release build keeps Rust's default:
    // it aborts (panic = "abort") and carries no hook code.
    #[cfg(all(feature = "hydrate", debug_assertions))]
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    #[cfg(feature = "hydrate")]
    explainer::start();
}
