//! The interface's catalogues (`content/words/<language>.toml`): each loads with its language's plural forms, and a
//! translator's slip fails the build naming the file and the key.

use explainer_core::article_files::load_words;
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn catalogue(language: &str) -> String {
    std::fs::read_to_string(content_dir().join("words").join(format!("{language}.toml"))).unwrap()
}

/// Loads `text` as the catalogue of `language`, from a folder of its own.
fn load_as(language: &str, text: &str) -> Result<(), Vec<String>> {
    // A folder for each load: the tests run in parallel.
    static LOADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = LOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("explainer-words-{}-{n}", std::process::id()));
    std::fs::create_dir_all(dir.join("words")).unwrap();
    std::fs::write(dir.join("words").join(format!("{language}.toml")), text).unwrap();
    let loaded = load_words(&dir, language, None).map(|_| ());
    std::fs::remove_dir_all(&dir).unwrap();
    loaded
}

#[test]
fn every_catalogue_loads_with_its_language_s_plural_forms() {
    let mut languages: Vec<String> = std::fs::read_dir(content_dir().join("words"))
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    assert_eq!(languages, ["ar", "en", "fr"]);
    for language in &languages {
        for digits in [None, Some("latn"), Some("arab")] {
            let (words, locale) = load_words(&content_dir(), language, digits).unwrap_or_else(|e| panic!("{e:?}"));
            assert!(!words.masthead.kicker.is_empty());
            assert_eq!(locale.digits.chars().count(), 10);
        }
    }
    let (_, arabic) = load_words(&content_dir(), "ar", Some("arab")).unwrap();
    assert_eq!(arabic.date("2020-08-23"), "٢٣ أغسطس ٢٠٢٠");
}

#[test]
fn a_missing_or_unknown_key_is_named() {
    let missing = load_as("en", &catalogue("en").replace("zoom_in = \"Zoom in\"\n", "")).unwrap_err();
    assert!(missing[0].contains("en.toml") && missing[0].contains("missing field `zoom_in`"), "{missing:?}");
    let unknown = load_as("en", &catalogue("en").replace("zoom_in =", "zoom_inn = \"x\"\nzoom_in =")).unwrap_err();
    assert!(unknown[0].contains("unknown field `zoom_inn`"), "{unknown:?}");
}

#[test]
fn a_line_that_loses_or_invents_a_slot_is_named() {
    let text = catalogue("fr").replace("{publisher}, {date}.", "{publisher}, {dat}.");
    let problems = load_as("fr", &text).unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains("masthead.source: has the slots {dat}, {publisher} where it needs {date}, {publisher}")),
        "{problems:?}"
    );
}

#[test]
fn a_count_needs_every_form_its_language_has() {
    // Arabic has six plural forms; English's two are not enough.
    let english_forms = catalogue("ar").replace(
        &catalogue("ar").lines().find(|l| l.starts_with("count = ")).unwrap().to_string(),
        "count = { one = \"{n}\", other = \"{n}\" }",
    );
    let problems = load_as("ar", &english_forms).unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains("corrections.count: the language needs the plural form 'few'")),
        "{problems:?}"
    );
    let extra = catalogue("en").replace("one = \"{n} correction\",", "one = \"{n} correction\", few = \"{n}\",");
    let problems = load_as("en", &extra).unwrap_err();
    assert!(problems.iter().any(|p| p.contains("the language has no plural form 'few'")), "{problems:?}");
}
