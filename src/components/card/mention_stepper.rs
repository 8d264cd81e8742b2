//! "Mention 2 of 5" with previous and next buttons that walk through a target's mentions in the text. The sheet
//! says how many there are; the app's card rewrites the words as it moves (`explainer_core::stepper`), and its
//! buttons (`data-step`) need the app, so a sheet keeps them hidden.

use crate::components::icon::{Icon, IconShape};
use crate::content::{article, locale, words};
use explainer_core::content::Target;
use leptos::prelude::*;

#[component]
pub fn MentionStepper(target: Target) -> impl IntoView {
    let total = article().mentions_of(target).len();
    let w = &words().stepper;
    (total > 0).then(|| {
        let count = locale().count(&w.count, total as u64);
        let count_words = count.clone();
        view! {
            <nav class="stepper" aria-label=w.label.as_str()>
                <button type="button" class="stepper__button" data-step="previous" aria-label=w.previous.as_str()>
                    <Icon shape=IconShape::Previous />
                </button>
                // The island fills in "Mention {n} of {total}" as the reader steps, in these words and digits.
                <span
                    class="stepper__status"
                    aria-live="polite"
                    data-words-at=w.at.as_str()
                    data-words-count=count_words
                    data-digits=locale().digits.as_str()
                >
                    {count.clone()}
                </span>
                <button type="button" class="stepper__button" data-step="next" aria-label=w.next.as_str()>
                    <Icon shape=IconShape::Next />
                </button>
            </nav>
        }
    })
}
