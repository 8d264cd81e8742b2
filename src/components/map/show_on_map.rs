//! "Show on map": lights the place on the locator map and brings the map into view.

use crate::content::ARTICLE;
use crate::dom;
use crate::state::use_selection;
use leptos::prelude::*;

pub const MAP_ID: &str = "map";

#[component]
pub fn ShowOnMap(place: &'static str) -> impl IntoView {
    let selection = use_selection();
    let index = ARTICLE.places.iter().position(|p| p.id == place).map(|i| i as u16);
    view! {
        <button
            type="button"
            class="show-on-map"
            data-opens-card=""
            on:click=move |_| {
                selection.map_place.set(index);
                selection.close();
                dom::scroll_to(MAP_ID);
            }
        >
            "Show on map"
        </button>
    }
}
