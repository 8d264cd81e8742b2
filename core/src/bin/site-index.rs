//! `site-index FILE.toml …`: writes the site's front page, listing those articles (`dist/index.html`), to stdout.

use explainer_core::content::load::load_file;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut articles = Vec::new();
    for file in std::env::args().skip(1) {
        match load_file(Path::new(&file)) {
            Ok(a) => articles.push(a),
            Err(errors) => {
                for e in errors {
                    eprintln!("{e}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    print!("{}", explainer_core::site_index::html(&articles));
    ExitCode::SUCCESS
}
