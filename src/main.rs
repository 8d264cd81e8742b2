//! The wasm's entry point. `public/boot.js` calls the page's one island, `explainer::behaviour::Behaviour`, through
//! the function the `#[island]` macro exports; there is nothing else to start. Leptos's `hydrate_islands()` is not
//! called: it sets up the async executor and the reactive root that islands with signals run under, and this island
//! has none (it would cost 8 KB of the wasm). Natively there is nothing to run: the prerender is
//! `src/bin/prerender/main.rs`.

// The wasm runs on one thread, the page's, and allocates little: the smallest allocator will do. The default,
// dlmalloc, is about 5 KB of the wasm's code.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the atomics feature has exactly one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // In a debug build a panic says what and where in the browser's console. A release build keeps Rust's default:
    // it aborts (panic = "abort") and carries no hook code.
    #[cfg(all(feature = "hydrate", debug_assertions))]
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    // Naming the island links the crate's island code in, and with it the function the `#[island]` macro exports.
    let _ = explainer::behaviour::Behaviour;
}
