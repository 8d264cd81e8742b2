//! What the live preview shows in place of the article while its content file is invalid: the problems, in the
//! same lines `check-content` prints, so the author fixes the file without leaving the browser.

use explainer_core::page_shell::html_escape;

/// A page listing every problem with `file`, one line each.
pub fn problems_page(file: &str, problems: &[String]) -> String {
    let items: String = problems.iter().map(|p| format!("<li><code>{}</code></li>\n", html_escape(p))).collect();
    format!(
        r#"<!doctype html>
<html lang="en" data-preview-problems="{count}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{count} problem(s) in {file}</title>
<link rel="icon" href="data:," />
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }}
h1 {{ font-size: 1.4rem; color: #9b1c1c; }}
li {{ margin-block: 0.5rem; }}
code {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
</style>
</head>
<body>
<main>
<h1>The content file is invalid: {count} problem(s)</h1>
<p>The preview shows the article again as soon as <code>{file}</code> is saved without problems.</p>
<ul class="preview-problems">
{items}</ul>
</main>
</body>
</html>
"#,
        count = problems.len(),
        file = html_escape(file),
    )
}
