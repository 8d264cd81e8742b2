//! Dates, numbers and counts the way the article's language writes them, formatted by ICU4X when the page is made:
//! "23 August 2020", "23 août 2020", "23 أغسطس 2020" or, where the publisher writes Arabic-Indic digits,
//! "٢٣ أغسطس ٢٠٢٠". The browser formats nothing, so this costs the reader nothing.

use crate::geo::coordinates::hemisphere_of;
use crate::line::fill;
use crate::words::{Plural, Words};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use icu_plurals::{PluralCategory, PluralRules};
use std::str::FromStr;

/// The digits a publisher may choose (`[article] digits`): Western (0–9) or Arabic-Indic (٠–٩). Without a choice,
/// the language's own default in CLDR, which is Western digits for Arabic too.
pub const DIGITS: [&str; 2] = ["latn", "arab"];

/// The direction a language is written in: `rtl` for the scripts written right to left (Arabic, Hebrew, Persian,
/// Urdu and their neighbours), `ltr` for every other.
pub fn direction(language: &str) -> &'static str {
    const RIGHT_TO_LEFT: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb"];
    if RIGHT_TO_LEFT.contains(&crate::words::primary_language(language)) {
        "rtl"
    } else {
        "ltr"
    }
}

pub struct Locale {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    number: DecimalFormatter,
    plurals: PluralRules,
    /// The ten digits this locale writes, zero first: the browser uses them to fill in a count (`data-digits`).
    pub digits: String,
    /// Its BCP 47 tag (`en-GB`, `ar-u-nu-arab`): the browser writes the one date only it knows (the day an offline
    /// copy was saved) with it.
    pub tag: String,
}

