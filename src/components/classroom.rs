//! For a class: the glossary of terms the article assumes and discussion questions, folded until asked for, then
//! every source the explainer cites.

mod sources_list;

use super::source_label::SourceLabel;
use crate::content::article;
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
                    <dd>
                        {t.definition} " " <SourceLabel kind="Context" source=t.source confidence=Some(t.confidence) />
                    </dd>
                </div>
            }
        })
        .collect_view();
    let questions = article().questions.iter().map(|q| view! { <li>{*q}</li> }).collect_view();
    view! {
        <section class="classroom" aria-labelledby="classroom-title">
            <h2 class="section-title" id="classroom-title">
                "For the classroom"
            </h2>
            <details class="classroom__part">
                <summary>"Glossary"</summary>
                <dl class="glossary">{glossary}</dl>
            </details>
            <details class="classroom__part">
                <summary>"Discussion questions"</summary>
                <ol class="questions">{questions}</ol>
            </details>
            <SourcesList />
        </section>
    }
}
