//! Sentences, on the articles: the English ones split exactly as before Unicode's segmenter took over (the golden
//! list `fixtures/english-sentences.tsv`, written by the old splitter), so no sentence link of theirs moved. French
//! and Arabic cases are tested in `core/src/content/sentences.rs`.

use explainer_core::content::load::load_file;
use explainer_core::content::Article;
use std::path::Path;

fn article(id: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content").join(format!("{id}.toml"));
    // The map extract is read by article_files; the content alone is enough here.
    load_file(&path).unwrap_or_else(|e| panic!("{e:?}"))
}

fn sentences(a: &Article) -> Vec<(&'static str, &'static str)> {
    a.sentences.iter().map(|s| (s.id, s.text)).collect()
}

#[test]
fn the_english_articles_keep_every_sentence_and_its_id() {
    let golden = include_str!("fixtures/english-sentences.tsv");
    let mut ids: Vec<&str> = golden.lines().map(|l| l.split('\t').next().unwrap()).collect();
    ids.dedup();
    assert!(ids.len() >= 4);
    for id in ids {
        let expected: Vec<(&str, &str)> = golden
            .lines()
            .filter_map(|l| {
                let mut parts = l.splitn(3, '\t');
                (parts.next() == Some(id)).then(|| (parts.next().unwrap(), parts.next().unwrap()))
            })
            .collect();
        assert_eq!(sentences(&article(id)), expected, "{id}");
    }
}
