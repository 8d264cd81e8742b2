//! Reading aids for a classroom: larger or smaller text, kept per article; reading the article aloud with the
//! browser's own speech synthesis where it has one (the button stays hidden elsewhere), the page's own text,
//! paragraph by paragraph, in the page's language; and, where a mouse can hover, a switch that stops cards opening
//! on hover, kept for the whole site (WCAG 2.2's 1.4.13 asks that hover content can be avoided).

use super::dom::{self, document, window};
use super::state;
use explainer_core::page::{self, attr, id, selector};
use explainer_core::voices::{choose_voice, VoiceChoice};
use wasm_bindgen::{closure::Closure, JsCast};

/// The text sizes, as the values of the CSS variable `--text-scale`; the page starts at the second.
const SCALES: [&str; 5] = ["0.9", "1", "1.15", "1.3", "1.5"];
const START: usize = 1;

/// Kept for every article of the site: a reader who finds cards on hover in the way finds them so everywhere.
const HOVER_CARDS_KEY: &str = "explainer-hover-cards";
const OFF: &str = "off";

/// Per article (`<html data-article>`): two explainers on one site keep their own text size.
fn storage_key() -> String {
    let article = document().document_element().and_then(|root| root.get_attribute(attr::ARTICLE)).unwrap_or_default();
    format!("explainer-{article}-text-scale")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn speech() -> Option<web_sys::SpeechSynthesis> {
    js_sys::Reflect::has(&window(), &"speechSynthesis".into()).ok()?.then(|| window().speech_synthesis().ok())?
}

pub fn start() {
    let read_aloud = dom::first(selector::READ_ALOUD).filter(|_| speech().is_some());
    state::show(move |before, after| {
        if before.text_scale != after.text_scale {
            show_text_scale(after.text_scale);
        }
        if let (Some(button), true) = (&read_aloud, before.speaking != after.speaking) {
            let _ = button.set_attribute("aria-pressed", if after.speaking { "true" } else { "false" });
            dom::show_words(button, after.speaking);
        }
    });
    if let Some(button) = dom::first(selector::READ_ALOUD).filter(|_| speech().is_some()) {
        let _ = button.remove_attribute("hidden");
    }
    start_hover_switch();
    let saved = storage().and_then(|s| s.get_item(&storage_key()).ok().flatten()).and_then(|v| v.parse::<usize>().ok());
    let scale = saved.unwrap_or(START).min(SCALES.len() - 1);
    state::update(move |s| s.text_scale = scale);
    show_text_scale(scale);
}

/// The text size buttons, and read-aloud.
pub fn on_click(ev: &web_sys::MouseEvent) {
    if let Some(button) = dom::closest(ev.target(), selector::TEXT_SIZE) {
        let larger = button.get_attribute(attr::TEXT_SIZE).as_deref() == Some("larger");
        state::update(move |s| {
            s.text_scale =
                if larger { (s.text_scale + 1).min(SCALES.len() - 1) } else { s.text_scale.saturating_sub(1) }
        });
    } else if dom::closest(ev.target(), selector::READ_ALOUD).is_some() {
        read_aloud_or_stop();
    } else if dom::closest(ev.target(), selector::HOVER_CARDS).is_some() {
        let on = !state::now().hover_cards;
        state::update(move |s| s.hover_cards = on);
        if let Some(s) = storage() {
            let _ = if on { s.remove_item(HOVER_CARDS_KEY) } else { s.set_item(HOVER_CARDS_KEY, OFF) };
        }
    }
}

/// The switch shows only where a mouse can hover (on a touch screen there is nothing to switch off), with the
/// reader's choice from an earlier visit.
fn start_hover_switch() {
    let Some(switch) = dom::first(selector::HOVER_CARDS) else { return };
    state::show(move |before, after| {
        if before.hover_cards != after.hover_cards {
            let _ = switch.set_attribute("aria-checked", if after.hover_cards { "true" } else { "false" });
        }
    });
    let saved_off = storage().and_then(|s| s.get_item(HOVER_CARDS_KEY).ok().flatten()).is_some_and(|v| v == OFF);
    state::update(move |s| s.hover_cards = !saved_off);
    if dom::can_hover() {
        if let Some(switch) = dom::first(selector::HOVER_CARDS) {
            let _ = switch.remove_attribute("hidden");
        }
    }
}

/// The page's text size, the buttons that reach its ends disabled, and the reader's choice kept.
fn show_text_scale(i: usize) {
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        dom::set_style(&root, "--text-scale", SCALES[i]);
    }
    for (button, limit) in [("smaller", 0), ("larger", SCALES.len() - 1)] {
        if let Some(el) = dom::first(&page::text_size_button(button)) {
            let _ = if i == limit { el.set_attribute("disabled", "") } else { el.remove_attribute("disabled") };
        }
    }
    if let Some(s) = storage() {
        let _ = s.set_item(&storage_key(), &i.to_string());
    }
}

fn read_aloud_or_stop() {
    let Some(synth) = speech() else { return };
    if state::now().speaking {
        synth.cancel();
        state::update(|s| {
            s.speaking = false;
            s.highlighted = Vec::new();
        });
        return;
    }
    let language = document().document_element().and_then(|root| root.get_attribute("lang")).unwrap_or_default();
    // Unchecked: the list holds nothing but voices (and a test may stand in its own list for the device's).
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth.get_voices().iter().map(|v| v.unchecked_into()).collect();
    let voice = match choose_voice(&language, &voices.iter().map(|v| v.lang()).collect::<Vec<_>>()) {
        VoiceChoice::Use(i) => Some(voices[i].clone()),
        VoiceChoice::Unknown => None,
        // Never another language's voice: the page says so instead, in its own words.
        VoiceChoice::NoneForLanguage => {
            if let Some(note) = dom::element(id::NO_VOICE) {
                let _ = note.remove_attribute("hidden");
            }
            return;
        }
    };
    state::update(|s| s.speaking = true);
    // The article's paragraphs and subheads, in reading order, each with its sentences.
    let paragraphs = dom::all(selector::PARAGRAPH);
    let total = paragraphs.len();
    for (n, p) in paragraphs.iter().enumerate() {
        let text = p.text_content().unwrap_or_default();
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else { continue };
        utterance.set_lang(&language);
        utterance.set_voice(voice.as_ref());
        let sentences: Vec<String> = dom::all_in(p, selector::SENTENCE).iter().map(|s| s.id()).collect();
        let on_start = Closure::<dyn FnMut()>::new(move || super::sentences::show_sentences(sentences.clone()));
        utterance.set_onstart(Some(on_start.as_ref().unchecked_ref()));
        on_start.forget();
        if n + 1 == total {
            let on_end = Closure::<dyn FnMut()>::new(|| {
                state::update(|s| {
                    s.speaking = false;
                    s.highlighted = Vec::new();
                })
            });
            utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
            on_end.forget();
        }
        synth.speak(&utterance);
    }
}
