//! The map in words: every place, where it is, and what the article says there. The text alternative for screen
//! readers, and the map for anyone who prefers a list.

use crate::components::sentence_link::SentenceLink;
use crate::components::source_label::SourceLabel;
use crate::content::{article, locale, words};
use explainer_core::line::fill;
use leptos::prelude::*;

#[component]
pub fn MapText() -> impl IntoView {
    let places = article()
        .places
        .iter()
        .map(|p| {
            let where_ = p.coords.map(|at| format!(" ({})", locale().coordinates(words(), at, 2))).unwrap_or_default();
            view! {
                <li>
                    <strong>
                        <bdi>{p.name}</bdi>
                    </strong>
                    {where_}
                    {format!(" — {}.", words().place_kind(p.kind))}
                    {(!p.sentences.is_empty())
                        .then(|| {
                            view! {
                                {format!(" {}{}", words().map.in_the_article, words().punctuation.colon)}
                                {p
                                    .sentences
                                    .iter()
                                    .enumerate()
                                    .map(|(n, &s)| {
                                        view! {
                                            {(n > 0).then_some("; ")}
                                            <SentenceLink
                                                sentence=s
                                                label=fill(
                                                    &words().map.sentence,
                                                    &[("id", article().sentences[s as usize].id)],
                                                )
                                            />
                                        }
                                    })
                                    .collect_view()}
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    let distances = article()
        .distances
        .iter()
        .map(|d| {
            view! {
                <li>
                    {fill(
                        &words().map.distance,
                        &[
                            ("from", article().places[d.from as usize].name),
                            ("to", article().places[d.to as usize].name),
                            ("distance", d.label),
                        ],
                    )} " " <SourceLabel source=d.source confidence=Some(d.confidence) />
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="map__text">
            <summary>{words().map.in_words.as_str()}</summary>
            <ul>{places}</ul>
            <p class="map__text-label">{words().map.distances.as_str()}</p>
            <ul>{distances}</ul>
        </details>
    }
}
