//! The searchable form of a brief: one record per item, in document order, each field's text
//! and loose folding kept in two buffers for the whole brief (a few allocations, not one
//! per field), the names of actors and themes kept once and shared by reference.

use std::collections::HashMap;

use super::Field;
use super::fold::{FoldedRef, Folding, fold_into};
use super::matching::char_mask;
use crate::brief::{Brief, ItemRef, Section};

/// Byte range of a text in one of the buffers, or of entries in the entry list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One searchable text: its kind, where its original and folded text are kept, and the map
/// from folded chars to original chars when that is not the identity.
#[derive(Debug, Clone)]
pub struct Entry {
    pub field: Field,
    text: Span,
    folded: Span,
    map: Option<Box<[u32]>>,
}

/// One item: its own fields, and the actors and themes it involves (indices into the
/// brief's lists).
#[derive(Debug, Clone)]
pub struct Record {
    pub item: ItemRef,
    id: Span,
    id_folded: Span,
    entries: Span,
    pub actors: Box<[u32]>,
    pub themes: Box<[u32]>,
    /// The folded text of all own fields, one after another: a cheap first check.
    own: Span,
    /// [`char_mask`] of `own`.
    pub mask: u64,
}

/// Every record of a brief and the texts they point into.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub records: Vec<Record>,
    entries: Vec<Entry>,
    /// Per actor of the brief: its name (`Field::Actor`) and aliases (`Field::Alias`).
    actors: Vec<Span>,
    /// Per theme of the brief: the entry of its name.
    themes: Vec<u32>,
    original: String,
    folded: String,
}

impl Records {
    /// One record per item, in document order: paragraphs, events, figures, positions,
    /// actors, themes (the order the explorer's panes and `briefing search` list ties in).
    pub fn of(brief: &Brief) -> Records {
        let mut records = Records::default();
        for actor in &brief.actors {
            let start = records.entries.len();
            records.push_entry(Field::Actor, &actor.name);
            for alias in &actor.aliases {
                records.push_entry(Field::Alias, alias);
            }
            records.actors.push(span(start, records.entries.len()));
        }
        for theme in &brief.themes {
            records.themes.push(to_u32(records.entries.len()));
            records.push_entry(Field::Theme, &theme.name);
        }
        let actor_index = index_by(brief.actors.iter().map(|a| a.id.as_str()));
        let theme_index = index_by(brief.themes.iter().map(|t| t.id.as_str()));
        let links = |actors: &[String], themes: &[String]| {
            let find = |ids: &[String], index: &HashMap<&str, u32>| -> Box<[u32]> {
                ids.iter()
                    .filter_map(|id| index.get(id.as_str()).copied())
                    .collect()
            };
            (find(actors, &actor_index), find(themes, &theme_index))
        };
        for (index, paragraph) in brief.summary.iter().enumerate() {
            let mut fields = vec![(Field::Text, paragraph.text.as_str())];
            fields.extend(paragraph.section.as_deref().map(|s| (Field::Title, s)));
            records.push_record(
                Section::Summary,
                index,
                &paragraph.id,
                &fields,
                Default::default(),
            );
        }
        for (index, event) in brief.timeline.iter().enumerate() {
            let date = event.date.long();
            let fields = [
                (Field::Title, event.title.as_str()),
                (Field::Date, date.as_str()),
                (Field::Text, event.detail.as_str()),
                (Field::Quote, event.quote.as_str()),
            ];
            let linked = links(&event.actors, &event.themes);
            records.push_record(Section::Timeline, index, &event.id, &fields, linked);
        }
        for (index, figure) in brief.figures.iter().enumerate() {
            let value = figure.display_value();
            let period = figure.period.as_ref().map(crate::brief::BriefDate::long);
            let mut fields = vec![
                (Field::Title, figure.label.as_str()),
                (Field::Title, value.as_str()),
                (Field::Quote, figure.quote.as_str()),
            ];
            fields.extend(period.as_deref().map(|p| (Field::Date, p)));
            fields.extend(figure.detail.as_deref().map(|d| (Field::Text, d)));
            let linked = links(&figure.actors, &figure.themes);
            records.push_record(Section::Figures, index, &figure.id, &fields, linked);
        }
        for (index, position) in brief.positions.iter().enumerate() {
            let fields = [
                (Field::Title, position.summary.as_str()),
                (Field::Issue, position.issue.as_str()),
                (Field::Quote, position.quote.as_str()),
            ];
            let linked = links(&position.actors, &position.themes);
            records.push_record(Section::Positions, index, &position.id, &fields, linked);
        }
        for (index, actor) in brief.actors.iter().enumerate() {
            let mut fields = vec![(Field::Title, actor.name.as_str())];
            fields.extend(actor.aliases.iter().map(|a| (Field::Alias, a.as_str())));
            fields.extend(actor.role.as_deref().map(|r| (Field::Text, r)));
            records.push_record(
                Section::Actors,
                index,
                &actor.id,
                &fields,
                Default::default(),
            );
        }
        for (index, theme) in brief.themes.iter().enumerate() {
            let fields = [(Field::Title, theme.name.as_str())];
            records.push_record(
                Section::Themes,
                index,
                &theme.id,
                &fields,
                Default::default(),
            );
        }
        records
    }

