//! The one card: a non-modal dialog next to whatever opened it. Rendered once, outside the paragraphs (a `div`
//! inside a `p` is invalid HTML). Esc closes it and returns focus to the name; a tap or click outside closes it;
//! it flips and shifts to stay in the viewport (see `explainer_core::placement`). It owns the header; its private
//! children draw the body for an actor, a place or a glossary term, and the "mention 2 of 5" stepper.

mod actor_card;
mod mention_stepper;
mod place_card;
mod term_card;

use super::icon::{Icon, IconShape};
use crate::content::ARTICLE;
use crate::dom;
use crate::state::{use_selection, OpenedBy};
use actor_card::ActorCard;
use explainer_core::content::{Idx, Target};
use explainer_core::placement::{place_card, Rect};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use place_card::PlaceCard;
use term_card::TermCard;

pub const CARD_ID: &str = "card";
const CARD_TITLE_ID: &str = "card-title";

#[component]
pub fn Card() -> impl IntoView {
    let selection = use_selection();

    // The dialog element, once it is in the document. Reading it in the effect below makes the effect run again
    // when the dialog mounts: a card opened while the page is still hydrating (a deep link) is set before its
    // element exists, and would otherwise never be placed or focused.
    let dialog = NodeRef::<leptos::html::Div>::new();

    // After every change: place the card next to its anchor; move focus in when it was just opened on purpose.
    // This runs once the card is in the DOM and before the frame is painted, so the card's first frame already
    // shows it in place (waiting for an animation frame cost the tap a whole second frame). The layout it reads
    // is the one that frame needs anyway. It returns what it placed, so focus moves only for a new card.
    Effect::new(move |placed: Option<Option<Target>>| {
        let open = selection.card.get()?;
        let element = dialog.get().filter(|el| el.is_connected())?;
        position(&element, &open.anchor);
        if placed.flatten() != Some(open.target) && open.opened_by == OpenedBy::Activation {
            dom::focus(CARD_ID);
        }
        Some(open.target)
    });

    // Esc and the close button: close, and give focus back to what opened the card.
    let close = move || {
        if let Some(open) = selection.card.get_untracked() {
            selection.close();
            dom::focus(&open.anchor);
        }
    };
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            close();
        }
    });
    let on_pointer = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if selection.card.with_untracked(Option::is_none) {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("#card, .mention, [data-opens-card]").ok().flatten())
            .is_some();
        if !inside {
            selection.close();
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        if let (Some(open), Some(element)) = (selection.card.get_untracked(), dialog.get_untracked()) {
            position(&element, &open.anchor);
        }
    });
    on_cleanup(move || {
        on_key.remove();
        on_pointer.remove();
        on_resize.remove();
    });

    view! {
        // Not `<Show>`: its children are type-erased, which costs the wasm every hydration path of the card.
        {move || selection.card.with(Option::is_some).then(|| view! {
            <div node_ref=dialog id=CARD_ID class="card" role="dialog" aria-labelledby=CARD_TITLE_ID tabindex="-1">
                <button type="button" class="card__close" aria-label="Close card" on:click=move |_| close()>
                    <Icon shape=IconShape::Close />
                </button>
                {move || {
                    selection.card.get().map(|open| {
                        view! { <CardContent target=open.target mention=open.mention title_id=CARD_TITLE_ID /> }
                    })
                }}
            </div>
        })}
    }
}

/// The anchor a name links to before the app runs: `#card-<id>` opens that card's sheet (`CardSheets`).
pub fn sheet_id(target: Target) -> String {
    format!("card-{}", ARTICLE.target_id(target))
}

