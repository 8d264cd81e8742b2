//! Pure logic of the explainer, shared by the prerender, the authoring tools, the wasm's island and native tests.
//! Nothing here touches a browser.

#[cfg(feature = "load")]
pub mod article_files;
#[cfg(feature = "load")]
pub mod claims_json;
#[cfg(feature = "load")]
pub mod cli;
pub mod content;
pub mod deep_link;
pub mod geo;
#[cfg(feature = "load")]
mod leak;
pub mod line;
#[cfg(feature = "load")]
pub mod locale;
pub mod number;
#[cfg(feature = "load")]
pub mod oembed;
pub mod page;
#[cfg(feature = "load")]
pub mod page_shell;
pub mod placement;
pub mod reading_state;
pub mod share_card;
#[cfg(feature = "load")]
pub mod site;
#[cfg(feature = "load")]
pub mod site_index;
pub mod stepper;
#[cfg(feature = "load")]
pub mod structured_data;
pub mod voices;
#[cfg(feature = "load")]
pub mod words;
