//! The map's drawable shapes, already projected into SVG units. The prerender makes them, when it runs, from the
//! article's map extract, `map/<article-id>.json` (`geo::load`).

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapShapes {
    pub width: f64,
    pub height: f64,
    /// SVG units per kilometre, for the scale bar.
    pub units_per_km: f64,
    pub source: &'static str,
    /// Every country with land in the frame: the content's own (`featured`) and the land around them.
    pub countries: &'static [CountryShape],
    pub borders: &'static [BorderShape],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountryShape {
    /// The content file's place id for this country, when it has one, so map and text link up.
    pub id: &'static str,
    /// Its Natural Earth name.
    pub name: &'static str,
    /// Its name as the map writes it, in the article's language (`[map] names`, else Natural Earth's).
    pub label: &'static str,
    /// SVG path data.
    pub path: &'static str,
    /// One of the content file's `[map] countries`: tinted, named, and linked to its place.
    pub featured: bool,
    /// Where its name is written; empty where it is not (a country of the base map too small for its name).
    pub labels: &'static [(f64, f64)],
    /// The narrowest drawn map width, in px, at which the name fits inside the country (0: always; the content
    /// file's own positions are always shown). See `geo::country_name`.
    pub label_from_px: u16,
    /// The side of the country's land its name is written on, and how far out (em), where the land is too small to
    /// hold it.
    pub label_side: Option<(crate::content::LabelSide, f64)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BorderShape {
    pub id: &'static str,
    pub name: &'static str,
    /// SVG path data.
    pub path: &'static str,
    /// Where the name is written, its SVG text anchor, and how far its first line is moved down (in em) to be
    /// clear of the map's other names (`map_names`).
    pub label: (f64, f64),
    pub label_anchor: &'static str,
    pub label_dy_em: f64,
}

impl BorderShape {
    /// The border's name in short lines, so it fits beside its line on a phone: broken after the dash between the
    /// countries and before the last word ("Belarus–" / "Lithuania " / "border"). A line keeps the space that ended
    /// it, so the name reads whole as text.
    pub fn label_lines(&self) -> Vec<&'static str> {
        let name: &'static str = self.name;
        let (head, last) = match name.rfind(' ') {
            Some(space) => (&name[..=space], Some(&name[space + 1..])),
            None => (name, None),
        };
        let mut lines: Vec<&'static str> = match head.find('–') {
            Some(dash) => vec![&head[..dash + '–'.len_utf8()], &head[dash + '–'.len_utf8()..]],
            None => vec![head],
        };
        lines.extend(last);
        lines.retain(|l| !l.is_empty());
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::BorderShape;

    fn border(name: &'static str) -> BorderShape {
        BorderShape { id: "b", name, path: "", label: (0.0, 0.0), label_anchor: "start", label_dy_em: 0.0 }
    }

    #[test]
    fn a_border_name_breaks_after_its_dash_and_before_its_last_word() {
        assert_eq!(border("Belarus–Lithuania border").label_lines(), vec!["Belarus–", "Lithuania ", "border"]);
        assert_eq!(border("Green Line").label_lines(), vec!["Green ", "Line"]);
        assert_eq!(border("Frontier").label_lines(), vec!["Frontier"]);
    }
}
