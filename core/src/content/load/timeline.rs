//! Timeline events: dated, with a status (article, derived, context) and a source where they are not the article's.

use super::*;

impl Loader {
    pub(super) fn event(&mut self, e: &src::Event) -> Event {
        let item = format!("event '{}'", e.id);
        let status = e.status;
        let quote = match (&e.para, &e.quote) {
            (Some(p), Some(q)) => Some(self.quote(&item, p, q)),
            (None, None) => None,
            _ => {
                self.error(&item, "para and quote go together");
                None
            }
        };
        if status == EventStatus::Context && e.source.is_none() {
            self.error(&item, "a context event needs a source");
        }
        let source = e.source.as_ref().map(|s| self.source(&item, s));
        let confidence = e.confidence;
        let valid_date = e.date.split('/').all(|d| {
            let parts: Vec<&str> = d.split('-').collect();
            !parts.is_empty()
                && parts.len() <= 3
                && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        });
        if !valid_date {
            self.error(&item, format!("date {:?} is not YYYY[-MM[-DD]] or a range a/b", e.date));
        }
        Event {
            id: leak_str(e.id.clone()),
            date: leak_str(e.date.clone()),
            label: leak_str(e.label.clone()),
            title: leak_str(e.title.clone()),
            status,
            quote,
            source,
            confidence,
        }
    }
}