impl Locale {
    /// `language` is a BCP 47 tag (`en-GB`, `fr`, `ar`); `digits` one of `DIGITS`, or none for the language's own.
    pub fn new(language: &str, digits: Option<&str>) -> Result<Locale, String> {
        let tag = match digits {
            Some(d) => format!("{language}-u-nu-{d}"),
            None => language.to_string(),
        };
        let locale = IcuLocale::from_str(&tag).map_err(|e| format!("'{tag}' is not a language tag: {e}"))?;
        let prefs = (&locale).into();
        let date = FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long())
            .map_err(|e| format!("no date format for '{tag}': {e}"))?;
        let number = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(|e| format!("no number format for '{tag}': {e}"))?;
        let plurals =
            PluralRules::try_new_cardinal((&locale).into()).map_err(|e| format!("no plural rules for '{tag}': {e}"))?;
        let digits = (0..10).map(|d| number.format(&Decimal::from(d)).to_string()).collect();
        Ok(Locale { date, number, plurals, digits, tag })
    }

    /// `2020-08-23` → `23 August 2020`; anything else is shown as written.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let [y, m, d] = parts.as_slice() else { return iso.to_string() };
        match (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) {
            (Ok(y), Ok(m), Ok(d)) if y.to_string().len() == 4 => match Date::try_new_gregorian(y, m, d) {
                Ok(date) => self.date.format(&date).to_string(),
                Err(_) => iso.to_string(),
            },
            _ => iso.to_string(),
        }
    }

    /// A whole number with the locale's digits and grouping: `1 247` in French.
    pub fn number(&self, n: u64) -> String {
        self.number.format(&Decimal::from(n)).to_string()
    }

    /// A number with `places` decimals, with the locale's digits and decimal mark: `53,6884` in French.
    pub fn decimal(&self, value: f64, places: u32) -> String {
        let written = format!("{:.*}", places as usize, value);
        match Decimal::from_str(&written) {
            Ok(d) => self.number.format(&d).to_string(),
            Err(_) => written,
        }
    }

    /// A measure as short as it can be written: `0,5` or `20`.
    pub fn measure(&self, value: f64) -> String {
        self.decimal(value, if value.fract() == 0.0 { 0 } else { 1 })
    }

    /// `53.6884° N, 23.8258° E` in the locale's digits and decimal mark, with the catalogue's compass words.
    pub fn coordinates(&self, words: &Words, (lat, lon): (f64, f64), places: u32) -> String {
        let m = &words.map;
        let one = |value: f64, positive: &str, negative: &str| {
            format!("{}° {}", self.decimal(value.abs(), places), hemisphere_of(value, places, positive, negative))
        };
        format!("{}{}{}", one(lat, &m.north, &m.south), words.punctuation.list, one(lon, &m.east, &m.west))
    }

    /// The form of `line` for the count `n`, with `{n}` filled in.
    pub fn count(&self, line: &Plural, n: u64) -> String {
        let category = category_name(self.plurals.category_for(n));
        let form = line.0.get(category).or_else(|| line.0.get("other")).map_or("{n}", String::as_str);
        fill(form, &[("n", &self.number(n))])
    }

    /// Every plural line has each form the language needs, and none it never uses.
    pub fn check(&self, words: &Words) -> Vec<String> {
        let needed: Vec<&str> = self.plurals.categories().map(category_name).collect();
        let mut problems = Vec::new();
        for (key, plural) in words.plurals() {
            for category in &needed {
                if !plural.0.contains_key(*category) {
                    problems.push(format!("{key}: the language needs the plural form '{category}'"));
                }
            }
            for category in plural.0.keys() {
                if !needed.contains(&category.as_str()) {
                    problems.push(format!("{key}: the language has no plural form '{category}'"));
                }
            }
        }
        problems
    }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_the_language_s_way() {
        let en = Locale::new("en-GB", None).unwrap();
        assert_eq!(en.date("2020-08-23"), "23 August 2020");
        assert_eq!(en.date("2026-11-03"), "3 November 2026");
        assert_eq!(Locale::new("fr", None).unwrap().date("2020-08-23"), "23 août 2020");
        assert_eq!(Locale::new("ar", Some("latn")).unwrap().date("2020-08-23"), "23 أغسطس 2020");
        assert_eq!(Locale::new("ar", Some("arab")).unwrap().date("2020-08-23"), "٢٣ أغسطس ٢٠٢٠");
    }

    #[test]
    fn anything_but_a_day_is_shown_as_written() {
        let en = Locale::new("en-GB", None).unwrap();
        for s in ["2020-13-01", "2020-08", "23 Aug 2020", "", "2020-xx-01", "2020-02-30"] {
            assert_eq!(en.date(s), s);
        }
    }

    #[test]
    fn numbers_take_the_locale_s_digits_and_marks() {
        let fr = Locale::new("fr", None).unwrap();
        assert_eq!(fr.number(1247), "1\u{202f}247");
        assert_eq!(fr.decimal(53.68842, 4), "53,6884");
        assert_eq!([fr.measure(0.5), fr.measure(20.0)], ["0,5", "20"]);
        let ar = Locale::new("ar", Some("arab")).unwrap();
        assert_eq!(ar.number(247), "٢٤٧");
        assert_eq!(ar.digits, "٠١٢٣٤٥٦٧٨٩");
        assert_eq!(Locale::new("en", None).unwrap().digits, "0123456789");
    }

    #[test]
    fn a_count_takes_its_language_s_form() {
        let line = |forms: &[(&str, &str)]| Plural(forms.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
        let en = Locale::new("en", None).unwrap();
        let corrections = line(&[("one", "{n} correction"), ("other", "{n} corrections")]);
        assert_eq!(en.count(&corrections, 1), "1 correction");
        assert_eq!(en.count(&corrections, 8), "8 corrections");
        let ar = Locale::new("ar", None).unwrap();
        let forms =
            line(&[("zero", "z"), ("one", "o"), ("two", "t"), ("few", "{n} f"), ("many", "{n} m"), ("other", "x")]);
        assert_eq!([0, 1, 2, 3, 11, 100].map(|n| ar.count(&forms, n)), ["z", "o", "t", "3 f", "11 m", "x"]);
    }
}
