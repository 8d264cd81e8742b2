//! The locator map: country outlines, the borders the article speaks of drawn to stand out, its places, the
//! distances the content file gives, a scale bar and, when the content asks, an inset. An SVG rendered at build
//! time from build-time geometry: no map library, no tiles, nothing fetched. Its pan and zoom, lit places and
//! decluttered labels are the browser's (`crate::behaviour`), which reads the map's size from the `viewBox` and
//! its scale from `data-units-per-km`.

mod feature;
mod inset;
mod label;
mod place;
pub mod show_on_map;
mod text;

use super::icon::{Icon, IconShape};
use crate::content::{article, locale, map_shapes, words};
use explainer_core::content::Idx;
use explainer_core::geo::label_layout::COUNTRY_NAME;
use explainer_core::geo::map_view::{scale_bar, MapView, ASSUMED_WIDTH_PX};
use explainer_core::geo::CountryShape;
use explainer_core::line::fill;
use explainer_core::page;
use feature::{map_anchor_id, MapFeature};
use inset::Inset;
use label::MapLabel;
use leptos::either::Either;
use leptos::prelude::*;
use place::MapPlace;
use text::MapText;

fn place_index(id: &str) -> Option<Idx> {
    article().places.iter().position(|p| p.id == id).map(|i| i as Idx)
}

/// Width in screen pixels of a country name's hit box: the upper-case name at 14 px with 0.12 em letter spacing
/// runs about 11 px a letter; a margin on each side, and never under a finger's 44 px.
fn country_hit_width(name: &str) -> f64 {
    (name.chars().count() as f64 * 11.5 + 12.0).max(44.0)
}

#[component]
pub fn LocatorMap() -> impl IntoView {
    let view = MapView::whole(map_shapes().width, map_shapes().height);
    let vb = view.view_box();
    view! {
        <figure id=page::id::MAP class="map" aria-labelledby="map-title">
            <figcaption class="map__caption">
                <h2 class="map__title" id="map-title">
                    {words().map.title.as_str()}
                </h2>
                <p class="map__dek">
                    {article().map.description} " " {words().map.select.as_str()} " "
                    <span class="map__help" id="map-help">
                        {words().map.help.as_str()}
                    </span>
                </p>
            </figcaption>
            <div class="map__frame">
                <div class="map__stage" id=page::id::MAP_STAGE>
                    <svg
                        id=page::id::MAP_SVG
                        class="map__svg"
                        viewBox=format!("{:.2} {:.2} {:.2} {:.2}", vb.x, vb.y, vb.w, vb.h)
                        data-units-per-km=map_shapes().units_per_km
                        role="group"
                        aria-labelledby="map-title"
                        aria-describedby="map-help"
                        tabindex="0"
                    >
                        <g class="map-base">{base_layer()}</g>
                        <g class="map-borders">{borders_layer()}</g>
                        <g class="map-distances">{distances_layer()}</g>
                        <g class="map-country-names">{country_names_layer()}</g>
                        <g class="map-places">{markers_layer()}</g>
                        {scale_bar_layer(&view)}
                    </svg>
                    <div class="map__controls">
                        <button
                            type="button"
                            class="map__button"
                            aria-label=words().map.zoom_in.as_str()
                            data-map-zoom="in"
                        >
                            <Icon shape=IconShape::Plus />
                        </button>
                        <button
                            type="button"
                            class="map__button"
                            aria-label=words().map.zoom_out.as_str()
                            data-map-zoom="out"
                        >
                            <Icon shape=IconShape::Minus />
                        </button>
                        <button
                            type="button"
                            class="map__button map__button--reset"
                            aria-label=words().map.reset.as_str()
                            data-map-zoom="reset"
                        >
                            <Icon shape=IconShape::Reset />
                        </button>
                    </div>
                </div>
                <Inset />
            </div>
            <p class="map__credit source-label">
                {
                    let w = &words().map;
                    let projection = if article().map.true_scale { &w.conic } else { &w.equal_earth };
                    fill(
                        &w.credit,
                        &[
                            ("source", map_shapes().source),
                            ("projection", projection),
                            ("credits", article().map.credits),
                        ],
                    )
                }
            </p>
            <MapText />
        </figure>
    }
}

