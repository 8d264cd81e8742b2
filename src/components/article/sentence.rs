//! One sentence: its runs of plain text and names, in a span that quote links and places can light up.

use super::mention::Mention;
use crate::content::article;
use explainer_core::content::{Idx, Run};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Sentence(index: Idx) -> impl IntoView {
    let sentence = article().sentences[index as usize];
    let runs = sentence
        .runs
        .iter()
        .map(|run| match *run {
            Run::Text(text) => Either::Left(text),
            Run::Mention(m) => Either::Right(view! { <Mention index=m /> }),
        })
        .collect_view();
    view! {
        <span class="sentence" id=sentence.id tabindex="-1">
            {runs}
        </span>
    }
}

/// The sentences of a paragraph, separated by the single spaces the model split them at, so the paragraph's
/// text comes out exactly as in the seed.
pub fn sentences_of(indices: &'static [Idx]) -> impl IntoView {
    indices
        .iter()
        .enumerate()
        .map(|(n, &s)| {
            view! {
                {(n > 0).then_some(" ")}
                <Sentence index=s />
            }
        })
        .collect_view()
}
