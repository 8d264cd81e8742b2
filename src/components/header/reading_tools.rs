//! Reading aids for a classroom: larger or smaller text, and reading the article aloud with the browser's own
//! speech synthesis where it has one. The read-aloud button appears only where speech is available.

use crate::content::ARTICLE;
use crate::state::use_selection;
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast};

const SCALES: [f64; 5] = [0.9, 1.0, 1.15, 1.3, 1.5];
/// Per article: two explainers on one site keep their own setting.
fn storage_key() -> String {
    format!("explainer-{}-text-scale", ARTICLE.id)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn speech() -> Option<web_sys::SpeechSynthesis> {
    js_sys::Reflect::has(&window(), &"speechSynthesis".into()).ok()?.then(|| window().speech_synthesis().ok())?
}

#[component]
pub fn ReadingTools() -> impl IntoView {
    let selection = use_selection();
    let scale = RwSignal::new(1usize);
    let can_speak = RwSignal::new(false);
    let speaking = RwSignal::new(false);

    // After hydration: restore the reader's text size, and look for speech synthesis.
    Effect::new(move |first: Option<()>| {
        if first.is_none() {
            if let Some(saved) = storage().and_then(|s| s.get_item(&storage_key()).ok().flatten()) {
                if let Ok(i) = saved.parse::<usize>() {
                    scale.set(i.min(SCALES.len() - 1));
                }
            }
            can_speak.set(speech().is_some());
        }
        let i = scale.get();
        if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            crate::dom::set_style(&root, "--text-scale", &SCALES[i].to_string());
        }
        if let Some(s) = storage() {
            let _ = s.set_item(&storage_key(), &i.to_string());
        }
    });

    let read_aloud = move |_| {
        let Some(synth) = speech() else { return };
        if speaking.get_untracked() {
            synth.cancel();
            speaking.set(false);
            selection.highlighted.set(Vec::new());
            return;
        }
        speaking.set(true);
        let total = ARTICLE.paragraphs.len();
        for (n, p) in ARTICLE.paragraphs.iter().enumerate() {
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(p.text) else { continue };
            utterance.set_lang(ARTICLE.language);
            let sentences = p.sentences.to_vec();
            let on_start = Closure::<dyn FnMut()>::new(move || selection.show_sentences(&sentences));
            utterance.set_onstart(Some(on_start.as_ref().unchecked_ref()));
            on_start.forget();
            if n + 1 == total {
                let on_end = Closure::<dyn FnMut()>::new(move || {
                    speaking.set(false);
                    selection.highlighted.set(Vec::new());
                });
                utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
                on_end.forget();
            }
            synth.speak(&utterance);
        }
    };

    view! {
        <div class="reading-tools" role="group" aria-label="Reading aids">
            <button type="button" class="tool-button"
                disabled=move || scale.get() == 0
                on:click=move |_| scale.update(|i| *i = i.saturating_sub(1))>
                <span aria-hidden="true">"A−"</span><span class="visually-hidden">"Smaller text"</span>
            </button>
            <button type="button" class="tool-button"
                disabled=move || scale.get() + 1 == SCALES.len()
                on:click=move |_| scale.update(|i| *i = (*i + 1).min(SCALES.len() - 1))>
                <span aria-hidden="true">"A+"</span><span class="visually-hidden">"Larger text"</span>
            </button>
            <button type="button" class="tool-button tool-button--wide" hidden=move || !can_speak.get()
                aria-pressed=move || if speaking.get() { "true" } else { "false" }
                on:click=read_aloud>
                {move || if speaking.get() { "Stop reading" } else { "Read aloud" }}
            </button>
        </div>
    }
}
