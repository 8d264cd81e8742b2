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

/// One boolean signal per item (a name in the text, a sentence), kept in step with the selection by one effect.
///
/// If each of the article's 112 names read `card` itself, every change would wake all of them, and each wake-up
/// re-subscribes at a cost that grows with the number of subscribers. With flags, a change wakes only the items
/// whose state flips: the names of the card closed and the card opened.
#[derive(Debug, Clone, Copy)]
pub struct Flags(StoredValue<Vec<RwSignal<bool>>>);

impl Flags {
    /// `len` flags, true exactly for the indices `selected` returns; the effect re-runs when what it reads changes.
    fn follow(len: usize, selected: impl Fn() -> Vec<Idx> + 'static) -> Self {
        let flags = Flags(StoredValue::new((0..len).map(|_| RwSignal::new(false)).collect()));
        Effect::new(move |previous: Option<Vec<Idx>>| {
            let now = selected();
            flags.0.with_value(|all| {
                let put = |i: Idx, on: bool| {
                    if let Some(flag) = all.get(i as usize).filter(|f| f.get_untracked() != on) {
                        flag.set(on);
                    }
                };
                previous.iter().flatten().filter(|i| !now.contains(i)).for_each(|&i| put(i, false));
                now.iter().for_each(|&i| put(i, true));
            });
            now
        });
        flags
    }

    pub fn get(&self, index: Idx) -> bool {
        self.0.with_value(|all| all.get(index as usize).is_some_and(|flag| flag.get()))
    }
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
    /// Per name in the text: the card is open at it (`OpenCard::mention`).
    pub open_at_mention: Flags,
    /// Per name in the text: it names what the open card is about.
    pub lit_mentions: Flags,
    /// Per sentence: it is lit up (`highlighted`).
    pub lit_sentences: Flags,
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
            crate::dom::scroll_to(id);
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
    let article = &crate::content::ARTICLE;
    let card = RwSignal::new(None::<OpenCard>);
    let highlighted = RwSignal::new(Vec::new());
    let selection = Selection {
        card,
        highlighted,
        map_place: RwSignal::new(None),
        open_claims: RwSignal::new(default_open_claims()),
        claims_panel_open: RwSignal::new(true),
        open_at_mention: Flags::follow(article.mentions.len(), move || {
            card.with(|c| c.as_ref().and_then(|c| c.mention).into_iter().collect())
        }),
        lit_mentions: Flags::follow(article.mentions.len(), move || {
            card.with(|c| c.as_ref().map(|c| article.mentions_of(c.target).to_vec()).unwrap_or_default())
        }),
        lit_sentences: Flags::follow(article.sentences.len(), move || highlighted.get()),
    };
    provide_context(selection);
    selection
}

pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}
