//! A broken content file is rejected with errors that name the file and the item.

use explainer_core::content::load::{load_str, ContentError};

const SEED: &str = "Lukashenko spoke in Grodno.\n\nNATO said the claims were \"baseless\".\n";

fn file(actors: &str, extra: &str) -> String {
    format!(
        r#"
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

{actors}
{extra}
"#
    )
}

const ACTORS: &str = r#"
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
context = [{ text = "Alliance.", source = "general", confidence = "high" }]
mentions = { p2 = ["NATO"] }
"#;

/// A claim `c` by `by`, quoting `quote` from p2.
fn claim(by: &str, quote: &str) -> String {
    format!(
        r#"
[[claims]]
id = "c"
ref = "C05"
topic = "T"
by = ["{by}"]
form = "quoted"
para = "p2"
quote = "{quote}"
"#
    )
}

/// A city `id`, with extra lines (mentions).
fn place(id: &str, extra: &str) -> String {
    format!("\n[[places]]\nid = \"{id}\"\nref = \"L99\"\nname = \"Somewhere\"\nkind = \"city\"\n{extra}\n")
}

fn errors(toml: &str) -> Vec<ContentError> {
    load_str("content/t.toml", toml, SEED).expect_err("should be rejected")
}

fn has(errors: &[ContentError], item: &str, words: &str) -> bool {
    errors.iter().any(|e| e.file == "content/t.toml" && e.item == item && e.message.contains(words))
}

#[test]
fn a_valid_file_loads() {
    let a = load_str("content/t.toml", &file(ACTORS, ""), SEED).unwrap();
    assert_eq!(a.actors.len(), 2);
    assert_eq!(a.mentions.len(), 2);
}

