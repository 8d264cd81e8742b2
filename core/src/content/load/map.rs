//! The map section: the paragraph the map follows, its description and credits, the home country and the inset.

use super::*;

impl Loader {
    pub(super) fn map(&mut self, m: &src::MapSection) -> MapInfo {
        let after = self.para_ix.get(&m.after).copied().unwrap_or_else(|| {
            self.error("[map]", format!("after: '{}' is not a paragraph", m.after));
            0
        });
        let home = m.home.as_ref().and_then(|id| match self.place_ix.get(id) {
            Some(&i) => Some(i),
            None => {
                self.error("[map]", format!("home: '{id}' is not a place"));
                None
            }
        });
        for (field, value) in [("description", &m.description), ("credits", &m.credits)] {
            if value.trim().is_empty() {
                self.error("[map]", format!("{field} is empty"));
            }
        }
        MapInfo {
            after,
            description: leak_str(m.description.clone()),
            credits: leak_str(m.credits.clone()),
            home,
            inset: m.inset.clone().map(leak_str),
        }
    }
}
