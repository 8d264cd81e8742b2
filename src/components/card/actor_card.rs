//! The card of an actor: who they are in the article's words, what they say here, context with sources, other
//! spellings, the places the article ties them to, and their mentions.

use super::mention_stepper::MentionStepper;
use crate::components::context_lines::ContextLines;
use crate::components::map::show_on_map::ShowOnMap;
use crate::components::sentence_link::SentenceLink;
use crate::content::{article, words};
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

#[component]
pub fn ActorCard(actor: Idx) -> impl IntoView {
    let a = article().actors[actor as usize];
    let (w, p) = (&words().card, &words().punctuation);
    view! {
        <MentionStepper target=Target::Actor(actor) />
        {(!a.roles.is_empty())
            .then(|| {
                view! {
                    <section class="card__section">
                        <h3 class="card__label">{w.in_the_article.as_str()}</h3>
                        <p class="card__roles">
                            {a
                                .roles
                                .iter()
                                .enumerate()
                                .map(|(n, r)| {
                                    view! {
                                        {(n > 0).then_some(" · ")}
                                        <q class="article-words">{*r}</q>
                                    }
                                })
                                .collect_view()}
                        </p>
                    </section>
                }
            })}
        {(!a.says.is_empty())
            .then(|| {
                view! {
                    <section class="card__section">
                        <h3 class="card__label">{w.says_here.as_str()}</h3>
                        <ul class="card__quotes">
                            {a
                                .says
                                .iter()
                                .map(|said| {
                                    let q = said.quote;
                                    view! {
                                        <li>
                                            <SentenceLink
                                                sentence=q.sentence
                                                label=format!("{}{}{}", p.quote_open, q.text, p.quote_close)
                                            />
                                            {said
                                                .note
                                                .map(|note| {
                                                    view! {
                                                        " "
                                                        <span class="card__note">{format!("({note})")}</span>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        <ContextLines lines=a.context />
        {(!a.spellings.is_empty())
            .then(|| {
                view! {
                    <p class="card__spellings">
                        <span class="card__label">{w.also_spelled.as_str()}</span>
                        " "
                        {a.spellings.join(&p.items)}
                    </p>
                }
            })}
        {(!a.places.is_empty())
            .then(|| {
                view! {
                    <ul class="card__places">
                        {article()
                            .places_of_actor(actor)
                            .map(|(place, tie)| {
                                view! {
                                    <li>
                                        <span>{tie.note}</span>
                                        " "
                                        <ShowOnMap place=place.id />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}
