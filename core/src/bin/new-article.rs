//! `new-article FILE.txt`: writes FILE.toml beside the article's text, with every paragraph verbatim and its id,
//! and the article's fields to fill in. It never overwrites a file.

use explainer_core::content::skeleton::skeleton;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(text_path) = std::env::args().nth(1) else {
        eprintln!("usage: new-article FILE.txt");
        return ExitCode::from(2);
    };
    let text_path = Path::new(&text_path);
    let text = match std::fs::read_to_string(text_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("new-article: cannot read {}: {e}", text_path.display());
            return ExitCode::FAILURE;
        }
    };
    let stem = text_path.file_stem().and_then(|s| s.to_str()).unwrap_or("article");
    // An id the content rules accept: lower-case letters, digits and hyphens.
    let id: String = stem.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let seed_name = text_path.file_name().and_then(|s| s.to_str()).unwrap_or("article.txt");
    let out = text_path.with_extension("toml");
    if out.exists() {
        eprintln!("new-article: {} already exists; not overwriting it", out.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&out, skeleton(&id, seed_name, &text)) {
        eprintln!("new-article: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let paragraphs = text.lines().filter(|l| !l.trim().is_empty()).count();
    println!(
        "wrote {} ({paragraphs} paragraphs); next: fill in [article], then scripts/check-content {}",
        out.display(),
        out.display()
    );
    ExitCode::SUCCESS
}
