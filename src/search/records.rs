//! The searchable form of a brief: one record per item, in document order, with each field's
//! text folded once; the names of actors and themes are folded once and shared by reference.

use std::collections::HashMap;

use super::Field;
use super::fold::{Folded, Folding, fold};
use crate::brief::{Brief, ItemRef, Section};

/// One searchable text and its loose folding.
#[derive(Debug, Clone)]
pub struct Entry {
    pub field: Field,
    pub text: String,
    pub folded: Folded,
}

impl Entry {
    pub fn new(field: Field, text: &str) -> Entry {
        Entry {
            field,
            text: text.to_string(),
            folded: fold(text, Folding::LOOSE),
        }
    }
}

/// One item: its own fields, and the actors and themes it involves (indices into
/// [`Records::actors`] and [`Records::themes`]).
#[derive(Debug, Clone)]
pub struct Record {
    pub item: ItemRef,
    pub id: String,
    pub entries: Vec<Entry>,
    pub actors: Vec<u32>,
    pub themes: Vec<u32>,
}

/// Every record of a brief, the shared names, and the ids folded for lookup.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub records: Vec<Record>,
    /// Per actor of the brief: its name (`Field::Actor`) and aliases (`Field::Alias`).
    pub actors: Vec<Vec<Entry>>,
    /// Per theme of the brief: its name.
    pub themes: Vec<Entry>,
    /// Each record's id, case folded, to its record index.
    pub ids: HashMap<String, u32>,
}

impl Records {
    /// One record per item, in document order: paragraphs, events, figures, positions,
    /// actors (the order the explorer's panes and `briefing search` list ties in).
    pub fn of(brief: &Brief) -> Records {
        let actor_index: HashMap<&str, u32> = index_by(brief.actors.iter().map(|a| a.id.as_str()));
        let theme_index: HashMap<&str, u32> = index_by(brief.themes.iter().map(|t| t.id.as_str()));
        let links = |actors: &[String], themes: &[String]| {
            let refs = |ids: &[String], index: &HashMap<&str, u32>| -> Vec<u32> {
                ids.iter()
                    .filter_map(|id| index.get(id.as_str()).copied())
                    .collect()
            };
            (refs(actors, &actor_index), refs(themes, &theme_index))
        };
        let mut records = Vec::new();
        let mut push = |section, index, id: &str, entries, (actors, themes)| {
            records.push(Record {
                item: ItemRef { section, index },
                id: id.to_string(),
                entries,
                actors,
                themes,
            });
        };
        for (index, paragraph) in brief.summary.iter().enumerate() {
            let mut entries = vec![Entry::new(Field::Text, &paragraph.text)];
            if let Some(section) = &paragraph.section {
                entries.push(Entry::new(Field::Title, section));
            }
            push(
                Section::Summary,
                index,
                &paragraph.id,
                entries,
                (vec![], vec![]),
            );
        }
        for (index, event) in brief.timeline.iter().enumerate() {
            let entries = vec![
                Entry::new(Field::Title, &event.title),
                Entry::new(Field::Date, &event.date.long()),
                Entry::new(Field::Text, &event.detail),
                Entry::new(Field::Quote, &event.quote),
            ];
            push(
                Section::Timeline,
                index,
                &event.id,
                entries,
                links(&event.actors, &event.themes),
            );
        }
        for (index, figure) in brief.figures.iter().enumerate() {
            let mut entries = vec![
                Entry::new(Field::Title, &figure.label),
                Entry::new(Field::Title, &figure.display_value()),
                Entry::new(Field::Quote, &figure.quote),
            ];
            if let Some(period) = &figure.period {
                entries.push(Entry::new(Field::Date, &period.long()));
            }
            if let Some(detail) = &figure.detail {
                entries.push(Entry::new(Field::Text, detail));
            }
            push(
                Section::Figures,
                index,
                &figure.id,
                entries,
                links(&figure.actors, &figure.themes),
            );
        }
        for (index, position) in brief.positions.iter().enumerate() {
            let entries = vec![
                Entry::new(Field::Title, &position.summary),
                Entry::new(Field::Issue, &position.issue),
                Entry::new(Field::Quote, &position.quote),
            ];
            let linked = links(&position.actors, &position.themes);
            push(Section::Positions, index, &position.id, entries, linked);
        }
        for (index, actor) in brief.actors.iter().enumerate() {
            let mut entries = vec![Entry::new(Field::Title, &actor.name)];
            entries.extend(
                actor
                    .aliases
                    .iter()
                    .map(|alias| Entry::new(Field::Alias, alias)),
            );
            if let Some(role) = &actor.role {
                entries.push(Entry::new(Field::Text, role));
            }
            push(Section::Actors, index, &actor.id, entries, (vec![], vec![]));
        }
        let (actors, themes) = linked_names(brief);
        let ids = ids_of(&records);
        Records {
            records,
            actors,
            themes,
            ids,
        }
    }
}

/// Each actor's name and aliases, and each theme's name, as linked items show them.
fn linked_names(brief: &Brief) -> (Vec<Vec<Entry>>, Vec<Entry>) {
    let actors = brief
        .actors
        .iter()
        .map(|actor| {
            std::iter::once(Entry::new(Field::Actor, &actor.name))
                .chain(
                    actor
                        .aliases
                        .iter()
                        .map(|alias| Entry::new(Field::Alias, alias)),
                )
                .collect()
        })
        .collect();
    let themes = brief
        .themes
        .iter()
        .map(|theme| Entry::new(Field::Theme, &theme.name))
        .collect();
    (actors, themes)
}

/// Each record's id, case folded, to its index.
fn ids_of(records: &[Record]) -> HashMap<String, u32> {
    records
        .iter()
        .enumerate()
        .map(|(index, record)| {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            (fold(&record.id, Folding::LOOSE).text, index)
        })
        .collect()
}

/// Position of each id in its list.
fn index_by<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.enumerate()
        .map(|(index, id)| (id, u32::try_from(index).unwrap_or(u32::MAX)))
        .collect()
}
