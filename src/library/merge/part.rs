//! One brief taken back out of all briefs merged, for what only means something per brief:
//! its slides (a deck over every brief of a library would run to thousands of slides).

use std::collections::HashSet;

use super::BRIEF_MARK;
use crate::brief::{Brief, ItemRef, Section};

/// The items of one brief of a merged brief, as a brief of their own, and where each of
/// them is in the merged brief.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The brief's paragraphs, events, figures and positions (ids still qualified
    /// `BRIEF/ITEM`, titles without the `BRIEF · ` mark), the actors and themes they name;
    /// the merged brief's meta, without its source, titled by the brief's id (the caller
    /// knows its real title).
    pub brief: Brief,
    /// Per section, the merged index of each of the part's items, in order.
    merged: [Vec<usize>; 6],
}

fn slot(section: Section) -> usize {
    match section {
        Section::Summary => 0,
        Section::Timeline => 1,
        Section::Figures => 2,
        Section::Positions => 3,
        Section::Actors => 4,
        Section::Themes => 5,
    }
}

impl Part {
    /// The merged brief's item that the part's `item` is.
    pub fn merged_item(&self, item: ItemRef) -> Option<ItemRef> {
        self.merged[slot(item.section)]
            .get(item.index)
            .map(|&index| ItemRef {
                section: item.section,
                index,
            })
    }
}

/// Keeps the items whose id is `prefix…`, with their merged indices.
fn keep<T: Clone>(items: &[T], id: impl Fn(&T) -> &str, prefix: &str) -> (Vec<T>, Vec<usize>) {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| id(item).starts_with(prefix))
        .map(|(index, item)| (item.clone(), index))
        .unzip()
}

/// `text` without the mark `merge` put before it for brief `id`.
fn unmarked(text: &mut String, id: &str) {
    let mark = format!("{id}{BRIEF_MARK}");
    if text.starts_with(&mark) {
        text.drain(..mark.len());
    }
}

/// The brief `id` out of `merged` (a brief `library::merge` made): linear in the merged
/// brief's items. Nothing of another brief comes along but the actors and themes its items
/// name (merged actors are shared across briefs).
pub fn part(merged: &Brief, id: &str) -> Part {
    let prefix = format!("{id}/");
    let (mut summary, paragraphs) = keep(&merged.summary, |p| &p.id, &prefix);
    let (mut timeline, events) = keep(&merged.timeline, |e| &e.id, &prefix);
    let (mut figures, figure_indices) = keep(&merged.figures, |f| &f.id, &prefix);
    let (mut positions, position_indices) = keep(&merged.positions, |p| &p.id, &prefix);
    for paragraph in &mut summary {
        if let Some(section) = &mut paragraph.section {
            unmarked(section, id);
        }
    }
    for event in &mut timeline {
        unmarked(&mut event.title, id);
    }
    for figure in &mut figures {
        unmarked(&mut figure.label, id);
    }
    for position in &mut positions {
        unmarked(&mut position.issue, id);
        unmarked(&mut position.summary, id);
    }
    let named: HashSet<&str> = timeline
        .iter()
        .flat_map(|e| &e.actors)
        .chain(figures.iter().flat_map(|f| &f.actors))
        .chain(
            positions
                .iter()
                .flat_map(|p| p.actors.iter().chain(&p.stated_by)),
        )
        .map(String::as_str)
        .collect();
    let carried: HashSet<&str> = timeline
        .iter()
        .flat_map(|e| &e.themes)
        .chain(figures.iter().flat_map(|f| &f.themes))
        .chain(positions.iter().flat_map(|p| &p.themes))
        .map(String::as_str)
        .collect();
    let (actors, actor_indices): (Vec<_>, Vec<usize>) = merged
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| named.contains(a.id.as_str()) || a.id.starts_with(&prefix))
        .map(|(index, a)| (a.clone(), index))
        .unzip();
    let (themes, theme_indices): (Vec<_>, Vec<usize>) = merged
        .themes
        .iter()
        .enumerate()
        .filter(|(_, t)| carried.contains(t.id.as_str()))
        .map(|(index, t)| (t.clone(), index))
        .unzip();
    let mut meta = merged.meta.clone();
    meta.source = String::new();
    meta.title = id.to_string();
    meta.subtitle = None;
    Part {
        brief: Brief {
            meta,
            summary,
            actors,
            themes,
            timeline,
            figures,
            positions,
            deck: None,
        },
        merged: [
            paragraphs,
            events,
            figure_indices,
            position_indices,
            actor_indices,
            theme_indices,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::merge::merge;

    #[test]
    fn a_part_is_its_brief_again_and_points_back_into_the_merge() {
        let embedded = crate::brief::load_embedded().unwrap();
        let taiwan = crate::brief::load_file(std::path::Path::new(
            "tests/fixtures/library/taiwan-v1.toml",
        ))
        .unwrap();
        let merged = merge(vec![
            ("taiwan-v1".to_string(), taiwan.clone()),
            ("eai".to_string(), embedded.clone()),
        ])
        .brief;
        let part = part(&merged, "eai");
        let brief = &part.brief;
        assert_eq!(brief.summary.len(), embedded.summary.len());
        assert_eq!(brief.timeline.len(), embedded.timeline.len());
        assert_eq!(brief.figures.len(), embedded.figures.len());
        assert_eq!(brief.positions.len(), embedded.positions.len());
        // Titles as the brief wrote them, in its own order (the timeline sorted by date).
        let titles: Vec<&str> = brief.timeline.iter().map(|e| e.title.as_str()).collect();
        let mut own: Vec<&crate::brief::TimelineEvent> = embedded.timeline.iter().collect();
        own.sort_by(|a, b| a.date.cmp(&b.date));
        assert_eq!(
            titles,
            own.iter().map(|e| e.title.as_str()).collect::<Vec<_>>()
        );
        assert!(brief.actors.iter().any(|a| a.name == "China"));
        assert!(brief.timeline.iter().all(|e| e.id.starts_with("eai/")));
        // Every item points back at the same item of the merge.
        for (index, event) in brief.timeline.iter().enumerate() {
            let back = part
                .merged_item(ItemRef {
                    section: Section::Timeline,
                    index,
                })
                .unwrap();
            assert_eq!(merged.timeline[back.index].id, event.id);
        }
        let none = super::part(&merged, "no-such-brief");
        assert!(none.brief.timeline.is_empty() && none.brief.actors.is_empty());
    }
}
