//! The wasm entry point. The release build hydrates the HTML that `src/bin/prerender.rs` wrote into `#app`, so
//! the article is on screen before any script runs; a plain client-side build mounts into `#app` instead.

fn main() {
    // In a debug build a panic says what and where in the browser's console. A release build keeps Rust's default:
    // it aborts (panic = "abort") and carries no hook code.
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    use leptos::prelude::document;
    use leptos::wasm_bindgen::JsCast;
    let Some(root) = document().get_element_by_id("app").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        // No root, nothing to take over: the page is not ours. Stay quiet rather than fail loudly.
        return;
    };
    // embed.html marks itself; the prerender rendered it with the same flag.
    let embed = document().document_element().is_some_and(|html| html.has_attribute("data-embed"));
    let app = move || leptos::prelude::view! { <explainer::App embed=embed /> };
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_from(root, app).forget();
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to(root, app).forget();
}
