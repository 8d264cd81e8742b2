//! The page contract: every name the prerendered page and the island (the wasm) both use, written once. The views
//! write these ids, classes and `data-` attributes into the page; the island finds what it needs by them. A rename
//! here is a rename on both sides, and `tests/page_contract.rs` renders every article and checks that each selector
//! the island looks up (`SELECTORS`) finds something in the page, and that each class it toggles has a style.
//!
//! Plain strings, no browser types: the core knows nothing of the browser.

/// Ids of elements the page has once.
pub mod id {
    /// Every id the page must have (`CARD` is made in the browser, from the template), for
    /// the page-contract test.
    pub const IN_THE_PAGE: [&str; 9] =
        [APP, CARD_TEMPLATE, MAP, MAP_SVG, MAP_STAGE, CLAIMS_CONTENT, EDITION_UPDATED, EDITION_SAVED, NO_VOICE];
    /// The app's root, which the island's card dialog is added to.
    pub const APP: &str = "app";
    /// The open card dialog (cloned from `CARD_TEMPLATE` while a card is open).
    pub const CARD: &str = "card";
    pub const CARD_TEMPLATE: &str = "card-template";
    pub const MAP: &str = "map";
    pub const MAP_SVG: &str = "map-svg";
    pub const MAP_STAGE: &str = "map-stage";
    pub const CLAIMS_CONTENT: &str = "claims-content";
    /// The notes `public/boot.js` shows: the explainer changed since the last visit; the reader is offline.
    pub const EDITION_UPDATED: &str = "edition-updated";
    pub const EDITION_SAVED: &str = "edition-saved";
    /// Read-aloud's note that the device has no voice in the page's language.
    pub const NO_VOICE: &str = "no-voice";
}

/// The prefix of a card sheet's id, `card-<id>`: also the fragment a name links to before the island runs.
pub const SHEET_PREFIX: &str = "card-";
/// The prefix of a claim's id, `claim-<id>`.
pub const CLAIM_PREFIX: &str = "claim-";

/// A card's prerendered sheet: `card-<id>`, where `<id>` is an actor's, a place's or a glossary term's id.
pub fn sheet_id(target: &str) -> String {
    format!("{SHEET_PREFIX}{target}")
}

/// The part of a sheet the card dialog adopts while it is open.
pub fn sheet_content_id(target: &str) -> String {
    format!("{SHEET_PREFIX}{target}-content")
}

/// A card's title, which labels the sheet and the dialog.
pub fn sheet_title_id(target: &str) -> String {
    format!("{SHEET_PREFIX}{target}-title")
}

/// The map feature of a place, a border or a country that a card opens beside.
pub fn map_feature_id(place: &str) -> String {
    format!("{}-{place}", id::MAP)
}

/// A claim's `<details>`.
pub fn claim_id(claim: &str) -> String {
    format!("{CLAIM_PREFIX}{claim}")
}

// The selector builders below spell their names out: one format string each costs the wasm less than one made of
// the constants (measured: the first view's byte budget has no room for it). The tests check they agree.

/// The names of a target in the text, all of them.
pub fn mentions_of(target: &str) -> String {
    format!(".mention[data-target=\"{target}\"]")
}

/// A place's features on the map.
pub fn features_of(place: &str) -> String {
    format!("#map [data-place=\"{place}\"]")
}

/// A place's features that say where its point is.
pub fn points_of(place: &str) -> String {
    format!("#map-svg [data-place=\"{place}\"][data-x]")
}

/// A text-size button (`smaller` or `larger`).
pub fn text_size_button(which: &str) -> String {
    format!("[data-text-size=\"{which}\"]")
}

