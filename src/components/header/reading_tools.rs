//! Reading aids for a classroom: larger or smaller text, and reading the article aloud with the browser's own
//! speech synthesis. The buttons need the app (`crate::behaviour`), which also shows "Read aloud" only where the
//! browser can speak.

use leptos::prelude::*;

#[component]
pub fn ReadingTools() -> impl IntoView {
    view! {
        <div class="reading-tools" role="group" aria-label="Reading aids">
            <button type="button" class="tool-button" data-text-size="smaller">
                <span aria-hidden="true">"A−"</span>
                <span class="visually-hidden">"Smaller text"</span>
            </button>
            <button type="button" class="tool-button" data-text-size="larger">
                <span aria-hidden="true">"A+"</span>
                <span class="visually-hidden">"Larger text"</span>
            </button>
            <button type="button" class="tool-button tool-button--wide" data-read-aloud="" aria-pressed="false" hidden>
                "Read aloud"
            </button>
        </div>
    }
}
