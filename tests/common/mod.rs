//! What the prerender tests share: every article of the repository, loaded as the prerender loads it.

use explainer::content::Content;
use explainer_core::article_files::load_article;
use explainer_core::site::Site;

/// Every content file's article, in file order, with the repository's site.
pub fn every_article() -> Vec<Content> {
    let mut files: Vec<_> = std::fs::read_dir("content")
        .expect("run from the repository root")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
        .iter()
        .map(|file| {
            let files = load_article(file).unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
            Content::keep(files, Site::parse(include_str!("../../content/site/site.toml")).unwrap())
        })
        .collect()
}
