//! The sourcing rules (core/src/content/sourcing_rules.rs), each run against a fixture that reproduces the
//! findings of issue 13 in the content file as it was. Every finding is an error naming the file and the item; once
//! corrected the way the content file was, the fixture loads.

use explainer_core::content::load::{load_str, ContentError};
use explainer_core::content::Article;
use std::path::Path;

const FILE: &str = "core/tests/fixtures/sourcing-findings.toml";

fn fixture() -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let toml = std::fs::read_to_string(dir.join("sourcing-findings.toml")).unwrap();
    let seed = std::fs::read_to_string(dir.join("sourcing-findings.txt")).unwrap();
    (toml, seed)
}

fn load(toml: &str) -> Result<Article, Vec<ContentError>> {
    load_str(FILE, toml, &fixture().1)
}

/// The fixture's errors, as found.
fn findings() -> Vec<ContentError> {
    load(&fixture().0).expect_err("the findings must be rejected")
}

fn has(errors: &[ContentError], item: &str, words: &str) -> bool {
    errors.iter().any(|e| e.file == FILE && e.item == item && e.message.contains(words))
}

/// Replaces `from` (which must be there) with `to`.
fn edit(toml: &str, from: &str, to: &str) -> String {
    assert!(toml.contains(from), "fixture lacks {from:?}");
    toml.replacen(from, to, 1)
}

/// The fixture corrected as the content file was.
fn corrected() -> String {
    let mut t = fixture().0;
    for (from, to) in [
        (
            "[[claims.responses]]\nby = [\"france24\", \"afp\"]\ntype = \"counter-characterisation\"\npara = \"p1\"",
            "framing = { para = \"p1\", quote = \"disputed presidential elections results\" }\n#",
        ),
        ("quote = \"disputed presidential elections results\"\n\n", "\n"),
        ("/ “Poland planned to violate Belarusian territorial integrity” (implied)", "(implied)"),
        ("http://108.161.137.60/piglix/Aleksandr_Lukashenko", "https://en.wikipedia.org/wiki/Alexander_Lukashenko"),
        ("https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Grodno", "https://en.wikipedia.org/wiki/Grodno"),
        (
            "zhwiki.oracleblog.org/wiki/%E7%8D%A8%E7%AB%8B%E5%BB%A3%E5%A0%B4_(%E6%98%8E%E6%96%AF%E5%85%8B)",
            "en.wikipedia.org/wiki/Independence_Square_(Minsk)",
        ),
        ("key = \"tass-0819\"", "key = \"elta-0823\""),
        ("source = \"general\"\n", "source = \"elta-0823\"\nconfidence = \"medium\"\n"),
        (
            "label = \"≈15 km\"\nsource = \"facts-derived\"\nconfidence = \"high\"",
            "label = \"≈15 km\"\nsource = \"facts-derived\"\nconfidence = \"medium\"",
        ),
    ] {
        t = edit(&t, from, to);
    }
    let western = t.find("  { text = \"Other reports").unwrap();
    let end = western + t[western..].find('\n').unwrap() + 1;
    t.replace_range(
        western..end,
        "  { text = \"The west of the country.\", source = \"general\", confidence = \"high\" },\n",
    );
    t
}

#[test]
fn the_corrected_fixture_loads() {
    let a = load(&corrected()).unwrap_or_else(|e| panic!("{e:#?}"));
    let c = a.claims.iter().find(|c| c.id == "election-result").unwrap();
    assert!(c.responses.is_empty());
    assert_eq!(c.framing.unwrap().quote.text, "disputed presidential elections results");
}

#[test]
fn the_publisher_cannot_respond_to_a_claim() {
    let e = findings();
    for id in ["'france24'", "'afp'"] {
        assert!(has(&e, "claim 'election-result' response 1", &format!("{id} is the article's publisher")), "{e:#?}");
    }
    // Nor make one.
    let by_publisher = edit(
        &corrected(),
        "topic = \"Election result\"\nby = [\"lukashenko\"]",
        "topic = \"Election result\"\nby = [\"afp\"]",
    );
    let e = load(&by_publisher).unwrap_err();
    assert!(has(&e, "claim 'election-result'", "'afp' is the article's publisher"), "{e:#?}");
}

#[test]
fn a_framing_must_be_the_paragraphs_exact_words() {
    let bad =
        edit(&corrected(), "quote = \"disputed presidential elections results\" }", "quote = \"contested results\" }");
    let e = load(&bad).unwrap_err();
    assert!(has(&e, "claim 'election-result' framing", "\"contested results\" is not in the text of p1"), "{e:#?}");
}

#[test]
fn a_topic_quotes_only_words_in_the_claims_paragraph() {
    let e = findings();
    let words = "topic quotes “Poland planned to violate Belarusian territorial integrity”, which is not in p3";
    assert!(has(&e, "claim 'territorial-integrity-claim'", words), "{e:#?}");
    // Words that are in the paragraph may be quoted.
    let fine = edit(
        &corrected(),
        "topic = \"Threat to territorial integrity (implied)",
        "topic = \"“Stringent measures” for territorial integrity (implied)",
    );
    assert!(load(&fine.replace("“Stringent measures”", "“most stringent measures”")).is_ok());
}

#[test]
fn general_only_at_high_confidence_and_never_for_a_quotation() {
    let e = findings();
    assert!(has(&e, "place 'western-belarus'", "this line has medium confidence"), "{e:#?}");
    assert!(
        has(
            &e,
            "place 'western-belarus'",
            "quotes “the western pearl of Belarus with its centre in Grodno” under `general`"
        ),
        "{e:#?}"
    );
    assert!(has(&e, "event 'denials'", "this line has no confidence"), "{e:#?}");
    // Even at high confidence, a quotation needs its source, the article's own words too (they cite the article).
    let quoted = edit(&corrected(), "The west of the country.", "The west, with “no military buildup”.");
    assert!(has(
        &load(&quoted).unwrap_err(),
        "place 'western-belarus'",
        "quotes “no military buildup” under `general`"
    ));
    let article_words = quoted.replace("“no military buildup”", "“stringent measures”");
    assert!(has(&load(&article_words).unwrap_err(), "place 'western-belarus'", "quotes “stringent measures”"));
}

#[test]
fn every_defined_source_is_cited() {
    let e = findings();
    assert!(has(&e, "source 'tass-0819'", "is never cited"), "{e:#?}");
}

#[test]
fn no_source_on_a_raw_ip_or_a_known_mirror() {
    let e = findings();
    assert!(has(&e, "source 'wiki-luk'", "points at a raw IP address"), "{e:#?}");
    assert!(has(&e, "source 'grodno-wiki'", "is on dweb.link, a known mirror"), "{e:#?}");
    assert!(has(&e, "source 'indsq-wiki'", "is on oracleblog.org, a known mirror"), "{e:#?}");
}

#[test]
fn one_figure_carries_one_confidence() {
    let e = findings();
    let words = "the figure 15 km carries more than one confidence: place 'grodno' (medium), distance 'grodno'–'border-poland' (high)";
    assert!(has(&e, "distance 'grodno'–'border-poland'", words), "{e:#?}");
    // 115 km or 15 minutes are other figures.
    let other = edit(&fixture().0, "About 15 km from", "About 115 km, 15 minutes from");
    let errors = load(&other).unwrap_err();
    assert!(!errors.iter().any(|e| e.message.contains("the figure")), "{errors:#?}");
}