/// Every card, prerendered once as a sheet outside the app: with scripts off, or before the wasm has arrived, a
/// name is a link to its sheet (`#card-<id>`), which CSS shows at the foot of the screen (`:target`). Once the app
/// runs, it hides the sheets and opens its own card, placed beside the name. Only the prerender draws these.
#[component]
pub fn CardSheets() -> impl IntoView {
    // The bodies' links and buttons read the selection; outside the app there is none yet.
    if use_context::<crate::state::Selection>().is_none() {
        crate::state::provide_selection();
    }
    let targets = (0..ARTICLE.actors.len())
        .map(|i| Target::Actor(i as Idx))
        .chain((0..ARTICLE.places.len()).map(|i| Target::Place(i as Idx)))
        .chain((0..ARTICLE.glossary.len()).map(|i| Target::Term(i as Idx)));
    // Only what a name in the text links to: places reached from the map alone need no sheet.
    let sheets = targets
        .filter(|&target| !ARTICLE.mentions_of(target).is_empty())
        .map(|target| {
            let id = sheet_id(target);
            let title_id = format!("{id}-title");
            let labelled_by = title_id.clone();
            view! {
                <section id=id class="card card--sheet" role="dialog" aria-labelledby=labelled_by>
                    // Back to the article, which closes the sheet (it is no longer the page's target).
                    <a class="card__close" href="#article" aria-label="Close card">
                        <Icon shape=IconShape::Close />
                    </a>
                    <CardContent target=target mention=None title_id=title_id />
                </section>
            }
        })
        .collect_view();
    view! { <div class="card-sheets">{sheets}</div> }
}

/// What a card shows, the same in the app's dialog and in the prerendered sheets: its header (kind and name, the
/// heading the dialog is labelled by), then the body for an actor, a place or a term.
#[component]
fn CardContent(target: Target, mention: Option<Idx>, #[prop(into)] title_id: String) -> impl IntoView {
    let (kind, title) = heading(target);
    let body = match target {
        Target::Actor(a) => EitherOf3::A(view! { <ActorCard actor=a mention=mention /> }),
        Target::Place(p) => EitherOf3::B(view! { <PlaceCard place=p mention=mention /> }),
        Target::Term(t) => EitherOf3::C(view! { <TermCard term=t mention=mention /> }),
    };
    view! {
        <p class="card__kind">{kind}</p>
        <h2 class="card__title" id=title_id>{title}</h2>
        {body}
    }
}

/// The card's header: what kind of thing it is about, and its name. The dialog owns the header, and the id its label
/// points to; the kinds of card below fill in only the body.
fn heading(target: Target) -> (String, &'static str) {
    match target {
        Target::Actor(a) => {
            let a = &ARTICLE.actors[a as usize];
            let kind = match a.kind_note {
                Some(note) => format!("{} · {note}", a.kind.label()),
                None => a.kind.label().to_string(),
            };
            (kind, a.name)
        }
        Target::Place(p) => {
            let p = &ARTICLE.places[p as usize];
            (p.kind.label().to_string(), p.name)
        }
        Target::Term(t) => ("Glossary".to_string(), ARTICLE.glossary[t as usize].term),
    }
}

/// Puts the card next to its anchor, in document coordinates so it scrolls with the text.
fn position(card: &web_sys::HtmlDivElement, anchor_id: &str) {
    let Some(anchor) = dom::any_element(anchor_id) else {
        return;
    };
    // A name that wraps over two lines has two boxes; the card goes next to the first one (Floating UI's `inline`).
    let rects = anchor.get_client_rects();
    let r = rects.get(0).unwrap_or_else(|| anchor.get_bounding_client_rect());
    let (vw, vh) = dom::viewport();
    let (sx, sy) = dom::scroll_offset();
    let size = card.get_bounding_client_rect();
    let p = place_card(
        Rect { x: r.x(), y: r.y(), width: r.width(), height: r.height() },
        size.width(),
        size.height(),
        vw,
        vh,
    );
    dom::set_style(card, "left", &format!("{}px", p.x + sx));
    dom::set_style(card, "top", &format!("{}px", p.y + sy));
    dom::set_style(card, "max-height", &format!("{}px", p.max_height));
    let _ = card
        .set_attribute("data-side", if p.side == explainer_core::placement::Side::Above { "above" } else { "below" });
}
