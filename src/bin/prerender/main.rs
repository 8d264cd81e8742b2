//! The prerender: one program for every article. It loads a content file and its map extract when it runs,
//! validates them with the core's loader, and renders the article's pages into a folder (`explainer::prerender`).
//! `scripts/build` builds it once and runs it per article; `scripts/preview` runs it in watch mode.
//!
//! Usage:
//!   prerender CONTENT.toml TEMPLATE.html DIR            the article's pages into DIR, from the app's built template
//!   prerender --preview CONTENT.toml TEMPLATE.html DIR  the same, or, if the file is invalid, a page of its problems
//!   prerender --watch CONTENT.toml TEMPLATE.html DIR    `--preview` again on every save of the article's files
//!
//! Each takes `--site SITE.toml` first (default `content/site/site.toml`): the site the article is published on.
//!
//! A broken content file fails with one line per problem, naming the file, the item and the paragraph.

mod watch;

use explainer::content::Content;
use explainer::prerender::{problems_page, write_article};
use explainer_core::article_files::load_article;
use explainer_core::site::Site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: prerender [--site SITE.toml] [--preview | --watch] CONTENT.toml TEMPLATE.html DIR";

/// Where the site file is when no `--site` names one: the build runs from the repository's root.
const DEFAULT_SITE: &str = "content/site/site.toml";

/// Which files one run reads and writes.
pub struct Job {
    pub content_file: PathBuf,
    pub template: PathBuf,
    pub dir: PathBuf,
    pub site: PathBuf,
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut site = PathBuf::from(DEFAULT_SITE);
    if args.first().is_some_and(|a| a == "--site") && args.len() > 1 {
        site = args.remove(1).into();
        args.remove(0);
    }
    let mode = if args.first().is_some_and(|a| a.starts_with("--")) { args.remove(0) } else { String::new() };
    let [content_file, template, dir] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let job = Job { content_file: content_file.into(), template: template.into(), dir: dir.into(), site };
    let outcome = match mode.as_str() {
        "" => render(&job),
        "--preview" => render(&job).inspect_err(|problems| show_problems(&job, problems)),
        "--watch" => watch::run(&job),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!("\n{}: {} problem(s):", job.content_file.display(), problems.len());
            for p in &problems {
                eprintln!("  {p}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Loads the article and writes its pages.
fn render(job: &Job) -> Result<(), Vec<String>> {
    let files = load_article(&job.content_file)?;
    let site = Site::load(&job.site).map_err(|e| vec![e])?.in_language(files.article.language);
    let template = read(&job.template).map_err(|e| vec![e])?;
    write_article(Content::keep(files, site), &template, &job.dir).map_err(|e| vec![e])
}

/// In the preview, the page shows what is wrong instead of the last good article.
fn show_problems(job: &Job, problems: &[String]) {
    let page = problems_page(&job.content_file.display().to_string(), problems);
    let index = job.dir.join("index.html");
    if let Err(e) = std::fs::write(&index, page) {
        eprintln!("prerender: cannot write {}: {e}", index.display());
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}
