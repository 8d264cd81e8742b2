//! A place on the map as a control: an SVG group that is focusable, named for screen readers, and opens the
//! place's card (and lights its sentences) on click, tap, Enter or Space. Markers, borders, country names and the
//! inset's points all use it.

use crate::content::ARTICLE;
use crate::state::{use_selection, OpenCard, OpenedBy, Selection};
use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

pub fn map_anchor_id(place: &str) -> String {
    format!("map-{place}")
}

/// Opens a place from the map: its card, next to the map feature, and its sentences lit in the text. A click on the
/// feature and a `#place=` link both come here.
pub fn open_place_from_map(selection: Selection, place: Idx, anchor: String) {
    let p = &ARTICLE.places[place as usize];
    selection.map_place.set(Some(place));
    selection.highlighted.set(p.sentences.to_vec());
    selection.open(OpenCard { target: Target::Place(place), anchor, mention: None, opened_by: OpenedBy::Activation });
}

#[component]
pub fn MapFeature<C: IntoView + 'static>(
    place: Idx,
    /// Unique DOM id: the card sits next to this element and returns focus to it.
    #[prop(into)]
    id: String,
    class: &'static str,
    /// Accessible name; must contain the feature's visible text.
    #[prop(into)]
    label: String,
    lit: Memo<Vec<Idx>>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let selection = use_selection();
    let anchor = id.clone();
    let open = move || open_place_from_map(selection, place, anchor.clone());
    let open_by_key = open.clone();
    view! {
        <g
            class=class
            class:is-lit=move || lit.with(|l| l.contains(&place))
            id=id
            data-place=ARTICLE.places[place as usize].id
            data-opens-card=""
            role="button"
            tabindex="0"
            aria-label=label
            on:click=move |_| open()
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open_by_key();
                }
            }
        >
            {children.into_inner()()}
        </g>
    }
}
