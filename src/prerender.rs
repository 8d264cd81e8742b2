//! The pages of one article, rendered at build time from its loaded content (`crate::content::Content`) into the
//! app's built template. Everything is in the HTML before any script runs (and with scripts off); the wasm then adds
//! behaviour through its one island and renders nothing.
//!
//! For each article it writes, into the article's folder: `index.html`, the explainer; `embed.html`, the same for
//! iframes (marked `data-embed`, `noindex`, no skip link); `embed-<part>.html` for each part a news site can embed
//! on its own (the map, the claims, the timeline, the classroom section); the web manifest; the link-preview
//! image (`share.png`, the map); `claims.json`, the claims and responses for reuse; and an oEmbed response for
//! each embed page (`oembed.json`, `oembed-<part>.json`). `src/bin/prerender/main.rs` is the command around it.

mod problems_page;
mod share_image;

pub use problems_page::problems_page;

use crate::components::card::CardSheets;
use crate::components::embed_part::{EmbedPart, Part};
use crate::components::part_links::PartLinks;
use crate::components::App;
use crate::content::Content;
use explainer_core::claims_json::claims_json;
use explainer_core::oembed;
use explainer_core::page_shell;
use explainer_core::structured_data::news_article_json_ld;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// Where the built template takes the page.
pub const ROOT: &str = r#"<div id="app"></div>"#;

/// The pages the prerender writes from the one template.
#[derive(Clone, Copy, PartialEq)]
pub enum Page {
    /// index.html: the explainer.
    Whole,
    /// embed.html: the same, for an iframe.
    Embed,
    /// embed-<part>.html: one part, for an iframe.
    Part(Part),
}

impl Page {
    /// Every page of an article, with its file name.
    pub fn all() -> impl Iterator<Item = (Page, String)> {
        [(Page::Whole, "index.html".to_string()), (Page::Embed, "embed.html".to_string())]
            .into_iter()
            .chain(Part::ALL.into_iter().map(|part| (Page::Part(part), part_file(part))))
    }

    /// The page a site embeds for this one: the explainer's is `embed.html`; a part is its own.
    fn embedded(self) -> Page {
        if self == Page::Whole {
            Page::Embed
        } else {
            self
        }
    }

    /// The iframe that embeds this page, as its oEmbed response gives it.
    fn frame(self, content: Content) -> oembed::Frame<'static> {
        let (article_id, title) = (content.article.id, content.article.title);
        // Heights to start at, before the page tells its host its real one (public/embed-child.js).
        let (page, title, height) = match self.embedded() {
            Page::Part(part) => (part_file(part), format!("{} · {title}", part.name(content.words)), 900),
            _ => ("embed.html".to_string(), title.to_string(), 1600),
        };
        oembed::Frame { article_id, page, title, height }
    }
}

fn part_file(part: Part) -> String {
    format!("embed-{}.html", part.id())
}

/// Writes every file of the article into `dir`, from the app's built `template`; each written file is printed.
pub fn write_article(content: Content, template: &str, dir: &Path) -> Result<(), String> {
    if !template.contains(ROOT) {
        return Err(format!("the template has no {ROOT} to fill (already prerendered, or the template changed)"));
    }
    let shell = page_shell::fill(template, content.article)?;
    for (page, file) in Page::all() {
        write(&dir.join(file), render_page(content, &shell, page).as_bytes())?;
    }
    for (file, response) in oembed_responses(content) {
        write(&dir.join(file), response.as_bytes())?;
    }
    write(&dir.join("manifest.webmanifest"), page_shell::web_manifest(content.article).as_bytes())?;
    write(&dir.join("claims.json"), claims_json(content.article, content.site).as_bytes())?;
    write(&dir.join("share.png"), &share_image::png(content)?)
}

/// Each embed page's oEmbed response, with its file name.
pub fn oembed_responses(content: Content) -> Vec<(String, String)> {
    Page::all()
        .filter(|(page, _)| *page != Page::Whole)
        .map(|(page, _)| {
            let frame = page.frame(content);
            (oembed::response_file(&frame.page), oembed::response(&frame, content.site, &content.site.publisher))
        })
        .collect()
}

/// The shell with the page rendered into it and its cards after it. Embedded pages are marked as such
/// (`data-embed`, and `data-part` for a part) and kept out of search indexes.
pub fn render_page(content: Content, shell: &str, page: Page) -> String {
    let article = content.article;
    let body = page_shell::without_view_markers(&render_body(content, page));
    let json_ld =
        format!(r#"<script type="application/ld+json">{}</script>"#, news_article_json_ld(article, content.site));
    // Every page names the oEmbed response that embeds it, so that pasting its address into a CMS embeds it.
    let discovery = oembed::discovery_link(&page.frame(content), content.site);
    let head_extra = match page {
        Page::Whole => {
            format!("{}\n{json_ld}\n{discovery}", page_shell::social_meta(article, content.site, content.words))
        }
        // Before anything is painted, an embed page takes the theme its host pins, and it tells the host its height
        // (public/embed-child.js, a classic script so that it runs first).
        Page::Embed | Page::Part(_) => {
            format!(r#"<meta name="robots" content="noindex" /><script src="embed-child.js"></script>{discovery}"#)
        }
    };
    let html = shell.replacen(ROOT, &body, 1).replacen("</head>", &format!("{head_extra}\n</head>"), 1);
    match page {
        Page::Whole => html,
        Page::Embed => html.replacen("<html ", "<html data-embed ", 1),
        Page::Part(part) => html
            .replacen("<html ", &format!(r#"<html data-embed data-part="{}" "#, part.id()), 1)
            .replacen("<title>", &format!("<title>{} · ", part.name(content.words)), 1),
    }
}

/// Renders views with the article provided to them, as for a page: the pages use it, and tests of one view.
pub fn with_content<T>(content: Content, render: impl FnOnce() -> T) -> T {
    // A server-side shared context tells Leptos it is not in a browser. In islands mode only islands are hydrated,
    // so the page is rendered as not hydrating, as Leptos's own `HydrationScripts` would set it.
    let context = SsrSharedContext::new();
    context.set_is_hydrating(false);
    let owner = Owner::new_root(Some(Arc::new(context)));
    owner.with(|| {
        provide_context(content);
        render()
    })
}

/// The page's views and, after them, every card's sheet, rendered with the article provided to every view.
pub fn render_body(content: Content, page: Page) -> String {
    let (app, sheets) = with_content(content, || {
        let app = match page {
            Page::Whole => view! { <App /> }.to_html(),
            Page::Embed => view! { <App embed=true /> }.to_html(),
            Page::Part(part) => {
                // The part's links to sentences and sources, and its cards' too, go to the whole explainer.
                provide_context(PartLinks { has_sources: part == Part::Classroom });
                view! { <EmbedPart part=part /> }.to_html()
            }
        };
        (app, view! { <CardSheets /> }.to_html())
    });
    format!(r#"<div id="app">{app}</div>{sheets}"#)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("prerender: wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}
