//! Validates the article's content file (`EXPLAINER_CONTENT`, which scripts/env.sh sets to the default article and
//! scripts/build to each article in turn) and its map extract
//! (`map/<article-id>.json`) and compiles both into static Rust data (`$OUT_DIR/content.rs`, `map.rs`) for the
//! prerender. A broken file fails the build with one line per problem, naming the file and the item.
//!
//! Only the prerender (feature `ssr`) reads them: the wasm carries no content, so for its build this script writes
//! nothing and does not watch the content, and one wasm serves every article.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_SSR").is_none() {
        return;
    }
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=EXPLAINER_CONTENT");
    // No article is built by default in the code: the scripts say which.
    let Ok(content) = std::env::var("EXPLAINER_CONTENT") else {
        eprintln!("\nThe prerender needs an article: set EXPLAINER_CONTENT=content/<article-id>.toml (scripts/env.sh does).\n");
        std::process::exit(1);
    };
    let path = manifest.join(&content);
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed={}", manifest.join("content").display());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let fail = |errors: Vec<String>| -> ! {
        eprintln!("\nThe content file is invalid ({} problem(s)):", errors.len());
        for e in &errors {
            eprintln!("  {e}");
        }
        eprintln!();
        std::process::exit(1);
    };

    let article = explainer_core::content::load::load_file(&path)
        .unwrap_or_else(|errors| fail(errors.iter().map(ToString::to_string).collect()));
    let extract = manifest.join(explainer_core::geo::extract::extract_path(article.id));
    println!("cargo:rerun-if-changed={}", extract.display());
    let map = explainer_core::geo::load::load_map(&extract, &article)
        .unwrap_or_else(|errors| fail(errors.iter().map(|e| format!("{}: {e}", path.display())).collect()));
    let write = |file: &str, code: String| std::fs::write(out_dir.join(file), code).expect("write to OUT_DIR");
    write("map.rs", explainer_core::content::emit::map_static("MAP", &map));
    write("content.rs", explainer_core::content::emit::article_static("ARTICLE", &article));
}
