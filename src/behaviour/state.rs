//! What the reader has open or highlighted: one value (`explainer_core::reading_state::State`, where the
//! decisions about it are, tested natively), changed only through `update`, after which every part of the page
//! that shows some of it is told what changed (`show`). Events → state → page, one way; the URL fragment is one
//! more view of it. Nothing here touches the page: the parts do.
//!
//! A plain value and a list of views rather than Leptos's signals and effects: the behaviour needs nothing finer,
//! and the reactive runtime was a third of the wasm (see ARCHITECTURE.md, "Why the island has no signals").

pub use explainer_core::reading_state::{OpenCard, OpenedBy, State};
use std::cell::RefCell;

type View = Box<dyn Fn(&State, &State)>;
type Change = Box<dyn FnOnce(&mut State)>;

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
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
