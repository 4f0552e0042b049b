//! Which items each paragraph holds and each actor is named in, found once per brief: the
//! explorer asks on every key press and every frame, and scanning every item each time
//! costs milliseconds over the thousands of items of all briefs merged.

use std::collections::HashMap;

use super::{Brief, ItemRef, Section};

/// The items of a brief by paragraph and by actor, in the order `Brief::items_in_paragraph`
/// and `Brief::items_of_actor` give them (section order, then document order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    by_paragraph: HashMap<String, Vec<ItemRef>>,
    by_actor: HashMap<String, Vec<ItemRef>>,
    /// The most events, figures and positions naming any one actor.
    most: (usize, usize, usize),
}

impl Links {
    /// One pass over the brief's events, figures and positions: linear in the items and the
    /// actors they name.
    pub fn of(brief: &Brief) -> Links {
        let mut links = Links::default();
        for item in brief.quoted_items() {
            if let Some(paragraph) = brief.paragraph_of(item) {
                links
                    .by_paragraph
                    .entry(paragraph.to_string())
                    .or_default()
                    .push(item);
            }
            for actor in brief.actors_of(item) {
                let items = links.by_actor.entry(actor.clone()).or_default();
                // An item naming an actor twice is one of its items.
                if items.last() != Some(&item) {
                    items.push(item);
                }
            }
        }
        for actor in links.by_actor.keys() {
            let (events, figures, positions) = links.actor_counts(actor);
            let most = &mut links.most;
            *most = (
                most.0.max(events),
                most.1.max(figures),
                most.2.max(positions),
            );
        }
        links
    }

    /// The most events, the most figures and the most positions naming any one actor (each
    /// maximum taken on its own): what the Actors pane sizes its count columns by.
    pub fn most_counts(&self) -> (usize, usize, usize) {
        self.most
    }

    /// The events, figures and positions whose quote lies in the paragraph with this id:
    /// what `Brief::items_in_paragraph` returns, without scanning.
    pub fn in_paragraph(&self, paragraph_id: &str) -> &[ItemRef] {
        self.by_paragraph
            .get(paragraph_id)
            .map_or(&[], Vec::as_slice)
    }

    /// The events, figures and positions naming the actor with this id: what
    /// `Brief::items_of_actor` returns, without scanning.
    pub fn of_actor(&self, actor_id: &str) -> &[ItemRef] {
        self.by_actor.get(actor_id).map_or(&[], Vec::as_slice)
    }

    /// How many events, figures and positions name the actor (the Actors pane's columns).
    pub fn actor_counts(&self, actor_id: &str) -> (usize, usize, usize) {
        let items = self.of_actor(actor_id);
        let count = |section| items.iter().filter(|i| i.section == section).count();
        (
            count(Section::Timeline),
            count(Section::Figures),
            count(Section::Positions),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_links_give_what_scanning_the_brief_gives() {
        let brief = super::super::load_embedded().expect("embedded brief loads");
        let links = Links::of(&brief);
        for paragraph in &brief.summary {
            assert_eq!(
                links.in_paragraph(&paragraph.id),
                brief.items_in_paragraph(&paragraph.id).as_slice(),
                "{}",
                paragraph.id
            );
        }
        let mut named = 0;
        for actor in &brief.actors {
            let scanned = brief.items_of_actor(&actor.id);
            named += scanned.len();
            assert_eq!(
                links.of_actor(&actor.id),
                scanned.as_slice(),
                "{}",
                actor.id
            );
        }
        assert!(named > 0, "the embedded brief's actors are named somewhere");
        assert_eq!(links.in_paragraph("no-such-paragraph"), &[]);
        assert_eq!(links.actor_counts("no-such-actor"), (0, 0, 0));
        let most = brief
            .actors
            .iter()
            .map(|a| links.actor_counts(&a.id))
            .fold((0, 0, 0), |m, c| (m.0.max(c.0), m.1.max(c.1), m.2.max(c.2)));
        assert_eq!(links.most_counts(), most);
    }
}
