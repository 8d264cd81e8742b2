//! Lines of outside knowledge, each labelled as context with its source and confidence, so a reader can always
//! tell them from the article's own words.

use crate::content::ARTICLE;
use explainer_core::content::ContextLine;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn ContextLines(lines: &'static [ContextLine]) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        view! {
            <ul class="context-lines">
                {lines
                    .iter()
                    .map(|line| {
                        let source = ARTICLE.source_of(line);
                        view! {
                            <li class="context-line">
                                <span class="context-line__text">{line.text}</span>
                                " "
                                <span class="source-label">
                                    "Context · "
                                    {match source.url {
                                        Some(url) => Either::Left(view! { <a href=url rel="noopener noreferrer" target="_blank">{source.title}</a> }),
                                        None => Either::Right(source.title),
                                    }}
                                    {format!(" · {}", line.confidence.label())}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
