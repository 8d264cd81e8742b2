//! oEmbed (oembed.com): how a CMS embeds a page from its address alone. Each embeddable page of an article has a
//! static response, type `rich`, whose `html` is a bare iframe; and every page names the response that embeds it
//! in a discovery link in its head. WordPress (since 4.4) embeds any pasted address whose page has such a link, once
//! it has filtered the html down to one iframe with a few attributes (`WORDPRESS_IFRAME_ATTRIBUTES`, tested in
//! `core/tests/oembed.rs`). WordPress then sandboxes the frame and gives it a secret, with which
//! `public/embed-child.js` tells it the content's height.

use crate::page_shell::html_escape;
use crate::share_card;
use crate::site::Site;
use serde_json::json;

/// The attributes WordPress keeps on an oEmbed iframe from a provider it does not know
/// (`wp_filter_oembed_result` in wp-includes/embed.php, its `$allowed_html`): anything else is stripped.
pub const WORDPRESS_IFRAME_ATTRIBUTES: [&str; 8] =
    ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"];

/// The iframe an oEmbed response gives: one embed page of an article.
pub struct Frame<'a> {
    pub article_id: &'a str,
    /// `embed.html` or `embed-<part>.html`.
    pub page: String,
    /// What a screen reader announces for the frame, and the response's title.
    pub title: String,
    /// The height the frame starts at, before the page tells its host its real one.
    pub height: u32,
}

/// The width a response proposes; the frame is as wide as the column a CMS gives it.
pub const WIDTH: u32 = 720;

/// The bare iframe: only attributes WordPress keeps (its own `loading="lazy"` and sandbox are added by WordPress).
pub fn iframe(frame: &Frame, site: &Site) -> String {
    format!(
        r#"<iframe src="{}" width="{WIDTH}" height="{}" frameborder="0" title="{}"></iframe>"#,
        html_escape(&site.file_url(frame.article_id, &frame.page)),
        frame.height,
        html_escape(&frame.title),
    )
}

/// The response, as served from the article's folder.
pub fn response(frame: &Frame, site: &Site, publisher: &str) -> String {
    let value = json!({
        "version": "1.0",
        "type": "rich",
        "title": frame.title,
        "provider_name": publisher,
        "provider_url": site.url,
        "html": iframe(frame, site),
        "width": WIDTH,
        "height": frame.height,
        "thumbnail_url": site.file_url(frame.article_id, "share.png"),
        "thumbnail_width": share_card::WIDTH,
        "thumbnail_height": share_card::HEIGHT,
    });
    serde_json::to_string_pretty(&value).expect("a JSON value always serialises") + "\n"
}

/// The response's file name, for an embed page's: `embed.html` → `oembed.json`, `embed-map.html` → `oembed-map.json`.
pub fn response_file(page: &str) -> String {
    format!("o{}.json", page.trim_end_matches(".html"))
}

/// The link in a page's head that names the response embedding it (in the frame).
pub fn discovery_link(frame: &Frame, site: &Site) -> String {
    format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}" />"#,
        html_escape(&site.file_url(frame.article_id, &response_file(&frame.page))),
        html_escape(&frame.title),
    )
}