/// The `data-` attributes the island reads. The view side writes them literally (`data-target=…` is view syntax);
/// the page-contract test checks each is in the page.
pub mod attr {
    /// A name's card: the id of what it is about.
    pub const TARGET: &str = "data-target";
    /// A sheet's kind: `actor`, `place` or `term`.
    pub const KIND: &str = "data-kind";
    /// An actor's sheet: the places its card lights on the map.
    pub const PLACES: &str = "data-places";
    /// A place's sheet: the sentences its card lights in the text.
    pub const SENTENCES: &str = "data-sentences";
    /// The stepper's buttons: `previous` or `next`.
    pub const STEP: &str = "data-step";
    /// A map feature's place.
    pub const PLACE: &str = "data-place";
    /// A map feature that opens its place's card.
    pub const OPENS_CARD: &str = "data-opens-card";
    /// A place's point on the map, in SVG units.
    pub const X: &str = "data-x";
    pub const Y: &str = "data-y";
    pub const UNITS_PER_KM: &str = "data-units-per-km";
    /// The zoom buttons: `in`, `out` or `reset`.
    pub const MAP_ZOOM: &str = "data-map-zoom";
    /// "Show on map" buttons: the place they show.
    pub const SHOW_PLACE: &str = "data-show-place";
    /// A map name's rank when names collide (lower stays).
    pub const PRIORITY: &str = "data-priority";
    /// The claims panel's "Expand all" and "Collapse all": `expand` or `collapse`.
    pub const CLAIMS: &str = "data-claims";
    /// A claim open when the page opens.
    pub const DEFAULT_OPEN: &str = "data-default-open";
    /// A quote's link to its sentence.
    pub const SENTENCE: &str = "data-sentence";
    /// A paragraph of the article.
    pub const PARAGRAPH: &str = "data-paragraph";
    pub const READ_ALOUD: &str = "data-read-aloud";
    /// The text-size buttons: `smaller` or `larger`.
    pub const TEXT_SIZE: &str = "data-text-size";
    /// The switch for cards on hover.
    pub const HOVER_CARDS: &str = "data-hover-cards";
    /// On `<html>`: the article's id, which keys what is kept per article.
    pub const ARTICLE: &str = "data-article";
    /// On `<html>`, set by `public/boot.js` before the island runs: the name tapped before then.
    pub const SHEET_FROM: &str = "data-sheet-from";
    /// On the open card: whether it sits above or below its name.
    pub const SIDE: &str = "data-side";
    /// On a button that toggles (read aloud, the claims panel's fold): its label when on and when off, in the
    /// page's language. The island carries no words; it picks one of these.
    pub const WORDS_ON: &str = "data-words-on";
    pub const WORDS_OFF: &str = "data-words-off";
    /// On a card's stepper status: "Mention {n} of {total}" in the page's language, the count it says when the
    /// card is at no mention, and the language's ten digits, zero first.
    pub const WORDS_AT: &str = "data-words-at";
    pub const WORDS_COUNT: &str = "data-words-count";
    pub const DIGITS: &str = "data-digits";
    /// On the map's scale bar: "{n} km" in the page's language, which the island fills in as the map zooms.
    pub const WORDS_KM: &str = "data-words-km";
    /// Every attribute the page must have (`SHEET_FROM` and `SIDE` are set in the browser), for the page-contract
    /// test.
    pub const IN_THE_PAGE: [&str; 26] = [
        TARGET,
        KIND,
        PLACES,
        SENTENCES,
        STEP,
        PLACE,
        OPENS_CARD,
        X,
        Y,
        UNITS_PER_KM,
        MAP_ZOOM,
        SHOW_PLACE,
        PRIORITY,
        CLAIMS,
        DEFAULT_OPEN,
        SENTENCE,
        PARAGRAPH,
        READ_ALOUD,
        TEXT_SIZE,
        HOVER_CARDS,
        ARTICLE,
        WORDS_ON,
        WORDS_OFF,
        WORDS_AT,
        WORDS_COUNT,
        DIGITS,
    ];
}

/// Classes the island sets and clears; each has its look in `style/`.
pub mod state_class {
    /// Every class here, for the page-contract test.
    pub const ALL: [&str; 3] = [LIT, HIDDEN, HIGHLIGHTED];
    /// Inside something lit.
    pub const IN_LIT: &str = ".is-lit";
    /// A name or a map feature of the open card.
    pub const LIT: &str = "is-lit";
    /// A map name that collides with one ranked higher.
    pub const HIDDEN: &str = "is-hidden";
    /// A sentence a quote, a place or read-aloud points at.
    pub const HIGHLIGHTED: &str = "is-highlighted";
}

