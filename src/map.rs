//! The locator map's browser-side logic: pan/zoom state, gestures, and label decluttering. The geometry itself is
//! projected at build time (`explainer_core::geo`); the views are in `components/locator_map.rs` and friends.

pub mod declutter;
pub mod gestures;
pub mod view;
