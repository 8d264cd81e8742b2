//! A place on the map: a marker with its name, a finger-sized hit area, and the name on the side the build chose
//! (`geo::label_layout`: the content's preferred side where it fits). The offsets here are the ones that layout
//! measures with (`LabelSide::extent_em`).

use super::feature::{map_anchor_id, MapFeature};
use crate::content::ARTICLE;
use explainer_core::content::{Idx, LabelSide};
use leptos::prelude::*;

#[component]
pub fn MapPlace(place: Idx) -> Option<impl IntoView> {
    let p = &ARTICLE.places[place as usize];
    let (x, y) = p.map?;
    // Offsets in em, so they follow the label size, which CSS keeps constant on screen (see style/map.css).
    let (anchor, dx, dy, baseline) = match p.label {
        LabelSide::Right => ("start", "0.7em", "0", "central"),
        LabelSide::Left => ("end", "-0.7em", "0", "central"),
        LabelSide::Above => ("middle", "0", "-0.7em", "auto"),
        LabelSide::Below => ("middle", "0", "0.7em", "hanging"),
        LabelSide::AboveRight => ("start", "0.45em", "-0.45em", "auto"),
        LabelSide::BelowRight => ("start", "0.45em", "0.45em", "hanging"),
        LabelSide::AboveLeft => ("end", "-0.45em", "-0.45em", "auto"),
        LabelSide::BelowLeft => ("end", "-0.45em", "0.45em", "hanging"),
    };
    // Where labels compete, the places the article speaks of most keep theirs.
    let rank = ARTICLE.places.iter().filter(|q| q.sentences.len() > p.sentences.len()).count();
    let priority = (10 + rank).to_string();
    Some(view! {
        <MapFeature place=place id=map_anchor_id(p.id) class="map-place" label=format!("{}: what the article says here", p.name)>
            <circle class="map-place__hit" cx=x cy=y />
            <circle class="map-place__dot" cx=x cy=y />
            <text class="map-label map-label--place" data-priority=priority.clone() x=x y=y dx=dx dy=dy text-anchor=anchor dominant-baseline=baseline>
                {p.name}
            </text>
        </MapFeature>
    })
}
