//! Which of the device's voices reads the article aloud: one for the page's language, never another language's
//! (an English voice reading Arabic reads nonsense). The browser lists its voices; this decides.

/// What read-aloud does with the voices the device lists.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum VoiceChoice {
    /// The voice at this index speaks the page's language: the one for its region if there is one.
    Use(usize),
    /// The device lists voices, none in the page's language: say so, and read nothing.
    NoneForLanguage,
    /// The device lists no voices yet (some browsers load them late): let the browser pick by language.
    Unknown,
}

/// `page` is the page's language (`ar`, `fr-FR`); `voices` are the voices' languages (`ar-SA`, `en_US`), in the
/// device's order.
pub fn choose_voice(page: &str, voices: &[String]) -> VoiceChoice {
    if voices.is_empty() {
        return VoiceChoice::Unknown;
    }
    let normal = |tag: &str| tag.replace('_', "-").to_ascii_lowercase();
    let page = normal(page);
    let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_string();
    let exact = voices.iter().position(|v| normal(v) == page);
    let same_language = voices.iter().position(|v| primary(&normal(v)) == primary(&page));
    exact.or(same_language).map_or(VoiceChoice::NoneForLanguage, VoiceChoice::Use)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_voice_in_the_page_s_language_reads_it() {
        assert_eq!(choose_voice("ar", &langs(&["en-US", "ar-SA"])), VoiceChoice::Use(1));
        assert_eq!(choose_voice("fr-CA", &langs(&["fr-FR", "fr_CA"])), VoiceChoice::Use(1), "its region first");
        assert_eq!(choose_voice("EN", &langs(&["en-GB"])), VoiceChoice::Use(0));
    }

    #[test]
    fn no_voice_in_the_language_is_said_not_read_in_another() {
        assert_eq!(choose_voice("ar", &langs(&["en-US", "fr-FR"])), VoiceChoice::NoneForLanguage);
        assert_eq!(choose_voice("ar", &langs(&["arn-CL"])), VoiceChoice::NoneForLanguage, "Mapudungun is not Arabic");
        assert_eq!(choose_voice("ar", &[]), VoiceChoice::Unknown);
    }
}
