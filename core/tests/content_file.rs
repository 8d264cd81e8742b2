//! The Minsk content file says what the fact sheet says. (That it loads and is its seed verbatim, like every
//! article, is `every_article.rs`.)

use explainer_core::content::load::load_file;
use explainer_core::content::{Article, ClaimForm, ParagraphKind, ResponseKind, Target};
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

#[test]
fn tweets_and_subheads_keep_their_kinds() {
    let a = article();
    let kind = |id: &str| a.paragraphs.iter().find(|p| p.id == id).unwrap().kind;
    assert_eq!(kind("p5"), ParagraphKind::Tweet);
    assert_eq!(kind("p6"), ParagraphKind::TweetCredit);
    assert_eq!(kind("p8"), ParagraphKind::Tweet);
    assert_eq!(kind("p9"), ParagraphKind::TweetCredit);
    assert_eq!(kind("p10"), ParagraphKind::Subhead);
    assert_eq!(kind("p34"), ParagraphKind::Credit);
}

#[test]
fn all_34_actors_are_there_each_mentioned() {
    let a = article();
    assert_eq!(a.actors.len(), 34);
    for actor in a.actors {
        assert!(!actor.mentions.is_empty(), "{} has no mention", actor.id);
        assert!(actor.context.len() <= 2, "{} has too many context lines", actor.id);
    }
}

#[test]
fn descriptive_forms_are_mentions_of_lukashenko() {
    let a = article();
    let luka = a.target_by_id("lukashenko").unwrap();
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
    let journalist = a.target_by_id("independent-journalist").unwrap();
    let viacorka = a.target_by_id("viacorka").unwrap();
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
fn the_poland_claim_is_only_implied() {
    let a = article();
    let c = a.claims.iter().find(|c| c.reference == "C06").unwrap();
    assert_eq!(c.form, ClaimForm::Implied);
}

#[test]
fn grodno_has_coordinates_and_sentences() {
    let a = article();
    let Some(Target::Place(g)) = a.target_by_id("grodno") else { panic!("no grodno") };
    let g = &a.places[g as usize];
    let (lat, lon) = g.coords.unwrap();
    assert!((lat - 53.6758).abs() < 1e-4 && (lon - 23.8289).abs() < 1e-4);
    assert!(!g.sentences.is_empty());
}

#[test]
fn stepping_through_mentions_wraps_around() {
    let a = article();
    let t = a.target_by_id("lukashenko").unwrap();
    let all = a.mentions_of(t);
    assert_eq!(a.step_mention(t, all[0], true), Some(all[1]));
    assert_eq!(a.step_mention(t, all[0], false), Some(*all.last().unwrap()));
    assert_eq!(a.step_mention(t, *all.last().unwrap(), true), Some(all[0]));
}

#[test]
fn the_static_data_emitted_for_the_app_holds_every_paragraph() {
    let code = explainer_core::content::emit::article_static("ARTICLE", article());
    assert!(code.starts_with("pub static ARTICLE: ::explainer_core::content::Article = "));
    for p in article().paragraphs {
        assert!(code.contains(&format!("{:?}", p.text)), "{} missing from emitted code", p.id);
    }
}

#[test]
fn structured_data_is_a_news_article_based_on_the_source_without_any_rating() {
    let json = explainer_core::structured_data::news_article_json_ld(article());
    assert!(json.contains(r#""@type":"NewsArticle""#));
    assert!(json.contains(r#""isBasedOn":{"@type":"NewsArticle","url":"https://www.france24.com/"#));
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
    for (id, words) in [
        ("election-result", "disputed presidential elections results"),
        ("seize-power", "peaceful transition of power"),
    ] {
        let c = &a.claims[a.claim_by_id(id).unwrap() as usize];
        assert!(c.framing.unwrap().quote.text.contains(words), "{id}");
    }
    assert!(a.claim_by_id("not-afraid").is_none(), "“We are not afraid” is context, on Tikhanovskaya's card");
}

#[test]
fn every_source_is_cited_and_lists_where() {
    let a = article();
    for (i, s) in a.sources.iter().enumerate() {
        assert!(!a.citations(i as u16).is_empty(), "{} is cited nowhere", s.key);
    }
    let luk = a.sources.iter().position(|s| s.key == "wiki-luk").unwrap() as u16;
    assert!(a.citations(luk).contains(&"Alexander Lukashenko (card)".to_string()));
    assert_eq!(Article::source_anchor("wiki-luk"), "source-wiki-luk");
}
