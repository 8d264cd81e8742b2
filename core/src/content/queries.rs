//! Questions the views ask of the model. Kept here, not in components, so they are tested natively.

use super::model::*;

impl Article {
    /// The places the main map marks with a dot and a name (`MapInfo::marks`), with their indices.
    pub fn marked_places(&self) -> impl Iterator<Item = (Idx, &'static Place)> + '_ {
        let places: &'static [Place] = self.places;
        (0..places.len() as Idx)
            .map(move |i| (i, &places[i as usize]))
            .filter(|&(i, p)| self.map.marks(i, p.kind, p.map.is_some()))
    }

    pub fn target_id(&self, t: Target) -> &'static str {
        match t {
            Target::Actor(i) => self.actors[i as usize].id,
            Target::Place(i) => self.places[i as usize].id,
            Target::Term(i) => self.glossary[i as usize].id,
        }
    }

    /// The target's mentions, in reading order.
    pub fn mentions_of(&self, t: Target) -> &'static [Idx] {
        match t {
            Target::Actor(i) => self.actors[i as usize].mentions,
            Target::Place(i) => self.places[i as usize].mentions,
            Target::Term(i) => self.glossary[i as usize].mentions,
        }
    }

    /// The corrections that touched an item, oldest first.
    pub fn corrections_of(&self, item: Corrected) -> impl Iterator<Item = &'static Correction> + '_ {
        let corrections: &'static [Correction] = self.corrections;
        corrections.iter().filter(move |c| c.items.contains(&item))
    }

    /// The day of the latest correction, if any: when the explainer was last changed.
    pub fn last_corrected(&self) -> Option<&'static str> {
        self.corrections.iter().map(|c| c.date).max()
    }

    /// The places an actor card can show on the map.
    pub fn places_of_actor(&self, actor: Idx) -> impl Iterator<Item = (&'static Place, &'static PlaceTie)> + '_ {
        self.actors[actor as usize].places.iter().map(move |t| (&self.places[t.place as usize], t))
    }
}

impl ActorKind {
    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "Person",
            ActorKind::Organisation => "Organisation",
            ActorKind::State => "State",
            ActorKind::Media => "Media",
            ActorKind::Group => "Group",
            ActorKind::Platform => "Platform",
        }
    }
}

impl PlaceKind {
    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::City => "City",
            PlaceKind::Capital => "Capital city",
            PlaceKind::Square => "Square",
            PlaceKind::Country => "Country",
            PlaceKind::Border => "Border",
            PlaceKind::Region => "Region",
            PlaceKind::Metro => "Metro stations",
        }
    }
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::High => "high confidence",
            Confidence::Medium => "medium confidence",
            Confidence::Unverified => "unverified",
        }
    }
}

impl ClaimForm {
    pub fn label(self) -> &'static str {
        match self {
            ClaimForm::Quoted => "Quoted",
            ClaimForm::Reported => "Reported",
            ClaimForm::Implied => "Implied",
        }
    }
}

impl ResponseKind {
    pub fn label(self) -> &'static str {
        match self {
            ResponseKind::Denial => "Denial",
            ResponseKind::Rejection => "Rejection",
            ResponseKind::CounterClaim => "Counter-claim",
            ResponseKind::CounterAction => "Counter-action",
            ResponseKind::CounterCharacterisation => "Counter-characterisation",
        }
    }
}

impl EventStatus {
    pub fn label(self) -> &'static str {
        match self {
            EventStatus::Article => "in the article",
            EventStatus::Derived => "date worked out from the article",
            EventStatus::Context => "context, not in the article",
        }
    }
}
