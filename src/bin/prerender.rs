//! Build-time prerender: renders `App`, the whole page with every card and claim, to HTML and writes it into the
//! built page's `<div id="app"></div>`, with the article's structured data, so everything is there before any
//! script (and with scripts off). Trunk runs it after each build (`Trunk.toml`, post_build hook). The wasm then
//! adds behaviour to that page through its one island; it renders nothing.
//!
//! It writes two pages from the one template: `index.html`, and `embed.html`, the same explainer for iframes
//! (marked `data-embed`, `noindex`, no skip link). Both get their title, description and language from the content
//! file, and so does the web manifest it writes beside them.
//!
//! Usage: prerender <path to the built index.html>

use explainer::content::ARTICLE;
use explainer_core::page_shell;
use explainer_core::structured_data::news_article_json_ld;
use hydration_context::{SharedContext, SsrSharedContext};
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
    let page = page_shell::fill(&page, &ARTICLE).unwrap_or_else(|e| {
        eprintln!("prerender: {path}: {e}");
        std::process::exit(1);
    });
    let dir = std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new("."));
    write(&path, &render_page(&page, false));
    write(&dir.join("embed.html").display().to_string(), &render_page(&page, true));
    write(&dir.join("manifest.webmanifest").display().to_string(), &page_shell::web_manifest(&ARTICLE));
}

/// The template with the app rendered into it; for embed.html also marked as such and kept out of search indexes.
fn render_page(template: &str, embed: bool) -> String {
    // A server-side shared context tells Leptos it is not in a browser. In islands mode only islands are hydrated,
    // so the page is rendered as not hydrating, as Leptos's own `HydrationScripts` would set it.
    let context = SsrSharedContext::new();
    context.set_is_hydrating(false);
    let owner = Owner::new_root(Some(Arc::new(context)));
    let app = owner.with(|| view! { <explainer::App embed=embed /> }.to_html());
    let sheets = owner.with(|| view! { <explainer::components::card::CardSheets /> }.to_html());
    let json_ld = format!(r#"<script type="application/ld+json">{}</script>"#, news_article_json_ld(&ARTICLE));
    let head_extra = if embed {
        r#"<meta name="robots" content="noindex" />"#.to_string()
    } else {
        format!("{}\n{json_ld}", page_shell::social_meta(&ARTICLE))
    };
    let page = template.replacen(ROOT, &format!(r#"<div id="app">{app}</div>{sheets}"#), 1).replacen(
        "</head>",
        &format!("{head_extra}\n</head>"),
        1,
    );
    if embed {
        page.replacen("<html ", "<html data-embed ", 1)
    } else {
        page
    }
}

fn write(path: &str, page: &str) {
    std::fs::write(path, page).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        std::process::exit(1);
    });
    println!("prerender: wrote {path} ({} bytes)", page.len());
}
