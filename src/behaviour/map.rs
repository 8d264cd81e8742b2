//! The locator map's behaviour, over the SVG the prerender drew: pan and zoom (`gestures`), labels that never
//! overlap (`declutter`), features that open their place's card, "Show on map", and the lit places of the open
//! card. The map's size comes from the SVG's own `viewBox`, its scale from `data-units-per-km`.

mod declutter;
mod gestures;

use super::state::{self, OpenCard, OpenedBy, State};
use super::{dom, sheets};
use explainer_core::geo::map_view::{scale_bar, MapView};
use explainer_core::line::{fill, with_digits};
use explainer_core::page::{self, attr, id, selector, state_class};
use wasm_bindgen::JsCast;
use web_sys::{Element, SvgsvgElement};

/// How far "Show on map" and a place link zoom in.
const PLACE_ZOOM: f64 = 2.0;

pub fn start() {
    let Some(svg) = dom::element(id::MAP_SVG).and_then(|el| el.dyn_into::<SvgsvgElement>().ok()) else { return };
    let units_per_km = dom::number(&svg, attr::UNITS_PER_KM).unwrap_or(1.0);

    {
        let svg = svg.clone();
        state::show(move |before, after| {
            // The view: the SVG's viewBox, the size unit CSS scales labels by, and the scale bar.
            if (before.map_view, before.map_width_px) != (after.map_view, after.map_width_px) {
                show_view(&svg, after, units_per_km);
                // A card open beside a map feature moves with it.
                super::card::follow_anchor(after);
            }
            // What the map lights. Its labels are sorted again after the frame is painted: a card opened from the
            // text should not wait for the map's layout, which is often off screen.
            // Only the card and the chosen place decide it: a pan or zoom asks the page nothing.
            if (&before.card, &before.map_place) != (&after.card, &after.map_place) {
                let lit = lit_places(after);
                if lit != lit_places(before) {
                    for feature in features() {
                        let on = feature.get_attribute(attr::PLACE).is_some_and(|p| lit.contains(&p));
                        dom::set_class(&feature, state_class::LIT, on);
                    }
                    dom::after_next_paint(|| declutter::declutter(id::MAP));
                }
            }
            // A place chosen ("Show on map", a feature, a link) brings the map to it.
            if before.map_place != after.map_place {
                if let Some(point) = after.map_place.as_deref().and_then(point_of) {
                    state::update(move |s| s.map_view = s.map_view.focused_on(point, PLACE_ZOOM));
                }
            }
        });
    }

    // The map's true size, and its drawn width: labels keep a constant size on screen, so everything scales with it.
    let whole = svg.view_box().base_val().map(|r| MapView::whole(f64::from(r.width()), f64::from(r.height())));
    let width_px = svg.get_bounding_client_rect().width();
    state::update(move |s| {
        if let Some(whole) = whole {
            s.map_view = whole;
        }
        s.map_width_px = width_px;
    });
    {
        let svg = svg.clone();
        dom::on_window("resize", move |_: web_sys::Event| {
            let width_px = svg.get_bounding_client_rect().width();
            state::update(move |s| s.map_width_px = width_px);
        });
    }

    gestures::listen(&svg);
}

fn show_view(svg: &SvgsvgElement, state: &State, units_per_km: f64) {
    let view = state.map_view;
    let vb = view.view_box();
    let _ = svg.set_attribute("viewBox", &[vb.x, vb.y, vb.w, vb.h].map(|n| dom::fixed(n, 2)).join(" "));
    if let Some(stage) = dom::html_element(id::MAP_STAGE) {
        dom::set_style(&stage, "--u", &dom::fixed(view.units_per_px(state.map_width_px), 4));
    }
    draw_scale_bar(svg, &view, state.map_width_px, units_per_km);
    dom::before_next_frame(|| declutter::declutter(id::MAP));
}

/// What the map lights (`State::lit_places`), asked of the card sheets.
fn lit_places(state: &State) -> Vec<String> {
    state.lit_places(sheets::kind, sheets::places_of)
}

/// Every feature that opens a place's card: markers, borders, country names, the inset's badges (inside `#map`).
const FEATURE: &str = selector::MAP_FEATURE;

fn features() -> Vec<Element> {
    dom::all(FEATURE)
}

