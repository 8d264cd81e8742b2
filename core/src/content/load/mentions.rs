//! Ids unique across the file, and the mentions: where each name's forms stand in the text, one owner per span.

use super::*;

impl Loader {
    /// Ids: actors, places and terms share one namespace (they share the URL fragment); claims and events have
    /// their own. All must be lowercase slugs.
    pub(super) fn ids(&mut self, f: &src::File) {
        let mut seen = BTreeMap::new();
        let entities = f
            .actors
            .iter()
            .map(|a| ("actor", &a.id))
            .chain(f.places.iter().map(|p| ("place", &p.id)))
            .chain(f.glossary.iter().map(|t| ("term", &t.id)));
        let mut problems = Vec::new();
        for (what, id) in entities {
            if let Some(first) = seen.insert(id.clone(), what) {
                problems.push((format!("{what} '{id}'"), format!("duplicate id (also a {first})")));
            }
        }
        let mut claim_ids = BTreeSet::new();
        for c in &f.claims {
            if !claim_ids.insert(&c.id) {
                problems.push((format!("claim '{}'", c.id), "duplicate id".into()));
            }
        }
        let mut event_ids = BTreeSet::new();
        for e in &f.timeline {
            if !event_ids.insert(&e.id) {
                problems.push((format!("event '{}'", e.id), "duplicate id".into()));
            }
        }
        let all = seen
            .keys()
            .cloned()
            .chain(claim_ids.iter().map(|s| s.to_string()))
            .chain(event_ids.iter().map(|s| s.to_string()));
        for id in all.collect::<Vec<_>>() {
            let ok = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                problems.push((format!("id '{id}'"), "ids are lowercase letters, digits and '-'".into()));
            }
        }
        for (item, message) in problems {
            self.error(item, message);
        }
    }

    /// Finds every mention, paragraph by paragraph, and cuts the sentences into runs.
    pub(super) fn mentions(&mut self, f: &src::File) -> (Vec<Mention>, HashMap<Idx, Vec<Run>>) {
        let mut requests: Vec<Vec<FormRequest<Key>>> = vec![Vec::new(); self.paras.len()];
        let mut names: HashMap<Target, String> = HashMap::new();
        let entities = f
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Target::Actor(i as Idx), format!("actor '{}'", a.id), &a.mentions))
            .chain(
                f.places
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (Target::Place(i as Idx), format!("place '{}'", p.id), &p.mentions)),
            )
            .chain(
                f.glossary
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (Target::Term(i as Idx), format!("term '{}'", t.id), &t.mentions)),
            )
            .collect::<Vec<_>>();
        for (target, item, forms) in entities {
            for (para, list) in forms {
                match self.para_ix.get(para) {
                    Some(&p) => requests[p as usize]
                        .extend(list.iter().map(|form| FormRequest { key: Key(target), form: form.clone() })),
                    None => self.error(&item, format!("mentions name unknown paragraph '{para}'")),
                }
            }
            names.insert(target, item);
        }

        let mut mentions = Vec::new();
        let mut runs: HashMap<Idx, Vec<Run>> = HashMap::new();
        let mut counts: HashMap<Target, Idx> = HashMap::new();
        for (p, reqs) in requests.iter().enumerate() {
            let (text, sentences) = self.paras[p].clone();
            let para_id = f.paragraphs[p].id.clone();
            let spans = match allocate_mentions(text, reqs) {
                Ok(spans) => spans,
                Err(errors) => {
                    for e in errors {
                        let (item, message) = match e {
                            AllocationError::NotInText { key, form } => {
                                let hint = quote_mark_hint(text, &form).unwrap_or_default();
                                (
                                    names[&key.0].clone(),
                                    format!("mention {form:?} is not in the text of {para_id}{hint}"),
                                )
                            }
                            AllocationError::SameSpan { first, second, text } => (
                                names[&second.0].clone(),
                                format!("mention {text:?} in {para_id} is also claimed by {}", names[&first.0]),
                            ),
                            AllocationError::Crossing { first, second, first_text, second_text } => (
                                names[&second.0].clone(),
                                format!(
                                    "mention {second_text:?} in {para_id} crosses {first_text:?} of {}",
                                    names[&first.0]
                                ),
                            ),
                        };
                        self.error(item, message);
                    }
                    continue;
                }
            };
            for (range, global) in sentences {
                let mut cursor = range.start;
                let mut sentence_runs = Vec::new();
                for (span, key) in spans.iter().filter(|(s, _)| s.start < range.end && s.end > range.start) {
                    if span.start < range.start || span.end > range.end {
                        self.error(
                            names[&key.0].clone(),
                            format!("mention {:?} in {para_id} crosses a sentence boundary", &text[span.clone()]),
                        );
                        continue;
                    }
                    if span.start > cursor {
                        sentence_runs.push(Run::Text(&text[cursor..span.start]));
                    }
                    let nth = counts.entry(key.0).or_insert(0);
                    sentence_runs.push(Run::Mention(mentions.len() as Idx));
                    mentions.push(Mention {
                        id: leak_str(format!("m{}", mentions.len() + 1)),
                        target: key.0,
                        text: &text[span.clone()],
                        sentence: global,
                        nth: *nth,
                    });
                    *nth += 1;
                    cursor = span.end;
                }
                if cursor < range.end {
                    sentence_runs.push(Run::Text(&text[cursor..range.end]));
                }
                runs.insert(global, sentence_runs);
            }
        }
        (mentions, runs)
    }
}
