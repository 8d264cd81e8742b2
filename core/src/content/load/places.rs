//! Places, projected onto the locator map at build time, and the distances drawn between them.

use super::*;
use crate::geo::label_layout::{place_names, sides_from, MapFrame, NameToPlace, PLACE_NAME};
use crate::geo::map_names::content_country_names;

impl Loader {
    /// Every place, with the sentences that speak of it: its own mentions, and the ties actors make to it.
    pub(super) fn places(&mut self, places: &[src::Place], mentions: &[Mention], actors: &[Actor]) -> Vec<Place> {
        places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let own = mentions_of(mentions, Target::Place(i as Idx));
                let mut sentences: BTreeSet<Idx> = own.iter().map(|&m| mentions[m as usize].sentence).collect();
                for a in actors {
                    for tie in a.places.iter().filter(|t| t.place == i as Idx) {
                        sentences.extend(tie.sentence);
                    }
                }
                self.place(p, own, leak(sentences.into_iter().collect()))
            })
            .collect()
    }

    pub(super) fn place(&mut self, p: &src::Place, mentions: &'static [Idx], sentences: &'static [Idx]) -> Place {
        let item = format!("place '{}'", p.id);
        let kind = p.kind;
        let coords = match (p.lat, p.lon) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Some((lat, lon))
            }
            (None, None) => None,
            _ => {
                self.error(&item, "lat and lon must both be given, in range");
                None
            }
        };
        let coords_source = match (&p.coords_source, coords) {
            (Some(key), _) => Some(self.source(&item, key)),
            (None, Some(_)) => {
                self.error(&item, "coordinates need a coords_source");
                None
            }
            (None, None) => None,
        };
        let context = self.context(&item, &p.context, 3);
        let label = p.label.unwrap_or(LabelSide::Right);
        if let Some((lat, lon)) = coords {
            self.inside_region(&item, "its point", lat, lon);
        }
        let map = coords.and_then(|(lat, lon)| Some(self.frame?.1.project(lat, lon)));
        Place {
            id: leak_str(p.id.clone()),
            reference: leak_str(p.reference.clone()),
            name: leak_str(p.name.clone()),
            kind,
            coords,
            map,
            label,
            coords_source,
            context,
            mentions,
            sentences,
        }
    }

    /// A country the map draws by its outline, with no point of its own, is found on the map at its name: that is
    /// where "Show on map" takes the reader.
    pub(super) fn country_points(&self, places: &mut [Place], map: &MapInfo) {
        let Some((_, frame)) = self.frame else { return };
        for c in map.countries {
            if let (Some(p), Some(&(lon, lat))) = (c.place, c.labels.first()) {
                let place = &mut places[p as usize];
                if place.map.is_none() {
                    place.map = Some(frame.project(lat, lon));
                }
            }
        }
    }

    /// Each marked place's name on the side of its marker where it fits (`geo::label_layout`), tried in the order
    /// the map ranks them: the places the article speaks of most first.
    pub(super) fn place_labels(&self, places: &mut [Place], map: &MapInfo) {
        let Some((_, frame)) = self.frame else { return };
        let marked: Vec<usize> =
            (0..places.len()).filter(|&i| map.marks(i as Idx, places[i].kind, places[i].map.is_some())).collect();
        let mut names: Vec<NameToPlace> = marked
            .iter()
            .filter_map(|&i| {
                let p = &places[i];
                let (chars, sides) = (p.name.chars().count(), sides_from(p.label));
                Some(NameToPlace::round(p.map?, (0.0, 0.0), chars, PLACE_NAME, &sides, &[0.0]))
            })
            .collect();
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(places[marked[k]].sentences.len()));
        // The country names the content places itself stay where they are, and go first: the places keep off them.
        let fixed = content_country_names(map, &frame);
        order.splice(0..0, names.len()..names.len() + fixed.len());
        names.extend(fixed);
        let map_frame = MapFrame {
            width: frame.width,
            height: frame.height,
            inset: map.inset.is_some(),
            scale_bar: map.true_scale,
        };
        let chosen = place_names(map_frame, &names, &order, |_, _| false);
        for (&i, spot) in marked.iter().zip(chosen) {
            places[i].label = sides_from(places[i].label)[spot];
        }
    }

    pub(super) fn distance(&mut self, d: &src::Distance) -> Distance {
        let item = format!("distance '{}'–'{}'", d.from, d.to);
        let place = |id: &str, this: &mut Self| match this.place_ix.get(id) {
            Some(&i) => i,
            None => {
                this.error(&item, format!("unknown place '{id}'"));
                0
            }
        };
        let from = place(&d.from, self);
        let to = place(&d.to, self);
        let source = self.source(&item, &d.source);
        let confidence = d.confidence;
        Distance { from, to, label: leak_str(d.label.clone()), source, confidence }
    }
}
