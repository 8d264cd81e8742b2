//! What the reader has open or highlighted, and the island's decisions about it that need no browser: what a tap
//! on a name does, which places the map lights, what the URL says. The island (`src/behaviour/state.rs`) keeps one
//! `State` and shows every change; the page answers the questions these decisions ask (a sheet's kind, an
//! actor's places), passed in as functions so they are tested here, natively.

use crate::deep_link::DeepLink;
use crate::geo::map_view::{MapView, ASSUMED_WIDTH_PX};

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

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub card: Option<OpenCard>,
    /// Sentence ids lit up by a quote link, a place or read-aloud.
    pub highlighted: Vec<String>,
    /// The place chosen on the map or with "Show on map".
    pub map_place: Option<String>,
    pub map_view: MapView,
    /// The map's drawn width in CSS pixels, measured.
    pub map_width_px: f64,
    pub claims_panel_open: bool,
    /// Counts claims opened or closed. Which claims are open is not kept here: each claim's `<details>` says.
    pub claims_changed: u32,
    /// Index into the reading tools' text sizes.
    pub text_scale: usize,
    pub speaking: bool,
    /// Whether resting the mouse on a name opens its card: the reader can turn it off (WCAG 2.2, 1.4.13).
    pub hover_cards: bool,
}

impl Default for State {
    /// A page just opened: nothing open but the claims panel; the map's true size is read when the map starts.
    fn default() -> Self {
        State {
            card: None,
            highlighted: Vec::new(),
            map_place: None,
            map_view: MapView::whole(1.0, 1.0),
            map_width_px: ASSUMED_WIDTH_PX,
            claims_panel_open: true,
            claims_changed: 0,
            text_scale: 1,
            speaking: false,
            hover_cards: true,
        }
    }
}

impl State {
    /// The card after a click, tap, Enter or Space on a name: a card pinned open at this very name closes (the
    /// name toggles it); otherwise the name's card opens there, pinned, even over one the mouse opened.
    pub fn card_after_activating(&self, target: &str, anchor: &str) -> Option<OpenCard> {
        let pinned_here = self.card.as_ref().is_some_and(|c| c.anchor == anchor && c.opened_by == OpenedBy::Activation);
        (!pinned_here).then(|| OpenCard {
            target: target.to_string(),
            anchor: anchor.to_string(),
            opened_by: OpenedBy::Activation,
        })
    }

    /// What the map lights: the open card's place, or the places the article ties the open card's actor to
    /// (Poland's card lights Poland; Lukashenko's, Grodno); else the last place chosen. `kind_of` and `places_of`
    /// read the card sheets.
    pub fn lit_places(
        &self,
        kind_of: impl Fn(&str) -> Option<String>,
        places_of: impl Fn(&str) -> Vec<String>,
    ) -> Vec<String> {
        if let Some(open) = &self.card {
            if kind_of(&open.target).as_deref() == Some("place") {
                return vec![open.target.clone()];
            }
            let places = places_of(&open.target);
            if !places.is_empty() {
                return places;
            }
        }
        self.map_place.iter().cloned().collect()
    }

    /// The open card, if the reader opened it on purpose (a click, a tap, a key): the only card a link names. A card
    /// the mouse opened is the pointer's passing, not the reader's choice.
    pub fn card_opened_on_purpose(&self) -> Option<&OpenCard> {
        self.card.as_ref().filter(|c| c.opened_by == OpenedBy::Activation)
    }

