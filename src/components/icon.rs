//! Small line icons for buttons, drawn as SVG rather than typed as characters. A glyph such as "×", "‹" or "⟲"
//! looks different in every font, or is missing from it, and the first one drawn at a size the page has not used
//! yet makes the browser set up that font at that size, in the middle of the tap that opens the first card.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy)]
pub enum IconShape {
    Close,
    Previous,
    Next,
    Plus,
    Minus,
    Reset,
}

/// Decorative: the button that holds it carries the accessible name.
#[component]
pub fn Icon(shape: IconShape) -> impl IntoView {
    // Strokes on a 24-unit grid, drawn in the button's text colour (see `.icon` in style/base.css).
    let d = match shape {
        IconShape::Close => "M6 6l12 12M18 6L6 18",
        IconShape::Previous => "M15 5l-7 7 7 7",
        IconShape::Next => "M9 5l7 7-7 7",
        IconShape::Plus => "M12 5v14M5 12h14",
        IconShape::Minus => "M5 12h14",
        IconShape::Reset => "M5 12a7 7 0 1 0 2.05-4.95M5 4v4h4",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d />
        </svg>
    }
}
