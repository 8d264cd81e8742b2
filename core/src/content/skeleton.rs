//! A new content file from an article's plain text: every non-empty line a paragraph, verbatim, with its id, and
//! the article's fields left for the editor to fill. `scripts/new-article` writes it; `scripts/check-content`
//! then lists what is still missing or wrong.

/// A TOML basic string. JSON's string escapes are all valid in TOML, so serde_json writes it.
fn toml_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

/// The content file for an article whose text file is `seed_name`, with id `id`.
pub fn skeleton(id: &str, seed_name: &str, text: &str) -> String {
    let mut out = String::new();
    out.push_str(
        "# Maintained by hand. Schema and rules: content/README.md. Check with: scripts/check-content <this file>\n",
    );
    out.push_str("[article]\n");
    out.push_str(&format!("id = {}\nseed = {}\n", toml_str(id), toml_str(seed_name)));
    for field in ["title", "description", "short_title", "publisher", "published", "explainer_published", "url"] {
        out.push_str(&format!("{field} = \"\"\n"));
    }
    out.push_str("language = \"en\"\n");
    // Where the locator map stands: after the first paragraph until the editor moves it.
    out.push_str("\n[map]\nafter = \"p1\"\ndescription = \"\"\ncredits = \"\"\n");
    // What the map draws: the Natural Earth countries, by name; the region is the box around the places until the
    // editor gives one. Then `node scripts/extract-map.mjs` cuts the outlines.
    out.push_str("# region = { west = 0.0, east = 0.0, south = 0.0, north = 0.0 }   # optional\ncountries = []\n");
    for (n, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        // Every paragraph starts as body text; mark captions, subheads, tweets and credits by hand.
        out.push_str(&format!("\n[[paragraphs]]\nid = \"p{}\"\nkind = \"body\"\ntext = {}\n", n + 1, toml_str(line)));
    }
    out.push_str(
        "\n# Then, as the article needs them: [[sources]], [[actors]], [[places]], [[claims]], [[timeline]],\n",
    );
    out.push_str("# [[glossary]], [[questions]] and [[distances]] (content/README.md has an example of each).\n");
    out
}

#[cfg(test)]
mod tests {
    use super::skeleton;
    use crate::content::load::load_str;

    #[test]
    fn every_line_becomes_a_verbatim_paragraph_that_loads() {
        let text = "A caption with “curly” and \"straight\" quotes.\n\nThe second paragraph\\ with a backslash.\n";
        let toml = skeleton("demo", "demo.txt", text)
            .replace("title = \"\"", "title = \"Demo\"")
            .replace("description = \"\"", "description = \"A demo.\"")
            .replace("short_title = \"\"", "short_title = \"Demo\"")
            .replace("publisher = \"\"", "publisher = \"P\"")
            .replace("published = \"\"", "published = \"2020-08-23\"")
            .replace("url = \"\"", "url = \"https://example.org/\"")
            .replace("credits = \"\"", "credits = \"C\"");
        let article = load_str("demo.toml", &toml, text).unwrap_or_else(|e| panic!("{e:?}\n{toml}"));
        let paragraphs: Vec<&str> = article.paragraphs.iter().map(|p| p.text).collect();
        assert_eq!(
            paragraphs,
            ["A caption with “curly” and \"straight\" quotes.", "The second paragraph\\ with a backslash."]
        );
        assert_eq!(article.paragraphs[1].id, "p2");
    }
}
