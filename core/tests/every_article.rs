//! What every content file in `content/` must satisfy, read from the files themselves: it loads; every paragraph
//! is its seed line and its runs give it back; its map extract is the one its `[map]` asks for; and every point the
//! map draws lies inside the map.

use explainer_core::content::load::load_file;
use explainer_core::content::{Article, Run};
use explainer_core::geo::extract::extract_path;
use explainer_core::geo::load::load_map;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every content file, loaded, with its path.
fn articles() -> Vec<(PathBuf, Article)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "the Minsk article and the fixture: {files:?}");
    files
        .into_iter()
        .map(|f| {
            let a = load_file(&f).unwrap_or_else(|errors| {
                panic!("{}:\n{}", f.display(), errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
            });
            (f, a)
        })
        .collect()
}

#[test]
fn every_paragraph_is_its_seed_line_rebuilt_from_its_runs() {
    for (file, a) in articles() {
        let seed = std::fs::read_to_string(file.with_extension("txt")).unwrap();
        let lines: Vec<&str> = seed.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(a.paragraphs.len(), lines.len(), "{}", a.id);
        for (p, line) in a.paragraphs.iter().zip(lines) {
            let rebuilt: String = p
                .sentences
                .iter()
                .map(|&s| {
                    a.sentences[s as usize]
                        .runs
                        .iter()
                        .map(|r| match r {
                            Run::Text(t) => *t,
                            Run::Mention(m) => a.mentions[*m as usize].text,
                        })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(rebuilt, line, "{} {}: its runs", a.id, p.id);
        }
    }
}

#[test]
fn every_point_the_map_draws_is_inside_it_and_every_country_is_drawn() {
    for (_, a) in articles() {
        let map = load_map(&root().join(extract_path(a.id)), &a).unwrap_or_else(|e| panic!("{}: {e:?}", a.id));
        assert!(
            map.width == 1000.0 && map.height > 200.0 && map.height < 1200.0,
            "{}: {} × {}",
            a.id,
            map.width,
            map.height
        );
        let inside = |(x, y): (f64, f64)| (0.0..=map.width).contains(&x) && (0.0..=map.height).contains(&y);
        for p in a.places {
            if let Some(point) = p.map {
                assert!(inside(point), "{}: place '{}' at {point:?}", a.id, p.id);
            }
            // A place with coordinates is on the map; so is a country it draws with a name, at that name.
            assert!(p.coords.is_none() || p.map.is_some(), "{}: '{}' has coordinates but no point", a.id, p.id);
        }
        // The content's own countries stand out among the land around them, which is drawn too.
        let featured: Vec<&str> = map.countries.iter().filter(|c| c.featured).map(|c| c.name).collect();
        let named: Vec<&str> = a.map.countries.iter().map(|c| c.name).collect();
        assert_eq!(featured, named, "{}: every country the content names is drawn, in its order, last", a.id);
        assert!(map.countries.len() >= named.len(), "{}", a.id);
        for c in map.countries {
            assert!(c.path.len() > 20, "{}: {} has an outline", a.id, c.name);
            assert!(c.labels.iter().all(|&l| inside(l)), "{}: {}'s name is on the map", a.id, c.name);
        }
        assert_eq!(map.borders.len(), a.map.borders.len(), "{}: every border drawn", a.id);
        if let Some(home) = a.map.home {
            assert!(
                map.countries.iter().any(|c| c.id == a.places[home as usize].id),
                "{}: the home country is drawn",
                a.id
            );
        }
    }
}

#[test]
fn a_place_outside_the_map_region_fails_naming_the_place() {
    let file = root().join("core/tests/fixtures/broken-map-place.toml");
    let errors = load_file(&file).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].item, "place 'moscow'");
    assert!(
        errors[0].message.starts_with("its point (55.7520° N, 37.6178° E) is outside the map's region"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_country_natural_earth_does_not_have_fails_naming_the_country() {
    let file = root().join("core/tests/fixtures/edited-minsk-map/belarus-2020-08-23.toml");
    let a = load_file(&file).unwrap();
    let errors = load_map(&root().join(extract_path(a.id)), &a).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("[map] country 'Atlantis': Natural Earth has no country of that name"),
        "{}",
        errors[0]
    );
}

#[test]
fn an_extract_made_for_another_map_is_refused_until_it_is_cut_again() {
    // The Minsk article with one country fewer than its extract was cut for.
    let (_, mut a) = articles().into_iter().find(|(_, a)| a.id == "belarus-2020-08-23").unwrap();
    a.map.countries = &a.map.countries[1..];
    let errors = load_map(&root().join(extract_path(a.id)), &a).unwrap_err();
    assert!(errors[0].contains("was made for another region, scale, countries or borders"), "{errors:?}");
    assert!(errors[0].contains("node scripts/extract-map.mjs"), "{errors:?}");
}

#[test]
fn the_front_page_lists_every_article_and_labels_fiction() {
    let articles: Vec<Article> = articles().into_iter().map(|(_, a)| a).collect();
    let page = explainer_core::site_index::html(&articles);
    for a in &articles {
        assert!(page.contains(&format!(r#"<a href="{}/">"#, a.id)), "{} is listed", a.id);
    }
    let fiction = articles.iter().filter(|a| a.fiction).count();
    assert!(fiction >= 1, "the fixture is fiction");
    assert_eq!(page.matches("Fiction, a test story").count(), fiction);
}

#[test]
fn every_width_a_country_name_can_be_shown_from_has_its_rule_in_the_stylesheet() {
    let css = std::fs::read_to_string(root().join("style/map.css")).unwrap();
    for px in explainer_core::geo::country_name::SHOWN_FROM_PX.into_iter().filter(|&px| px > 0) {
        let rule = format!("@container (width < {px}px) {{ .map-name--from-{px} {{ display: none; }} }}");
        assert!(css.contains(&rule), "style/map.css lacks: {rule}");
    }
}

#[test]
fn the_widths_from_which_the_buttons_and_an_inset_lie_over_the_map_are_the_stylesheets() {
    use explainer_core::geo::map_view::{BUTTONS_OVER_MAP_FROM_PX, INSET_OVER_MAP_FROM_PX};
    let css = std::fs::read_to_string(root().join("style/map.css")).unwrap();
    for px in [BUTTONS_OVER_MAP_FROM_PX, INSET_OVER_MAP_FROM_PX] {
        assert!(css.contains(&format!("@container (width < {px}px) {{")), "style/map.css has no rule below {px} px");
    }
}

#[test]
fn a_content_file_not_named_after_its_article_is_refused_naming_both() {
    let dir = std::env::temp_dir().join(format!("explainer-misnamed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let original = root().join("content/fiction-southern-crossing.toml");
    std::fs::copy(&original, dir.join("renamed.toml")).unwrap();
    std::fs::copy(original.with_extension("txt"), dir.join("fiction-southern-crossing.txt")).unwrap();
    let errors = load_file(&dir.join("renamed.toml")).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().any(|m| m
            .contains("renamed.toml: [article]: id: 'fiction-southern-crossing' must be the file's name, 'renamed'")),
        "{messages:?}"
    );
}
