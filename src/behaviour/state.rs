//! What the reader has open or highlighted: one value, changed only through `update`, after which every part of
//! the page that shows some of it is told what changed (`show`). Events → state → page, one way; the URL fragment
//! is one more view of it.
//!
//! A plain value and a list of views rather than Leptos's signals and effects: the behaviour needs nothing finer,
//! and the reactive runtime was a third of the wasm (see ARCHITECTURE.md, "Why the island has no signals").

use super::dom;
use explainer_core::geo::map_view::{MapView, ASSUMED_WIDTH_PX};
use std::cell::RefCell;

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
}

type View = Box<dyn Fn(&State, &State)>;
type Change = Box<dyn FnOnce(&mut State)>;

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State {
        card: None,
        highlighted: Vec::new(),
        map_place: None,
        // The map's true size is read from the page when the map starts.
        map_view: MapView::whole(1.0, 1.0),
        map_width_px: ASSUMED_WIDTH_PX,
        claims_panel_open: true,
        claims_changed: 0,
        text_scale: 1,
        speaking: false,
    });
    static VIEWS: RefCell<Vec<View>> = const { RefCell::new(Vec::new()) };
    /// Changes asked for by a view while the views show an earlier one: they wait their turn, so every view sees
    /// every change, in order.
    static QUEUED: RefCell<Option<Vec<Change>>> = const { RefCell::new(None) };
}

/// The state as it is now.
pub fn now() -> State {
    STATE.with_borrow(State::clone)
}

/// Changes the state, then shows the change: each view gets the state before and after, and only for a real
/// change. A view may itself call `update` (the map zooms to a place when one is chosen): that change is shown
/// once every view has shown this one.
pub fn update(change: impl FnOnce(&mut State) + 'static) {
    let change: Change = Box::new(change);
    let mut next = QUEUED.with_borrow_mut(|queue| match queue {
        Some(waiting) => {
            waiting.push(change);
            None
        }
        None => {
            *queue = Some(Vec::new());
            Some(change)
        }
    });
    while let Some(change) = next {
        let before = now();
        let mut after = before.clone();
        change(&mut after);
        if after != before {
            STATE.with_borrow_mut(|state| *state = after.clone());
            VIEWS.with_borrow(|views| views.iter().for_each(|view| view(&before, &after)));
        }
        next = QUEUED.with_borrow_mut(|queue| {
            let waiting = queue.as_mut()?;
            if waiting.is_empty() {
                *queue = None;
                None
            } else {
                Some(waiting.remove(0))
            }
        });
    }
}

/// Adds a part of the page that shows some of the state. Called once per part, when the island starts.
pub fn show(view: impl Fn(&State, &State) + 'static) {
    VIEWS.with_borrow_mut(|views| views.push(Box::new(view)));
}

pub fn open(target: &str, anchor: &str, opened_by: OpenedBy) {
    let card = OpenCard { target: target.to_string(), anchor: anchor.to_string(), opened_by };
    update(move |s| s.card = Some(card));
}

pub fn close() {
    update(|s| s.card = None);
}

/// Closes the card and gives focus back to what opened it (Esc, the close button).
pub fn close_and_return_focus() {
    if let Some(open) = now().card {
        close();
        dom::focus(&open.anchor);
    }
}

/// Lights up sentences and brings the first into view, with focus, so keyboard and screen-reader users land there
/// too. Sentences carry `tabindex="-1"`: focusable by script, not in the tab order.
pub fn show_sentences(sentences: Vec<String>) {
    if let Some(first) = sentences.first() {
        dom::scroll_to(first);
        dom::focus(first);
    }
    update(move |s| s.highlighted = sentences);
}

/// Opens a place from the map: its card, next to the map feature, and its sentences lit in the text. A click on a
/// map feature and a `#place=` link both come here.
pub fn open_place_from_map(place: &str, anchor: &str) {
    let card = OpenCard { target: place.to_string(), anchor: anchor.to_string(), opened_by: OpenedBy::Activation };
    let sentences = super::card::sentences_of(place);
    let place = place.to_string();
    update(move |s| {
        s.map_place = Some(place);
        s.highlighted = sentences;
        s.card = Some(card);
    });
}
