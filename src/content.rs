//! The article being rendered, its map and the interface's words in its language, handed to the views by context.
//!
//! The prerender loads them when it runs (one binary for every article), from the content file and the map extract,
//! and provides them around each page it renders. They are leaked for the rest of that short process, so a view can
//! hold a `&'static` part of the article (an actor, a claim, a place) as a prop at no cost.

use explainer_core::article_files::ArticleFiles;
use explainer_core::content::Article;
use explainer_core::geo::MapShapes;
use explainer_core::locale::Locale;
use explainer_core::site::Site;
use explainer_core::words::Words;
use leptos::prelude::*;

/// What every view of one article reads.
#[derive(Clone, Copy)]
pub struct Content {
    pub article: &'static Article,
    pub map: &'static MapShapes,
    /// The site it is published on: where its absolute addresses point.
    pub site: &'static Site,
    /// The interface's words in the article's language (`content/words/<language>.toml`).
    pub words: &'static Words,
    /// Its dates, numbers and counts (ICU4X, at build time).
    pub locale: &'static Locale,
}

impl Content {
    /// Keeps a loaded article, its map and words for the rest of the process.
    pub fn keep(files: ArticleFiles, site: Site) -> Self {
        fn keep<T>(value: T) -> &'static T {
            Box::leak(Box::new(value))
        }
        Self {
            article: keep(files.article),
            map: keep(files.map),
            site: keep(site),
            words: keep(files.words),
            locale: keep(files.locale),
        }
    }
}

/// The article the page is rendered from.
pub fn article() -> &'static Article {
    content().article
}

/// The site it is published on: its address, and the explainers' publisher and author line.
pub fn site() -> &'static Site {
    content().site
}

/// The interface's words, in the article's language.
pub fn words() -> &'static Words {
    content().words
}

/// The article's language's way with dates, numbers and counts.
pub fn locale() -> &'static Locale {
    content().locale
}

/// The article's map outlines, projected.
pub fn map_shapes() -> &'static MapShapes {
    content().map
}

fn content() -> Content {
    // Every page is rendered inside `prerender::render_page`, which provides it: a view rendered anywhere else is a
    // bug in the prerender, found at build time, never by a reader.
    use_context::<Content>().expect("the prerender provides the content around every page")
}
