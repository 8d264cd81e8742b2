//! The page around the explainer, from the content file: the template's title, description, language and article
//! id, and the web manifest. Nothing of the shell is written in the code or the template, so another content file
//! gets its own page.

use crate::content::Article;
use crate::locale::direction;
use crate::site::Site;
use crate::structured_data::json_str;
use crate::words::Words;

/// What the template (`index.html`) marks for the prerender to fill, each exactly once.
pub const PLACEHOLDERS: [&str; 5] = ["__TITLE__", "__DESCRIPTION__", "__LANGUAGE__", "__DIRECTION__", "__ARTICLE_ID__"];

/// An island's own marker for the empty view it renders, which the island reads when it starts.
const ISLAND_MARKER: &str = "<!></leptos-island>";

/// The same marker written as a well-formed comment: `<!>` and `<!---->` both parse to one empty comment node, which
/// is all the island looks for, but the HTML checker calls the short form a bogus comment.
const VALID_ISLAND_MARKER: &str = "<!----></leptos-island>";

/// The page without the markers Leptos leaves for empty views (`<!>`) outside its island: only the island is
/// hydrated, so elsewhere they are bytes for nothing (about 620 on a page, 0.15 KB gzipped) and comments the HTML
/// checker reports as stray. The island's own marker stays, as a valid comment.
pub fn without_view_markers(html: &str) -> String {
    html.split(ISLAND_MARKER).map(|part| part.replace("<!>", "")).collect::<Vec<_>>().join(VALID_ISLAND_MARKER)
}

/// Text safe in an HTML text node or a double-quoted attribute.
pub fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The template with the article's shell filled in, or the placeholder it is missing.
pub fn fill(template: &str, a: &Article) -> Result<String, String> {
    let values = [
        html_escape(a.title),
        html_escape(a.description),
        html_escape(a.language),
        direction(a.language).to_string(),
        html_escape(a.id),
    ];
    let mut page = template.to_string();
    for (marker, value) in PLACEHOLDERS.iter().zip(values) {
        match page.matches(marker).count() {
            1 => page = page.replacen(marker, &value, 1),
            n => return Err(format!("the template has {n} {marker} where it needs exactly one")),
        }
    }
    Ok(page)
}

/// The explainer's own address (`<link rel="canonical">`) and its link-preview tags (Open Graph, and Twitter's large
/// card), from the article's title and description, with the map as the image (`share.png`, which the prerender
/// draws). Every address is absolute, under the site's: X and LinkedIn resolve no relative image address.
pub fn social_meta(a: &Article, site: &Site, words: &Words) -> String {
    use crate::share_card::{alt, HEIGHT, WIDTH};
    let (width, height, alt) = (WIDTH.to_string(), HEIGHT.to_string(), alt(a, &words.map.share_image));
    let (url, image) = (site.article_url(a.id), site.file_url(a.id, "share.png"));
    let locale = a.language.replace('-', "_");
    // Open Graph's tags are `property`s, Twitter's are `name`s.
    let tags: [(&str, &str, &str); 15] = [
        ("property", "og:type", "article"),
        ("property", "og:url", &url),
        ("property", "og:title", a.title),
        ("property", "og:description", a.description),
        ("property", "og:locale", &locale),
        ("property", "og:image", &image),
        ("property", "og:image:type", "image/png"),
        ("property", "og:image:width", &width),
        ("property", "og:image:height", &height),
        ("property", "og:image:alt", &alt),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", a.title),
        ("name", "twitter:description", a.description),
        ("name", "twitter:image", &image),
        ("name", "twitter:image:alt", &alt),
    ];
    let lines: Vec<String> = tags
        .iter()
        .map(|(attribute, key, value)| format!(r#"<meta {attribute}="{key}" content="{}" />"#, html_escape(value)))
        .collect();
    format!(r#"<link rel="canonical" href="{}" />{}{}"#, html_escape(&url), "\n", lines.join("\n"))
}

/// The web manifest: the name on a home screen, and where the installed explainer starts.
pub fn web_manifest(a: &Article) -> String {
    format!(
        r##"{{"name":{},"short_name":{},"description":{},"lang":{},"dir":"{}","start_url":"./","scope":"./","display":"standalone","background_color":"#fdfcf9","theme_color":"#9b1c1c","icons":[{{"src":"icon.svg","sizes":"any","type":"image/svg+xml","purpose":"any"}}]}}"##,
        json_str(a.title),
        json_str(a.short_title),
        json_str(a.description),
        json_str(a.language),
        direction(a.language),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn view_markers_go_but_the_islands() {
        let html = r#"<p>a<!>b</p><leptos-island data-component="B"><!></leptos-island><!>"#;
        assert_eq!(
            super::without_view_markers(html),
            r#"<p>ab</p><leptos-island data-component="B"><!----></leptos-island>"#
        );
    }
}
