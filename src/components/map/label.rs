//! A name on the map, at its point, on the side the build chose for it (`LabelSide::text_offsets`: the anchor, the
//! offsets in em and the baseline). Places' and countries' names are drawn alike; the app's declutter ranks them by
//! `data-priority` (lower keeps its name).

use leptos::prelude::*;

/// Where a name sits against its point: text anchor, dx, dy and dominant baseline.
pub type Offsets = (&'static str, String, String, &'static str);

#[component]
pub fn MapLabel(
    class: &'static str,
    #[prop(into)] priority: String,
    at: (f64, f64),
    offsets: Offsets,
    #[prop(into)] text: String,
) -> impl IntoView {
    let (anchor, dx, dy, baseline) = offsets;
    view! {
        <text
            class=class
            data-priority=priority
            x=at.0
            y=at.1
            dx=dx
            dy=dy
            text-anchor=anchor
            dominant-baseline=baseline
        >
            {text}
        </text>
    }
}