    /// The deep link for this state, defaults left out so a fresh page keeps a clean URL: the claims only when
    /// they differ from the defaults, and a card only when it was opened on purpose. A place's card opened on the
    /// map is said by `place=` alone, which reopens it there; `card=` reopens a card at the first mention in the
    /// text. `at_a_name_in_the_text` says whether an anchor is such a name.
    pub fn deep_link(
        &self,
        open_claims: Vec<String>,
        default_claims: &[String],
        at_a_name_in_the_text: impl Fn(&str) -> bool,
    ) -> DeepLink {
        let claims = (open_claims != default_claims).then_some(open_claims);
        let place = self.map_place.clone();
        let card = self
            .card_opened_on_purpose()
            .filter(|c| place.as_ref() != Some(&c.target) || at_a_name_in_the_text(&c.anchor))
            .map(|c| c.target.clone());
        DeepLink { claims, card, place }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(target: &str, anchor: &str, opened_by: OpenedBy) -> State {
        let card = Some(OpenCard { target: target.into(), anchor: anchor.into(), opened_by });
        State { card, ..State::default() }
    }

    #[test]
    fn a_tap_opens_a_card_pinned_and_a_second_tap_on_the_same_name_closes_it() {
        let opened = State::default().card_after_activating("nato", "m3");
        assert_eq!(
            opened,
            Some(OpenCard { target: "nato".into(), anchor: "m3".into(), opened_by: OpenedBy::Activation })
        );
        assert_eq!(open("nato", "m3", OpenedBy::Activation).card_after_activating("nato", "m3"), None);
    }

    #[test]
    fn a_tap_pins_a_card_the_mouse_opened_and_another_name_of_the_same_subject_moves_it() {
        let hovered = open("nato", "m3", OpenedBy::Hover);
        assert_eq!(hovered.card_after_activating("nato", "m3").map(|c| c.opened_by), Some(OpenedBy::Activation));
        let pinned = open("nato", "m3", OpenedBy::Activation);
        assert_eq!(pinned.card_after_activating("nato", "m9").map(|c| c.anchor), Some("m9".to_string()));
    }

    fn kinds(id: &str) -> Option<String> {
        match id {
            "grodno" | "poland" => Some("place".into()),
            "lukashenko" | "tass" => Some("actor".into()),
            _ => None,
        }
    }

    fn places(id: &str) -> Vec<String> {
        if id == "lukashenko" {
            vec!["grodno".into()]
        } else {
            Vec::new()
        }
    }

    #[test]
    fn the_map_lights_a_places_card_an_actors_places_or_else_the_place_chosen() {
        assert_eq!(open("grodno", "m1", OpenedBy::Hover).lit_places(kinds, places), vec!["grodno"]);
        assert_eq!(open("lukashenko", "m2", OpenedBy::Activation).lit_places(kinds, places), vec!["grodno"]);
        let chosen = State { map_place: Some("poland".into()), ..open("tass", "m4", OpenedBy::Activation) };
        assert_eq!(chosen.lit_places(kinds, places), vec!["poland"]);
        assert!(State::default().lit_places(kinds, places).is_empty());
    }

    #[test]
    fn the_url_says_only_what_differs_from_a_fresh_page() {
        let defaults = vec!["nato-troops".to_string()];
        let fresh = State::default().deep_link(defaults.clone(), &defaults, |_| true);
        assert_eq!(fresh, DeepLink::default());
        let closed = State::default().deep_link(Vec::new(), &defaults, |_| true);
        assert_eq!(closed.claims, Some(Vec::new()));
        let hovered = open("nato", "m3", OpenedBy::Hover).deep_link(defaults.clone(), &defaults, |_| true);
        assert_eq!(hovered.card, None, "a card the mouse opened is not a link");
    }

    #[test]
    fn a_place_opened_on_the_map_is_said_by_place_alone_but_at_a_name_also_by_card() {
        let on_map = State { map_place: Some("grodno".into()), ..open("grodno", "map-grodno", OpenedBy::Activation) };
        let link = on_map.deep_link(Vec::new(), &[], |anchor| !anchor.starts_with("map-"));
        assert_eq!((link.card, link.place.as_deref()), (None, Some("grodno")));
        let at_name = State { map_place: Some("grodno".into()), ..open("grodno", "m7", OpenedBy::Activation) };
        let link = at_name.deep_link(Vec::new(), &[], |anchor| !anchor.starts_with("map-"));
        assert_eq!((link.card.as_deref(), link.place.as_deref()), (Some("grodno"), Some("grodno")));
    }
}
