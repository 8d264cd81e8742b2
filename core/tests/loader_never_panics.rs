//! The loader never panics or hangs, whatever an author's editor leaves in a content file: random edits to every
//! real content file (lines cut, duplicated or swapped, a value changed, bytes that are not UTF-8) load either into
//! an article or into errors that each name the file, the item and what is wrong.

use explainer_core::content::load::{load_file, load_str, ContentError};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// A load that takes longer than this is a hang (a real one takes milliseconds).
const HANG: Duration = Duration::from_secs(10);

/// Every article's content file and its seed text.
fn articles() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let toml = std::fs::read_to_string(&f).unwrap();
            let seed = std::fs::read_to_string(f.with_extension("txt")).unwrap();
            (f.file_name().unwrap().to_string_lossy().into_owned(), toml, seed)
        })
        .collect()
}

/// One edit an author's slip could make.
#[derive(Debug, Clone)]
enum Edit {
    Cut(usize),
    Duplicate(usize),
    Swap(usize, usize),
    /// The n-th quoted value becomes this text.
    Value(usize, String),
    /// The n-th number becomes this one.
    Number(usize, f64),
    /// A line cut in two at a byte.
    Split(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Cut),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        (any::<usize>(), prop_oneof![Just(String::new()), "[a-z-]{1,12}", "\\PC{0,20}"])
            .prop_map(|(n, v)| Edit::Value(n, v)),
        (any::<usize>(), prop_oneof![Just(f64::NAN), Just(1e308), Just(-1e308), -1000.0..1000.0f64])
            .prop_map(|(n, v)| Edit::Number(n, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Split(a, b)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let n = lines.len().max(1);
    match edit {
        Edit::Cut(i) => {
            lines.remove(i % n);
        }
        Edit::Duplicate(i) => lines.insert(i % n, lines[i % n].clone()),
        Edit::Swap(a, b) => lines.swap(a % n, b % n),
        Edit::Value(i, v) => {
            let quoted: Vec<(usize, usize)> = quoted_spans(text);
            if quoted.is_empty() {
                return text.to_string();
            }
            let (start, end) = quoted[i % quoted.len()];
            let escaped = v.replace('\\', "\\\\").replace('"', "\\\"");
            return format!("{}{escaped}{}", &text[..start], &text[end..]);
        }
        Edit::Number(i, v) => {
            let numbers: Vec<(usize, usize)> = number_spans(text);
            if numbers.is_empty() {
                return text.to_string();
            }
            let (start, end) = numbers[i % numbers.len()];
            return format!("{}{v}{}", &text[..start], &text[end..]);
        }
        Edit::Split(i, at) => {
            let line = &lines[i % n];
            let cut = (0..=line.len()).filter(|&b| line.is_char_boundary(b)).nth(at % (line.chars().count() + 1));
            if let Some(cut) = cut {
                let (a, b) = line.split_at(cut);
                let (a, b) = (a.to_string(), b.to_string());
                lines[i % n] = a;
                lines.insert(i % n + 1, b);
            }
        }
    }
    lines.join("\n")
}

/// The byte spans of the text inside each `"…"` on a line (TOML basic strings, no escapes inside).
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"', None) => open = Some(i + 1),
            ('"', Some(start)) => {
                spans.push((start, i));
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    spans
}

/// The byte spans of bare numbers after `= ` (coordinates, widths, kilometres).
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i + 2 < bytes.len() {
        if &bytes[i..i + 2] == b"= " && (bytes[i + 2].is_ascii_digit() || bytes[i + 2] == b'-') {
            let start = i + 2;
            let mut end = start + 1;
            while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
                end += 1;
            }
            spans.push((start, end));
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// Each error says where (the file and an item) and what.
fn named(errors: &[ContentError], file: &str) -> Result<(), String> {
    if errors.is_empty() {
        return Err("an empty error list".into());
    }
    match errors.iter().find(|e| e.file != file || e.item.trim().is_empty() || e.message.trim().is_empty()) {
        Some(e) => Err(format!("an error that does not name its file, item and problem: {e:?}")),
        None => Ok(()),
    }
}

/// Loads on another thread, so a hang fails the test instead of stopping it.
fn load_in_time(name: String, toml: String, seed: String) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    let file = name.clone();
    std::thread::spawn(move || {
        let result = load_str(&file, &toml, &seed).map(|_| ());
        let _ = tx.send(result);
    });
    match rx.recv_timeout(HANG) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(errors)) => named(&errors, &name),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("the loader took more than {HANG:?}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the loader panicked".into()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_to_a_content_file_give_an_article_or_named_errors(
        which in any::<usize>(),
        edits in proptest::collection::vec(edit(), 1..4),
    ) {
        let articles = articles();
        let (name, toml, seed) = &articles[which % articles.len()];
        let edited = edits.iter().fold(toml.clone(), |text, e| apply(&text, e));
        if let Err(problem) = load_in_time(name.clone(), edited, seed.clone()) {
            return Err(TestCaseError::fail(format!("{name} after {edits:?}: {problem}")));
        }
    }

    #[test]
    fn edits_to_the_seed_text_give_an_article_or_named_errors(
        which in any::<usize>(),
        edits in proptest::collection::vec(edit(), 1..3),
    ) {
        let articles = articles();
        let (name, toml, seed) = &articles[which % articles.len()];
        let edited = edits.iter().fold(seed.clone(), |text, e| apply(&text, e));
        if let Err(problem) = load_in_time(name.clone(), toml.clone(), edited) {
            return Err(TestCaseError::fail(format!("{name}'s seed after {edits:?}: {problem}")));
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_named_not_panicked_on(which in any::<usize>(), at in any::<usize>(), byte in 0x80u8..=0xff) {
        let articles = articles();
        let (name, toml, seed) = &articles[which % articles.len()];
        let dir = std::env::temp_dir().join(format!("explainer-bad-utf8-{}-{which}-{at}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut bytes = toml.clone().into_bytes();
        let at = at % bytes.len();
        bytes.insert(at, byte);
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        std::fs::write(path.with_extension("txt"), seed).unwrap();
        let result = load_file(&path);
        std::fs::remove_dir_all(&dir).unwrap();
        let file = path.display().to_string();
        match result {
            Ok(_) => prop_assert!(std::str::from_utf8(&bytes).is_ok(), "{name}: bytes that are not UTF-8 loaded"),
            Err(errors) => prop_assert!(named(&errors, &file).is_ok(), "{name}: {:?}", errors),
        }
    }
}
