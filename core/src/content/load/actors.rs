//! Actors: who or what they are, their roles in the article's words, context lines and what they say here.

use super::*;

impl Loader {
    pub(super) fn actor_refs(&mut self, item: &str, ids: &[String]) -> &'static [Idx] {
        let mut out = Vec::new();
        for id in ids {
            match self.actor_ix.get(id) {
                Some(&i) => out.push(i),
                None => self.error(item, format!("unknown actor '{id}'")),
            }
        }
        leak(out)
    }

    pub(super) fn actor(&mut self, a: &src::Actor, mentions: &'static [Idx]) -> Actor {
        let item = format!("actor '{}'", a.id);
        let kind = a.kind;
        for role in &a.roles {
            if !self.paras.iter().any(|(text, _)| text.contains(role.as_str())) {
                let hint = self.paras.iter().find_map(|(text, _)| quote_mark_hint(text, role)).unwrap_or_default();
                self.error(&item, format!("role {role:?} is not in the article's text{hint}"));
            }
        }
        let context = self.context(&item, &a.context, 2);
        let says = a
            .says
            .iter()
            .map(|s| Said { quote: self.quote(&item, &s.para, &s.quote), note: s.note.clone().map(leak_str) })
            .collect();
        let mut ties = Vec::new();
        for t in &a.places {
            let Some(&place) = self.place_ix.get(&t.place) else {
                self.error(&item, format!("unknown place '{}'", t.place));
                continue;
            };
            let sentence = t.para.as_ref().map(|p| match self.para_ix.get(p) {
                Some(&pi) => self.paras[pi as usize].1[0].1,
                None => {
                    self.error(&item, format!("unknown paragraph '{p}'"));
                    0
                }
            });
            ties.push(PlaceTie { place, note: leak_str(t.note.clone()), sentence });
        }
        if mentions.is_empty() {
            self.error(&item, "has no mention in the text");
        }
        Actor {
            id: leak_str(a.id.clone()),
            reference: leak_str(a.reference.clone()),
            name: leak_str(a.name.clone()),
            kind,
            kind_note: a.kind_note.clone().map(leak_str),
            roles: leak(a.roles.iter().cloned().map(leak_str).collect()),
            spellings: leak(a.spellings.iter().cloned().map(leak_str).collect()),
            context,
            says: leak(says),
            places: leak(ties),
            mentions,
        }
    }
}
