//! The `[article]` table: the page's title, description and credit line are made of it.

use super::corrections::is_iso_day;
use super::*;

impl Loader {
    pub(super) fn article_fields(&mut self, a: &src::ArticleMeta) {
        for (field, value) in [
            ("title", &a.title),
            ("description", &a.description),
            ("short_title", &a.short_title),
            ("publisher", &a.publisher),
            ("published", &a.published),
            ("explainer_published", &a.explainer_published),
            ("url", &a.url),
            ("language", &a.language),
        ] {
            // A made-up story has no original to link to.
            if value.trim().is_empty() && !(field == "url" && a.fiction) {
                self.error("[article]", format!("{field} is empty"));
            }
        }
        if let Some(digits) = a.digits.as_deref().filter(|d| !crate::locale::DIGITS.contains(d)) {
            self.error("[article]", format!("digits {digits:?} is not one of {:?}", crate::locale::DIGITS));
        }
        if !a.explainer_published.is_empty() {
            if !is_iso_day(&a.explainer_published) {
                self.error("[article]", format!("explainer_published {:?} is not YYYY-MM-DD", a.explainer_published));
            } else if is_iso_day(&a.published) && a.explainer_published < a.published {
                self.error("[article]", "explainer_published is before the article was published");
            }
        }
    }
}
