//! "Mention 2 of 5" with previous and next buttons that walk through a target's mentions in the text. The sheet
//! says how many there are; the app's card rewrites the words as it moves (`explainer_core::stepper`), and its
//! buttons (`data-step`) need the app, so a sheet keeps them hidden.

use crate::components::icon::{Icon, IconShape};
use crate::content::article;
use explainer_core::content::Target;
use explainer_core::stepper;
use leptos::prelude::*;

#[component]
pub fn MentionStepper(target: Target) -> impl IntoView {
    let total = article().mentions_of(target).len();
    (total > 0).then(|| {
        view! {
            <nav class="stepper" aria-label="Mentions in the text">
                <button type="button" class="stepper__button" data-step="previous" aria-label="Previous mention">
                    <Icon shape=IconShape::Previous />
                </button>
                <span class="stepper__status" aria-live="polite">
                    {stepper::status(None, total)}
                </span>
                <button type="button" class="stepper__button" data-step="next" aria-label="Next mention">
                    <Icon shape=IconShape::Next />
                </button>
            </nav>
        }
    })
}
