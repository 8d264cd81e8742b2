//! `check-content FILE.toml`: validates a content file as the build does, and prints only its problems, one line
//! each (file: item: message), or one line saying it is fine. Exits 1 when there are problems.

use explainer_core::content::load::load_file;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-content FILE.toml [FILE.toml …]");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for file in &files {
        match load_file(Path::new(file)) {
            Ok(a) => println!(
                "{file}: fine: {} paragraphs, {} actors, {} places, {} claims, {} sources",
                a.paragraphs.len(),
                a.actors.len(),
                a.places.len(),
                a.claims.len(),
                a.sources.len()
            ),
            Err(errors) => {
                ok = false;
                for e in errors {
                    // One line each: a TOML syntax message spans several lines, folded here.
                    println!(
                        "{}",
                        e.to_string()
                            .split('\n')
                            .map(str::trim_end)
                            .filter(|l| !l.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ⏎ ")
                    );
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
