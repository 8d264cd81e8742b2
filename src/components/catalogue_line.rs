//! A line of the interface's words (`content/words/<language>.toml`) with its `{slots}` filled by views: the
//! language decides where the date or the name goes, the view what it is (a `<time>`, a link).

use explainer_core::line::{pieces, Piece};
use leptos::prelude::*;

/// `line` with each `{slot}` replaced by `slot(name)`; the words between are text.
pub fn catalogue_line(line: &'static str, slot: impl Fn(&str) -> AnyView) -> impl IntoView {
    pieces(line)
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            Piece::Slot(name) => slot(name),
        })
        .collect_view()
}
