//! What an item's detail offers to go to next: items sharing its paragraph, actors or themes.

use crate::brief::{Brief, ItemRef, Section};

/// A related item and what it shares with the one open ("same paragraph · Trade · China").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub item: ItemRef,
    pub reason: String,
}

/// The items related to `item`, most related first, ties in document order.
pub fn related_items(brief: &Brief, item: ItemRef) -> Vec<Related> {
    match item.section {
        Section::Summary => paragraph_items(brief, item),
        Section::Actors => actor_items(brief, item),
        Section::Themes => Vec::new(),
        Section::Timeline | Section::Figures | Section::Positions => quoted_related(brief, item),
    }
}

fn paragraph_items(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let Some(paragraph) = brief.summary.get(item.index) else {
        return Vec::new();
    };
    let items = brief.items_in_paragraph(&paragraph.id);
    let mut related: Vec<Related> = items
        .iter()
        .map(|&inner| Related {
            item: inner,
            reason: "in this paragraph".to_string(),
        })
        .collect();
    let mut actors: Vec<&str> = Vec::new();
    for inner in &items {
        for actor in brief.actors_of(*inner) {
            if !actors.contains(&actor.as_str()) {
                actors.push(actor);
            }
        }
    }
    related.extend(actors.into_iter().filter_map(|id| {
        brief.find(id).map(|actor| Related {
            item: actor,
            reason: "named here".to_string(),
        })
    }));
    related
}

fn actor_items(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let Some(actor) = brief.actors.get(item.index) else {
        return Vec::new();
    };
    let mut related: Vec<Related> = brief
        .items_of_actor(&actor.id)
        .into_iter()
        .map(|inner| Related {
            item: inner,
            reason: String::new(),
        })
        .collect();
    for (index, other) in brief.actors.iter().enumerate() {
        let linked = other.affiliation.as_deref() == Some(actor.id.as_str())
            || actor.affiliation.as_deref() == Some(other.id.as_str());
        if linked && index != item.index {
            related.push(Related {
                item: ItemRef {
                    section: Section::Actors,
                    index,
                },
                reason: "affiliated".to_string(),
            });
        }
    }
    related
}

fn quoted_related(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let paragraph = brief.paragraph_of(item);
    let actors = brief.actors_of(item);
    let themes = brief.themes_of(item);
    let mut related = Vec::new();
    if let Some(index) = paragraph.and_then(|id| brief.summary.iter().position(|p| p.id == id)) {
        related.push(Related {
            item: ItemRef {
                section: Section::Summary,
                index,
            },
            reason: "source paragraph".to_string(),
        });
    }
    let mut scored: Vec<(usize, Related)> = Vec::new();
    for other in brief.quoted_items().filter(|other| *other != item) {
        let same_paragraph = paragraph.is_some() && brief.paragraph_of(other) == paragraph;
        let shared_themes: Vec<&str> = brief
            .themes_of(other)
            .iter()
            .filter(|theme| themes.contains(theme))
            .map(|theme| brief.theme_name(theme))
            .collect();
        let shared_actors: Vec<&str> = brief
            .actors_of(other)
            .iter()
            .filter(|actor| actors.contains(actor))
            .map(|actor| brief.actor_name(actor))
            .collect();
        let score = usize::from(same_paragraph) * 4 + shared_themes.len() * 2 + shared_actors.len();
        if score == 0 {
            continue;
        }
        let mut reasons = Vec::new();
        if same_paragraph {
            reasons.push("same paragraph".to_string());
        }
        if !shared_themes.is_empty() {
            reasons.push(shared_themes.join(", "));
        }
        if !shared_actors.is_empty() {
            reasons.push(shared_actors.join(", "));
        }
        scored.push((
            score,
            Related {
                item: other,
                reason: reasons.join(" · "),
            },
        ));
    }
    // A stable sort keeps document order among equals.
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    related.extend(scored.into_iter().map(|(_, related)| related));
    related.extend(actors.iter().filter_map(|id| {
        brief.find(id).map(|actor| Related {
            item: actor,
            reason: "actor".to_string(),
        })
    }));
    related
}
