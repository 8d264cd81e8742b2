//! Reading aids for a classroom: larger or smaller text, reading the article aloud with the browser's own speech
//! synthesis, and a switch for cards on hover. The buttons need the app (`crate::behaviour`), which also shows
//! "Read aloud" only where the browser can speak, and the switch only where a mouse can hover. The app carries no words: the button's other label and the note for a device with no voice
//! in the page's language are here, in the page.

use crate::content::words;
use explainer_core::page::id;
use leptos::prelude::*;

#[component]
pub fn ReadingTools() -> impl IntoView {
    let w = &words().reading_tools;
    view! {
        <div class="reading-tools" role="group" aria-label=w.group.as_str()>
            <button type="button" class="tool-button" data-text-size="smaller">
                <span aria-hidden="true">"A−"</span>
                <span class="visually-hidden">{w.smaller.as_str()}</span>
            </button>
            <button type="button" class="tool-button" data-text-size="larger">
                <span aria-hidden="true">"A+"</span>
                <span class="visually-hidden">{w.larger.as_str()}</span>
            </button>
            <button
                type="button"
                class="tool-button tool-button--wide"
                data-read-aloud=""
                aria-pressed="false"
                data-words-on=w.stop_reading.as_str()
                data-words-off=w.read_aloud.as_str()
                hidden
            >
                {w.read_aloud.as_str()}
            </button>
            // The island shows it where a mouse can hover, and keeps the reader's choice.
            <button
                type="button"
                role="switch"
                class="tool-button tool-button--wide tool-switch"
                data-hover-cards=""
                aria-checked="true"
                hidden
            >
                {w.hover_cards.as_str()}
            </button>
            <p class="reading-tools__note" id=id::NO_VOICE role="status" hidden>
                {w.no_voice.as_str()}
            </p>
        </div>
    }
}
