//! For a class: the glossary of terms the article assumes and discussion questions, folded until asked for, then
//! every source the explainer cites.

mod sources_list;

use super::source_label::SourceLabel;
use crate::content::{article, words};
use leptos::prelude::*;
use sources_list::SourcesList;

#[component]
pub fn Classroom() -> impl IntoView {
    let glossary = article()
        .glossary
        .iter()
        .map(|t| {
            view! {
                <div class="glossary__item">
                    <dt>{t.term}</dt>
                    <dd>{t.definition} " " <SourceLabel source=t.source confidence=Some(t.confidence) /></dd>
                </div>
            }
        })
        .collect_view();
    let questions = article().questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view();
    view! {
        <section class="classroom" aria-labelledby="classroom-title">
            <h2 class="section-title" id="classroom-title">
                {words().classroom.title.as_str()}
            </h2>
            <details class="classroom__part">
                <summary>{words().classroom.glossary.as_str()}</summary>
                <dl class="glossary">{glossary}</dl>
            </details>
            <details class="classroom__part">
                <summary>{words().classroom.questions.as_str()}</summary>
                <ol class="questions">{questions}</ol>
            </details>
            <SourcesList />
        </section>
    }
}
