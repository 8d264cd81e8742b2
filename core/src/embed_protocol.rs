//! The messages the explainer exchanges with a page that embeds it in an iframe.
//!
//! It speaks Pym.js's protocol (`pymxPYMx{childId}xPYMx{type}xPYMx{message}`), so a page already using
//! `new pym.Parent(...)` embeds it with no code of ours, and a small object message of its own for
//! `public/embed-parent.js`. Messages received are checked here, whole, before anything acts on them: anything
//! that is not exactly a Pym `width` message for this frame's id is ignored.

const PYM: &str = "xPYMx";
/// Longest message accepted: a Pym width message is far shorter; anything longer is not one.
const MAX_MESSAGE: usize = 256;
const MAX_ID: usize = 64;

/// What our own parent script listens for: `{"explainer-height": <px>}`.
pub const HEIGHT_KEY: &str = "explainer-height";

/// A child id as Pym builds it: letters, digits, `-` and `_` (from the iframe's id), not too long.
pub fn valid_child_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn pym_height(child_id: &str, height_px: u32) -> String {
    format!("pym{PYM}{child_id}{PYM}height{PYM}{height_px}")
}

/// A message from the parent, if it is a well-formed Pym `width` message addressed to `child_id`.
pub fn parse_pym_width(message: &str, child_id: &str) -> Option<u32> {
    if message.len() > MAX_MESSAGE {
        return None;
    }
    let mut parts = message.split(PYM);
    let (tag, id, kind, value) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || tag != "pym" || id != child_id || kind != "width" {
        return None;
    }
    let width: u32 = value.parse().ok()?;
    (1..=20_000).contains(&width).then_some(width)
}

/// The `childId` query parameter Pym's parent adds to the iframe URL, if present and well-formed.
pub fn child_id_from_query(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "childId")
        .map(|(_, v)| v.to_string())
        .filter(|v| valid_child_id(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaks_pyms_height_message() {
        assert_eq!(pym_height("explainer", 1234), "pymxPYMxexplainerxPYMxheightxPYMx1234");
    }

    #[test]
    fn accepts_only_a_well_formed_width_message_for_this_child() {
        assert_eq!(parse_pym_width("pymxPYMxexplainerxPYMxwidthxPYMx640", "explainer"), Some(640));
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "pymxPYMxexplainerxPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxexplainerxPYMxwidthxPYMx-5",
            "pymxPYMxexplainerxPYMxwidthxPYMx640xPYMxextra",
            "pymxPYMxexplainerxPYMxwidthxPYMx99999999999",
            "hello",
            "",
        ] {
            assert_eq!(parse_pym_width(bad, "explainer"), None, "{bad}");
        }
        let long = format!("pymxPYMxexplainerxPYMxwidthxPYMx{}", "1".repeat(300));
        assert_eq!(parse_pym_width(&long, "explainer"), None);
    }

    #[test]
    fn reads_the_child_id_pym_adds_to_the_url() {
        assert_eq!(child_id_from_query("?initialWidth=600&childId=explainer&parentTitle=x"), Some("explainer".into()));
        assert_eq!(child_id_from_query("?childId=<script>"), None);
        assert_eq!(child_id_from_query("?embed"), None);
    }
}