/// A place's point on the map, in SVG units (`data-x`, `data-y` on its features).
fn point_of(place: &str) -> Option<(f64, f64)> {
    let feature = dom::first(&page::points_of(place))?;
    Some((dom::number(&feature, attr::X)?, dom::number(&feature, attr::Y)?))
}

/// The map feature a `#place=` link opens the card beside: the place's own marker or border line if the map draws
/// one, else whatever shows it (a country's name).
pub fn feature_of(place: &str) -> Option<String> {
    let own = page::map_feature_id(place);
    if dom::element(&own).is_some() {
        return Some(own);
    }
    let found = dom::first(&page::features_of(place))?.id();
    (!found.is_empty()).then_some(found)
}

fn open_feature(feature: &Element) {
    if let Some(place) = feature.get_attribute(attr::PLACE) {
        open_place_from_map(&place, &feature.id());
    }
}

/// Opens a place from the map: its card, next to the map feature, and its sentences lit in the text. A click on a
/// map feature and a `#place=` link both come here.
pub fn open_place_from_map(place: &str, anchor: &str) {
    let card = OpenCard { target: place.to_string(), anchor: anchor.to_string(), opened_by: OpenedBy::Activation };
    let sentences = sheets::sentences_of(place);
    let place = place.to_string();
    state::update(move |s| {
        s.map_place = Some(place);
        s.highlighted = sentences;
        s.card = Some(card);
    });
}

/// A map feature opens its place's card; "Show on map" chooses a place; the zoom buttons zoom.
pub fn on_click(ev: &web_sys::MouseEvent) {
    if let Some(feature) = dom::closest(ev.target(), FEATURE) {
        open_feature(&feature);
    } else if let Some(button) = dom::closest(ev.target(), selector::SHOW_ON_MAP) {
        let place = button.get_attribute(attr::SHOW_PLACE);
        state::update(move |s| {
            s.map_place = place;
            s.card = None;
        });
        dom::scroll_to(id::MAP);
    } else if let Some(button) = dom::closest(ev.target(), selector::MAP_ZOOM) {
        let change = button.get_attribute(attr::MAP_ZOOM).unwrap_or_default();
        state::update(move |s| {
            s.map_view = match change.as_str() {
                "in" => s.map_view.zoomed(1.6, None),
                "out" => s.map_view.zoomed(1.0 / 1.6, None),
                _ => s.map_view.reset(),
            }
        });
    }
}

/// Enter and Space on a map feature, which is an SVG group with the button role.
pub fn on_key(ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Enter" && ev.key() != " " {
        return;
    }
    if let Some(feature) = dom::closest(ev.target(), FEATURE) {
        ev.prevent_default();
        open_feature(&feature);
    }
}

/// The scale bar's lines and label, moved and resized for the view.
fn draw_scale_bar(svg: &SvgsvgElement, view: &MapView, width_px: f64, units_per_km: f64) {
    let Ok(Some(group)) = svg.query_selector(selector::MAP_SCALE) else { return };
    let bar = scale_bar(view, width_px, units_per_km);
    let (x, y, len, u) = (bar.x, bar.y, bar.length, bar.unit);
    let lines = dom::all_in(&group, "line");
    let ends = [(x, y, x + len, y), (x, y - 4.0 * u, x, y + 4.0 * u), (x + len, y - 4.0 * u, x + len, y + 4.0 * u)];
    for (line, (x1, y1, x2, y2)) in lines.iter().zip(ends) {
        for (name, value) in [("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), ("stroke-width", 2.0 * u)] {
            let _ = line.set_attribute(name, &dom::fixed(value, 3));
        }
    }
    if let Ok(Some(text)) = group.query_selector("text") {
        for (name, value) in [("x", x), ("y", y - 7.0 * u), ("font-size", 11.5 * u), ("stroke-width", 3.0 * u)] {
            let _ = text.set_attribute(name, &dom::fixed(value, 3));
        }
        let words = |name: &str| group.get_attribute(name).unwrap_or_default();
        let km = with_digits(bar.km as usize, &words(attr::DIGITS));
        text.set_text_content(Some(&fill(&words(attr::WORDS_KM), &[("n", &km)])));
    }
}
