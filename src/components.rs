//! The views, one component per file.

pub mod actor_card;
pub mod actor_chip;
pub mod article_text;
pub mod card;
pub mod claim_item;
pub mod claims_panel;
pub mod classroom;
pub mod context_lines;
pub mod header;
pub mod icon;
pub mod locator_map;
pub mod map_feature;
pub mod map_inset;
pub mod map_place;
pub mod map_text;
pub mod mention;
pub mod mention_stepper;
pub mod place_card;
pub mod reading_tools;
pub mod sentence;
pub mod sentence_link;
pub mod show_on_map;
pub mod source_label;
pub mod sources_list;
pub mod term_card;
pub mod timeline;
