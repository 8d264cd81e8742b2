//! The article itself, paragraph by paragraph, as the seed has it. Embedded tweets are grouped into one figure
//! with their credit line; subheads become headings. A figure (the map) follows the paragraph the content file
//! names, where the editor wants it (a news page puts it after the scene-setting top).

mod mention;
mod sentence;

use crate::content::{article, words};
use explainer_core::content::{Paragraph, ParagraphKind};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use sentence::sentences_of;

#[component]
pub fn ArticleText<V: IntoView + 'static>(
    /// Set after the paragraph the content file names (`[map] after`).
    #[prop(optional)]
    figure: Option<V>,
) -> impl IntoView {
    let mut blocks = Vec::new();
    let mut figure = figure;
    let after = article().map.after as usize;
    let paragraphs = article().paragraphs;
    let mut i = 0;
    while i < paragraphs.len() {
        let p = &paragraphs[i];
        // A tweet runs until its credit line ("— Name (@handle) date"), and stays whole.
        let end = match p.kind {
            ParagraphKind::Tweet => paragraphs[i..]
                .iter()
                .position(|q| q.kind == ParagraphKind::TweetCredit)
                .map(|n| i + n + 1)
                .unwrap_or(i + 1),
            _ => i + 1,
        };
        if p.kind == ParagraphKind::Tweet {
            blocks.push(Either::Left(tweet(&paragraphs[i..end])));
        } else {
            blocks.push(Either::Right(block(p)));
        }
        if (i..end).contains(&after) {
            if let Some(f) = figure.take() {
                blocks.push(Either::Right(EitherOf4::D(f)));
            }
        }
        i = end;
    }
    view! { <div class="article-text">{blocks}</div> }
}

fn block<V>(p: &'static Paragraph) -> EitherOf4<impl IntoView, impl IntoView, impl IntoView, V> {
    let body = sentences_of(p.sentences);
    match p.kind {
        ParagraphKind::Subhead => EitherOf4::A(view! {
            <h2 class="subhead" id=p.id data-paragraph="">
                {body}
            </h2>
        }),
        ParagraphKind::Caption => EitherOf4::B(view! {
            <div class="caption">
                <span class="caption__label">{words().page.photo_caption.as_str()}</span>
                <p id=p.id data-paragraph="">
                    {body}
                </p>
            </div>
        }),
        kind => EitherOf4::C(view! {
            <p class=(kind == ParagraphKind::Credit).then_some("credit") id=p.id data-paragraph="">
                {body}
            </p>
        }),
    }
}

fn tweet(ps: &'static [Paragraph]) -> impl IntoView {
    let text = ps.iter().filter(|p| p.kind != ParagraphKind::TweetCredit);
    let credit = ps.iter().find(|p| p.kind == ParagraphKind::TweetCredit);
    view! {
        <figure class="tweet">
            <span class="tweet__label">{words().page.embedded_tweet.as_str()}</span>
            <blockquote class="tweet__text">
                {text
                    .map(|p| {
                        view! {
                            <p id=p.id data-paragraph="">
                                {sentences_of(p.sentences)}
                            </p>
                        }
                    })
                    .collect_view()}
            </blockquote>
            {credit
                .map(|p| {
                    view! {
                        <figcaption class="tweet__credit">
                            <p id=p.id data-paragraph="">
                                {sentences_of(p.sentences)}
                            </p>
                        </figcaption>
                    }
                })}
        </figure>
    }
}
