//! `check-content FILE.toml`: validates a content file as the build does, and its map extract
//! (`map/<article-id>.json`, from the repository root), and prints only the problems, one line each
//! (file: item: message), or one line saying it is fine. Exits 1 when there are problems.

use explainer_core::cli::run_on_files;
use explainer_core::content::load::load_file;
use explainer_core::geo::extract::extract_path;
use explainer_core::geo::load::load_map;
use std::path::Path;
use std::process::ExitCode;

/// The problems with one content file, each one line, or a summary of what it holds.
fn check(file: &str) -> Result<String, Vec<String>> {
    let a = load_file(Path::new(file)).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    load_map(Path::new(&extract_path(a.id)), &a)
        .map_err(|errors| errors.iter().map(|e| format!("{file}: {e}")).collect::<Vec<_>>())?;
    Ok(format!(
        "{file}: fine: {} paragraphs, {} actors, {} places, {} claims, {} sources",
        a.paragraphs.len(),
        a.actors.len(),
        a.places.len(),
        a.claims.len(),
        a.sources.len()
    ))
}

fn main() -> ExitCode {
    run_on_files("check-content FILE.toml [FILE.toml …]", |file| match check(file) {
        Ok(summary) => {
            println!("{summary}");
            true
        }
        Err(problems) => {
            // One line each: a TOML syntax message spans several lines, folded here.
            for p in problems {
                let lines: Vec<&str> = p.split('\n').map(str::trim_end).filter(|l| !l.is_empty()).collect();
                println!("{}", lines.join(" ⏎ "));
            }
            false
        }
    })
}
