//! Every source the explainer cites, with its publisher, date and link, and the lines that rest on it. Each entry
//! is the target of the source links in context labels (`#source-<key>`), so it works as plain HTML too.

use crate::content::{article, locale, words};
use explainer_core::content::Article;
use explainer_core::line::fill;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn SourcesList() -> impl IntoView {
    let entries = article()
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let w = &words().sources;
            let meta: Vec<String> = [
                s.publisher.map(|p| fill(&w.publisher, &[("publisher", p)])),
                s.date.map(|d| fill(&w.date, &[("date", &locale().date(d))])),
            ]
            .into_iter()
            .flatten()
            .collect();
            let cited = article().citations(i as u16, words()).join(&words().punctuation.items);
            view! {
                <li class="sources__item" id=Article::source_anchor(s.key)>
                    <p class="sources__name">
                        {match s.url {
                            Some(url) => {
                                Either::Left(
                                    view! {
                                        <a href=url rel="noopener noreferrer" target="_blank">
                                            <bdi>{s.title}</bdi>
                                        </a>
                                    },
                                )
                            }
                            None => {
                                Either::Right(
                                    view! {
                                        <bdi>{s.title}</bdi>
                                        " "
                                        {w.no_web_page.as_str()}
                                    },
                                )
                            }
                        }}
                    </p>
                    {(!meta.is_empty()).then(|| view! { <p class="sources__meta">{meta.join(" · ")}</p> })}
                    <p class="sources__cited">
                        <span class="sources__label">{format!("{}{}", w.cited_in, words().punctuation.colon)}</span>
                        {cited}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h3 class="sources__title" id="sources-title">
                {words().sources.title.as_str()}
            </h3>
            <p class="section-dek">{words().sources.intro.as_str()}</p>
            <ol class="sources__list">{entries}</ol>
        </section>
    }
}
