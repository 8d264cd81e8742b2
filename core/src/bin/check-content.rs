//! `check-content FILE.toml`: validates a content file as the build does, and its map extract
//! (`map/<article-id>.json`, from the repository root), and prints only the problems, one line each
//! (file: item: message), or one line saying it is fine. Exits 1 when there are problems.

use explainer_core::article_files::load_article;
use explainer_core::cli::run_on_files;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    run_on_files("check-content FILE.toml [FILE.toml …]", |file| match load_article(Path::new(file)) {
        Ok(files) => {
            let a = &files.article;
            println!(
                "{file}: fine: {} paragraphs, {} actors, {} places, {} claims, {} sources",
                a.paragraphs.len(),
                a.actors.len(),
                a.places.len(),
                a.claims.len(),
                a.sources.len()
            );
            true
        }
        Err(problems) => {
            for p in problems {
                println!("{p}");
            }
            false
        }
    })
}
