//! The content model: one article, its actors, places, claims and timeline, as validated data.

mod model;
pub mod text;

#[cfg(feature = "load")]
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod sentences;
#[cfg(feature = "load")]
pub mod skeleton;
#[cfg(feature = "load")]
mod source;
#[cfg(feature = "load")]
mod sourcing_rules;

pub use model::*;
#[cfg(feature = "load")]
mod citations;
mod queries;
