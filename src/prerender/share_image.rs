//! The link-preview image: the map, drawn by resvg from `share_card`'s SVG. No text, so no fonts.

use crate::content::Content;
use explainer_core::share_card;
use resvg::{tiny_skia, usvg};

pub fn png(content: Content) -> Result<Vec<u8>, String> {
    let svg = share_card::svg(content.map, content.article);
    let tree =
        usvg::Tree::from_str(&svg, &usvg::Options::default()).map_err(|e| format!("cannot draw share.png: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(share_card::WIDTH, share_card::HEIGHT).ok_or("cannot draw share.png")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode share.png: {e}"))
}
