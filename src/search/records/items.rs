//! Which items of a brief get a record, numbered in document order, and how much room their
//! records take, so the buffers are sized before anything is copied into them.

use std::ops::Range;

use super::Records;
use crate::brief::{Brief, ItemRef, Section};

/// Bytes a formatted date or value takes at most, about: sizes the buffers, never cuts.
const FORMATTED: usize = 40;

impl Records {
    /// Empty records with room for items `range` (and, from the first, the names of actors
    /// and themes): their texts measured first, so the buffers are allocated once instead
    /// of doubling, and being copied, a dozen times on a large brief.
    pub(super) fn sized(brief: &Brief, items: &Items, range: Range<usize>) -> Records {
        let mut size = Size::default();
        if range.start == 0 {
            for actor in &brief.actors {
                size.add_texts(std::iter::once(&actor.name).chain(&actor.aliases));
            }
            size.add_texts(brief.themes.iter().map(|t| &t.name));
        }
        for n in range.clone() {
            size.add_item(brief, items.at(n));
        }
        Records {
            records: Vec::with_capacity(range.len()),
            entries: Vec::with_capacity(size.entries),
            actors: Vec::with_capacity(brief.actors.len()),
            themes: Vec::with_capacity(brief.themes.len()),
            links: Vec::with_capacity(size.links),
            // Room for every text, though most ASCII ones keep only their capitals: pages
            // never written are never resident.
            original: String::with_capacity(size.bytes),
            capitals: Vec::new(),
            // Folding keeps the length of most text; each field adds a separator.
            folded: String::with_capacity(size.bytes + size.bytes / 16 + size.entries),
        }
    }
}

/// The items that get a record, numbered in document order: paragraphs, events, figures,
/// positions, actors, themes.
pub(super) struct Items {
    sections: [(Section, usize); 6],
}

impl Items {
    pub(super) fn of(brief: &Brief) -> Items {
        Items {
            sections: [
                (Section::Summary, brief.summary.len()),
                (Section::Timeline, brief.timeline.len()),
                (Section::Figures, brief.figures.len()),
                (Section::Positions, brief.positions.len()),
                (Section::Actors, brief.actors.len()),
                (Section::Themes, brief.themes.len()),
            ],
        }
    }

    pub(super) fn len(&self) -> usize {
        self.sections.iter().map(|(_, len)| len).sum()
    }

    /// Item `n` of the document order (`n < len()`).
    pub(super) fn at(&self, mut n: usize) -> ItemRef {
        for &(section, len) in &self.sections {
            if n < len {
                return ItemRef { section, index: n };
            }
            n -= len;
        }
        ItemRef {
            section: Section::Themes,
            index: n,
        }
    }
}

/// What the records of some items will hold: bytes of text, entries and links.
#[derive(Default)]
struct Size {
    bytes: usize,
    entries: usize,
    links: usize,
}

impl Size {
    fn add_texts<'a>(&mut self, texts: impl Iterator<Item = &'a String>) {
        for text in texts {
            self.bytes += text.len();
            self.entries += 1;
        }
    }

    fn add_item(&mut self, brief: &Brief, item: ItemRef) {
        let index = item.index;
        match item.section {
            Section::Summary => {
                let p = &brief.summary[index];
                self.add_texts([&p.id, &p.text].into_iter().chain(&p.section));
            }
            Section::Timeline => {
                let e = &brief.timeline[index];
                self.add_texts([&e.id, &e.title, &e.detail, &e.quote].into_iter());
                self.bytes += FORMATTED;
                self.links += e.actors.len() + e.themes.len();
            }
            Section::Figures => {
                let f = &brief.figures[index];
                self.add_texts([&f.id, &f.label, &f.quote].into_iter().chain(&f.detail));
                self.bytes += 2 * FORMATTED;
                self.links += f.actors.len() + f.themes.len();
            }
            Section::Positions => {
                let p = &brief.positions[index];
                self.add_texts([&p.id, &p.summary, &p.issue, &p.quote].into_iter());
                self.links += p.actors.len() + p.themes.len();
            }
            Section::Actors => {
                let a = &brief.actors[index];
                self.add_texts(
                    [&a.id, &a.name]
                        .into_iter()
                        .chain(&a.aliases)
                        .chain(&a.role),
                );
            }
            Section::Themes => {
                let t = &brief.themes[index];
                self.add_texts([&t.id, &t.name].into_iter());
            }
        }
    }
}
