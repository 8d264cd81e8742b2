//! Map geometry: the projection (build time), and the projected shapes the app draws.

#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod projection;
mod shapes;
pub mod callouts;
pub mod coordinates;

pub use shapes::*;
