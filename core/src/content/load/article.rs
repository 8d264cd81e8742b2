//! The `[article]` table: the page's title, description and credit line are made of it.

use super::*;

impl Loader {
    pub(super) fn article_fields(&mut self, a: &src::ArticleMeta) {
        for (field, value) in [
            ("title", &a.title),
            ("description", &a.description),
            ("short_title", &a.short_title),
            ("publisher", &a.publisher),
            ("published", &a.published),
            ("url", &a.url),
            ("language", &a.language),
        ] {
            // A made-up story has no original to link to.
            if value.trim().is_empty() && !(field == "url" && a.fiction) {
                self.error("[article]", format!("{field} is empty"));
            }
        }
    }
}
