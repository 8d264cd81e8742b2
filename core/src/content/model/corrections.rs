//! Corrections: what an editor changed after the explainer was first published, when, and which items it touched.
//! The page shows each under the headline and beside every item it touched, and the structured data lists them.

use super::{Idx, Target};

/// An item a correction touched, as the page shows it: a card (actor, place or term), a claim, or a timeline event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrected {
    Card(Target),
    Claim(Idx),
    Event(Idx),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Correction {
    /// The day it was made, `YYYY-MM-DD`.
    pub date: &'static str,
    /// What changed, in a sentence a reader understands without the old version.
    pub text: &'static str,
    /// What it touched, at least one item.
    pub items: &'static [Corrected],
}
