//! `map-request FILE.toml …`: what each article's map extract must hold, as one JSON line per content file
//! (`{"file", "out", "request"}`), for `scripts/extract-map.mjs` to cut from Natural Earth. The content file is
//! validated first: an article that does not load gets its problems printed, and no request.

use explainer_core::cli::run_on_files;
use explainer_core::content::load::load_file;
use explainer_core::geo::extract::{extract_path, request};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    run_on_files("map-request FILE.toml [FILE.toml …]", |file| match load_file(Path::new(file)) {
        Ok(article) => {
            let line = serde_json::json!({
                "file": file,
                "out": extract_path(article.id),
                "request": request(&article),
            });
            println!("{line}");
            true
        }
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            false
        }
    })
}
