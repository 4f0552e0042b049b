//! The searchable form of a brief: one record per item, in document order, each field's text
//! and loose folding kept in two buffers for the whole brief (a few allocations, not one
//! per field), the names of actors and themes kept once and shared by reference. Building it
//! is in `records/build.rs`.
//!
//! A field in plain ASCII folds to itself in lower case, so its original is not kept twice:
//! only where its capitals are (`Original::Capitals`), rebuilt from the folding when a hit
//! shows it or a query typed with capitals asks for it. Over a generated library of 1,000
//! briefs that is most of the text (docs/performance.md, "Memory").

mod build;
mod items;

use std::borrow::Cow;

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

/// Where an entry's original text is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Original {
    /// The text itself, a span of [`Records`]' original buffer.
    Stored(Span),
    /// A plain ASCII text, its folding with capitals at some bytes: a span of [`Records`]'
    /// capitals, each the offset of a capital from the folding's start.
    Capitals(Span),
}

/// One searchable text: its kind, where its original and folded text are kept, and the map
/// from folded chars to original chars when that is not the identity.
#[derive(Debug, Clone)]
pub struct Entry {
    pub field: Field,
    text: Original,
    folded: Span,
    map: Option<Box<[u32]>>,
}

/// An entry's original text as the records keep it: the text, or its folding and where its
/// capitals are. [`OriginalRef::text`] gives the text either way.
#[derive(Debug, Clone, Copy)]
pub enum OriginalRef<'a> {
    Text(&'a str),
    Capitals { folded: &'a str, at: &'a [u32] },
}

impl<'a> OriginalRef<'a> {
    /// The original text: borrowed when kept whole, else rebuilt (one allocation, the
    /// length of the text).
    pub fn text(self) -> Cow<'a, str> {
        match self {
            OriginalRef::Text(text) => Cow::Borrowed(text),
            OriginalRef::Capitals { folded, at } => {
                let mut bytes = folded.as_bytes().to_vec();
                for &offset in at {
                    if let Some(byte) = bytes.get_mut(offset as usize) {
                        byte.make_ascii_uppercase();
                    }
                }
                // Only ASCII letters changed case, so the bytes are still UTF-8.
                Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| folded.to_string()))
            }
        }
    }
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
    /// `char_mask` of `own`.
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
    /// Offsets of capitals in the ASCII entries kept as [`Original::Capitals`].
    capitals: Vec<u32>,
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

    /// An entry's original text (borrowed when the records keep it whole).
    pub fn text(&self, entry: &Entry) -> Cow<'_, str> {
        self.original_of(entry).text()
    }

    /// An entry's original text as kept, to rebuild only when needed.
    pub fn original_of(&self, entry: &Entry) -> OriginalRef<'_> {
        match entry.text {
            Original::Stored(text) => OriginalRef::Text(&self.original[text.range()]),
            Original::Capitals(at) => OriginalRef::Capitals {
                folded: &self.folded[entry.folded.range()],
                at: &self.capitals[at.range()],
            },
        }
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
