//! Which items each paragraph holds and each actor is named in, found once per brief: the
//! explorer asks on every key press and every frame, and scanning every item each time
//! costs milliseconds over the thousands of items of all briefs merged.

use std::collections::HashMap;

use super::{Brief, ItemRef, Section};

/// The items of a brief by paragraph and by actor (each by its index in the brief's list),
/// in the order `Brief::items_in_paragraph` and `Brief::items_of_actor` give them (section
/// order, then document order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    by_paragraph: Vec<Vec<ItemRef>>,
    by_actor: Vec<Vec<ItemRef>>,
    /// The most events, figures and positions naming any one actor.
    most: (usize, usize, usize),
}

impl Links {
    /// One pass over the brief's events, figures and positions: linear in the items and the
    /// actors they name.
    pub fn of(brief: &Brief) -> Links {
        let paragraphs: HashMap<&str, usize> = brief
            .summary
            .iter()
            .enumerate()
            .map(|(index, p)| (p.id.as_str(), index))
            .collect();
        let actors: HashMap<&str, usize> = brief
            .actors
            .iter()
            .enumerate()
            .map(|(index, a)| (a.id.as_str(), index))
            .collect();
        let mut links = Links {
            by_paragraph: vec![Vec::new(); brief.summary.len()],
            by_actor: vec![Vec::new(); brief.actors.len()],
            most: (0, 0, 0),
        };
        for item in brief.quoted_items() {
            if let Some(&paragraph) = brief.paragraph_of(item).and_then(|p| paragraphs.get(p)) {
                links.by_paragraph[paragraph].push(item);
            }
            for actor in brief.actors_of(item) {
                let Some(&actor) = actors.get(actor.as_str()) else {
                    continue;
                };
                let items = &mut links.by_actor[actor];
                // An item naming an actor twice is one of its items.
                if items.last() != Some(&item) {
                    items.push(item);
                }
            }
        }
        for actor in 0..links.by_actor.len() {
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

    /// The events, figures and positions whose quote lies in the paragraph at this index of
    /// `summary`: what `Brief::items_in_paragraph` returns, without scanning. None past the
    /// end.
    pub fn in_paragraph(&self, paragraph: usize) -> &[ItemRef] {
        self.by_paragraph.get(paragraph).map_or(&[], Vec::as_slice)
    }

    /// The events, figures and positions naming the actor at this index of `actors`: what
    /// `Brief::items_of_actor` returns, without scanning. None past the end.
    pub fn of_actor(&self, actor: usize) -> &[ItemRef] {
        self.by_actor.get(actor).map_or(&[], Vec::as_slice)
    }

    /// How many events, figures and positions name the actor at this index (the Actors
    /// pane's columns).
    pub fn actor_counts(&self, actor: usize) -> (usize, usize, usize) {
        let items = self.of_actor(actor);
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
        for (index, paragraph) in brief.summary.iter().enumerate() {
            assert_eq!(
                links.in_paragraph(index),
                brief.items_in_paragraph(&paragraph.id).as_slice(),
                "{}",
                paragraph.id
            );
        }
        let mut named = 0;
        for (index, actor) in brief.actors.iter().enumerate() {
            let scanned = brief.items_of_actor(&actor.id);
            named += scanned.len();
            assert_eq!(links.of_actor(index), scanned.as_slice(), "{}", actor.id);
        }
        assert!(named > 0, "the embedded brief's actors are named somewhere");
        assert_eq!(links.in_paragraph(brief.summary.len()), &[]);
        assert_eq!(links.actor_counts(brief.actors.len()), (0, 0, 0));
        let most = (0..brief.actors.len())
            .map(|a| links.actor_counts(a))
            .fold((0, 0, 0), |m, c| (m.0.max(c.0), m.1.max(c.1), m.2.max(c.2)));
        assert_eq!(links.most_counts(), most);
    }
}
