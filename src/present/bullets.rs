//! Items as bullets and sources, and the wording slides take from the brief's text: a
//! paragraph's first sentence, its headline, the labels of a list it introduces.

use super::{Bullet, LABEL_LENGTH, Source};
use std::collections::HashSet;

use crate::brief::{Brief, BriefDate, ItemRef, Section, sentences};

/// One bullet an item, skipping items that repeat a quote already shown (an event and the
/// figure drawn from the same sentence).
pub(super) fn bullets(brief: &Brief, items: impl Iterator<Item = ItemRef>) -> Vec<Bullet> {
    let mut quotes = HashSet::new();
    items
        .filter(|item| quotes.insert(brief.quote_of(*item).unwrap_or_default().to_string()))
        .filter_map(|item| bullet(brief, item))
        .collect()
}

fn bullet(brief: &Brief, item: ItemRef) -> Option<Bullet> {
    let ItemRef { section, index } = item;
    match section {
        Section::Timeline => brief.timeline.get(index).map(|event| Bullet {
            lead: (event.date != BriefDate::Undated).then(|| event.date.short()),
            text: event.title.clone(),
        }),
        Section::Figures => brief.figures.get(index).map(|figure| Bullet {
            lead: Some(figure.display_value()),
            text: figure.label.clone(),
        }),
        Section::Positions => brief.positions.get(index).map(|position| {
            let names: Vec<String> = position
                .actors
                .iter()
                .map(|id| brief.actor_name(id).to_string())
                .collect();
            Bullet {
                lead: Some(crate::brief::join_names(&names)),
                text: position.summary.clone(),
            }
        }),
        Section::Summary => brief.summary.get(index).map(|paragraph| Bullet {
            lead: None,
            text: first_sentence(&paragraph.text),
        }),
        Section::Actors | Section::Themes => None,
    }
}

/// The sources behind a slide's items: each item's id, a line naming it and its quote;
/// items without an id or a quote are left out.
pub(super) fn sources(brief: &Brief, items: &[ItemRef]) -> Vec<Source> {
    items
        .iter()
        .filter_map(|item| {
            let title = match item.section {
                Section::Summary => format!("Paragraph {} of the summary", item.index + 1),
                Section::Positions => brief
                    .positions
                    .get(item.index)
                    .map_or_else(|| brief.title_of(*item), |p| position_line(brief, p)),
                _ => brief.title_of(*item),
            };
            Some(Source {
                id: brief.id_of(*item)?.to_string(),
                title,
                quote: brief.quote_of(*item)?.to_string(),
            })
        })
        .collect()
}

/// Who holds a position and on what, as a sentence reads: "China and Russia oppose · US
/// unilateralism", with the verb agreeing with the number of actors.
fn position_line(brief: &Brief, position: &crate::brief::Position) -> String {
    let names: Vec<String> = position
        .actors
        .iter()
        .map(|id| brief.actor_name(id).to_string())
        .collect();
    let verb = position.stance.verb_for(names.len());
    format!(
        "{} {verb} · {}",
        crate::brief::join_names(&names),
        position.issue
    )
}

/// The text of a list item without its marker ("- ", "• "), or `None` for other text.
fn list_item(text: &str) -> Option<&str> {
    let text = text.trim_start();
    text.strip_prefix("- ")
        .or_else(|| text.strip_prefix("• "))
        .or_else(|| text.strip_prefix("* "))
}

/// The list items right after paragraph `index`, when that paragraph introduces them: it is
/// not a list item itself and does not end a sentence.
pub(super) fn list_after(brief: &Brief, index: usize) -> Vec<&str> {
    let Some(paragraph) = brief.summary.get(index) else {
        return Vec::new();
    };
    let text = paragraph.text.trim_end();
    let ends_sentence = text.ends_with(['.', '!', '?', '"', '”', '’']);
    if list_item(text).is_some() || ends_sentence {
        return Vec::new();
    }
    brief.summary[index + 1..]
        .iter()
        .map_while(|next| list_item(&next.text))
        .collect()
}

/// A list item's label: "- Iran's nuclear program. The plan…" gives "Iran's nuclear program".
pub(super) fn list_label(text: &str) -> String {
    let sentence = first_sentence(list_item(text).unwrap_or(text));
    let label = sentence.trim_end_matches(['.', '…']);
    if label.chars().count() <= LABEL_LENGTH {
        return label.to_string();
    }
    let mut cut = String::new();
    for word in label.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 1 > LABEL_LENGTH {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// What a key point says, large: the first sentence, without a list marker. A list item that
/// opens with a short label ("Strait of Hormuz.") keeps its next sentence too.
pub fn headline(text: &str) -> String {
    let Some(item) = list_item(text) else {
        return first_sentence(text);
    };
    let label = first_sentence(item);
    let rest = item[label.len().min(item.len())..].trim_start();
    if label.split_whitespace().count() <= 5 && !rest.is_empty() {
        format!("{}: {}", label.trim_end_matches('.'), first_sentence(rest))
    } else {
        label
    }
}

/// The text up to the end of its first sentence, by the importer's sentence rules
/// ([`sentences::split`]: a stop before a capital, except after `U.S.`, `Mr.`, an initial),
/// or the whole text. A sentence the source leaves unfinished ends in "…".
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    if let Some(first) = sentences::split(text, 0..text.len()).first()
        && first.end < text.len()
    {
        return text[..first.end].to_string();
    }
    match text.strip_suffix(',') {
        Some(unfinished) => format!("{unfinished}…"),
        None => text.to_string(),
    }
}
