//! The one card: a non-modal dialog next to whatever opened it. It holds no text of its own. Every card is in the
//! page already, as a sheet (`#card-<id>`) that a name links to before the app runs; the dialog adopts the sheet's
//! content while it is open and hands it back when it closes. Esc closes it and returns focus to the name; a tap
//! or click outside closes it; it flips and shifts to stay in the viewport (`explainer_core::placement`).

use super::sheets::{content_of, give_back, mentions_of};
use super::{dom, state};
use explainer_core::page::{attr, id, selector, state_class};
use explainer_core::placement::{place_card, Rect, Side};
use explainer_core::reading_state::{OpenCard, OpenedBy, State};
use explainer_core::stepper;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// After the island starts: the page has painted and the deep link, if any, has opened its card.
const WARM_UP_DELAY_MS: i32 = 300;

pub fn start() {
    // After every change: hand the old content back, adopt the new, light the names, place the card next to its
    // anchor, and move focus in when it was just opened on purpose. This runs in the event's own task, before the
    // frame is painted, so the card's first frame already shows it in place.
    state::show(|before, after| show(before.card.as_ref(), after.card.as_ref()));
    dom::on_window("pointerdown", |ev: web_sys::PointerEvent| {
        if state::now().card.is_some() && dom::closest(ev.target(), selector::INSIDE_CARD_OR_NAME).is_none() {
            state::close();
        }
    });
    dom::on_window("resize", |_: web_sys::Event| follow_anchor(&state::now()));
    // Once the page has settled, open a card and close it again where no one sees it, so the first card a reader
    // opens finds its code compiled and its fonts, sizes and styles set up.
    dom::after(WARM_UP_DELAY_MS, warm_up);
}

/// Places the open card again beside its anchor, which has moved: the window was resized, or the map drew a new
/// view (choosing a place on the map zooms to it, which moved the marker out from under a card placed a moment
/// before).
pub fn follow_anchor(state: &State) {
    if let (Some(open), Some(card)) = (&state.card, dom::html_element(id::CARD)) {
        position(&card, &open.anchor);
    }
}

/// The card's close button, and its previous and next buttons.
pub fn on_click(ev: &web_sys::MouseEvent) {
    if dom::closest(ev.target(), selector::CARD_CLOSE).is_some() {
        close_and_return_focus();
    } else if let Some(button) = dom::closest(ev.target(), selector::STEPPER_BUTTON) {
        step(button.get_attribute(attr::STEP).as_deref() == Some("next"));
    }
}

/// Esc closes the card, wherever focus is. Focus goes back to the name only from a card that had it: a card the
/// mouse opened never took focus, so Esc leaves it where the keyboard had put it.
pub fn on_key(ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Escape" {
        return;
    }
    let focus_in_card = dom::element(id::CARD)
        .zip(dom::document().active_element())
        .is_some_and(|(card, focused)| card.contains(Some(&focused)));
    match state::now().card {
        Some(open) if open.opened_by == OpenedBy::Hover && !focus_in_card => state::close(),
        _ => close_and_return_focus(),
    }
}

/// Closes the card and gives focus back to what opened it (Esc, the close button).
pub fn close_and_return_focus() {
    if let Some(open) = state::now().card {
        state::close();
        dom::focus(&open.anchor);
    }
}

fn show(before: Option<&OpenCard>, now: Option<&OpenCard>) {
    if before == now {
        return;
    }
    let same_target = matches!((before, now), (Some(b), Some(n)) if b.target == n.target);
    // Focus moves in when a card is opened on purpose: a new one, or the one the mouse had opened, now clicked or
    // chosen with a key (stepping between mentions keeps focus on the stepper).
    let chosen_now = match (before, now) {
        (_, Some(n)) if n.opened_by != OpenedBy::Activation => false,
        (Some(b), Some(n)) => b.target != n.target || b.opened_by == OpenedBy::Hover,
        (None, Some(_)) => true,
        (_, None) => false,
    };
    if let Some(b) = before {
        mark_anchor_closed(&b.anchor);
        if !same_target {
            unlight(&mentions_of(&b.target));
            give_back(&b.target);
        }
    }
    let Some(open) = now else {
        if let Some(card) = dom::element(id::CARD) {
            card.remove();
        }
        return;
    };
    let Some(card) = dom::html_element(id::CARD).or_else(new_dialog) else { return };
    let mentions = mentions_of(&open.target);
    if !same_target {
        if let Some(content) = content_of(&open.target) {
            let _ = card.append_child(&content);
        }
        let _ = card.set_attribute("aria-labelledby", &explainer_core::page::sheet_title_id(&open.target));
        light(&mentions);
    }
    mark_anchor_open(&open.anchor);
    set_stepper(&card, open, &mentions);
    position(&card, &open.anchor);
    if chosen_now {
        dom::focus(id::CARD);
    }
}

