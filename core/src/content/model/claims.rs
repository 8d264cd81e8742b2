//! Claims and their responses, each in the article's exact words, as the claims panel shows them. Nothing here
//! rates a claim.

use super::{ContextLine, Idx, Quote};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum ClaimForm {
    Quoted,
    Reported,
    Implied,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The content file spells each variant in kebab-case ("tweet-credit", "counter-claim"); serde checks the list.
#[cfg_attr(feature = "load", derive(serde::Deserialize), serde(rename_all = "kebab-case"))]
pub enum ResponseKind {
    Denial,
    Rejection,
    CounterClaim,
    CounterAction,
    CounterCharacterisation,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claim {
    pub id: &'static str,
    pub reference: &'static str,
    pub topic: &'static str,
    pub by: &'static [Idx],
    pub by_note: Option<&'static str>,
    pub form: ClaimForm,
    pub quote: Quote,
    pub expanded: bool,
    pub responses: &'static [Response],
    pub no_response_note: Option<&'static str>,
    pub context: &'static [ContextLine],
    /// How the article itself words the claim: shown as the article's words, never as a response.
    pub framing: Option<Framing>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Framing {
    pub quote: Quote,
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Response {
    pub by: &'static [Idx],
    pub kind: ResponseKind,
    pub kind_note: Option<&'static str>,
    pub quote: Quote,
    pub note: Option<&'static str>,
}
