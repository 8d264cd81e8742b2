//! Claims and their responses, each quote checked against its paragraph, and the article's own framing.

use super::*;

impl Loader {
    pub(super) fn claim(&mut self, c: &src::Claim) -> Claim {
        let item = format!("claim '{}'", c.id);
        let form = c.form;
        if c.by.is_empty() && c.by_note.is_none() {
            self.error(&item, "needs `by` or a `by_note`");
        }
        let by = self.actor_refs(&item, &c.by);
        let quote = self.quote(&item, &c.para, &c.quote);
        let context = self.context(&item, &c.context, 3);
        let mut responses = Vec::new();
        for (n, r) in c.responses.iter().enumerate() {
            let ritem = format!("{item} response {}", n + 1);
            let kind = r.kind;
            if r.by.is_empty() {
                self.error(&ritem, "needs `by`");
            }
            responses.push(Response {
                by: self.actor_refs(&ritem, &r.by),
                kind,
                kind_note: r.type_note.clone().map(leak_str),
                quote: self.quote(&ritem, &r.para, &r.quote),
                note: r.note.clone().map(leak_str),
            });
        }
        let framing = c.framing.as_ref().map(|fr| Framing {
            quote: self.quote(&format!("{item} framing"), &fr.para, &fr.quote),
            note: fr.note.clone().map(leak_str),
        });
        Claim {
            framing,
            id: leak_str(c.id.clone()),
            reference: leak_str(c.reference.clone()),
            topic: leak_str(c.topic.clone()),
            by,
            by_note: c.by_note.clone().map(leak_str),
            form,
            quote,
            expanded: c.expanded,
            responses: leak(responses),
            no_response_note: c.no_response_note.clone().map(leak_str),
            context,
        }
    }
}
