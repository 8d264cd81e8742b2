//! The page around the explainer, from the content file: the template's title, description, language and article
//! id, and the web manifest. Nothing of the shell is written in the code or the template, so another content file
//! gets its own page.

use crate::content::Article;
use crate::structured_data::json_str;

/// What the template (`index.html`) marks for the prerender to fill, each exactly once.
pub const PLACEHOLDERS: [&str; 4] = ["__TITLE__", "__DESCRIPTION__", "__LANGUAGE__", "__ARTICLE_ID__"];

/// Text safe in an HTML text node or a double-quoted attribute.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The template with the article's shell filled in, or the placeholder it is missing.
pub fn fill(template: &str, a: &Article) -> Result<String, String> {
    let values = [html_escape(a.title), html_escape(a.description), html_escape(a.language), html_escape(a.id)];
    let mut page = template.to_string();
    for (marker, value) in PLACEHOLDERS.iter().zip(values) {
        match page.matches(marker).count() {
            1 => page = page.replacen(marker, &value, 1),
            n => return Err(format!("the template has {n} {marker} where it needs exactly one")),
        }
    }
    Ok(page)
}

/// Link-preview tags (Open Graph, and Twitter's large card), from the article's title and description, with the
/// map as the image (`share.png`, which the prerender draws). The image's address is relative: the explainer is
/// built without knowing the address it will be served from.
pub fn social_meta(a: &Article) -> String {
    use crate::share_card::{alt, HEIGHT, WIDTH};
    let title = html_escape(a.title);
    let description = html_escape(a.description);
    let language = html_escape(&a.language.replace('-', "_"));
    let alt = html_escape(&alt(a));
    format!(
        r#"<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{description}" />
<meta property="og:locale" content="{language}" />
<meta property="og:image" content="share.png" />
<meta property="og:image:type" content="image/png" />
<meta property="og:image:width" content="{WIDTH}" />
<meta property="og:image:height" content="{HEIGHT}" />
<meta property="og:image:alt" content="{alt}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{title}" />
<meta name="twitter:description" content="{description}" />
<meta name="twitter:image" content="share.png" />
<meta name="twitter:image:alt" content="{alt}" />"#
    )
}

/// The web manifest: the name on a home screen, and where the installed explainer starts.
pub fn web_manifest(a: &Article) -> String {
    format!(
        r##"{{"name":{},"short_name":{},"description":{},"lang":{},"start_url":"./","scope":"./","display":"standalone","background_color":"#fdfcf9","theme_color":"#9b1c1c","icons":[{{"src":"icon.svg","sizes":"any","type":"image/svg+xml","purpose":"any"}}]}}"##,
        json_str(a.title),
        json_str(a.short_title),
        json_str(a.description),
        json_str(a.language),
    )
}
