//! Every embeddable page's oEmbed response would be embedded by WordPress: its `html` survives WordPress's filter
//! for providers it does not know (`wp_filter_oembed_result`: the first `<iframe …></iframe>` only, with only the
//! attributes of its allow-list, `explainer_core::oembed::WORDPRESS_IFRAME_ATTRIBUTES`) unchanged, and every page's
//! discovery link names a response that is written. The browser test (`e2e/tests/embed-hosts.test.mjs`) loads
//! each response's iframe.

mod common;

use common::every_article;
use explainer::prerender::{oembed_responses, render_page, Page};
use explainer_core::oembed::WORDPRESS_IFRAME_ATTRIBUTES;
use explainer_core::page_shell;
use scraper::{Html, Selector};
use serde_json::Value;

/// What WordPress would change in an oEmbed `html`, as a list of problems: none means it embeds it as it is.
fn wordpress_changes(html: &str, site_url: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // WordPress keeps the first `<iframe …></iframe>` and drops everything around it.
    if !(html.starts_with("<iframe ") && html.ends_with("></iframe>") && html.matches("<iframe").count() == 1) {
        problems.push(format!("not one bare iframe: {html}"));
    }
    let fragment = Html::parse_fragment(html);
    let elements: Vec<_> =
        fragment.root_element().descendants().filter_map(scraper::ElementRef::wrap).skip(1).collect();
    if elements.len() != 1 || elements[0].value().name() != "iframe" {
        problems.push(format!("elements other than one iframe: {}", elements.len()));
        return problems;
    }
    let iframe = elements[0].value();
    for (name, _) in iframe.attrs() {
        if !WORDPRESS_IFRAME_ATTRIBUTES.contains(&name) {
            problems.push(format!("attribute {name} would be stripped"));
        }
    }
    for needed in ["src", "width", "height", "title"] {
        if iframe.attr(needed).is_none_or(str::is_empty) {
            problems.push(format!("no {needed}"));
        }
    }
    if !iframe.attr("src").is_some_and(|src| src.starts_with(site_url)) {
        problems.push(format!("src is not an address on the site: {:?}", iframe.attr("src")));
    }
    problems
}

#[test]
fn the_rule_catches_what_wordpress_would_strip() {
    let site = "https://news.example/";
    let good = r#"<iframe src="https://news.example/a/embed.html" width="720" height="900" title="T"></iframe>"#;
    assert_eq!(wordpress_changes(good, site), Vec::<String>::new());
    for bad in [
        r#"<iframe src="https://news.example/a/embed.html" width="720" height="900" title="T" loading="lazy"></iframe>"#,
        r#"<iframe src="https://news.example/a/embed.html" width="720" height="900"></iframe>"#,
        r#"<iframe src="/a/embed.html" width="720" height="900" title="T"></iframe>"#,
        r#"<div><iframe src="https://news.example/a/embed.html" width="720" height="900" title="T"></iframe></div>"#,
        r#"<iframe src="https://news.example/a/embed.html" width="720" height="900" title="T"></iframe><script></script>"#,
    ] {
        assert!(!wordpress_changes(bad, site).is_empty(), "{bad}");
    }
}

#[test]
fn every_embed_pages_oembed_response_passes_wordpresss_filter() {
    for content in every_article() {
        let id = content.article.id;
        let responses = oembed_responses(content);
        assert_eq!(responses.len(), Page::all().count() - 1, "{id}: one response per embed page");
        for (file, text) in &responses {
            let r: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{id}/{file}: {e}"));
            assert_eq!(r["version"], "1.0", "{id}/{file}");
            assert_eq!(r["type"], "rich", "{id}/{file}");
            assert!(r["width"].as_u64().is_some_and(|w| w > 0) && r["height"].as_u64().is_some_and(|h| h > 0));
            assert!(r["title"].as_str().is_some_and(|t| !t.is_empty()), "{id}/{file}");
            let html = r["html"].as_str().unwrap();
            assert_eq!(wordpress_changes(html, &content.site.url), Vec::<String>::new(), "{id}/{file}: {html}");
        }
    }
}

#[test]
fn every_page_names_the_response_that_embeds_it() {
    let link = Selector::parse(r#"link[rel="alternate"][type="application/json+oembed"]"#).unwrap();
    for content in every_article() {
        let id = content.article.id;
        let written: Vec<String> = oembed_responses(content).into_iter().map(|(file, _)| file).collect();
        let shell = page_shell::fill(include_str!("../index.html"), content.article).unwrap();
        for (page, file) in Page::all() {
            let html = Html::parse_document(&render_page(content, &shell, page));
            let hrefs: Vec<&str> = html.select(&link).filter_map(|l| l.value().attr("href")).collect();
            assert_eq!(hrefs.len(), 1, "{id}/{file}: one discovery link");
            let response = hrefs[0].strip_prefix(&content.site.file_url(id, "")).unwrap_or_default();
            assert!(written.iter().any(|w| w == response), "{id}/{file} names {} that is not written", hrefs[0]);
        }
    }
}
