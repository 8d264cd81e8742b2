//! The site's front page, `dist/index.html`: every article built, each with its title, description and source,
//! linking to its own folder (`<article-id>/`). Fiction is labelled as such.

use crate::content::Article;
use crate::locale::Locale;
use crate::page_shell::html_escape as escape;

/// The page, in English (the site's own words), listing the articles in the order given.
pub fn html(articles: &[Article]) -> String {
    // The site's words are British English; its dates too, written as the English articles' pages write theirs.
    let english = Locale::new("en-GB", None).expect("ICU4X's compiled data has en-GB");
    let items: String = articles
        .iter()
        .map(|a| {
            // The site's own words are English, inside an item in the article's language.
            let fiction = if a.fiction { r#"<span class="tag" lang="en" dir="ltr">Fiction, a test story</span> "# } else { "" };
            format!(
                r#"<li lang="{lang}" dir="{dir}"><h2><a href="{id}/">{title}</a></h2><p>{fiction}{description}</p><p class="source">{publisher}, <span lang="en" dir="ltr">{published}</span></p></li>"#,
                lang = escape(a.language),
                dir = crate::locale::direction(a.language),
                id = escape(a.id),
                title = escape(a.title),
                description = escape(a.description),
                publisher = escape(a.publisher),
                published = escape(&english.date(a.published)),
            )
        })
        .collect();
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>Explainers</title>
<meta name="description" content="Interactive explainers of news articles." />
<link rel="stylesheet" href="site-index.css" />
<link rel="icon" href="favicon.svg" type="image/svg+xml" />
</head>
<body>
<main>
<h1>Explainers</h1>
<ul>{items}</ul>
</main>
</body>
</html>
"#
    )
}
