//! The page's behaviour: the one Leptos island, and the browser code it starts.
//!
//! The prerendered page is the content. Every name already links to its card (a sheet in the page), every claim is
//! a `<details>`, the map is drawn. This island has no view of its own: it adds what only a script can do, over the
//! markup that is there, by delegating events to it and writing classes and attributes back.
//!
//! - `state`: what the reader has open, one value with a list of views; everything below reads and writes it.
//! - `names`: names in the text and in the claims panel: click, tap, Enter, Space, and resting the mouse.
//! - `card`: the one card dialog, placed beside what opened it; it adopts the card's prerendered content.
//! - `sentences`: quote links light up their sentence.
//! - `map`: pan and zoom, labels that never overlap, features that open their place's card.
//! - `claims`: the panel's fold and expand-all buttons; claims open and close natively.
//! - `url`: deep links in and out of the fragment. `reading_tools`: text size, speech, cards on hover.
//!
//! An embedded page's height is told to its host by `public/embed-child.js`, not here: it must work where the wasm
//! cannot run (a WordPress embed's sandbox).
//! - `dom`: the browser calls they share, each tolerating a missing element.
//!
//! Why one island rather than many: a name is a link inside a paragraph, and there are over a hundred of them; an
//! island per name would wrap each in an element and ship its props, where one delegated listener serves them
//! all. The card, the map and the claims share one state, which islands could only share through a global.
//! Nothing here reads the content model: what a behaviour needs, the page says in `data-` attributes.

#[cfg(feature = "hydrate")]
mod card;
#[cfg(feature = "hydrate")]
mod claims;
#[cfg(feature = "hydrate")]
mod dom;
#[cfg(feature = "hydrate")]
mod map;
#[cfg(feature = "hydrate")]
mod names;
#[cfg(feature = "hydrate")]
mod reading_tools;
#[cfg(feature = "hydrate")]
mod sentences;
#[cfg(feature = "hydrate")]
mod sheets;
#[cfg(feature = "hydrate")]
mod state;
#[cfg(feature = "hydrate")]
mod url;

use leptos::prelude::*;

/// The island. The prerender writes it as an empty `<leptos-island>` at the end of the page; in the browser,
/// `public/boot.js` calls it once the wasm has arrived, after the page has painted.
#[island]
pub fn Behaviour() -> impl IntoView {
    start();
}

/// In a debug build, a panic is written to the console with its message and place. A release build aborts
/// (`panic = "abort"`) and carries none of the formatting this needs: no panic reaches the reader either way.
#[cfg(all(feature = "hydrate", debug_assertions))]
fn log_panics() {
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
}

/// Each part adds its view of the state and its listeners; the URL goes last, since applying a deep link needs
/// the others listening.
#[cfg(feature = "hydrate")]
fn start() {
    #[cfg(debug_assertions)]
    log_panics();
    // One listener for each kind of event, for the whole page: each part looks at what the event came from and acts
    // on its own controls only.
    dom::on_window("click", |ev: web_sys::MouseEvent| {
        card::on_click(&ev);
        names::on_click(&ev);
        sentences::on_click(&ev);
        claims::on_click(&ev);
        map::on_click(&ev);
        reading_tools::on_click(&ev);
    });
    dom::on_window("keydown", |ev: web_sys::KeyboardEvent| {
        card::on_key(&ev);
        names::on_key(&ev);
        map::on_key(&ev);
    });
    card::start();
    names::start();
    sentences::start();
    claims::start();
    map::start();
    reading_tools::start();
    url::start();
}

/// The prerender only writes the island's tag.
#[cfg(not(feature = "hydrate"))]
fn start() {}
