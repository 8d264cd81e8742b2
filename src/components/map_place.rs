//! A place on the map: a marker with its name, focusable and operable by keyboard, mouse and touch. Opening it
//! shows the place's card and lights up the sentences where the article speaks of it.

use crate::content::ARTICLE;
use crate::state::{use_selection, OpenCard, OpenedBy};
use explainer_core::content::{Idx, LabelSide, Target};
use leptos::prelude::*;

pub fn map_anchor_id(place: &str) -> String {
    format!("map-{place}")
}

/// Opens a place from the map: its card, next to the map feature, and its sentences lit in the text.
pub fn open_place_from_map(place: Idx) {
    let selection = use_selection();
    let p = &ARTICLE.places[place as usize];
    selection.map_place.set(Some(place));
    selection.highlighted.set(p.sentences.to_vec());
    selection.open(OpenCard {
        target: Target::Place(place),
        anchor: map_anchor_id(p.id),
        mention: None,
        opened_by: OpenedBy::Activation,
    });
}

pub fn on_activate_key(ev: &leptos::ev::KeyboardEvent) -> bool {
    let hit = ev.key() == "Enter" || ev.key() == " ";
    if hit {
        ev.prevent_default();
    }
    hit
}

#[component]
pub fn MapPlace(place: Idx, lit: Memo<Option<Idx>>) -> Option<impl IntoView> {
    let p = &ARTICLE.places[place as usize];
    let (x, y) = p.map?;
    // Offsets in em, so they follow the label size, which CSS keeps constant on screen (see style/map.css).
    let (anchor, dx, dy, baseline) = match p.label {
        LabelSide::Right => ("start", "0.7em", "0", "central"),
        LabelSide::Left => ("end", "-0.7em", "0", "central"),
        LabelSide::Above => ("middle", "0", "-0.7em", "auto"),
        LabelSide::Below => ("middle", "0", "0.7em", "hanging"),
    };
    let is_lit = move || lit.get() == Some(place);
    // Where labels compete, the places the article speaks of most keep theirs.
    let rank = ARTICLE.places.iter().filter(|q| q.sentences.len() > p.sentences.len()).count();
    let priority = (10 + rank).to_string();
    Some(view! {
        <g
            class="map-place"
            class:is-lit=is_lit
            id=map_anchor_id(p.id)
            data-place=p.id
            data-opens-card=""
            role="button"
            tabindex="0"
            aria-label=format!("{}: what the article says here", p.name)
            on:click=move |_| open_place_from_map(place)
            on:keydown=move |ev| if on_activate_key(&ev) { open_place_from_map(place) }
        >
            <circle class="map-place__hit" cx=x cy=y />
            <circle class="map-place__dot" cx=x cy=y />
            <text
                class="map-label map-label--place"
                data-priority=priority
                x=x
                y=y
                dx=dx
                dy=dy
                text-anchor=anchor
                dominant-baseline=baseline
            >
                {p.name}
            </text>
        </g>
    })
}
