//! One article from the files behind it: the content file, the seed text it names, and its map extract
//! (`map/<article-id>.json`, from the working directory, the repository's root), and the interface's words in its
//! language (`content/words/<language>.toml`, from the working directory) with its ICU4X locale. The prerender, the live preview
//! and `check-content` all load an article here, so an author sees the same problems, in the same words, wherever
//! they look.

use crate::content::load::load_file;
use crate::content::Article;
use crate::geo::extract::extract_path;
use crate::geo::load::load_map;
use crate::geo::MapShapes;
use crate::locale::Locale;
use crate::words::{catalogue_path, Words};
use std::path::Path;

/// Where the interface's catalogues are found (`<dir>/words/<language>.toml`), from the working directory, as the
/// map extracts are: they are the engine's words, shared by every article, wherever its content file is (the live
/// preview's benchmark and tests edit a copy in a folder of its own).
pub const CONTENT_DIR: &str = "content";

/// Everything one article's pages are made of.
pub struct ArticleFiles {
    pub article: Article,
    pub map: MapShapes,
    pub words: Words,
    pub locale: Locale,
}

/// The article, its map and its words, or every problem found, each on one line that names the file and the item.
pub fn load_article(content_file: &Path) -> Result<ArticleFiles, Vec<String>> {
    let article = load_file(content_file)
        .map_err(|errors| errors.iter().map(|e| one_line(&e.to_string())).collect::<Vec<_>>())?;
    let map = load_map(Path::new(&extract_path(article.id)), &article).map_err(|errors| {
        errors.iter().map(|e| one_line(&format!("{}: {e}", content_file.display()))).collect::<Vec<_>>()
    })?;
    let (words, locale) = load_words(Path::new(CONTENT_DIR), article.language, article.digits)?;
    Ok(ArticleFiles { article, map, words, locale })
}

/// The catalogue of a language and its locale, checked against each other (every plural form the language has).
pub fn load_words(content_dir: &Path, language: &str, digits: Option<&str>) -> Result<(Words, Locale), Vec<String>> {
    let path = catalogue_path(content_dir, language);
    let words = Words::load(&path).map_err(|problems| problems.iter().map(|p| one_line(p)).collect::<Vec<_>>())?;
    let locale = Locale::new(&words.formats, digits).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let problems: Vec<String> = locale.check(&words).iter().map(|p| format!("{}: {p}", path.display())).collect();
    if problems.is_empty() {
        Ok((words, locale))
    } else {
        Err(problems)
    }
}

/// A TOML syntax message spans several lines; a problem is one line, so it is folded.
fn one_line(problem: &str) -> String {
    problem.split('\n').map(str::trim_end).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ⏎ ")
}
