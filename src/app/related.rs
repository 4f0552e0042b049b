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
        Section::Themes => theme_items(brief, item),
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

/// A theme's items: every event, figure and position carrying it, in document order.
fn theme_items(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let Some(theme) = brief.themes.get(item.index) else {
        return Vec::new();
    };
    brief
        .items_of_theme(&theme.id)
        .into_iter()
        .map(|inner| Related {
            item: inner,
            reason: String::new(),
        })
        .collect()
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

/// Weights of what two quoted items share. A theme is the brief's own grouping; a paragraph
/// or a series ties items closer still.
const PARAGRAPH: u32 = 8;
/// How many related items a detail offers; `related_left_out` counts the rest.
pub const BEST: usize = 8;
const SERIES: u32 = 6;
const THEME: u32 = 3;

/// How much sharing `actor` says: twice `ln(items / items naming it)`, rounded down (inverse
/// document frequency); 0 for an actor named by more than a third of the items.
fn rarity(brief: &Brief, quoted: &[ItemRef], actor: &str) -> u32 {
    let naming = quoted
        .iter()
        .filter(|item| brief.actors_of(**item).iter().any(|a| a == actor))
        .count()
        .max(1);
    if naming * 3 > quoted.len() {
        return 0;
    }
    #[allow(clippy::cast_precision_loss, clippy::cast_sign_loss)]
    let weight = ((quoted.len() as f64 / naming as f64).ln() * 2.0) as u32;
    weight
}

fn series_of(brief: &Brief, item: ItemRef) -> Option<&str> {
    match item.section {
        Section::Figures => brief.figures.get(item.index)?.series.as_deref(),
        _ => None,
    }
}

/// How many related items `related_items` leaves out beyond the `BEST`.
pub fn related_left_out(brief: &Brief, item: ItemRef) -> usize {
    match item.section {
        Section::Timeline | Section::Figures | Section::Positions => {
            scored_related(brief, item).len().saturating_sub(BEST)
        }
        _ => 0,
    }
}

fn quoted_related(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let mut related = Vec::new();
    if let Some(index) = brief
        .paragraph_of(item)
        .and_then(|id| brief.summary.iter().position(|p| p.id == id))
    {
        related.push(Related {
            item: ItemRef {
                section: Section::Summary,
                index,
            },
            reason: "source paragraph".to_string(),
        });
    }
    related.extend(scored_related(brief, item).into_iter().take(BEST));
    related.extend(brief.actors_of(item).iter().filter_map(|id| {
        brief.find(id).map(|actor| Related {
            item: actor,
            reason: "actor".to_string(),
        })
    }));
    related
}

/// Every quoted item sharing something with `item`, most related first, ties in document
/// order.
fn scored_related(brief: &Brief, item: ItemRef) -> Vec<Related> {
    let paragraph = brief.paragraph_of(item);
    let actors = brief.actors_of(item);
    let themes = brief.themes_of(item);
    let series = series_of(brief, item);
    let quoted: Vec<ItemRef> = brief.quoted_items().collect();
    let mut scored: Vec<(u32, Related)> = Vec::new();
    for other in quoted.iter().copied().filter(|other| *other != item) {
        let same_paragraph = paragraph.is_some() && brief.paragraph_of(other) == paragraph;
        let same_series = series.is_some() && series_of(brief, other) == series;
        let shared_themes: Vec<&str> = brief
            .themes_of(other)
            .iter()
            .filter(|theme| themes.contains(theme))
            .map(|theme| brief.theme_name(theme))
            .collect();
        let shared: Vec<&String> = brief
            .actors_of(other)
            .iter()
            .filter(|actor| actors.contains(actor))
            .collect();
        // Rare actors only: one most items name (China, Russia) says nothing.
        let rare: Vec<(&str, u32)> = shared
            .iter()
            .map(|actor| (brief.actor_name(actor), rarity(brief, &quoted, actor)))
            .filter(|(_, weight)| *weight > 0)
            .collect();
        let score = u32::from(same_paragraph) * PARAGRAPH
            + u32::from(same_series) * SERIES
            + shared_themes.len() as u32 * THEME
            + rare.iter().map(|(_, weight)| weight).sum::<u32>();
        if score == 0 {
            continue;
        }
        let mut reasons = Vec::new();
        if same_paragraph {
            reasons.push("same paragraph".to_string());
        }
        if same_series {
            reasons.push("same series".to_string());
        }
        if !shared_themes.is_empty() {
            reasons.push(shared_themes.join(", "));
        }
        if !rare.is_empty() {
            let names: Vec<&str> = rare.iter().map(|(name, _)| *name).collect();
            reasons.push(names.join(", "));
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
    scored.into_iter().map(|(_, related)| related).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_means_paragraph_series_theme_or_a_rare_actor_and_only_the_best() {
        let brief = crate::brief::load_embedded().unwrap();
        let quoted: Vec<ItemRef> = brief.quoted_items().collect();
        assert_eq!(rarity(&brief, &quoted, "china"), 0, "China is everywhere");
        assert_eq!(rarity(&brief, &quoted, "russia"), 0, "so is Russia");
        for item in &quoted {
            let related = related_items(&brief, *item);
            let items: Vec<&Related> = related
                .iter()
                .filter(|r| !matches!(r.item.section, Section::Summary | Section::Actors))
                .collect();
            assert!(items.len() <= BEST, "{item:?}: {}", items.len());
            let all = scored_related(&brief, *item).len();
            assert_eq!(related_left_out(&brief, *item), all.saturating_sub(BEST));
            for r in &items {
                assert!(!r.reason.is_empty(), "{item:?} -> {:?}", r.item);
                assert!(
                    !r.reason.contains("China") && !r.reason.contains("Russia")
                        || r.reason.contains("same")
                        || r.reason.split(" · ").count() > 1,
                    "related through China or Russia alone: {:?}",
                    r.reason
                );
            }
        }
        // A figure's first related items are its paragraph's and its series'.
        let trade = brief.find("f-trade-1992").unwrap();
        let related = related_items(&brief, trade);
        assert!(related[1].reason.contains("same"), "{related:?}");
        let other = brief.find("f-trade-2006").unwrap();
        let at = related
            .iter()
            .position(|r| r.item == other)
            .expect("its series");
        assert!(at <= 2, "{related:?}");
    }
}
