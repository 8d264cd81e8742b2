//! Lines of outside knowledge, each labelled as context with its source and confidence, so a reader can always
//! tell them from the article's own words. The source links to its entry in the sources list.

use super::source_label::SourceLabel;
use explainer_core::content::ContextLine;
use leptos::prelude::*;

#[component]
pub fn ContextLines(lines: &'static [ContextLine]) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        view! {
            <ul class="context-lines">
                {lines
                    .iter()
                    .map(|line| {
                        view! {
                            <li class="context-line">
                                <span class="context-line__text">{line.text}</span>
                                " "
                                <SourceLabel source=line.source confidence=Some(line.confidence) />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
