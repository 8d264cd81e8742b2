//! Views render from the data they are given: a small article, loaded from a few lines of TOML, rendered one view
//! at a time, natively, with no content file and no browser.

use explainer::components::card::CardSheets;
use explainer::components::claims::ClaimsPanel;
use explainer::components::corrections::CorrectionsNote;
use explainer::content::Content;
use explainer::prerender::with_content;
use explainer_core::article_files::{load_words, ArticleFiles};
use explainer_core::content::load::load_str;
use explainer_core::geo::MapShapes;
use explainer_core::site::Site;
use leptos::prelude::*;

const SEED: &str = "Lukashenko spoke in Grodno.\n\nNATO said the claims were \"baseless\".\n";

const TOML: &str = r#"
[article]
id = "t"
seed = "t.txt"
title = "T"
description = "D"
short_title = "S"
publisher = "P"
published = "2020-08-23"
explainer_published = "2026-11-23"
url = "https://example.org/"
language = "en"

[[sources]]
key = "general"
title = "General knowledge"

[map]
after = "p1"
description = "Where it happens."
credits = "Test data."

[[paragraphs]]
id = "p1"
kind = "body"
text = "Lukashenko spoke in Grodno."

[[paragraphs]]
id = "p2"
kind = "body"
text = "NATO said the claims were \"baseless\"."

[[actors]]
id = "lukashenko"
ref = "A01"
name = "Alexander Lukashenko"
kind = "person"
context = [{ text = "President of Belarus.", source = "general", confidence = "high" }]
mentions = { p1 = ["Lukashenko"] }

[[actors]]
id = "nato"
ref = "A06"
name = "NATO"
kind = "organisation"
context = [{ text = "A military alliance.", source = "general", confidence = "high" }]
mentions = { p2 = ["NATO"] }

[[claims]]
id = "baseless"
ref = "C05"
topic = "The claims"
by = ["nato"]
form = "quoted"
para = "p2"
quote = "baseless"

[[corrections]]
date = "2026-12-05"
text = "An earlier version called NATO a trade bloc."
items = ["nato", "baseless"]
"#;

/// The site the tests publish on.
fn site() -> Site {
    Site::parse(include_str!("../content/site/site.toml")).unwrap()
}

fn small_article() -> Content {
    let article = load_str("content/t.toml", TOML, SEED).unwrap_or_else(|e| panic!("{e:?}"));
    let map = MapShapes { width: 100.0, height: 60.0, units_per_km: 1.0, source: "none", countries: &[], borders: &[] };
    let (words, locale) = load_words(std::path::Path::new("content"), "en", None).unwrap_or_else(|e| panic!("{e:?}"));
    Content::keep(ArticleFiles { article, map, words, locale }, site())
}

#[test]
fn a_card_sheet_says_what_its_actor_is_and_links_back_to_the_names() {
    let html = with_content(small_article(), || view! { <CardSheets /> }.to_html());
    assert!(html.contains(r#"id="card-nato""#), "{html}");
    assert!(html.contains(r#"data-kind="actor""#));
    assert!(html.contains("A military alliance."), "the context line");
    assert!(html.contains("Organisation"), "its kind");
    assert!(html.contains(r#"id="card-lukashenko-title""#));
}

#[test]
fn the_claims_panel_quotes_the_claim_and_links_it_to_its_sentence() {
    let html = with_content(small_article(), || view! { <ClaimsPanel /> }.to_html());
    assert!(html.contains(r#"id="claim-baseless""#), "{html}");
    assert!(html.contains("baseless"));
    assert!(html.contains("p2-s1"), "the quote links to its sentence");
}

#[test]
fn a_correction_is_marked_beside_every_item_it_touched_and_nowhere_else() {
    let (sheets, claims, note) = with_content(small_article(), || {
        (
            view! { <CardSheets /> }.to_html(),
            view! { <ClaimsPanel /> }.to_html(),
            view! { <CorrectionsNote /> }.to_html(),
        )
    });
    let mark = "An earlier version called NATO a trade bloc.";
    let nato = &sheets[sheets.find(r#"id="card-nato""#).unwrap()..];
    let nato = &nato[..nato.find("</section>").unwrap()];
    assert!(nato.contains(r#"class="correction-mark""#) && nato.contains(mark), "{nato}");
    assert_eq!(sheets.matches(mark).count(), 1, "not on Lukashenko's card");
    assert!(claims.contains(mark) && claims.contains("· corrected"), "on the claim, said while folded too");
    // Under the headline: the date, and links to both items.
    assert!(note.contains(r#"<time datetime="2026-12-05">5 December 2026</time>"#), "{note}");
    assert!(note.contains(r##"href="#card-nato""##) && note.contains(r##"href="#claim-baseless""##), "{note}");
}
