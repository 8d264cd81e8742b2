//! The names the build places once the map's shapes are known, after the places' (which the content loader placed
//! and which now stay put): each border's name near the point the content gives, and the names of the story's
//! countries too small to hold them, beside their land and off their neighbours'. `label_layout` finds the spots.

use super::country_name;
use super::label_layout::{place_names, sides_from, MapFrame, NameToPlace, Spot, AWAY_EM, COUNTRY_NAME, PLACE_NAME};
use super::label_side::anchor;
use super::map_view::NARROWEST_MAP_PX;
use super::projection::Frame;
use super::shapes::{BorderShape, CountryShape};
use crate::content::{Article, LabelSide, MapInfo};
use crate::leak::leak;

/// The map's countries, with those to name beside their land and every country's land (in the shapes' order), in
/// SVG units.
pub struct Countries {
    pub shapes: Vec<CountryShape>,
    pub beside: Vec<Beside>,
    pub lands: Vec<Vec<Vec<(f64, f64)>>>,
}

/// The map's borders, with points along each where its name may go.
pub struct Borders {
    pub shapes: Vec<BorderShape>,
    pub along: Vec<Vec<(f64, f64)>>,
}

/// A country to name beside its land: its index among the shapes, the middle of its largest part and half that
/// part's size, in SVG units.
pub struct Beside {
    pub shape: usize,
    pub centre: (f64, f64),
    pub half: (f64, f64),
}

/// A border's name: 12.5 px semibold, in short lines (`BorderShape::label_lines`), each 1.15 em below the last.
const BORDER_NAME: (f64, f64) = (12.5, 0.62);
/// How far a border's name may move up or down from the content's point, in em: a line and a half.
const BORDER_SHIFT_EM: f64 = 1.5;

/// Places the borders' and the small countries' names, with the places' names as they are.
pub fn lay_out(frame: &Frame, article: &Article, countries: &mut Countries, borders: &mut Borders) {
    let Countries { shapes: countries, beside, lands } = countries;
    let Borders { shapes: borders, along: along_borders } = borders;
    let along_borders: &[Vec<(f64, f64)>] = along_borders;
    let mut names: Vec<NameToPlace> = article
        .marked_places()
        .filter_map(|(_, p)| {
            let mut name =
                NameToPlace::round(p.map?, (0.0, 0.0), p.name.chars().count(), PLACE_NAME, &[p.label], &[0.0]);
            name.fixed = true;
            Some(name)
        })
        .collect();
    names.extend(content_country_names(&article.map, frame));
    let first_border = names.len();
    names.extend(borders.iter().zip(along_borders).map(|(b, along)| border_name(b, along)));
    let first_country = names.len();
    names.extend(beside.iter().map(|b| {
        let chars = countries[b.shape].label.chars().count();
        NameToPlace::round(b.centre, b.half, chars, COUNTRY_NAME, &sides_from(LabelSide::Below), &AWAY_EM)
            .with_finger_height()
    }));
    let map_frame = MapFrame {
        width: frame.width,
        height: frame.height,
        inset: article.map.inset.is_some(),
        scale_bar: article.map.true_scale,
    };
    let order: Vec<usize> = (0..names.len()).collect();
    // A name beside its land is written over the sea, not over a neighbour's land, where it would name that.
    let on_other_land = |i: usize, (l, t, r, b): (f64, f64, f64, f64)| {
        let Some(own) = i.checked_sub(first_country).and_then(|k| beside.get(k)).map(|b| b.shape) else { return false };
        let mut samples = (0..5).flat_map(|a| (0..3).map(move |c| (f64::from(a) / 4.0, f64::from(c) / 2.0)));
        samples.any(|(a, c)| {
            let point = (l + a * (r - l), t + c * (b - t));
            lands.iter().enumerate().any(|(k, rings)| k != own && country_name::on_land(rings, point))
        })
    };
    let chosen = place_names(map_frame, &names, &order, on_other_land);
    for ((border, along), &spot) in borders.iter_mut().zip(along_borders).zip(&chosen[first_border..first_country]) {
        let ((at, anchor, dy), _) = border_spots(border, along)[spot];
        (border.label, border.label_anchor, border.label_dy_em) = (at, anchor, dy);
    }
    for (b, &spot) in beside.iter().zip(&chosen[first_country..]) {
        let sides = sides_from(LabelSide::Below);
        let (side, away) = (sides[spot % sides.len()], AWAY_EM[spot / sides.len()]);
        countries[b.shape].labels = leak(vec![anchor(b.centre, b.half, side)]);
        countries[b.shape].label_side = Some((side, away));
    }
}

