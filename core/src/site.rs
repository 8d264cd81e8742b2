//! The site the explainers are published on, set once for a build in `content/site/site.toml`: its address, which makes
//! every link a page gives of itself absolute (the canonical link, the link-preview image, the structured data,
//! `claims.json`), and the explainer's own publisher and author line. X and LinkedIn do not resolve a relative
//! image address, so a build without a site would publish previews without a picture.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Where `dist/` is served: `https://…/`, ending in a slash. An article is at `<url><article-id>/`.
    pub url: String,
    /// Who publishes the explainers (not the articles they explain): the structured data's `publisher`.
    pub publisher: String,
    /// The explainers' author line: the structured data's `author`.
    pub author: String,
    /// The publisher and author as a page in another language names them (`[site.names.fr]`), by language.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, SiteNames>,
}

/// How the site names itself in one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteNames {
    pub publisher: String,
    pub author: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    site: Site,
}

impl Site {
    /// Reads and checks a site file; an error names the file and what is wrong.
    pub fn load(path: &std::path::Path) -> Result<Site, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Site::parse(&text).map_err(|e| format!("{}: [site]: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Site, String> {
        let site = toml::from_str::<SiteFile>(text).map_err(|e| e.message().trim().to_string())?.site;
        let scheme_ok = site.url.starts_with("https://") || site.url.starts_with("http://");
        let host = site.url.split_once("://").map_or("", |(_, rest)| rest).split('/').next().unwrap_or("");
        if !scheme_ok || host.is_empty() || !site.url.ends_with('/') || site.url.contains(['"', '<', '>', ' ']) {
            return Err(format!("url {:?} must be an absolute http(s) address ending in '/'", site.url));
        }
        let named = site.names.iter().flat_map(|(language, n)| {
            [(format!("names.{language}.publisher"), &n.publisher), (format!("names.{language}.author"), &n.author)]
        });
        for (field, value) in
            [("publisher".to_string(), &site.publisher), ("author".to_string(), &site.author)].into_iter().chain(named)
        {
            if value.trim().is_empty() {
                return Err(format!("{field} is empty"));
            }
        }
        Ok(site)
    }

    /// The site as a page in `language` names it: its names in that language where the file gives them.
    pub fn in_language(mut self, language: &str) -> Site {
        if let Some(names) = self.names.remove(crate::words::primary_language(language)) {
            (self.publisher, self.author) = (names.publisher, names.author);
        }
        self.names.clear();
        self
    }

    /// The address of an article's explainer.
    pub fn article_url(&self, article_id: &str) -> String {
        format!("{}{article_id}/", self.url)
    }

    /// The address of one of an article's files.
    pub fn file_url(&self, article_id: &str, file: &str) -> String {
        format!("{}{file}", self.article_url(article_id))
    }
}

#[cfg(test)]
mod tests {
    use super::Site;

    const GOOD: &str = "[site]\nurl = \"https://news.example/explainers/\"\npublisher = \"P\"\nauthor = \"A\"\n";

    #[test]
    fn addresses_are_absolute() {
        let site = Site::parse(GOOD).unwrap();
        assert_eq!(site.file_url("a-b", "share.png"), "https://news.example/explainers/a-b/share.png");
    }

    #[test]
    fn a_relative_or_unfinished_address_is_refused() {
        for url in ["/explainers/", "https://news.example", "news.example/", "https:///x/", "ftp://a/"] {
            let text = GOOD.replace("https://news.example/explainers/", url);
            assert!(Site::parse(&text).unwrap_err().contains("absolute"), "{url}");
        }
        assert!(Site::parse(&GOOD.replace("author = \"A\"", "author = \" \"")).unwrap_err().contains("author"));
        assert!(Site::parse(&GOOD.replace("author", "writer")).is_err());
    }

    #[test]
    fn a_page_in_another_language_names_the_site_in_it() {
        let text = format!("{GOOD}[site.names.fr]\npublisher = \"P fr\"\nauthor = \"A fr\"\n");
        let site = Site::parse(&text).unwrap();
        let fr = site.clone().in_language("fr-FR");
        assert_eq!((fr.publisher.as_str(), fr.author.as_str()), ("P fr", "A fr"));
        let en = site.in_language("en");
        assert_eq!((en.publisher.as_str(), en.author.as_str()), ("P", "A"));
        let empty = Site::parse(&format!("{GOOD}[site.names.ar]\npublisher = \" \"\nauthor = \"A\"\n"));
        assert_eq!(empty.unwrap_err(), "names.ar.publisher is empty");
    }
}