/// Opens the first name's card as a resting mouse would, and closes it, in one task: it is never painted, focus
/// stays where it was, and the address does not change (a card the mouse opened is not written to it).
///
/// Everything a card needs then runs once before the reader's first tap, which would otherwise pay for it: the
/// browser compiles WebAssembly lazily, a function the first time it is called, and lays out the card's styles and
/// fonts the first time they are used. Traced at 4x CPU, the first tap's click handler took 30 ms against 16 ms
/// for later taps; 10 ms of the difference was compiling (Chromium's `--no-wasm-lazy-compilation` took it away).
fn warm_up() {
    if state::now().card.is_some() {
        return; // a card is open: the work is done
    }
    let Some(name) = dom::first(selector::MENTION) else { return };
    let Some(target) = name.get_attribute(attr::TARGET) else { return };
    state::open(&target, &name.id(), OpenedBy::Hover);
    state::close();
}

/// The dialog, from the page's template: an empty frame with a close button, put at the end of the app.
fn new_dialog() -> Option<HtmlElement> {
    let template = dom::element(id::CARD_TEMPLATE)?.dyn_into::<web_sys::HtmlTemplateElement>().ok()?;
    let card = template.content().first_element_child()?.clone_node_with_deep(true).ok()?;
    dom::element(id::APP)?.append_child(&card).ok()?;
    card.dyn_into::<HtmlElement>().ok()
}

/// Every name of the open card's subject lights up.
fn light(names: &[Element]) {
    names.iter().for_each(|name| dom::set_class(name, state_class::LIT, true));
}

fn unlight(names: &[Element]) {
    names.iter().for_each(|name| dom::set_class(name, state_class::LIT, false));
}

/// The name or map feature the card is open beside says so, and which element it controls.
fn mark_anchor_open(anchor: &str) {
    let Some(el) = dom::element(anchor) else { return };
    if el.has_attribute("aria-expanded") {
        let _ = el.set_attribute("aria-expanded", "true");
    }
    let _ = el.set_attribute("aria-controls", id::CARD);
}

fn mark_anchor_closed(anchor: &str) {
    let Some(el) = dom::element(anchor) else { return };
    if el.has_attribute("aria-expanded") {
        let _ = el.set_attribute("aria-expanded", "false");
    }
    let _ = el.remove_attribute("aria-controls");
}

/// "Mention 2 of 5" when the card is at a name in the text, else how many there are: in the page's words and
/// digits, which the status carries (`attr::WORDS_AT`, `WORDS_COUNT`, `DIGITS`).
fn set_stepper(card: &HtmlElement, open: &OpenCard, mentions: &[Element]) {
    // Where the page holds none of the names (an embedded part), the prerendered words stand.
    if mentions.is_empty() {
        return;
    }
    let Ok(Some(status)) = card.query_selector(selector::STEPPER_STATUS) else { return };
    let words = |name: &str| status.get_attribute(name).unwrap_or_default();
    let text = match mentions.iter().position(|m| m.id() == open.anchor) {
        Some(at) => stepper::status_at(&words(attr::WORDS_AT), &words(attr::DIGITS), at, mentions.len()),
        None => words(attr::WORDS_COUNT),
    };
    status.set_text_content(Some(&text));
}

/// Previous and next: to the subject's next name in the text, with the card beside it.
fn step(forward: bool) {
    let Some(open) = state::now().card else { return };
    let mentions = mentions_of(&open.target);
    let at = mentions.iter().position(|m| m.id() == open.anchor);
    let Some(next) = stepper::step(at, mentions.len(), forward) else { return };
    let id = mentions[next].id();
    dom::jump_to(&id);
    state::open(&open.target, &id, OpenedBy::Activation);
}

/// Puts the card next to its anchor, in document coordinates so it scrolls with the text.
fn position(card: &HtmlElement, anchor_id: &str) {
    let Some(anchor) = dom::element(anchor_id) else { return };
    // A name that wraps over two lines has two boxes; the card goes next to the first one (Floating UI's `inline`).
    let rects = anchor.get_client_rects();
    let r = rects.get(0).unwrap_or_else(|| anchor.get_bounding_client_rect());
    let (vw, vh) = dom::viewport();
    let (sx, sy) = dom::scroll_offset();
    // Measured at its natural height: a cap left by an earlier placement would make a card placed again (after a
    // zoom or a resize) look shorter than it becomes once the new cap is set, and it would run over its anchor.
    dom::set_style(card, "max-height", "none");
    let size = card.get_bounding_client_rect();
    let p = place_card(
        Rect { x: r.x(), y: r.y(), width: r.width(), height: r.height() },
        size.width(),
        size.height(),
        vw,
        vh,
    );
    dom::set_style(card, "left", &dom::px(p.x + sx));
    dom::set_style(card, "top", &dom::px(p.y + sy));
    dom::set_style(card, "max-height", &dom::px(p.max_height));
    let _ = card.set_attribute(attr::SIDE, if p.side == Side::Above { "above" } else { "below" });
}
