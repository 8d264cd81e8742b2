//! What the reader has open or highlighted: one small struct of signals, made once by the island and handed to
//! each behaviour. Events write it; effects write it back into the page. The URL fragment is a serialisation of it.

use explainer_core::geo::map_view::{MapView, ASSUMED_WIDTH_PX};
use leptos::prelude::*;

/// How a card was opened decides whether focus moves into it: a click, tap or key does; resting the mouse does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenedBy {
    Activation,
    Hover,
}

/// The open card.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenCard {
    /// The id of what it is about: a name's `data-target`, whose card is prerendered as `#card-<id>`.
    pub target: String,
    /// DOM id of what opened it (a name in the text, a name in the claims panel, a map feature): the card sits
    /// next to it and gives focus back to it.
    pub anchor: String,
    pub opened_by: OpenedBy,
}

#[derive(Debug, Clone, Copy)]
pub struct State {
    pub card: RwSignal<Option<OpenCard>>,
    /// Sentence ids lit up by a quote link, a place or read-aloud.
    pub highlighted: RwSignal<Vec<String>>,
    /// The place chosen on the map or with "Show on map".
    pub map_place: RwSignal<Option<String>>,
    pub map_view: RwSignal<MapView>,
    /// The map's drawn width in CSS pixels, measured.
    pub map_width_px: RwSignal<f64>,
    pub claims_panel_open: RwSignal<bool>,
    /// Ticks when a claim opens or closes. Which claims are open is not kept here: each claim's `<details>` says.
    pub claims_changed: RwSignal<u32>,
}

impl State {
    pub fn new() -> Self {
        State {
            card: RwSignal::new(None),
            highlighted: RwSignal::new(Vec::new()),
            map_place: RwSignal::new(None),
            // The map's true size is read from the page when the map starts.
            map_view: RwSignal::new(MapView::whole(1.0, 1.0)),
            map_width_px: RwSignal::new(ASSUMED_WIDTH_PX),
            claims_panel_open: RwSignal::new(true),
            claims_changed: RwSignal::new(0),
        }
    }

    pub fn open(&self, target: &str, anchor: &str, opened_by: OpenedBy) {
        self.card.set(Some(OpenCard { target: target.to_string(), anchor: anchor.to_string(), opened_by }));
    }

    pub fn close(&self) {
        self.card.set(None);
    }

    /// Closes the card and gives focus back to what opened it (Esc, the close button).
    pub fn close_and_return_focus(&self) {
        if let Some(open) = self.card.get_untracked() {
            self.close();
            super::dom::focus(&open.anchor);
        }
    }

    /// Lights up sentences and brings the first into view, with focus, so keyboard and screen-reader users land
    /// there too. Sentences carry `tabindex="-1"`: focusable by script, not in the tab order.
    pub fn show_sentences(&self, sentences: Vec<String>) {
        if let Some(first) = sentences.first() {
            super::dom::scroll_to(first);
            super::dom::focus(first);
        }
        self.highlighted.set(sentences);
    }

    /// Opens a place from the map: its card, next to the map feature, and its sentences lit in the text. A click on a
    /// map feature and a `#place=` link both come here.
    pub fn open_place_from_map(&self, place: &str, anchor: &str) {
        self.map_place.set(Some(place.to_string()));
        self.highlighted.set(super::card::sentences_of(place));
        self.open(place, anchor, OpenedBy::Activation);
    }
}
