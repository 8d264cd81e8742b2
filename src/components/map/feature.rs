//! A map feature that opens its place's card (and lights its sentences) on click, tap, Enter or Space, once the app
//! runs. Markers, borders, country names and the inset's points all use it. It says which place it shows
//! (`data-place`) and, where the place has one, its point on the map (`data-x`, `data-y`), which "Show on map"
//! zooms to.

use crate::content::article;
use explainer_core::content::Idx;
pub use explainer_core::page::map_feature_id as map_anchor_id;
use leptos::prelude::*;

#[component]
pub fn MapFeature<C: IntoView + 'static>(
    place: Idx,
    /// Unique DOM id: the card sits next to this element and returns focus to it.
    #[prop(into)]
    id: String,
    #[prop(into)] class: String,
    /// Accessible name; must contain the feature's visible text.
    #[prop(into)]
    label: String,
    /// The Natural Earth country a country's name belongs to, for the checks that the name sits inside it.
    #[prop(optional)]
    country: Option<&'static str>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let p = article().places[place as usize];
    let point = p.map.map(|(x, y)| (format!("{x:.2}"), format!("{y:.2}")));
    let (x, y) = point.unzip();
    view! {
        <g
            class=class
            id=id
            data-place=p.id
            data-x=x
            data-y=y
            data-country=country
            data-opens-card=""
            role="button"
            tabindex="0"
            aria-label=label
        >
            {children.into_inner()()}
        </g>
    }
}
