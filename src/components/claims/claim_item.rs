//! One claim as a disclosure (`<details>`, open at first where the content says so): the header names the claim and who made it; the body shows the claim in the
//! article's exact words, the sentence it sits in, every response, and apart from them how the article itself
//! words the claim (its framing, never a response). It rates nothing.

use super::actor_chip::ActorChip;
use crate::components::context_lines::ContextLines;
use crate::components::corrections::CorrectedHere;
use crate::components::sentence_link::SentenceLink;
use crate::content::{article, locale, words};
use explainer_core::content::{Corrected, Idx, Quote, Response};
use explainer_core::page;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn ClaimItem(index: Idx) -> impl IntoView {
    let claim = article().claims[index as usize];
    let body_id = page::claim_id(claim.id);
    let w = &words().claims;
    let claimants = if claim.by.is_empty() {
        claim.by_note.unwrap_or("").to_string()
    } else {
        claim.by.iter().map(|&a| article().actors[a as usize].name).collect::<Vec<_>>().join(&words().punctuation.list)
    };
    let responses = match claim.responses.len() {
        0 => w.no_response_short.clone(),
        n => locale().count(&w.responses, n as u64),
    };
    let mut summary = format!("{claimants} · {} · {responses}", words().claim_form(claim.form));
    // Said while the claim is folded, too.
    if article().corrections_of(Corrected::Claim(index)).next().is_some() {
        summary.push_str(&format!(" · {}", w.corrected));
    }

    view! {
        <li class="claim">
            <details
                class="claim__details"
                id=body_id.clone()
                open=claim.expanded
                data-default-open=claim.expanded.then_some("")
            >
                <summary class="claim__toggle" id=format!("{body_id}-toggle")>
                    <span class="claim__topic">{claim.topic}</span>
                    <span class="claim__summary">{summary}</span>
                </summary>
                <div class="claim__body">
                    <CorrectedHere item=Corrected::Claim(index) />
                    <section class="claim__side claim__side--claim" aria-label=w.claim.as_str()>
                        <p class="claim__who">
                            <span class="claim__role">{w.claim.as_str()}</span>
                            {claim
                                .by
                                .iter()
                                .enumerate()
                                .map(|(n, &a)| view! { <ActorChip actor=a id=format!("{body_id}-by-{n}") /> })
                                .collect_view()}
                            {claim.by_note.map(|note| view! { <span class="claim__note">{note}</span> })}
                            <span class=format!(
                                "claim__form claim__form--{}",
                                claim.form.label().to_lowercase(),
                            )>{words().claim_form(claim.form)}</span>
                        </p>
                        <QuoteBlock quote=claim.quote />
                    </section>
                    <Responses claim=index body_id=body_id.clone() />
                    {claim
                        .framing
                        .map(|f| {
                            view! {
                                <section class="claim__framing" aria-label=w.framing.as_str()>
                                    <p class="claim__who">
                                        <span class="claim__role">{w.framing.as_str()}</span>
                                        <span class="claim__note">{w.framing_note.as_str()}</span>
                                    </p>
                                    <QuoteBlock quote=f.quote />
                                    {f.note.map(|note| view! { <p class="claim__note">{note}</p> })}
                                </section>
                            }
                        })}
                    <ContextLines lines=claim.context />
                </div>
            </details>
        </li>
    }
}

/// The claim's responses, in the article's order, or a line saying the article gives none (and why, where known).
#[component]
fn Responses(claim: Idx, body_id: String) -> impl IntoView {
    let claim = article().claims[claim as usize];
    if claim.responses.is_empty() {
        return Either::Left(view! {
            <p class="claim__none">
                {words().claims.no_response.as_str()}
                {claim
                    .no_response_note
                    .map(|n| {
                        view! {
                            " "
                            <span class="claim__note">{n}</span>
                        }
                    })}
            </p>
        });
    }
    Either::Right(view! {
        <ol class="claim__responses" aria-label=words().claims.responses_label.as_str()>
            {claim
                .responses
                .iter()
                .enumerate()
                .map(|(n, r)| view! { <ResponseItem response=*r id_prefix=format!("{body_id}-r{n}") /> })
                .collect_view()}
        </ol>
    })
}

/// One response: what kind it is, who gave it, and their words.
#[component]
fn ResponseItem(response: Response, id_prefix: String) -> impl IntoView {
    let kind = match response.kind_note {
        Some(note) => format!("{} ({note})", words().response_kind(response.kind)),
        None => words().response_kind(response.kind).to_string(),
    };
    view! {
        <li class="claim__side claim__side--response">
            <p class="claim__who">
                <span class="claim__role">{kind}</span>
                {response
                    .by
                    .iter()
                    .enumerate()
                    .map(|(k, &a)| view! { <ActorChip actor=a id=format!("{id_prefix}-{k}") /> })
                    .collect_view()}
            </p>
            <QuoteBlock quote=response.quote />
            {response.note.map(|note| view! { <p class="claim__note">{note}</p> })}
        </li>
    }
}

/// The exact words, then the sentence they stand in when that says more, with a link to it.
#[component]
fn QuoteBlock(quote: Quote) -> impl IntoView {
    let sentence = article().sentences[quote.sentence as usize];
    let more = sentence.text != quote.text && !quote.text.contains(sentence.text);
    view! {
        <blockquote class="claim__quote article-words">{quote.text}</blockquote>
        {more
            .then(|| {
                view! {
                    <p class="claim__sentence">
                        <span class="claim__label">
                            {format!("{}{}", words().claims.in_the_sentence, words().punctuation.colon)}
                        </span>
                        {sentence.text}
                    </p>
                }
            })}
        <SentenceLink sentence=quote.sentence label=words().claims.go_to_sentence.as_str() />
    }
}
