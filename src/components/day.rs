//! A day as the article's language writes it (ICU4X, at build time), in a `<time>` that gives it to machines.

use crate::content::locale;
use leptos::prelude::*;

#[component]
pub fn Day(iso: &'static str) -> impl IntoView {
    view! { <time datetime=iso>{locale().date(iso)}</time> }
}
