//! The page contract (`explainer_core::page`) holds for every article: the prerendered page has every id and
//! `data-` attribute the island reads, every selector the island looks up finds something in it, and every class
//! the island sets has a look in the stylesheet. A rename on one side only fails here, natively, before any
//! browser test.

mod common;

use common::every_article;
use explainer::prerender::{render_page, Page};
use explainer_core::page::{self, attr, class, id, state_class, OPTIONAL, SELECTORS};
use explainer_core::page_shell;
use scraper::{Html, Selector};

/// Every article's whole page, as the prerender renders it into the template, with the card template's content in
/// the page (the island clones it into the page).
fn pages() -> Vec<(String, Html)> {
    every_article()
        .into_iter()
        .map(|content| {
            let shell = page_shell::fill(include_str!("../index.html"), content.article).unwrap();
            let html = render_page(content, &shell, Page::Whole);
            let html = html.replace("<template ", "<div ").replace("</template>", "</div>");
            (content.article.id.to_string(), Html::parse_document(&html))
        })
        .collect()
}

fn finds(page: &Html, selector: &str) -> bool {
    let parsed = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector} is not a selector: {e}"));
    page.select(&parsed).next().is_some()
}

#[test]
fn every_selector_id_and_attribute_the_island_reads_is_in_every_articles_page() {
    let pages = pages();
    let mut missing = Vec::new();
    let mut optional_seen = Vec::new();
    for (article, page) in &pages {
        let wanted = SELECTORS
            .iter()
            .map(|&(name, s)| (name.to_string(), page::before_the_card_opens(s).to_string()))
            .chain(id::IN_THE_PAGE.iter().map(|i| (format!("id {i}"), format!("#{i}"))))
            .chain(attr::IN_THE_PAGE.iter().map(|a| (format!("attribute {a}"), format!("[{a}]"))))
            .chain(class::ALL.iter().map(|c| (format!("class {c}"), format!(".{c}"))));
        for (name, selector) in wanted {
            if OPTIONAL.contains(&selector.as_str()) {
                optional_seen.extend(finds(page, &selector).then_some(selector));
            } else if !finds(page, &selector) {
                missing.push(format!("{article}: {name} ({selector})"));
            }
        }
    }
    for selector in OPTIONAL {
        assert!(optional_seen.iter().any(|s| s == selector), "no article's page has {selector}, which the island uses");
    }
    assert!(missing.is_empty(), "the island looks for what the page does not have:\n{}", missing.join("\n"));
}

#[test]
fn the_id_builders_name_what_the_page_has() {
    let (_, page) = &pages()[0];
    let first_name = page.select(&Selector::parse("a.mention[data-target]").unwrap()).next().expect("a name");
    let target = first_name.value().attr(attr::TARGET).unwrap();
    let page_has = |id: String| finds(page, &format!("[id=\"{id}\"]"));
    assert!(page_has(explainer_core::page::sheet_id(target)));
    assert!(page_has(explainer_core::page::sheet_content_id(target)));
    assert!(page_has(explainer_core::page::sheet_title_id(target)));
    assert!(finds(page, &explainer_core::page::mentions_of(target)));
    assert_eq!(first_name.value().attr("href"), Some(format!("#{}", explainer_core::page::sheet_id(target)).as_str()));
    let feature = page.select(&Selector::parse("#map [data-place][data-x]").unwrap()).next().expect("a map point");
    let place = feature.value().attr(attr::PLACE).unwrap();
    assert!(finds(page, &explainer_core::page::features_of(place)));
    assert!(finds(page, &explainer_core::page::points_of(place)));
    assert!(finds(page, &explainer_core::page::text_size_button("larger")));
}

#[test]
fn every_class_the_island_sets_has_a_look_in_the_stylesheet() {
    let css: String =
        std::fs::read_dir("style").unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    for class in state_class::ALL {
        assert!(css.contains(&format!(".{class}")), "style/ has no rule for .{class}");
    }
}