/// The borders the content names, each opening its place's card, with its name beside it.
fn borders_layer() -> impl IntoView {
    map_shapes()
        .borders
        .iter()
        .filter_map(|b| {
            let place = place_index(b.id)?;
            Some(view! {
                <MapFeature
                    place=place
                    id=map_anchor_id(b.id)
                    class="map-border"
                    label=fill(&words().map.border_says, &[("name", b.name)])
                >
                    {border_shape(b.path)}
                    // Two lines ("A–B" / "border"), so the name fits beside the line on a phone.
                    // In short lines, so the name fits beside its line on a phone; moved up or down where the build
                    // found the content's point crowded (`map_names`).
                    <text
                        class="map-label map-label--border"
                        data-priority="40"
                        x=b.label.0
                        y=b.label.1
                        text-anchor=b.label_anchor
                    >
                        {b
                            .label_lines()
                            .into_iter()
                            .enumerate()
                            .map(|(n, line)| {
                                let dy = if n > 0 {
                                    Some("1.15em".to_string())
                                } else {
                                    (b.label_dy_em != 0.0).then(|| format!("{}em", b.label_dy_em))
                                };
                                view! {
                                    <tspan x=b.label.0 dy=dy>
                                        {line}
                                    </tspan>
                                }
                            })
                            .collect_view()}
                    </text>
                </MapFeature>
            })
        })
        .collect_view()
}

/// Every country's name where it is written: the content's countries at the places it gives (or inside or beside
/// their land), the land around them only where the name fits inside (from the map width in its class). A name
/// whose country is a place opens its card.
fn country_names_layer() -> impl IntoView {
    map_shapes()
        .countries
        .iter()
        .flat_map(|c| c.labels.iter().map(move |&(x, y)| (c, x, y)))
        .map(|(c, x, y)| {
            let class = country_name_class(c);
            // Beside its land, a name is drawn like a place's beside its marker; else it is centred on its point.
            let offsets = c
                .label_side
                .map_or(("middle", "0".to_string(), "0".to_string(), "auto"), |(side, away)| side.text_offsets(away));
            // The land around the story's countries is named quietly, and gives way to every other name.
            let (text_class, priority) = if c.featured {
                ("map-label map-label--country", "50")
            } else {
                ("map-label map-label--country map-label--base", "60")
            };
            let text = view! { <MapLabel class=text_class priority=priority at=(x, y) offsets=offsets text=c.label.to_uppercase() /> };
            match place_index(c.id).filter(|_| c.featured) {
                Some(p) => {
                    let (hx, hy, hw, hh) = country_hit_box(c);
                    Either::Left(view! {
                        <MapFeature
                            place=p
                            id=format!("{}-{}", map_anchor_id(c.id), x as i32)
                            class=class
                            label=c.label
                            country=c.name
                        >
                            // A finger-sized hit box behind the name: the letters alone are 16 px tall. Drawn in
                            // screen pixels around the label's anchor; CSS scales it by --u like the label itself.
                            <g transform=format!("translate({x:.3} {y:.3})")>
                                <rect class="map-country-name__hit" x=hx y=hy width=hw height=hh />
                            </g>
                            {text}
                        </MapFeature>
                    })
                }
                None => Either::Right(view! {
                    <g class=class data-country=c.name aria-hidden="true">
                        {text}
                    </g>
                }),
            }
        })
        .collect_view()
}

/// A country name's hit box in screen pixels round its anchor, (x, y, width, height): a finger's height, and the
/// name's width with a margin each side.
fn country_hit_box(c: &CountryShape) -> (f64, f64, f64, f64) {
    let Some((side, away)) = c.label_side else {
        let w = country_hit_width(c.label);
        return (-w / 2.0, -28.0, w, 46.0);
    };
    let (font_px, letter_em) = COUNTRY_NAME;
    let (l, t, r, b) = side.extent_em(c.label.chars().count() as f64 * letter_em);
    let (dx, dy) = side.direction();
    let (l, t, b) = (l + dx * away, t + dy * away, b + dy * away);
    let middle = (t + b) / 2.0 * font_px;
    let finger = explainer_core::geo::label_layout::FINGER_PX;
    (l * font_px - 6.0, middle - finger / 2.0, (r - l) * font_px + 12.0, finger)
}