    fn push_text(&mut self, text: &str) -> Span {
        let start = self.original.len();
        self.original.push_str(text);
        span(start, self.original.len())
    }

    fn push_entry(&mut self, field: Field, text: &str) {
        let original = self.push_text(text);
        let start = self.folded.len();
        let map = fold_into(text, Folding::LOOSE, &mut self.folded).map(Vec::into_boxed_slice);
        self.entries.push(Entry {
            field,
            text: original,
            folded: span(start, self.folded.len()),
            map,
        });
    }

    fn push_record(
        &mut self,
        section: Section,
        index: usize,
        id: &str,
        fields: &[(Field, &str)],
        (actors, themes): (Box<[u32]>, Box<[u32]>),
    ) {
        let id_text = self.push_text(id);
        let id_start = self.folded.len();
        fold_into(id, Folding::LOOSE, &mut self.folded);
        let id_folded = span(id_start, self.folded.len());
        let first_entry = self.entries.len();
        let own_start = self.folded.len();
        for &(field, text) in fields {
            self.push_entry(field, text);
            // A separator no term holds, so the first check never joins two fields' words.
            self.folded.push('\u{1}');
        }
        let own = span(own_start, self.folded.len());
        self.records.push(Record {
            item: ItemRef { section, index },
            id: id_text,
            id_folded,
            entries: span(first_entry, self.entries.len()),
            actors,
            themes,
            own,
            mask: char_mask(&self.folded[own.range()]),
        });
    }

    /// An entry's original text.
    pub fn text(&self, entry: &Entry) -> &str {
        &self.original[entry.text.range()]
    }

    /// An entry's loose folding.
    pub fn folded<'a>(&'a self, entry: &'a Entry) -> FoldedRef<'a> {
        FoldedRef {
            text: &self.folded[entry.folded.range()],
            map: entry.map.as_deref(),
        }
    }

    /// A record's own fields, in the order they were given.
    pub fn entries(&self, record: &Record) -> &[Entry] {
        &self.entries[record.entries.range()]
    }

    /// The name and aliases of actor `actor` (its index in the brief).
    pub fn actor(&self, actor: u32) -> &[Entry] {
        self.actors
            .get(actor as usize)
            .map_or(&[], |s| &self.entries[s.range()])
    }

    /// The name of theme `theme` (its index in the brief).
    pub fn theme(&self, theme: u32) -> Option<&Entry> {
        let entry = *self.themes.get(theme as usize)?;
        self.entries.get(entry as usize)
    }

    /// Number of actors in the brief.
    pub fn actor_count(&self) -> usize {
        self.actors.len()
    }

    /// Number of themes in the brief.
    pub fn theme_count(&self) -> usize {
        self.themes.len()
    }

    /// A record's id as the brief spells it.
    pub fn id(&self, record: &Record) -> &str {
        &self.original[record.id.range()]
    }

    /// The folded text of all a record's own fields, separated by U+0001.
    pub fn own_folded(&self, record: &Record) -> &str {
        &self.folded[record.own.range()]
    }

    /// Records whose id, case folded, is `folded` (a loose pattern's text).
    pub fn with_id(&self, folded: &str) -> Vec<u32> {
        self.records
            .iter()
            .enumerate()
            .filter(|(_, r)| &self.folded[r.id_folded.range()] == folded)
            .map(|(index, _)| to_u32(index))
            .collect()
    }
}

/// Position of each id in its list.
fn index_by<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.enumerate()
        .map(|(index, id)| (id, to_u32(index)))
        .collect()
}

fn span(start: usize, end: usize) -> Span {
    Span {
        start: to_u32(start),
        end: to_u32(end),
    }
}

/// Indices fit in u32: a brief is at most 16 MiB, so it holds fewer than 2³² bytes or items.
fn to_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}
