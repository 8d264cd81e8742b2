//! Corrections: each dated on or after the article's publication, saying what changed, and naming the items it
//! touched by their ids, so the page can mark each of them.

use super::*;

impl Loader {
    pub(super) fn corrections(&mut self, f: &src::File) -> Vec<Correction> {
        let mut previous = "";
        f.corrections
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let item = format!("correction {} ({})", n + 1, c.date);
                if !is_iso_day(&c.date) {
                    self.error(&item, format!("date {:?} is not YYYY-MM-DD", c.date));
                } else if c.date < f.article.explainer_published {
                    let first = &f.article.explainer_published;
                    self.error(&item, format!("is dated before the explainer was first published ({first})"));
                } else if c.date.as_str() < previous {
                    self.error(&item, "is older than the correction before it: list corrections oldest first");
                }
                previous = &c.date;
                if c.text.trim().is_empty() {
                    self.error(&item, "text is empty: say what changed");
                }
                if c.items.is_empty() {
                    self.error(&item, "items is empty: name the actors, places, terms, claims or events it touched");
                }
                let items = c.items.iter().filter_map(|id| self.corrected(f, &item, id)).collect();
                Correction { date: leak_str(c.date.clone()), text: leak_str(c.text.clone()), items: leak(items) }
            })
            .collect()
    }

    /// The item an id names, or an error.
    fn corrected(&mut self, f: &src::File, item: &str, id: &str) -> Option<Corrected> {
        fn position<'a>(mut ids: impl Iterator<Item = &'a String>, id: &str) -> Option<Idx> {
            ids.position(|x| x == id).map(|i| i as Idx)
        }
        let found = None
            .or_else(|| position(f.actors.iter().map(|a| &a.id), id).map(|i| Corrected::Card(Target::Actor(i))))
            .or_else(|| position(f.places.iter().map(|p| &p.id), id).map(|i| Corrected::Card(Target::Place(i))))
            .or_else(|| position(f.glossary.iter().map(|t| &t.id), id).map(|i| Corrected::Card(Target::Term(i))))
            .or_else(|| position(f.claims.iter().map(|c| &c.id), id).map(Corrected::Claim))
            .or_else(|| position(f.timeline.iter().map(|e| &e.id), id).map(Corrected::Event));
        if found.is_none() {
            self.error(item, format!("'{id}' is no actor, place, term, claim or timeline event"));
        }
        found
    }
}

/// `YYYY-MM-DD`, digits only (the day's range is not checked: the page shows it as written).
pub(super) fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
