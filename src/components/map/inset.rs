//! An enlarged inset, when the content file asks for one (`[map] inset`): the places it names, which the main map
//! cannot separate, at the width it gives. Uses the main map's projected coordinates, zoomed in, so both maps
//! agree. Markers are numbered and named in a key beside the inset: full names would not fit so small a frame.

use super::feature::{map_anchor_id, MapFeature};
use crate::content::{article, locale, map_shapes, words};
use explainer_core::content::Idx;
use explainer_core::geo::callouts::spread_callouts;
use explainer_core::geo::map_view::inset_scale_km;
use explainer_core::line::fill;
use leptos::prelude::*;

const INSET_PX: f64 = 168.0;
/// A badge's tap target, at the inset's smallest drawn size (160 px on a phone, so 48 here is 45.7 there).
const HIT_PX: f64 = 48.0;
/// How far a badge starts from its point, away from the others.
const BADGE_OFFSET_PX: f64 = 26.0;

#[component]
pub fn Inset() -> Option<impl IntoView> {
    // Drawn only when the content file asks for one, under its title.
    let inset = article().map.inset?;
    let title = inset.title;
    let points: Vec<(f64, f64)> = inset.places.iter().filter_map(|&i| article().places[i as usize].map).collect();
    let (cx, cy) = (
        points.iter().map(|p| p.0).sum::<f64>() / points.len() as f64,
        points.iter().map(|p| p.1).sum::<f64>() / points.len() as f64,
    );
    let w = inset.width_km * map_shapes().units_per_km;
    let u = w / INSET_PX; // units per pixel in the inset
    let (left, top) = (cx - w / 2.0, cy - w / 2.0);
    let view_box = format!("{left:.3} {top:.3} {w:.3} {w:.3}");
    let bar_km = inset_scale_km(inset.width_km);
    let (sx, sy) = (left + 10.0 * u, top + w - 12.0 * u);
    let key = inset
        .places
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            view! {
                <li>
                    <strong>{format!("{}. ", locale().number(n as u64 + 1))}</strong>
                    {article().places[i as usize].name}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div class="map-inset">
            <p class="map-inset__title" id="inset-title">
                {title}
            </p>
            <svg class="map-inset__svg" viewBox=view_box role="group" aria-labelledby="inset-title">
                <rect class="map-inset__land" x=cx - w y=cy - w width=2.0 * w height=2.0 * w />
                {badges(inset.places, (left, top), u)}
                <g class="map-scale" aria-hidden="true">
                    <line x1=sx y1=sy x2=sx + bar_km * map_shapes().units_per_km y2=sy stroke-width=2.0 * u />
                    <text x=sx y=sy - 5.0 * u font-size=10.0 * u stroke-width=3.0 * u>
                        {fill(&words().map.km, &[("n", &locale().measure(bar_km))])}
                    </text>
                </g>
            </svg>
        </div>
        <p class="map-inset__key">
            <strong>{format!("{}{}", fill(&words().map.inset, &[("title", title)]), words().punctuation.colon)}</strong>
        </p>
        <ul class="map-inset__key" aria-label=fill(&words().map.inset_places, &[("title", title)])>
            {key}
        </ul>
    })
}

/// The points lie too close to tap apart (in central Minsk, two are 11 px from each other), so each gets a
/// numbered badge a finger's width from the others, with a leader line to its exact spot. Only the badge is the
/// control. `origin` is the inset's top left and `u` its units per pixel.
fn badges(places: &'static [Idx], origin: (f64, f64), u: f64) -> impl IntoView {
    let (left, top) = origin;
    let points: Vec<(f64, f64)> =
        places.iter().map(|&i| article().places[i as usize].map.unwrap_or_default()).collect();
    let in_px: Vec<(f64, f64)> = points.iter().map(|&(x, y)| ((x - left) / u, (y - top) / u)).collect();
    let badges: Vec<(f64, f64)> = spread_callouts(&in_px, INSET_PX, BADGE_OFFSET_PX, HIT_PX + 2.0)
        .into_iter()
        .map(|(x, y)| (left + x * u, top + y * u))
        .collect();
    let leaders = points
        .iter()
        .zip(&badges)
        .map(|(&(x, y), &(bx, by))| {
            view! {
                <line class="map-inset__leader" x1=x y1=y x2=bx y2=by stroke-width=1.5 * u />
                <circle class="map-inset__spot" cx=x cy=y r=3.0 * u />
            }
        })
        .collect_view();
    let marks = places
        .iter()
        .zip(&badges)
        .enumerate()
        .map(|(n, (&i, &(x, y)))| {
            let p = article().places[i as usize];
            view! {
                <MapFeature
                    place=i
                    id=format!("inset-{}", map_anchor_id(p.id))
                    class="map-place"
                    label=format!(
                        "{} {}",
                        locale().number(n as u64 + 1),
                        fill(&words().map.place_says, &[("name", p.name)]),
                    )
                >
                    <circle class="map-inset__hit" cx=x cy=y r=HIT_PX / 2.0 * u />
                    <circle class="map-inset__dot" cx=x cy=y r=9.0 * u />
                    <text
                        class="map-inset__number"
                        x=x
                        y=y
                        text-anchor="middle"
                        dominant-baseline="central"
                        font-size=11.0 * u
                    >
                        {locale().number(n as u64 + 1)}
                    </text>
                </MapFeature>
            }
        })
        .collect_view();
    view! {
        <g aria-hidden="true">{leaders}</g>
        {marks}
    }
}
