//! Build-time prerender: renders `App`, the whole page with every card and claim, to HTML and writes it into the
//! built page's `<div id="app"></div>`, with the article's structured data, so everything is there before any
//! script (and with scripts off). Trunk runs it after each build (`Trunk.toml`, post_build hook). The wasm then
//! adds behaviour to that page through its one island; it renders nothing.
//!
//! It writes from the one template `index.html`; `embed.html`, the same explainer for iframes (marked
//! `data-embed`, `noindex`, no skip link); and `embed-<part>.html` for each part a news site can embed on its own
//! (the map, the claims, the timeline, the classroom section). Every page gets its title, description and language from the content
//! file, and so does the web manifest it writes beside them, and the link-preview image (`share.png`, the map).
//!
//! Usage: prerender <path to the built index.html>

use explainer::components::embed_part::{EmbedPart, Part, PartLinks};
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
    write(&path, &render_page(&page, Page::Whole));
    write(&dir.join("embed.html").display().to_string(), &render_page(&page, Page::Embed));
    for part in Part::ALL {
        let file = dir.join(format!("embed-{}.html", part.id())).display().to_string();
        write(&file, &render_page(&page, Page::Part(part)));
    }
    write(&dir.join("manifest.webmanifest").display().to_string(), &page_shell::web_manifest(&ARTICLE));
    write_share_image(&dir.join("share.png"));
}

/// The link-preview image: the map, drawn by resvg from `share_card`'s SVG.
fn write_share_image(path: &std::path::Path) {
    use resvg::{tiny_skia, usvg};
    let svg = explainer_core::share_card::svg(&explainer::content::MAP, &ARTICLE);
    let png = usvg::Tree::from_str(&svg, &usvg::Options::default()).ok().and_then(|tree| {
        let mut pixmap = tiny_skia::Pixmap::new(explainer_core::share_card::WIDTH, explainer_core::share_card::HEIGHT)?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().ok()
    });
    let Some(png) = png else {
        eprintln!("prerender: cannot draw {}", path.display());
        std::process::exit(1);
    };
    std::fs::write(path, &png).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        std::process::exit(1);
    });
    println!("prerender: wrote {} ({} bytes)", path.display(), png.len());
}

/// The pages the prerender writes from the one template.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    /// index.html: the explainer.
    Whole,
    /// embed.html: the same, for an iframe.
    Embed,
    /// embed-<part>.html: one part, for an iframe.
    Part(Part),
}

/// The template with the page rendered into it and its cards after it. Embedded pages are marked as such
/// (`data-embed`, and `data-part` for a part) and kept out of search indexes.
fn render_page(template: &str, page: Page) -> String {
    // A server-side shared context tells Leptos it is not in a browser. In islands mode only islands are hydrated,
    // so the page is rendered as not hydrating, as Leptos's own `HydrationScripts` would set it.
    let context = SsrSharedContext::new();
    context.set_is_hydrating(false);
    let owner = Owner::new_root(Some(Arc::new(context)));
    let (app, sheets) = owner.with(|| {
        let app = match page {
            Page::Whole => view! { <explainer::App /> }.to_html(),
            Page::Embed => view! { <explainer::App embed=true /> }.to_html(),
            Page::Part(part) => {
                // The part's links to sentences and sources, and its cards' too, go to the whole explainer.
                provide_context(PartLinks { has_sources: part == Part::Classroom });
                view! { <EmbedPart part=part /> }.to_html()
            }
        };
        (app, view! { <explainer::components::card::CardSheets /> }.to_html())
    });
    let json_ld = format!(r#"<script type="application/ld+json">{}</script>"#, news_article_json_ld(&ARTICLE));
    let head_extra = match page {
        Page::Whole => format!("{}\n{json_ld}", page_shell::social_meta(&ARTICLE)),
        // An embed page tells its host its height before the wasm arrives (public/embed-child.js).
        Page::Embed | Page::Part(_) => {
            r#"<meta name="robots" content="noindex" /><script type="module" src="embed-child.js"></script>"#
                .to_string()
        }
    };
    let body = page_shell::without_view_markers(&format!(r#"<div id="app">{app}</div>{sheets}"#));
    let html = template.replacen(ROOT, &body, 1).replacen("</head>", &format!("{head_extra}\n</head>"), 1);
    match page {
        Page::Whole => html,
        Page::Embed => html.replacen("<html ", "<html data-embed ", 1),
        Page::Part(part) => html
            .replacen("<html ", &format!(r#"<html data-embed data-part="{}" "#, part.id()), 1)
            .replacen("<title>", &format!("<title>{} · ", part.name()), 1),
    }
}

fn write(path: &str, page: &str) {
    std::fs::write(path, page).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        std::process::exit(1);
    });
    println!("prerender: wrote {path} ({} bytes)", page.len());
}
