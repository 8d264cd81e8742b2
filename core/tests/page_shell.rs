//! The page shell comes from the content file: the template's placeholders and the web manifest.

use explainer_core::content::load::load_file;
use explainer_core::content::Article;
use explainer_core::page_shell::{fill, social_meta, web_manifest, PLACEHOLDERS};
use std::path::Path;

fn article() -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/belarus-2020-08-23.toml");
    load_file(&path).unwrap_or_else(|e| panic!("{e:?}"))
}

const TEMPLATE: &str = r#"<html lang="__LANGUAGE__" dir="__DIRECTION__" data-article="__ARTICLE_ID__"><head><title>__TITLE__</title>
<meta name="description" content="__DESCRIPTION__" /></head></html>"#;

#[test]
fn every_placeholder_is_filled_from_the_article() {
    let mut a = article();
    // Characters that must be escaped, as a newsroom's title may well have.
    a.title = "Rally & \"claims\" <explained>";
    let page = fill(TEMPLATE, &a).unwrap();
    assert!(page.contains("<title>Rally &amp; &quot;claims&quot; &lt;explained&gt;</title>"), "{page}");
    assert!(page.contains(&format!(r#"content="{}""#, a.description.replace('"', "&quot;"))), "{page}");
    assert!(page.contains(&format!(r#"lang="{}" dir="ltr" data-article="{}""#, a.language, a.id)), "{page}");
    assert!(PLACEHOLDERS.iter().all(|p| !page.contains(p)));
}

#[test]
fn a_template_missing_or_repeating_a_placeholder_is_an_error() {
    let a = article();
    let missing = fill(&TEMPLATE.replace("__TITLE__", "Fixed title"), &a).unwrap_err();
    assert!(missing.contains("0 __TITLE__"), "{missing}");
    let twice = fill(&format!("{TEMPLATE}__LANGUAGE__"), &a).unwrap_err();
    assert!(twice.contains("2 __LANGUAGE__"), "{twice}");
}

#[test]
fn the_manifest_names_the_article() {
    let a = article();
    let manifest: serde_json::Value = serde_json::from_str(&web_manifest(&a)).unwrap();
    assert_eq!(manifest["name"], a.title);
    assert_eq!(manifest["short_name"], a.short_title);
    assert_eq!(manifest["description"], a.description);
    assert_eq!(manifest["lang"], a.language);
}

#[test]
fn link_previews_carry_the_title_and_description_escaped() {
    let mut a = article();
    a.title = "Rally & \"claims\"";
    let site = explainer_core::site::Site::parse(include_str!("../../content/site/site.toml")).unwrap();
    let words = explainer_core::words::Words::load(Path::new("../content/words/en.toml")).unwrap();
    let tags = social_meta(&a, &site, &words);
    assert!(tags.contains(r#"<meta property="og:title" content="Rally &amp; &quot;claims&quot;" />"#), "{tags}");
    assert!(tags.contains(r#"<meta name="twitter:card" content="summary_large_image" />"#));
    let image = format!(r#"<meta property="og:image" content="{}{}/share.png" />"#, site.url, a.id);
    assert!(tags.contains(&image), "{tags}");
    assert!(tags.contains(&format!(r#"<link rel="canonical" href="{}{}/" />"#, site.url, a.id)), "{tags}");
    assert!(tags.contains(&format!(
        r#"<meta property="og:image:alt" content="Locator map: {}" />"#,
        a.map.description.replace('"', "&quot;")
    )));
    assert!(tags.contains(&format!(
        r#"<meta property="og:description" content="{}" />"#,
        a.description.replace('"', "&quot;")
    )));
}
