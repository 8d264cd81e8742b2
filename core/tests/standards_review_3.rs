//! The rules added after the third standards review, each shown failing on the Minsk content file as it was before
//! that review (`core/tests/fixtures/standards-review-3/`, the file as committed then, with only the explainer's
//! first publication date added so that it reaches the rules), and passing on the file as it is now.

use explainer_core::content::load::{load_file, ContentError};
use std::path::Path;

fn errors_of(path: &str) -> Vec<ContentError> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    match load_file(&path) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn before_the_review() -> Vec<ContentError> {
    let errors = errors_of("tests/fixtures/standards-review-3/belarus-2020-08-23.toml");
    assert!(!errors.is_empty(), "the file before the review must be refused");
    errors
}

fn has(errors: &[ContentError], item: &str, words: &str) -> bool {
    errors.iter().any(|e| e.item == item && e.message.contains(words))
}

#[test]
fn the_file_as_it_is_now_passes_every_rule() {
    let errors = errors_of("../content/belarus-2020-08-23.toml");
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_actors_card_says_who_they_are() {
    let e = before_the_review();
    assert!(has(&e, "actor 'kazakiewicz'", "its card does not say who this is"), "{e:#?}");
    // Actors with a role or a sourced line pass.
    assert!(!e.iter().any(|e| e.item == "actor 'lukashenko'" && e.message.contains("who this is")));
}

#[test]
fn general_never_carries_a_date_a_figure_or_a_quotation() {
    let e = before_the_review();
    assert!(has(&e, "actor 'nato'", "states “1949” under `general`"), "{e:#?}");
    assert!(has(&e, "actor 'belarusians'", "states “9.4” under `general`"), "{e:#?}");
    assert!(has(&e, "place 'vilnius'", "states “11” under `general`"), "{e:#?}");
    // Even the article's own words: those are cited to the article.
    assert!(has(&e, "actor 'authorities'", "quotes “the regime” under `general`"), "{e:#?}");
}

#[test]
fn an_event_labelled_as_the_articles_cites_no_outside_source() {
    let e = before_the_review();
    for event in ["lukashenko-takes-office", "eu-summit", "never-accept-statement", "biegun-trip"] {
        assert!(has(&e, &format!("event '{event}'"), "a source outside it"), "{event}: {e:#?}");
    }
    // A date worked out by the fact sheet's arithmetic (a source with no address) stays "derived".
    assert!(!e.iter().any(|e| e.item == "event 'grodno-visit'" && e.message.contains("outside")));
}

#[test]
fn every_context_line_has_a_confidence() {
    let e = before_the_review();
    for event in ["final-results", "earlier-nato-denials", "council-first-meeting", "criminal-case"] {
        assert!(has(&e, &format!("event '{event}'"), "gives no confidence"), "{event}: {e:#?}");
    }
}

#[test]
fn one_figure_one_confidence_across_cards_and_distances() {
    let e = before_the_review();
    // Not a map distance: the Lithuania card's "about 30 km" (high) and the Grodno card's 30 km (medium).
    assert!(
        has(&e, "actor 'lithuania'", "the figure 30 km carries more than one confidence: actor 'lithuania' (high)"),
        "{e:#?}"
    );
}
