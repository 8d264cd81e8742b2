//! Map geometry: the projection (build time), and the projected shapes the app draws.

pub mod callouts;
pub mod coordinates;
#[cfg(feature = "load")]
pub mod country_name;
pub mod declutter;
#[cfg(feature = "load")]
pub mod extract;
pub mod label_layout;
pub mod label_side;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub(crate) mod map_names;
pub mod map_view;
#[cfg(feature = "load")]
pub mod projection;
pub mod region;
mod shapes;
#[cfg(feature = "load")]
pub mod svg_path;

pub use region::Region;
pub use shapes::*;
