//! The searchable form of a brief: one record per item, in document order, each field's text
//! and loose folding kept in two buffers for the whole brief (a few allocations, not one
//! per field), the names of actors and themes kept once and shared by reference. Building it
//! is in `records/build.rs`.

mod build;
mod items;

use super::Field;
use super::fold::FoldedRef;
use crate::brief::ItemRef;

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
    /// The actors and themes it involves: ranges of [`Records`]' links.
    actors: Span,
    themes: Span,
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
    /// The actors and themes of every record, as indices into the brief's lists.
    links: Vec<u32>,
    original: String,
    folded: String,
}

impl Records {
    /// The actors a record involves, as indices into the brief's actors.
    pub fn actors_of(&self, record: &Record) -> &[u32] {
        &self.links[record.actors.range()]
    }

    /// The themes a record involves, as indices into the brief's themes.
    pub fn themes_of(&self, record: &Record) -> &[u32] {
        &self.links[record.themes.range()]
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
