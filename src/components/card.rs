//! Every card, prerendered once as a sheet outside the paragraphs (a `div` inside a `p` is invalid HTML). With
//! scripts off, or before the wasm has arrived, a name links to its sheet (`#card-<id>`), which CSS raises from the
//! foot of the screen (`:target`). Once the app runs, its one card dialog (made from `CardTemplate`) adopts the
//! sheet's content and places it beside the name. The sheet owns the header; its private children draw the body
//! for an actor, a place or a glossary term, and the "mention 2 of 5" stepper.

mod actor_card;
mod mention_stepper;
mod place_card;
mod term_card;

use super::corrections::CorrectedHere;
use super::icon::{Icon, IconShape};
use crate::content::{article, words};
use actor_card::ActorCard;
use explainer_core::content::{Corrected, Idx, Target};
use explainer_core::page;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use place_card::PlaceCard;
use term_card::TermCard;

/// The anchor a name links to: `#card-<id>` opens that card's sheet.
pub fn sheet_id(target: Target) -> String {
    page::sheet_id(article().target_id(target))
}

fn all_targets() -> impl Iterator<Item = Target> {
    (0..article().actors.len())
        .map(|i| Target::Actor(i as Idx))
        .chain((0..article().places.len()).map(|i| Target::Place(i as Idx)))
        .chain((0..article().glossary.len()).map(|i| Target::Term(i as Idx)))
}

/// Every card, each once. Besides the card's words, a sheet tells the app what the card lights up: an actor's
/// places on the map (`data-places`), a place's sentences in the text (`data-sentences`).
#[component]
pub fn CardSheets() -> impl IntoView {
    // Closing a sheet goes back to the article, or, in an embedded part, which has no article, to the part.
    let back_to = if use_context::<super::part_links::PartLinks>().is_some() { "#main" } else { "#article" };
    let sheets = all_targets()
        .map(|target| {
            let target_id = article().target_id(target);
            let id = page::sheet_id(target_id);
            let (kind, places, sentences) = match target {
                Target::Actor(a) => {
                    let places = article().places_of_actor(a).map(|(p, _)| p.id).collect::<Vec<_>>().join(" ");
                    ("actor", places, String::new())
                }
                Target::Place(p) => {
                    let place = article().places[p as usize];
                    let sentences = place
                        .sentences
                        .iter()
                        .map(|&s| article().sentences[s as usize].id)
                        .collect::<Vec<_>>()
                        .join(" ");
                    ("place", String::new(), sentences)
                }
                Target::Term(_) => ("term", String::new(), String::new()),
            };
            view! {
                <section
                    id=id.clone()
                    class="card card--sheet"
                    role="dialog"
                    aria-labelledby=page::sheet_title_id(target_id)
                    data-kind=kind
                    data-places=(!places.is_empty()).then_some(places)
                    data-sentences=(!sentences.is_empty()).then_some(sentences)
                >
                    // Away from the sheet, which closes it (it is no longer the page's target).
                    <a class="card__close" href=back_to aria-label=words().card.close.as_str()>
                        <Icon shape=IconShape::Close />
                    </a>
                    <div class="card__content" id=page::sheet_content_id(target_id)>
                        <CardContent target=target title_id=page::sheet_title_id(target_id) />
                    </div>
                </section>
            }
        })
        .collect_view();
    view! { <div class="card-sheets">{sheets}</div> }
}

/// The app's card dialog, empty: the app clones it when a card opens, moves the card's content in, and removes it
/// when the card closes. A template renders nothing.
#[component]
pub fn CardTemplate() -> impl IntoView {
    view! {
        <template id=page::id::CARD_TEMPLATE>
            <div id=page::id::CARD class="card" role="dialog" tabindex="-1">
                <button type="button" class="card__close" aria-label=words().card.close.as_str()>
                    <Icon shape=IconShape::Close />
                </button>
            </div>
        </template>
    }
}

/// What a card shows: its header (kind and name, the heading the card is labelled by), then the body for an
/// actor, a place or a term.
#[component]
fn CardContent(target: Target, #[prop(into)] title_id: String) -> impl IntoView {
    let (kind, title) = heading(target);
    let body = match target {
        Target::Actor(a) => EitherOf3::A(view! { <ActorCard actor=a /> }),
        Target::Place(p) => EitherOf3::B(view! { <PlaceCard place=p /> }),
        Target::Term(t) => EitherOf3::C(view! { <TermCard term=t /> }),
    };
    view! {
        <p class="card__kind">{kind}</p>
        <h2 class="card__title" id=title_id>
            {title}
        </h2>
        <CorrectedHere item=Corrected::Card(target) />
        {body}
    }
}

/// The card's header: what kind of thing it is about, and its name.
fn heading(target: Target) -> (String, &'static str) {
    match target {
        Target::Actor(a) => {
            let a = article().actors[a as usize];
            let kind = match a.kind_note {
                Some(note) => format!("{} · {note}", words().actor_kind(a.kind)),
                None => words().actor_kind(a.kind).to_string(),
            };
            (kind, a.name)
        }
        Target::Place(p) => {
            let p = article().places[p as usize];
            (words().place_kind(p.kind).to_string(), p.name)
        }
        Target::Term(t) => (words().card.glossary.clone(), article().glossary[t as usize].term),
    }
}
