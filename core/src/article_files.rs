//! One article from the files behind it: the content file, the seed text it names, and its map extract
//! (`map/<article-id>.json`, from the working directory, the repository's root). The prerender, the live preview
//! and `check-content` all load an article here, so an author sees the same problems, in the same words, wherever
//! they look.

use crate::content::load::load_file;
use crate::content::Article;
use crate::geo::extract::extract_path;
use crate::geo::load::load_map;
use crate::geo::MapShapes;
use std::path::Path;

/// The article and its map, or every problem found, each on one line that names the file and the item.
pub fn load_article(content_file: &Path) -> Result<(Article, MapShapes), Vec<String>> {
    let article = load_file(content_file)
        .map_err(|errors| errors.iter().map(|e| one_line(&e.to_string())).collect::<Vec<_>>())?;
    let map = load_map(Path::new(&extract_path(article.id)), &article).map_err(|errors| {
        errors.iter().map(|e| one_line(&format!("{}: {e}", content_file.display()))).collect::<Vec<_>>()
    })?;
    Ok((article, map))
}

/// A TOML syntax message spans several lines; a problem is one line, so it is folded.
fn one_line(problem: &str) -> String {
    problem.split('\n').map(str::trim_end).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ⏎ ")
}
