//! The sources list, and what every line that cites one needs: a known source key, a confidence, and quotes
//! that are the article's exact words.

use super::*;

impl Loader {
    pub(super) fn sources(&mut self, list: Vec<src::Source>) -> &'static [Source] {
        let mut out = Vec::new();
        for s in list {
            if self.source_ix.contains_key(&s.key) {
                self.error(format!("source '{}'", s.key), "duplicate id");
                continue;
            }
            self.source_ix.insert(s.key.clone(), out.len() as Idx);
            out.push(Source {
                key: leak_str(s.key),
                title: leak_str(s.title),
                url: s.url.map(leak_str),
                publisher: s.publisher.map(leak_str),
                date: s.date.map(leak_str),
            });
        }
        leak(out)
    }

    pub(super) fn source(&mut self, item: &str, key: &str) -> Idx {
        match self.source_ix.get(key) {
            Some(&i) => i,
            None => {
                self.error(item, format!("unknown source '{key}'"));
                0
            }
        }
    }

    pub(super) fn context(&mut self, item: &str, lines: &[src::ContextLine], max: usize) -> &'static [ContextLine] {
        if lines.len() > max {
            self.error(item, format!("has {} context lines; at most {max}", lines.len()));
        }
        let out = lines
            .iter()
            .map(|l| ContextLine {
                text: leak_str(l.text.clone()),
                source: self.source(item, &l.source),
                confidence: l.confidence,
            })
            .collect();
        leak(out)
    }

    /// Finds exact words in a paragraph and returns them with the sentence where they start.
    pub(super) fn quote(&mut self, item: &str, para: &str, words: &str) -> Quote {
        let Some(&p) = self.para_ix.get(para) else {
            self.error(item, format!("unknown paragraph '{para}'"));
            return Quote { text: leak_str(words.into()), sentence: 0 };
        };
        let (text, sentences) = &self.paras[p as usize];
        match text.find(words) {
            Some(at) if !words.is_empty() => {
                let sentence = sentences.iter().rev().find(|(r, _)| r.start <= at).map(|(_, g)| *g).unwrap_or(0);
                Quote { text: leak_str(words.into()), sentence }
            }
            _ => {
                let hint = quote_mark_hint(text, words).unwrap_or_default();
                self.error(item, format!("quote {words:?} is not in the text of {para}{hint}"));
                Quote { text: leak_str(words.into()), sentence: 0 }
            }
        }
    }
}
