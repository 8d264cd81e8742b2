//! Glossary terms: a definition labelled as context, with its source and confidence.

use super::*;

impl Loader {
    pub(super) fn term(&mut self, t: &src::Term, mentions: &'static [Idx]) -> Term {
        let item = format!("term '{}'", t.id);
        let source = self.source(&item, &t.source);
        let confidence = t.confidence;
        Term {
            id: leak_str(t.id.clone()),
            term: leak_str(t.term.clone()),
            definition: leak_str(t.definition.clone()),
            source,
            confidence,
            mentions,
        }
    }
}
