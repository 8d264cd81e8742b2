//! The map in words: every place, where it is, and what the article says there. The text alternative for screen
//! readers, and the map for anyone who prefers a list.

use crate::components::sentence_link::SentenceLink;
use crate::components::source_label::SourceLabel;
use crate::content::article;
use explainer_core::geo::coordinates;
use leptos::prelude::*;

#[component]
pub fn MapText() -> impl IntoView {
    let places = article()
        .places
        .iter()
        .map(|p| {
            let where_ =
                p.coords.map(|(lat, lon)| format!(" ({})", coordinates::label(lat, lon, 2))).unwrap_or_default();
            view! {
                <li>
                    <strong>{p.name}</strong>
                    {where_}
                    {format!(" — {}.", p.kind.label())}
                    {(!p.sentences.is_empty())
                        .then(|| {
                            view! {
                                " In the article: "
                                {p
                                    .sentences
                                    .iter()
                                    .enumerate()
                                    .map(|(n, &s)| {
                                        view! {
                                            {(n > 0).then_some("; ")}
                                            <SentenceLink
                                                sentence=s
                                                label=format!("sentence {}", article().sentences[s as usize].id)
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
                    {format!(
                        "{} to {}: {}",
                        article().places[d.from as usize].name,
                        article().places[d.to as usize].name,
                        d.label,
                    )} " " <SourceLabel kind="Context" source=d.source confidence=Some(d.confidence) />
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="map__text">
            <summary>"The map in words"</summary>
            <ul>{places}</ul>
            <p class="map__text-label">"Approximate straight-line distances"</p>
            <ul>{distances}</ul>
        </details>
    }
}
