//! "Show on map": once the app runs, lights the place on the locator map, zooms to it and brings the map into view
//! (`data-show-place`). Before that it needs the app, so a card sheet keeps it hidden.

use crate::content::{article, words};
use leptos::prelude::*;

#[component]
pub fn ShowOnMap(place: &'static str) -> impl IntoView {
    debug_assert!(article().places.iter().any(|p| p.id == place), "a place of the content");
    view! {
        <button type="button" class="show-on-map" data-opens-card="" data-show-place=place>
            {words().card.show_on_map.as_str()}
        </button>
    }
}
