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
        let (requests, names) = self.form_requests(f);
        let mut found = Found::default();
        for (p, reqs) in requests.iter().enumerate() {
            let (text, sentences) = self.paras[p].clone();
            let para_id = &f.paragraphs[p].id;
            match allocate_mentions(text, reqs) {
                Ok(spans) => self.cut_sentences(&mut found, text, &sentences, &spans, para_id, &names),
                Err(errors) => {
                    for e in errors {
                        let (item, message) = allocation_problem(e, text, para_id, &names);
                        self.error(item, message);
                    }
                }
            }
        }
        (found.mentions, found.runs)
    }

    /// Every form each actor, place and term asks for, by paragraph, and the item each target is named as in errors.
    fn form_requests(&mut self, f: &src::File) -> (Vec<Vec<FormRequest<Key>>>, HashMap<Target, String>) {
        let mut requests: Vec<Vec<FormRequest<Key>>> = vec![Vec::new(); self.paras.len()];
        let mut names: HashMap<Target, String> = HashMap::new();
        let actors = f
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Target::Actor(i as Idx), format!("actor '{}'", a.id), &a.mentions));
        let places = f
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| (Target::Place(i as Idx), format!("place '{}'", p.id), &p.mentions));
        let terms = f
            .glossary
            .iter()
            .enumerate()
            .map(|(i, t)| (Target::Term(i as Idx), format!("term '{}'", t.id), &t.mentions));
        for (target, item, forms) in actors.chain(places).chain(terms) {
            for (para, list) in forms {
                match self.para_ix.get(para) {
                    Some(&p) => requests[p as usize]
                        .extend(list.iter().map(|form| FormRequest { key: Key(target), form: form.clone() })),
                    None => self.error(&item, format!("mentions name unknown paragraph '{para}'")),
                }
            }
            names.insert(target, item);
        }
        (requests, names)
    }

    /// One paragraph's sentences as runs of text and mentions, given where its mentions are.
    fn cut_sentences(
        &mut self,
        found: &mut Found,
        text: &'static str,
        sentences: &SentenceSpans,
        spans: &[(std::ops::Range<usize>, Key)],
        para_id: &str,
        names: &HashMap<Target, String>,
    ) {
        for (range, global) in sentences.iter().cloned() {
            let mut cursor = range.start;
            let mut sentence_runs = Vec::new();
            for (span, key) in spans.iter().filter(|(s, _)| s.start < range.end && s.end > range.start) {
                if span.start < range.start || span.end > range.end {
                    let message = format!("mention {:?} in {para_id} crosses a sentence boundary", &text[span.clone()]);
                    self.error(names[&key.0].clone(), message);
                    continue;
                }
                if span.start > cursor {
                    sentence_runs.push(Run::Text(&text[cursor..span.start]));
                }
                sentence_runs.push(Run::Mention(found.add(key.0, &text[span.clone()], global)));
                cursor = span.end;
            }
            if cursor < range.end {
                sentence_runs.push(Run::Text(&text[cursor..range.end]));
            }
            found.runs.insert(global, sentence_runs);
        }
    }
}

/// The mentions found so far, in reading order, and each sentence's runs.
#[derive(Default)]
struct Found {
    mentions: Vec<Mention>,
    runs: HashMap<Idx, Vec<Run>>,
    /// How many mentions each target has so far: a mention's `nth`.
    counts: HashMap<Target, Idx>,
}

impl Found {
    /// A mention of `target`, as its index.
    fn add(&mut self, target: Target, text: &'static str, sentence: Idx) -> Idx {
        let nth = self.counts.entry(target).or_insert(0);
        let index = self.mentions.len() as Idx;
        self.mentions.push(Mention { id: leak_str(format!("m{}", index + 1)), target, text, sentence, nth: *nth });
        *nth += 1;
        index
    }
}

/// A problem the allocation found, as the item to blame and the message.
fn allocation_problem(
    e: AllocationError<Key>,
    text: &str,
    para_id: &str,
    names: &HashMap<Target, String>,
) -> (String, String) {
    match e {
        AllocationError::NotInText { key, form } => {
            let hint = quote_mark_hint(text, &form).unwrap_or_default();
            (names[&key.0].clone(), format!("mention {form:?} is not in the text of {para_id}{hint}"))
        }
        AllocationError::SameSpan { first, second, text } => {
            (names[&second.0].clone(), format!("mention {text:?} in {para_id} is also claimed by {}", names[&first.0]))
        }
        AllocationError::Crossing { first, second, first_text, second_text } => (
            names[&second.0].clone(),
            format!("mention {second_text:?} in {para_id} crosses {first_text:?} of {}", names[&first.0]),
        ),
    }
}