/// A border's name at the content's point: as the content anchors it, then anchored the other ways, then moved a
/// line and a half up or down; then at points along the border, starting or ending there.
fn border_name(border: &BorderShape, along: &[(f64, f64)]) -> NameToPlace {
    let spots = border_spots(border, along).into_iter().map(|(_, spot)| spot).collect();
    NameToPlace { point: border.label, spots, fixed: false, marker: false }
}

/// A border name's position: its point, text anchor and first line's shift in em.
type BorderLabel = ((f64, f64), &'static str, f64);

/// Each position a border's name may take, and its spot.
fn border_spots(border: &BorderShape, along: &[(f64, f64)]) -> Vec<(BorderLabel, Spot)> {
    let (font_px, letter_em) = BORDER_NAME;
    let lines = border.label_lines();
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * letter_em * font_px;
    let mut anchors = vec![border.label_anchor];
    anchors.extend(["start", "middle", "end"].into_iter().filter(|&a| a != border.label_anchor));
    let at_point = [0.0, -BORDER_SHIFT_EM, BORDER_SHIFT_EM]
        .into_iter()
        .flat_map(|shift| anchors.clone().into_iter().map(move |a| (border.label, a, shift)));
    let on_line = along.iter().flat_map(|&p| {
        [0.0, -BORDER_SHIFT_EM, BORDER_SHIFT_EM]
            .into_iter()
            .flat_map(move |shift| [(p, "start", shift), (p, "end", shift)])
    });
    at_point
        .chain(on_line)
        .map(|(at, a, shift)| {
            let (left, right) = match a {
                "start" => (0.0, width),
                "end" => (-width, 0.0),
                _ => (-width / 2.0, width / 2.0),
            };
            let (top, bottom) =
                ((shift - 0.95) * font_px, (shift + 1.15 * (lines.len() as f64 - 1.0) + 0.26) * font_px);
            let from = (at.0 - border.label.0, at.1 - border.label.1);
            ((at, a, shift), Spot { from, box_px: (left, top, right, bottom) })
        })
        .collect()
}

/// The names the content file places itself of the countries that are places (their names open cards): fixed, for
/// the other names to keep off. A country that is no place gives way instead (the app hides its name where it
/// overlaps one of higher rank, as it ranks every name).
pub fn content_country_names(map: &MapInfo, frame: &Frame) -> Vec<NameToPlace> {
    let named = map.countries.iter().filter(|c| c.place.is_some());
    named
        .flat_map(|c| c.labels.iter().map(move |&label| (c, label)))
        .map(|(c, (lon, lat))| {
            NameToPlace::country_name_at(frame.project(lat, lon), map.name_of(c.name).chars().count())
        })
        .collect()
}

/// The places' markers and names as boxes in SVG units, as wide as on the narrowest map (the largest they get
/// against the land): a country's name written inside its land keeps off them.
pub struct PlaceNames(Vec<(f64, f64, f64, f64)>);

impl PlaceNames {
    pub fn of(article: &Article, frame: &Frame) -> PlaceNames {
        let units_per_px = frame.width / NARROWEST_MAP_PX;
        let (font_px, letter_em) = PLACE_NAME;
        let boxes = article
            .marked_places()
            .filter_map(|(_, p)| p.map.map(|point| (p, point)))
            .flat_map(|(p, (x, y))| {
                let (l, t, r, b) = p.label.extent_em(p.name.chars().count() as f64 * letter_em);
                let at = |v: f64| v * font_px * units_per_px;
                let dot = 8.0 * units_per_px;
                [(x + at(l), y + at(t), x + at(r), y + at(b)), (x - dot, y - dot, x + dot, y + dot)]
            })
            .collect();
        PlaceNames(boxes)
    }

    /// Whether the box (left, top, right, bottom) overlaps a place's marker or name.
    pub fn covers(&self, (l, t, r, b): (f64, f64, f64, f64)) -> bool {
        self.0.iter().any(|&(pl, pt, pr, pb)| l < pr && pl < r && t < pb && pt < b)
    }
}
