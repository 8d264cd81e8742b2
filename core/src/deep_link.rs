//! The URL fragment as a deep link: `#claims=nato-troops,crowd-250k&card=lukashenko&place=grodno`.
//! A teacher can send one link that opens the same claims, card or map place for a whole class.
//!
//! Parsing never fails: unknown keys, malformed pairs and values that are not ids are ignored, so a mangled link
//! still opens the explainer. Whether an id names something real is checked by the caller against the content.

/// Longest id accepted, and most claims, so a hostile fragment cannot make the app do much work.
const MAX_ID: usize = 64;
const MAX_CLAIMS: usize = 64;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DeepLink {
    /// `None`: the fragment says nothing about claims, so the defaults apply. `Some(vec![])`: all closed.
    pub claims: Option<Vec<String>>,
    pub card: Option<String>,
    pub place: Option<String>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The card a name's plain link opened before the app ran: `#card-<id>` (see the app's card sheets), or `None`.
pub fn sheet(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').strip_prefix("card-").filter(|id| is_id(id))
}

pub fn parse(fragment: &str) -> DeepLink {
    let mut link = DeepLink::default();
    for pair in fragment.trim_start_matches('#').split('&') {
        let Some((key, value)) = pair.split_once('=') else { continue };
        match key {
            "claims" => {
                let ids: Vec<String> =
                    value.split(',').filter(|s| is_id(s)).take(MAX_CLAIMS).map(String::from).collect();
                link.claims = Some(ids);
            }
            "card" if is_id(value) => link.card = Some(value.to_string()),
            "place" if is_id(value) => link.place = Some(value.to_string()),
            _ => {}
        }
    }
    link
}

/// The fragment for a state, without the leading `#`; empty when there is nothing to say.
pub fn format(link: &DeepLink) -> String {
    let mut parts = Vec::new();
    if let Some(claims) = &link.claims {
        parts.push(format!("claims={}", claims.join(",")));
    }
    if let Some(card) = &link.card {
        parts.push(format!("card={card}"));
    }
    if let Some(place) = &link.place {
        parts.push(format!("place={place}"));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let link = DeepLink {
            claims: Some(vec!["nato-troops".into(), "crowd-250k".into()]),
            card: Some("lukashenko".into()),
            place: Some("grodno".into()),
        };
        assert_eq!(parse(&format!("#{}", format(&link))), link);
    }

    #[test]
    fn ignores_what_it_does_not_understand() {
        let link = parse("#p15-s1&utm=x&card=<script>&place=Grodno&claims=ok,,BAD,also-ok&=&&claims");
        assert_eq!(link.claims, Some(vec!["ok".to_string(), "also-ok".to_string()]));
        assert_eq!(link.card, None);
        assert_eq!(link.place, None);
        assert_eq!(parse(""), DeepLink::default());
        assert_eq!(parse("#p15-s1"), DeepLink::default());
    }

    #[test]
    fn an_empty_claims_list_means_all_closed() {
        assert_eq!(parse("#claims=").claims, Some(vec![]));
        assert_eq!(format(&DeepLink { claims: Some(vec![]), ..Default::default() }), "claims=");
    }

    #[test]
    fn limits_what_a_long_fragment_can_ask_for() {
        let many = (0..500).map(|i| format!("c{i}")).collect::<Vec<_>>().join(",");
        assert_eq!(parse(&format!("claims={many}")).claims.unwrap().len(), MAX_CLAIMS);
        assert_eq!(parse(&format!("card={}", "a".repeat(65))).card, None);
    }

    #[test]
    fn a_card_sheet_link_names_its_card() {
        assert_eq!(sheet("#card-lukashenko"), Some("lukashenko"));
        assert_eq!(sheet("card-nato"), Some("nato"));
        assert_eq!(sheet("#card=lukashenko"), None);
        assert_eq!(sheet("#card-"), None);
        assert_eq!(sheet("#card-<script>"), None);
    }
}
