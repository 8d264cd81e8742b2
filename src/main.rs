//! The wasm entry point: mount the app into `#app`.

fn main() {
    use leptos::prelude::document;
    use leptos::wasm_bindgen::JsCast;
    let root = document().get_element_by_id("app").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => leptos::mount::mount_to(root, explainer::App).forget(),
        None => leptos::mount::mount_to_body(explainer::App),
    }
}
