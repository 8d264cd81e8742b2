//! Where each source is cited, for the sources list: a reader can go from any context label to its source, and
//! from a source to every line that rests on it.

use super::model::*;
use crate::line::fill;
use crate::words::Words;

impl Article {
    /// The element id of a source's entry in the sources list, e.g. `source-wiki-luk`.
    pub fn source_anchor(key: &str) -> String {
        format!("source-{key}")
    }

    /// The lines that cite a source, as short labels saying what and where ("Grodno (card)"), cards first,
    /// then the map, claims, timeline and glossary, each once.
    pub fn citations(&self, source: Idx, words: &Words) -> Vec<String> {
        let w = &words.sources;
        let mut out: Vec<String> = Vec::new();
        let mut add = |cites: bool, label: String| {
            if cites && !out.contains(&label) {
                out.push(label);
            }
        };
        let any = |lines: &[ContextLine]| lines.iter().any(|l| l.source == source);
        for a in self.actors {
            add(any(a.context), fill(&w.cited_card, &[("name", a.name)]));
        }
        for p in self.places {
            add(any(p.context), fill(&w.cited_card, &[("name", p.name)]));
            add(p.coords_source == Some(source), fill(&w.cited_coordinates, &[("name", p.name)]));
        }
        for d in self.distances {
            let (from, to) = (self.places[d.from as usize].name, self.places[d.to as usize].name);
            add(d.source == source, fill(&w.cited_map, &[("from", from), ("to", to), ("distance", d.label)]));
        }
        for c in self.claims {
            add(any(c.context), fill(&w.cited_claim, &[("topic", c.topic)]));
        }
        for e in self.timeline {
            add(e.source == Some(source), fill(&w.cited_timeline, &[("date", e.label), ("title", e.title)]));
        }
        for t in self.glossary {
            add(t.source == source, fill(&w.cited_glossary, &[("term", t.term)]));
        }
        out
    }
}
