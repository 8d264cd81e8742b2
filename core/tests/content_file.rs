//! The Minsk content file says what the fact sheet says. (That it loads and is its seed verbatim, like every
//! article, is `every_article.rs`.)

use explainer_core::content::load::load_file;
use explainer_core::content::{Article, ClaimForm, Idx, ResponseKind, Target};
use std::path::Path;
use std::sync::OnceLock;

fn article() -> &'static Article {
    static A: OnceLock<Article> = OnceLock::new();
    A.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/belarus-2020-08-23.toml");
        load_file(&path).unwrap_or_else(|errors| {
            panic!("content file invalid:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
        })
    })
}

/// The actor, place or term with this id (they share one namespace).
fn target_by_id(a: &Article, id: &str) -> Option<Target> {
    let actor = a.actors.iter().position(|x| x.id == id).map(|i| Target::Actor(i as Idx));
    let place = || a.places.iter().position(|x| x.id == id).map(|i| Target::Place(i as Idx));
    let term = || a.glossary.iter().position(|x| x.id == id).map(|i| Target::Term(i as Idx));
    actor.or_else(place).or_else(term)
}

fn claim_by_id(a: &Article, id: &str) -> Option<Idx> {
    a.claims.iter().position(|c| c.id == id).map(|i| i as Idx)
}

#[test]
fn all_34_actors_are_there() {
    // A snapshot: an edit that drops an actor (or merges two) is noticed here.
    assert_eq!(article().actors.len(), 34);
}

#[test]
fn descriptive_forms_are_mentions_of_lukashenko() {
    let a = article();
    let luka = target_by_id(a, "lukashenko").unwrap();
    let forms: Vec<&str> = a.mentions_of(luka).iter().map(|&m| a.mentions[m as usize].text).collect();
    for form in [
        "President Alexander Lukashenko",
        "The former collective farm director",
        "The 65-year-old Belarusian strongman",
    ] {
        assert!(forms.contains(&form), "missing {form}");
    }
}

#[test]
fn the_unnamed_journalist_is_not_viacorka() {
    let a = article();
    let journalist = target_by_id(a, "independent-journalist").unwrap();
    let viacorka = target_by_id(a, "viacorka").unwrap();
    assert_ne!(journalist, viacorka);
    let p4 = a.paragraphs.iter().find(|p| p.id == "p4").unwrap();
    let in_p4 = |t: Target| a.mentions_of(t).iter().any(|&m| p4.sentences.contains(&a.mentions[m as usize].sentence));
    assert!(in_p4(journalist));
    assert!(!in_p4(viacorka));
}

#[test]
fn the_nato_claim_comes_first_with_its_three_denials() {
    let a = article();
    let c = &a.claims[0];
    assert_eq!(c.id, "nato-troops");
    assert!(c.expanded);
    assert_eq!(c.form, ClaimForm::Quoted);
    assert!(c.quote.text.contains("seriously stirring"));
    let by = |r: &explainer_core::content::Response| r.by.iter().map(|&i| a.actors[i as usize].id).collect::<Vec<_>>();
    let responders: Vec<Vec<&str>> = c.responses.iter().map(by).collect();
    assert!(responders.iter().any(|r| r == &["nato"]));
    assert!(responders.iter().any(|r| r == &["nauseda"]));
    assert!(responders.iter().any(|r| r == &["szczerski"]));
    assert!(c.responses.iter().any(|r| r.quote.text.contains("\"baseless\"") && r.kind == ResponseKind::Rejection));
    assert!(c.responses.iter().any(|r| r.quote.text.contains("Poland... has no such intention")));
}

#[test]
fn lukashenkos_own_words_are_quoted_and_only_the_poland_part_is_implied() {
    // Standards review 3, B1: his words in p13 are a direct quotation; the reference to Poland is only implied.
    let a = article();
    let c = a.claims.iter().find(|c| c.reference == "C06").unwrap();
    assert_eq!(c.form, ClaimForm::Quoted);
    assert!(c.by_note.is_some_and(|n| n.contains("only implied")), "{:?}", c.by_note);
}

#[test]
fn grodno_has_coordinates_and_sentences() {
    let a = article();
    let Some(Target::Place(g)) = target_by_id(a, "grodno") else { panic!("no grodno") };
    let g = &a.places[g as usize];
    let (lat, lon) = g.coords.unwrap();
    assert!((lat - 53.6758).abs() < 1e-4 && (lon - 23.8289).abs() < 1e-4);
    assert!(!g.sentences.is_empty());
}

#[test]
fn structured_data_is_a_news_article_based_on_the_source_without_any_rating() {
    let site = explainer_core::site::Site::parse(include_str!("../../content/site/site.toml")).unwrap();
    let json = explainer_core::structured_data::news_article_json_ld(article(), &site);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["@type"], "NewsArticle");
    assert!(json["isBasedOn"]["url"].as_str().unwrap().starts_with("https://www.france24.com/"));
    let json = json.to_string();
    for name in ["Alexander Lukashenko", "NATO", "Krzysztof Szczerski", "Grodno (Hrodna)"] {
        assert!(json.contains(&format!(r#""name":"{name}""#)), "mentions {name}");
    }
    assert!(!json.contains("ClaimReview") && !json.contains("reviewRating"));
}

#[test]
fn the_publisher_frames_claims_but_never_answers_them() {
    let a = article();
    let publisher: Vec<&str> = ["france24", "afp"].into_iter().collect();
    for c in a.claims {
        for r in c.responses {
            assert!(r.by.iter().all(|&i| !publisher.contains(&a.actors[i as usize].id)), "claim {}", c.id);
        }
    }
    let c = &a.claims[claim_by_id(a, "election-result").unwrap() as usize];
    assert!(c.framing.unwrap().quote.text.contains("disputed presidential elections results"));
    // Standards review 3, B2: the article's counterpoint to the accusation is not its wording of it.
    let c = &a.claims[claim_by_id(a, "seize-power").unwrap() as usize];
    assert!(c.framing.is_none());
    assert!(claim_by_id(a, "not-afraid").is_none(), "“We are not afraid” is context, on Tikhanovskaya's card");
}

#[test]
fn a_source_lists_where_it_is_cited() {
    let a = article();
    let luk = a.sources.iter().position(|s| s.key == "wiki-luk").unwrap() as u16;
    let words = explainer_core::words::Words::load(std::path::Path::new("../content/words/en.toml")).unwrap();
    assert!(a.citations(luk, &words).contains(&"Alexander Lukashenko (card)".to_string()));
}
