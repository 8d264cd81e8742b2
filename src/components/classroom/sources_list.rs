//! Every source the explainer cites, with its publisher, date and link, and the lines that rest on it. Each entry
//! is the target of the source links in context labels (`#source-<key>`), so it works as plain HTML too.

use crate::content::article;
use explainer_core::content::Article;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn SourcesList() -> impl IntoView {
    let entries = article()
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let meta: Vec<String> =
                [s.publisher.map(|p| format!("Publisher: {p}")), s.date.map(|d| format!("Date: {d}"))]
                    .into_iter()
                    .flatten()
                    .collect();
            let cited = article().citations(i as u16).join("; ");
            view! {
                <li class="sources__item" id=Article::source_anchor(s.key)>
                    <p class="sources__name">
                        {match s.url {
                            Some(url) => {
                                Either::Left(
                                    view! {
                                        <a href=url rel="noopener noreferrer" target="_blank">
                                            {s.title}
                                        </a>
                                    },
                                )
                            }
                            None => {
                                Either::Right(
                                    view! {
                                        <span>{s.title}</span>
                                        " (no web page)"
                                    },
                                )
                            }
                        }}
                    </p>
                    {(!meta.is_empty()).then(|| view! { <p class="sources__meta">{meta.join(" · ")}</p> })}
                    <p class="sources__cited">
                        <span class="sources__label">"Cited in: "</span>
                        {cited}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h3 class="sources__title" id="sources-title">
                "Sources"
            </h3>
            <p class="section-dek">
                "Every line that is not the article's own words names one of these. Publisher and date are given where the fact sheet gives them."
            </p>
            <ol class="sources__list">{entries}</ol>
        </section>
    }
}
