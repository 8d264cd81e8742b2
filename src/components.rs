//! The views, grouped by feature. Each feature's file is its main component and declares its children, which are
//! private to it; the few small pieces several features share sit at this level.
//!
//! - `article`: the text, sentence by sentence, with every name a control (`ArticleText`).
//! - `card`: the one card dialog and what it shows for an actor, a place or a term (`Card`).
//! - `claims`: the claims-and-responses panel (`ClaimsPanel`).
//! - `map`: the locator map, its inset and text alternative, and its pan, zoom and label decluttering (`LocatorMap`).
//! - `header`, `timeline`, `classroom`: the page's top, the timeline, and the classroom section with the sources.

pub mod article;
pub mod card;
pub mod claims;
pub mod classroom;
pub mod header;
pub mod map;
pub mod timeline;

pub mod context_lines;
pub mod icon;
pub mod sentence_link;
pub mod source_label;
