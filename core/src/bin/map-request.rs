//! `map-request FILE.toml …`: what each article's map extract must hold, as one JSON line per content file
//! (`{"file", "out", "request"}`), for `scripts/extract-map.mjs` to cut from Natural Earth. The content file is
//! validated first: an article that does not load gets its problems printed, and no request.

use explainer_core::content::load::load_file;
use explainer_core::geo::extract::{extract_path, request};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: map-request FILE.toml [FILE.toml …]");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for file in &files {
        match load_file(Path::new(file)) {
            Ok(article) => {
                let line = serde_json::json!({
                    "file": file,
                    "out": extract_path(article.id),
                    "request": request(&article),
                });
                println!("{line}");
            }
            Err(errors) => {
                ok = false;
                for e in errors {
                    eprintln!("{e}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
