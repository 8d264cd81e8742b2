//! What the reader has open or highlighted. One small struct of signals, provided once via context:
//! mentions, cards, the claims panel and the map read it to highlight themselves and write it when activated.

use explainer_core::content::{Idx, Target};
use leptos::prelude::*;

/// How a card was opened decides whether focus moves into it: a click, tap or key does; resting the mouse does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenedBy {
    Activation,
    Hover,
}

/// The open card: what it is about, and the element it sits next to and returns focus to.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenCard {
    pub target: Target,
    /// DOM id of the element that opened the card (a mention button, a map feature, a name in the claims panel).
    pub anchor: String,
    /// The mention the card is "at", for "2 of 5" and previous/next; `None` when opened from outside the text.
    pub mention: Option<Idx>,
    pub opened_by: OpenedBy,
}

#[derive(Debug, Clone, Copy)]
pub struct Selection {
    pub card: RwSignal<Option<OpenCard>>,
    /// Sentences lit up by a quote link, a place or a timeline event.
    pub highlighted: RwSignal<Vec<Idx>>,
    /// The place lit on the map.
    pub map_place: RwSignal<Option<Idx>>,
    /// Claims whose responses are shown, in content order.
    pub open_claims: RwSignal<Vec<Idx>>,
    /// The whole claims panel can fold away.
    pub claims_panel_open: RwSignal<bool>,
}

impl Selection {
    pub fn open(&self, card: OpenCard) {
        self.card.set(Some(card));
    }

    pub fn close(&self) {
        self.card.set(None);
    }

    /// Lights up sentences and brings the first into view, with focus, so keyboard and screen-reader users land
    /// there too. Sentences carry `tabindex="-1"`: focusable by script, not in the tab order.
    pub fn show_sentences(&self, sentences: &[Idx]) {
        self.highlighted.set(sentences.to_vec());
        if let Some(&first) = sentences.first() {
            let id = crate::content::ARTICLE.sentences[first as usize].id;
            crate::dom::scroll_to(id, false);
            crate::dom::focus(id);
        }
    }

    pub fn set_claim_open(&self, claim: Idx, open: bool) {
        self.open_claims.update(|list| {
            list.retain(|&c| c != claim);
            if open {
                list.push(claim);
                list.sort_unstable();
            }
        });
    }

    /// The target whose mentions are lit while its card is open.
    pub fn active_target(&self) -> Option<Target> {
        self.card.with(|c| c.as_ref().map(|c| c.target))
    }
}

/// The claims the content marks as open at first (the NATO claim and its denials).
pub fn default_open_claims() -> Vec<Idx> {
    crate::content::ARTICLE.claims.iter().enumerate().filter(|(_, c)| c.expanded).map(|(i, _)| i as Idx).collect()
}

pub fn provide_selection() -> Selection {
    let selection = Selection {
        card: RwSignal::new(None),
        highlighted: RwSignal::new(Vec::new()),
        map_place: RwSignal::new(None),
        open_claims: RwSignal::new(default_open_claims()),
        claims_panel_open: RwSignal::new(true),
    };
    provide_context(selection);
    selection
}

pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}
