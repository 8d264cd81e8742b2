//! Rules 7 to 9: what an actor's card, a timeline event and a line from outside the article must say of themselves.

use super::{src, Problems, GENERAL};
use crate::content::model::EventStatus;

/// Rule 7: a card that names someone says who they are, in the article's words (a role) or in a sourced line. A
/// reader who opens a name and learns nothing about it cannot tell why it is there.
pub(super) fn every_actor_says_who(f: &src::File, out: &mut Problems) {
    for a in f.actors.iter().filter(|a| a.roles.is_empty() && a.context.is_empty()) {
        out.push((
            format!("actor '{}'", a.id),
            "its card does not say who this is: give a role in the article's words, or a sourced line (if the \
             article does not say, a line sourced to the article can say that)"
                .into(),
        ));
    }
}

/// Rule 8: an event the page labels as the article's, or as worked out from it, rests on the article alone. It may
/// cite the article itself (a source at the article's address) or a working-out (a source with no address, such as
/// the fact sheet's arithmetic), never a page elsewhere or `general`: a date an outside page pins is context.
pub(super) fn the_articles_events_cite_no_outside_source(f: &src::File, out: &mut Problems) {
    for e in f.timeline.iter().filter(|e| e.status != EventStatus::Context) {
        let Some(key) = &e.source else { continue };
        // An unknown key is the loader's error already.
        let Some(source) = f.sources.iter().find(|s| &s.key == key) else { continue };
        let the_article = source.url.as_deref().is_some_and(|u| !u.is_empty() && u == f.article.url);
        let a_working_out = source.url.is_none() && key != GENERAL;
        if !(the_article || a_working_out) {
            out.push((
                format!("event '{}'", e.id),
                format!(
                    "is labelled as from the article but cites '{key}', a source outside it: make it a context \
                     event (status = \"context\"), or cite the article"
                ),
            ));
        }
    }
}

/// Rule 9: every line from outside the article says how sure it is. Card, claim and glossary lines cannot be
/// written without one; a timeline event with a source can, so it is checked here.
pub(super) fn every_line_has_a_confidence(f: &src::File, out: &mut Problems) {
    for e in f.timeline.iter().filter(|e| e.source.is_some() && e.confidence.is_none()) {
        out.push((
            format!("event '{}'", e.id),
            "cites a source but gives no confidence: add confidence = \"high\", \"medium\" or \"unverified\"".into(),
        ));
    }
}
