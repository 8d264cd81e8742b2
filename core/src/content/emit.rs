//! Writes a validated `Article` as Rust source for a `static`, so the wasm app gets its content as plain data.

use super::model::*;
use std::fmt::Write;

/// Rust source for `pub static <name>: explainer_core::geo::MapShapes = …;`.
pub fn map_static(name: &str, map: &crate::geo::MapShapes) -> String {
    let mut out = String::new();
    let _ = write!(out, "pub static {name}: ::explainer_core::geo::MapShapes = ");
    map.emit(&mut out);
    out.push_str(";\n");
    out
}

/// Rust source for `pub static <name>: explainer_core::content::Article = …;`.
pub fn article_static(name: &str, article: &Article) -> String {
    let mut out = String::new();
    let _ = write!(out, "pub static {name}: ::explainer_core::content::Article = ");
    article.emit(&mut out);
    out.push_str(";\n");
    out
}

/// Types that can write themselves as a Rust constant expression.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for &'static str {
    fn emit(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal: quotes, backslashes and controls are escaped.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for Idx {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for f64 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self:?}_f64");
    }
}

impl<A: Emit, B: Emit> Emit for (A, B) {
    fn emit(&self, out: &mut String) {
        out.push('(');
        self.0.emit(out);
        out.push(',');
        self.1.emit(out);
        out.push(')');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Emit> Emit for &'static [T] {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

/// Structs are written field by field under their full path.
macro_rules! emit_struct {
    ($($ty:ident { $($field:ident),* $(,)? })*) => { emit_struct!(@in "content" $($ty { $($field),* })*); };
    (@in $module:literal $($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!("::explainer_core::", $module, "::", stringify!($ty), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}

/// Enums whose variants carry nothing, or one index.
macro_rules! emit_enum {
    ($($ty:ident { $($unit:ident),* $(,)? } $({ $($tuple:ident),* })?)*) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                match self {
                    $($ty::$unit => out.push_str(concat!("::explainer_core::content::", stringify!($ty), "::", stringify!($unit))),)*
                    $($($ty::$tuple(i) => {
                        let _ = write!(out, concat!("::explainer_core::content::", stringify!($ty), "::", stringify!($tuple), "({})"), i);
                    })*)?
                }
            }
        }
    )*};
}

emit_struct! {
    Article { id, title, description, short_title, publisher, published, url, language, fiction, sources, paragraphs, sentences, mentions, actors, places, claims, timeline, glossary, questions, distances, map }
    MapInfo { after, description, credits, region, projection, true_scale, countries, borders, home, inset }
    MapCountry { name, place, labels }
    MapBorder { between, place, label, anchor }
    Inset { title, places, width_km }
    Source { key, title, url, publisher, date }
    Paragraph { id, kind, text, sentences }
    Sentence { id, index, paragraph, text, runs }
    Mention { id, target, text, sentence, nth }
    ContextLine { text, source, confidence }
    Actor { id, reference, name, kind, kind_note, roles, spellings, context, says, places, mentions }
    Quote { text, sentence }
    PlaceTie { place, note, sentence }
    Place { id, reference, name, kind, coords, map, label, coords_source, context, mentions, sentences }
    Distance { from, to, label, source, confidence }
    Claim { id, reference, topic, by, by_note, form, quote, expanded, responses, no_response_note, context, framing }
    Framing { quote, note }
    Response { by, kind, kind_note, quote, note }
    Event { id, date, label, title, status, quote, source, confidence }
    Term { id, term, definition, source, confidence, mentions }
}

use crate::geo::region::Region;
use crate::geo::{BorderShape, CountryShape, MapShapes};
emit_struct! {
    @in "geo"
    Region { west, east, south, north }
    MapShapes { width, height, units_per_km, source, countries, borders }
    CountryShape { id, name, path, featured, labels, label_from_px, label_side }
    BorderShape { id, name, path, label, label_anchor, label_dy_em }
}

emit_enum! {
    ParagraphKind { Caption, Body, Subhead, Tweet, TweetCredit, Credit }
    Confidence { High, Medium, Unverified }
    ActorKind { Person, Organisation, State, Media, Group, Platform }
    PlaceKind { City, Capital, Square, Country, Border, Region, Metro }
    ClaimForm { Quoted, Reported, Implied }
    ResponseKind { Denial, Rejection, CounterClaim, CounterAction, CounterCharacterisation }
    EventStatus { Article, Derived, Context }
    LabelSide { Right, Left, Above, Below, AboveRight, BelowRight, AboveLeft, BelowLeft }
    Target { } { Actor, Place, Term }
}

impl Emit for Run {
    fn emit(&self, out: &mut String) {
        match self {
            Run::Text(t) => {
                out.push_str("::explainer_core::content::Run::Text(");
                t.emit(out);
                out.push(')');
            }
            Run::Mention(i) => {
                let _ = write!(out, "::explainer_core::content::Run::Mention({i})");
            }
        }
    }
}
