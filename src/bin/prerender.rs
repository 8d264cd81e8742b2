//! Build-time prerender: renders the same `App` the browser runs to HTML and writes it into the built page's
//! `<div id="app"></div>`, with the article's structured data, so text, map and claims are there before any
//! script (and with scripts off). Trunk runs it after each build (`Trunk.toml`, post_build hook).
//!
//! Usage: prerender <path to the built index.html>

use explainer::content::ARTICLE;
use explainer_core::structured_data::news_article_json_ld;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::sync::Arc;

const ROOT: &str = r#"<div id="app"></div>"#;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        std::process::exit(2);
    };
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1);
    });
    if !page.contains(ROOT) {
        eprintln!("prerender: {path} has no {ROOT} to fill (already prerendered, or the template changed)");
        std::process::exit(1);
    }
    // A server-side shared context tells Leptos it is not in a browser: window listeners become no-ops.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let app = owner.with(|| view! { <explainer::App /> }.to_html());
    let json_ld = format!(r#"<script type="application/ld+json">{}</script>"#, news_article_json_ld(&ARTICLE));
    let page = page
        .replacen(ROOT, &format!(r#"<div id="app">{app}</div>"#), 1)
        .replacen("</head>", &format!("{json_ld}\n</head>"), 1);
    std::fs::write(&path, page).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        std::process::exit(1);
    });
    println!("prerender: wrote {} bytes of HTML into {path}", app.len());
}
