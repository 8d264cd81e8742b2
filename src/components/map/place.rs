//! A place on the map: a marker with its name, a finger-sized hit area, and the name on the side the build chose
//! (`geo::label_layout`: the content's preferred side where it fits). The offsets here are the ones that layout
//! measures with (`LabelSide::extent_em`).

use super::feature::{map_anchor_id, MapFeature};
use super::label::MapLabel;
use crate::content::{article, words};
use explainer_core::content::Idx;
use explainer_core::line::fill;
use leptos::prelude::*;

#[component]
pub fn MapPlace(place: Idx) -> Option<impl IntoView> {
    let p = article().places[place as usize];
    let (x, y) = p.map?;
    // Where labels compete, the places the article speaks of most keep theirs.
    let rank = article().places.iter().filter(|q| q.sentences.len() > p.sentences.len()).count();
    let priority = (10 + rank).to_string();
    Some(view! {
        <MapFeature
            place=place
            id=map_anchor_id(p.id)
            class="map-place"
            label=fill(&words().map.place_says, &[("name", p.name)])
        >
            <circle class="map-place__hit" cx=x cy=y />
            <circle class="map-place__dot" cx=x cy=y />
            <MapLabel
                class="map-label map-label--place"
                priority=priority
                at=(x, y)
                offsets=p.label.text_offsets(0.0)
                text=p.name
            />
        </MapFeature>
    })
}