#[test]
fn a_mention_not_in_the_text_is_rejected() {
    let bad = ACTORS.replace(r#"p2 = ["NATO"]"#, r#"p2 = ["NATO troops"]"#);
    let e = errors(&file(&bad, ""));
    assert!(has(&e, "actor 'nato'", "\"NATO troops\" is not in the text of p2"), "{e:?}");
}

#[test]
fn an_unknown_actor_is_rejected() {
    let e = errors(&file(ACTORS, &claim("lukashenkoo", "baseless")));
    assert!(has(&e, "claim 'c'", "unknown actor 'lukashenkoo'"), "{e:?}");
}

#[test]
fn a_paragraph_that_differs_from_the_seed_is_rejected() {
    let toml = file(ACTORS, "").replace("Lukashenko spoke in Grodno.", "Lukashenko spoke in Hrodna.");
    let e = errors(&toml);
    assert!(has(&e, "paragraph 'p1'", "differs from non-empty seed line 1"), "{e:?}");
}

#[test]
fn a_duplicate_id_is_rejected() {
    let e = errors(&file(ACTORS, &place("nato", "")));
    assert!(has(&e, "place 'nato'", "duplicate id"), "{e:?}");
}

#[test]
fn an_unknown_source_and_a_quote_not_in_the_text_are_rejected() {
    let bad = ACTORS.replace(r#"source = "general""#, r#"source = "wikipedia""#);
    let e = errors(&file(&bad, &claim("nato", "groundless")));
    assert!(has(&e, "actor 'nato'", "unknown source 'wikipedia'"), "{e:?}");
    assert!(has(&e, "claim 'c'", "quote \"groundless\" is not in the text of p2"), "{e:?}");
}

#[test]
fn two_targets_on_one_span_are_rejected() {
    let e = errors(&file(ACTORS, &place("grodno", r#"mentions = { p1 = ["Lukashenko"] }"#)));
    assert!(has(&e, "place 'grodno'", "also claimed by actor 'lukashenko'"), "{e:?}");
}

#[test]
fn an_unknown_field_is_a_syntax_error_naming_it_and_its_item() {
    let e = errors(&file(&ACTORS.replace("kind = \"person\"", "kind = \"person\"\nrole = \"x\""), ""));
    assert!(e.iter().any(|e| e.item.starts_with("actor 'lukashenko' (line ") && e.message.contains("role")), "{e:?}");
}

#[test]
fn a_misspelt_kind_names_its_item_and_the_kinds_there_are() {
    let e = errors(&file(&ACTORS.replace("kind = \"organisation\"", "kind = \"organization\""), ""));
    let message = "unknown variant `organization`, expected one of `person`, `organisation`";
    assert!(e.iter().any(|e| e.item.starts_with("actor 'nato' (line ") && e.message.contains(message)), "{e:?}");
}

#[test]
fn a_quote_typed_with_other_quotation_marks_says_which_differ() {
    // The seed has straight quotes around “baseless”; the file types curly ones.
    let e = errors(&file(ACTORS, &claim("nato", "the claims were “baseless”")));
    let hint = "quote \"the claims were “baseless”\" is not in the text of p2 (the text has \" where the file has “, and \" where the file has ”)";
    assert!(has(&e, "claim 'c'", hint), "{e:?}");
}

#[test]
fn an_article_field_left_blank_is_rejected() {
    let blank = file(ACTORS, "").replace("description = \"D\"", "description = \" \"");
    let e = errors(&blank);
    assert!(has(&e, "[article]", "description is empty"), "{e:?}");
}

#[test]
fn a_map_placed_after_an_unknown_paragraph_is_rejected() {
    let e = errors(&file(ACTORS, "").replace("after = \"p1\"", "after = \"p9\""));
    assert!(has(&e, "[map]", "after: 'p9' is not a paragraph"), "{e:?}");
}

#[test]
fn a_map_home_that_is_not_a_place_is_rejected() {
    let e =
        errors(&file(ACTORS, "").replace("credits = \"Test data.\"", "credits = \"Test data.\"\nhome = \"atlantis\""));
    assert!(has(&e, "[map]", "home: 'atlantis' is not a place"), "{e:?}");
}

/// The test file with its `[map]` given these lines after `credits`.
fn with_map(lines: &str, extra: &str) -> String {
    file(ACTORS, extra).replace("credits = \"Test data.\"", &format!("credits = \"Test data.\"\n{lines}"))
}

const GRODNO: &str = r#"
[[sources]]
key = "geonames"
title = "GeoNames"

[[places]]
id = "grodno"
ref = "L01"
name = "Grodno"
kind = "city"
lat = 53.6758
lon = 23.8289
coords_source = "geonames"
mentions = { p1 = ["Grodno"] }
"#;

#[test]
fn a_map_border_between_countries_the_map_does_not_draw_is_rejected() {
    let e = errors(&with_map(
        "countries = [{ name = \"Belarus\" }]\nborders = [{ between = [\"Belarus\", \"Poland\"], label = [23.8, 52.4] }]",
        GRODNO,
    ));
    assert!(has(&e, "[map] border 'Belarus'–'Poland'", "'Poland' is not one of the countries [map] draws"), "{e:?}");
}

#[test]
fn a_map_inset_of_an_unknown_place_and_a_country_linked_to_a_city_are_rejected() {
    let e = errors(&with_map(
        "countries = [{ name = \"Belarus\", place = \"grodno\" }]\ninset = { title = \"Centre\", places = [\"atlantis\"], width_km = 4.0 }",
        GRODNO,
    ));
    assert!(has(&e, "[map] inset 'Centre'", "unknown place 'atlantis'"), "{e:?}");
    assert!(has(&e, "[map] country 'Belarus'", "place: place 'grodno' is not of kind \"country\""), "{e:?}");
}

#[test]
fn a_map_region_with_south_and_north_swapped_is_rejected() {
    let e = errors(&with_map("region = { west = 20.1, east = 30.6, south = 56.3, north = 50.9 }", GRODNO));
    assert!(has(&e, "[map]", "region: south must be less than north"), "{e:?}");
}

#[test]
fn a_map_region_with_west_greater_than_east_runs_the_other_way_round_across_180() {
    // 30.6° E eastward to 20.1° E: the whole globe but Belarus, so Grodno is outside it, and the error says so.
    let e = errors(&with_map("region = { west = 30.6, east = 20.1, south = 50.9, north = 56.3 }", GRODNO));
    assert!(has(&e, "place 'grodno'", "is outside the map's region (30.6° E to 20.1° E"), "{e:?}");
}

#[test]
fn a_derived_map_region_holds_every_place() {
    let a = explainer_core::content::load::load_str("t.toml", &with_map("", GRODNO), SEED).unwrap();
    assert!(a.map.region.contains(53.6758, 23.8289));
    assert_eq!(a.map.projection, "Lambert conformal conic");
}
