//! One part of the explainer on its own, for a news site to embed beside its own text: the map, the claims panel,
//! the timeline, or the classroom section (glossary, questions, sources). Each part comes with every card, so its
//! names still open them, a credit line, and a link to the whole explainer. Links to what the part does not hold
//! (a sentence of the article, a source) open the whole explainer at that place, in a new tab (`PartLinks`).

use super::card::CardTemplate;
use super::catalogue_line::catalogue_line;
use super::claims::ClaimsPanel;
use super::classroom::Classroom;
use super::map::LocatorMap;
use super::part_links::FULL_EXPLAINER;
use super::timeline::Timeline;
use crate::behaviour::Behaviour;
use crate::content::{article, words};
use explainer_core::words::Words;
use leptos::either::EitherOf4;
use leptos::prelude::*;

/// The parts, each written by the prerender as `embed-<id>.html`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Map,
    Claims,
    Timeline,
    Classroom,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Map, Part::Claims, Part::Timeline, Part::Classroom];

    pub fn id(self) -> &'static str {
        match self {
            Part::Map => "map",
            Part::Claims => "claims",
            Part::Timeline => "timeline",
            Part::Classroom => "classroom",
        }
    }

    /// For the page's title, in the page's language.
    pub fn name(self, w: &'static Words) -> &'static str {
        match self {
            Part::Map => &w.page.map,
            Part::Claims => &w.claims.title,
            Part::Timeline => &w.timeline.title,
            Part::Classroom => &w.classroom.title,
        }
    }
}

/// The part, with its credit line. The prerender provides its `PartLinks`, for the cards after it too.
#[component]
pub fn EmbedPart(part: Part) -> impl IntoView {
    let body = match part {
        Part::Map => EitherOf4::A(view! { <LocatorMap /> }),
        Part::Claims => EitherOf4::B(view! { <ClaimsPanel /> }),
        Part::Timeline => EitherOf4::C(view! { <Timeline /> }),
        Part::Classroom => EitherOf4::D(view! { <Classroom /> }),
    };
    view! {
        <div class="page page--part">
            <main id="main">{body}</main>
            <p class="part-credit">
                {catalogue_line(
                    &words().embed.from,
                    |slot| {
                        let name = if slot == "title" { article().title } else { article().publisher };
                        view! { <bdi>{name}</bdi> }.into_any()
                    },
                )} " " <a href=FULL_EXPLAINER target="_blank" rel="noopener">
                    {words().embed.open_whole.as_str()}
                </a>
            </p>
        </div>
        <CardTemplate />
        <Behaviour />
    }
}
