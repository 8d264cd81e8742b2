//! The article's paragraphs: each must be the seed's next non-empty line, verbatim, and is split into sentences.

use super::*;

impl Loader {
    /// Checks the paragraphs against the seed and splits them into sentences, by the rules of the article's
    /// language.
    #[allow(clippy::type_complexity)]
    pub(super) fn paragraphs(
        &mut self,
        list: &[src::Paragraph],
        seed: &str,
        language: &str,
    ) -> (&'static [Paragraph], Vec<(&'static str, Idx, &'static str)>) {
        let seed_lines: Vec<&str> = seed.lines().filter(|l| !l.trim().is_empty()).collect();
        if seed_lines.len() != list.len() {
            self.error(
                "paragraphs",
                format!("the file has {} paragraphs but the seed has {} non-empty lines", list.len(), seed_lines.len()),
            );
        }
        let mut out = Vec::new();
        let mut sentences = Vec::new();
        for (i, p) in list.iter().enumerate() {
            let item = format!("paragraph '{}'", p.id);
            if self.para_ix.insert(p.id.clone(), i as Idx).is_some() {
                self.error(&item, "duplicate id");
            }
            if let Some(line) = seed_lines.get(i) {
                if *line != p.text {
                    let at = line.chars().zip(p.text.chars()).take_while(|(a, b)| a == b).count();
                    let expected: String = line.chars().skip(at).take(24).collect();
                    let found: String = p.text.chars().skip(at).take(24).collect();
                    self.error(
                        &item,
                        format!(
                            "differs from non-empty seed line {} at character {at}: expected {expected:?}, found {found:?}",
                            i + 1
                        ),
                    );
                }
            }
            let kind = p.kind;
            let text = leak_str(p.text.clone());
            let mut ranges = Vec::new();
            let mut indices = Vec::new();
            for (n, r) in sentence_ranges(text, language).into_iter().enumerate() {
                let global = sentences.len() as Idx;
                sentences.push((leak_str(format!("{}-s{}", p.id, n + 1)), i as Idx, &text[r.clone()]));
                ranges.push((r, global));
                indices.push(global);
            }
            self.paras.push((text, ranges));
            out.push(Paragraph { id: leak_str(p.id.clone()), kind, text, sentences: leak(indices) });
        }
        (leak(out), sentences)
    }
}