/// Plain class names the island tests an element for, or finds elements by.
pub mod class {
    pub const MENTION: &str = "mention";
    /// What sits over the map, which names keep clear of: the buttons, the inset, the scale bar.
    pub const MAP_CONTROLS: &str = "map__controls";
    pub const MAP_INSET: &str = "map-inset";
    pub const MAP_SCALE: &str = "map-scale";
    /// Every class here, for the page-contract test.
    pub const ALL: [&str; 4] = [MENTION, MAP_CONTROLS, MAP_INSET, MAP_SCALE];
}

/// The part of the page a selector for the open card (`#card …`) looks in before the island runs: the sheets,
/// whose content the dialog adopts.
pub fn before_the_card_opens(selector: &str) -> &str {
    selector.strip_prefix("#card ").unwrap_or(selector)
}

/// What a page may lack, so the island must do without: a map not drawn to scale has no scale bar, and a map
/// without an inset has none. Each is still in some article's page.
pub const OPTIONAL: [&str; 2] = [selector::MAP_SCALE, ".map-inset"];

/// Declares the selectors and lists them for the page-contract test.
macro_rules! selectors {
    ($($(#[$doc:meta])* $name:ident = $value:expr;)*) => {
        /// The selectors the island looks up in the page.
        pub mod selector {
            $($(#[$doc])* pub const $name: &str = $value;)*
        }
        /// Every selector the island looks up, by name, for the test that each finds something in the page.
        pub const SELECTORS: &[(&str, &str)] = &[$((stringify!($name), selector::$name)),*];
    };
}

selectors! {
    /// A name in the text.
    MENTION = ".mention";
    /// A name that opens its card: in the text, or in the claims panel.
    NAME = ".mention, .actor-chip";
    /// Where a tap keeps the open card open.
    INSIDE_CARD_OR_NAME = "#card, .mention, .actor-chip, [data-opens-card]";
    /// The open card's close button, and its stepper's (in the dialog, which adopts a sheet's content).
    CARD_CLOSE = "#card .card__close";
    STEPPER_BUTTON = "#card .stepper__button";
    STEPPER_STATUS = ".stepper__status";
    CLAIM = "details.claim__details";
    CLAIMS_FOLD = ".claims__fold";
    CLAIMS_BUTTON = "[data-claims]";
    MAP_FEATURE = "#map [data-place][data-opens-card]";
    SHOW_ON_MAP = ".show-on-map[data-show-place]";
    MAP_ZOOM = "[data-map-zoom]";
    MAP_SCALE = ".map-scale";
    MAP_LABEL = ".map-label";
    MAP_COUNTRY_NAME_HIT = ".map-country-name__hit";
    SENTENCE_LINK = ".sentence-link[data-sentence]";
    PARAGRAPH = "#article [data-paragraph]";
    SENTENCE = ".sentence";
    READ_ALOUD = "[data-read-aloud]";
    TEXT_SIZE = "[data-text-size]";
    HOVER_CARDS = "[data-hover-cards]";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spelled_out_selectors_agree_with_the_names() {
        assert_eq!(mentions_of("x"), format!("{}[{}=\"x\"]", selector::MENTION, attr::TARGET));
        assert_eq!(features_of("x"), format!("#{} [{}=\"x\"]", id::MAP, attr::PLACE));
        assert_eq!(points_of("x"), format!("#{} [{}=\"x\"][{}]", id::MAP_SVG, attr::PLACE, attr::X));
        assert_eq!(text_size_button("x"), format!("[{}=\"x\"]", attr::TEXT_SIZE));
        assert_eq!(state_class::IN_LIT, format!(".{}", state_class::LIT));
        assert_eq!(selector::MENTION, format!(".{}", class::MENTION));
        assert_eq!(sheet_id("x"), format!("{SHEET_PREFIX}x"));
        assert!(selector::INSIDE_CARD_OR_NAME.starts_with(&format!("#{}, ", id::CARD)));
        for s in [selector::CARD_CLOSE, selector::STEPPER_BUTTON] {
            assert!(s.starts_with(&format!("#{} ", id::CARD)), "{s}");
        }
    }
}