/// A country name's group class: with the narrowest map width it is shown from, where it is not always shown
/// (each width has its rule in style/map.css, which a core test checks).
fn country_name_class(c: &CountryShape) -> String {
    match c.label_from_px {
        0 => "map-country-name".to_string(),
        px => format!("map-country-name map-name--from-{px}"),
    }
}

/// A marker for every place with a point that the map does not draw otherwise (`MapInfo::marks`): a city, a
/// square, an island, a region.
fn markers_layer() -> impl IntoView {
    article().marked_places().map(|(i, _)| view! { <MapPlace place=i /> }).collect_view()
}

/// The scale bar for the first view; the browser redraws it as the reader zooms. A world map's scale changes
/// across it, so it has none.
fn scale_bar_layer(view: &MapView) -> Option<impl IntoView> {
    let bar = article().map.true_scale.then(|| scale_bar(view, ASSUMED_WIDTH_PX, map_shapes().units_per_km))?;
    let (x, y, len, u) = (bar.x, bar.y, bar.length, bar.unit);
    Some(view! {
        // The island writes the length anew as the map zooms, in these words and digits.
        <g
            class="map-scale"
            aria-hidden="true"
            data-words-km=words().map.km.as_str()
            data-digits=locale().digits.as_str()
        >
            <line x1=x y1=y x2=x + len y2=y stroke-width=2.0 * u />
            <line x1=x y1=y - 4.0 * u x2=x y2=y + 4.0 * u stroke-width=2.0 * u />
            <line x1=x + len y1=y - 4.0 * u x2=x + len y2=y + 4.0 * u stroke-width=2.0 * u />
            <text x=x y=y - 7.0 * u font-size=11.5 * u stroke-width=3.0 * u>
                {fill(&words().map.km, &[("n", &locale().number(bar.km as u64))])}
            </text>
        </g>
    })
}

/// The country the content file names as the story's home (`[map] home`), tinted on the map.
fn is_home(country_id: &str) -> bool {
    article().map.home.is_some_and(|p| article().places[p as usize].id == country_id)
}

fn base_layer() -> impl IntoView {
    let countries = map_shapes()
        .countries
        .iter()
        .map(|c| {
            view! {
                <path
                    class="map-country"
                    class:is-featured=c.featured
                    class:is-home=c.featured && is_home(c.id)
                    data-country=c.name
                    d=c.path
                />
            }
        })
        .collect_view();
    view! {
        <rect class="map-water" x="-2000" y="-2000" width="5000" height="5000" />
        <g class="map-countries">{countries}</g>
    }
}

/// A border's line, and a wider invisible copy under it that is easier to hit with a finger.
fn border_shape(path: &'static str) -> impl IntoView {
    view! {
        <path class="map-border__hit" d=path />
        <path class="map-border__line" d=path />
    }
}

/// The straight-line distances the content file gives, each with its label.
fn distances_layer() -> impl IntoView {
    article()
        .distances
        .iter()
        .filter_map(|d| {
            let (a, b) = (article().places[d.from as usize].map?, article().places[d.to as usize].map?);
            // Short lines (a town to a border) are labelled past their far end; long ones above their middle.
            let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt().max(0.001);
            let (ux, uy) = ((b.0 - a.0) / len, (b.1 - a.1) / len);
            let short = len < 60.0;
            let anchor = if !short {
                "middle"
            } else if ux < -0.3 {
                "end"
            } else if ux > 0.3 {
                "start"
            } else {
                "middle"
            };
            let (x, y, dx, dy) = if short {
                (
                    b.0,
                    b.1,
                    format!("{:.2}em", ux * 0.6),
                    format!("{:.2}em", uy * 0.6 - if uy.abs() < 0.5 { 0.15 } else { 0.0 }),
                )
            } else {
                ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0, "0".to_string(), "-0.4em".to_string())
            };
            Some(view! {
                <g class="map-distance">
                    <line x1=a.0 y1=a.1 x2=b.0 y2=b.1 />
                    <text
                        class="map-label map-label--distance"
                        data-priority="40"
                        x=x
                        y=y
                        dx=dx
                        dy=dy
                        text-anchor=anchor
                    >
                        {d.label}
                    </text>
                </g>
            })
        })
        .collect_view()
}
