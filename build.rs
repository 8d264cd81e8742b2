//! Validates the article's content file and compiles it into static Rust data (`$OUT_DIR/content.rs`).
//! A broken file fails the build with one line per problem, naming the file and the item.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content = std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| "content/belarus-2020-08-23.toml".into());
    let path = manifest.join(&content);
    println!("cargo:rerun-if-env-changed=EXPLAINER_CONTENT");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed={}", manifest.join("content").display());

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let region = manifest.join("map/region.json");
    println!("cargo:rerun-if-changed={}", region.display());
    let frame = explainer_core::geo::projection::Frame::fitted();
    match explainer_core::geo::load::load_region(&region, &frame) {
        Ok(map) => {
            let code = explainer_core::content::emit::map_static("MAP", &map);
            std::fs::write(out_dir.join("map.rs"), code).expect("write map.rs");
        }
        Err(e) => {
            eprintln!("\nThe map data is invalid: {e}\n");
            std::process::exit(1);
        }
    }

    match explainer_core::content::load::load_file(&path) {
        Ok(article) => {
            let code = explainer_core::content::emit::article_static("ARTICLE", &article);
            std::fs::write(out_dir.join("content.rs"), code).expect("write content.rs");
        }
        Err(errors) => {
            eprintln!("\nThe content file is invalid ({} problem(s)):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
