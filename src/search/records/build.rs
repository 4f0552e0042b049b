//! Building a brief's records: each item's fields copied and folded into the shared buffers,
//! the buffers sized from the brief first (`records/items.rs`), and on a large brief the items
//! split between the cores and the parts appended in order.

use std::ops::Range;
use std::thread;

use foldhash::HashMap;

use super::items::Items;
use super::{Entry, Original, Record, Records, Span, span, to_u32};
use crate::brief::{Brief, BriefDate, ItemRef, Section};
use crate::search::Field;
use crate::search::fold::{Folding, fold_into};
use crate::search::index::cores;
use crate::search::matching::char_mask;

/// Below this many items per core, one thread builds all records: starting another costs
/// more than it saves.
const ITEMS_PER_THREAD: usize = 20_000;

impl Records {
    /// One record per item, in document order: paragraphs, events, figures, positions,
    /// actors (the order the explorer's panes and `briefing search` list ties in).
    ///
    /// On a brief of more than 40,000 items the items are divided between the cores, each
    /// part built on its own thread into buffers of its own, then appended in order: the
    /// same records as one thread makes.
    pub fn of(brief: &Brief) -> Records {
        let items = Items::of(brief).len();
        Records::in_parts(brief, cores().min(items / ITEMS_PER_THREAD))
    }

    /// [`Records::of`] built in `threads` parts (at least one), each on its own thread.
    fn in_parts(brief: &Brief, threads: usize) -> Records {
        let items = Items::of(brief);
        let linker = Linker::of(brief);
        let threads = threads.clamp(1, items.len().max(1));
        let parts: Vec<Range<usize>> = (0..threads)
            .map(|part| items.len() * part / threads..items.len() * (part + 1) / threads)
            .collect();
        let mut records = Records::sized(brief, &items, parts[0].clone());
        records.push_names(brief);
        let build = |range: Range<usize>, records: &mut Records| {
            for n in range {
                records.push_item(brief, items.at(n), &linker);
            }
        };
        let rest: Vec<Records> = thread::scope(|scope| {
            let workers: Vec<_> = parts[1..]
                .iter()
                .map(|range| {
                    scope.spawn(|| {
                        let mut part = Records::sized(brief, &items, range.clone());
                        build(range.clone(), &mut part);
                        part
                    })
                })
                .collect();
            build(parts[0].clone(), &mut records);
            workers
                .into_iter()
                .map(|worker| {
                    worker
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        for part in rest {
            records.append(part);
        }
        records
    }

    /// The entries of every actor's name and aliases and every theme's name, which records
    /// refer to by index.
    fn push_names(&mut self, brief: &Brief) {
        for actor in &brief.actors {
            let start = self.entries.len();
            self.push_entry(Field::Actor, &actor.name);
            for alias in &actor.aliases {
                self.push_entry(Field::Alias, alias);
            }
            self.actors.push(span(start, self.entries.len()));
        }
        for theme in &brief.themes {
            self.themes.push(to_u32(self.entries.len()));
            self.push_entry(Field::Theme, &theme.name);
        }
    }

    fn push_item(&mut self, brief: &Brief, item: ItemRef, linker: &Linker<'_>) {
        let index = item.index;
        let none: (&[String], &[String]) = (&[], &[]);
        match item.section {
            Section::Summary => {
                let paragraph = &brief.summary[index];
                let section = paragraph.section.as_deref().map(|s| (Field::Title, s));
                let fields: Vec<_> = std::iter::once((Field::Text, paragraph.text.as_str()))
                    .chain(section)
                    .collect();
                self.push_record(item, &paragraph.id, &fields, none, linker);
            }
            Section::Timeline => {
                let event = &brief.timeline[index];
                let date = event.date.long();
                let fields = [
                    (Field::Title, event.title.as_str()),
                    (Field::Date, date.as_str()),
                    (Field::Text, event.detail.as_str()),
                    (Field::Quote, event.quote.as_str()),
                ];
                let links = (event.actors.as_slice(), event.themes.as_slice());
                self.push_record(item, &event.id, &fields, links, linker);
            }
            Section::Figures => {
                let figure = &brief.figures[index];
                let value = figure.display_value();
                let period = figure.period.as_ref().map(BriefDate::long);
                let mut fields = vec![
                    (Field::Title, figure.label.as_str()),
                    (Field::Title, value.as_str()),
                    (Field::Quote, figure.quote.as_str()),
                ];
                fields.extend(period.as_deref().map(|p| (Field::Date, p)));
                fields.extend(figure.detail.as_deref().map(|d| (Field::Text, d)));
                let links = (figure.actors.as_slice(), figure.themes.as_slice());
                self.push_record(item, &figure.id, &fields, links, linker);
            }
            Section::Positions => {
                let position = &brief.positions[index];
                let fields = [
                    (Field::Title, position.summary.as_str()),
                    (Field::Issue, position.issue.as_str()),
                    (Field::Quote, position.quote.as_str()),
                ];
                let links = (position.actors.as_slice(), position.themes.as_slice());
                self.push_record(item, &position.id, &fields, links, linker);
            }
            Section::Actors => {
                let actor = &brief.actors[index];
                let mut fields = vec![(Field::Title, actor.name.as_str())];
                fields.extend(actor.aliases.iter().map(|a| (Field::Alias, a.as_str())));
                fields.extend(actor.role.as_deref().map(|r| (Field::Text, r)));
                self.push_record(item, &actor.id, &fields, none, linker);
            }
            Section::Themes => {
                let theme = &brief.themes[index];
                let fields = [(Field::Title, theme.name.as_str())];
                self.push_record(item, &theme.id, &fields, none, linker);
            }
        }
    }

    fn push_text(&mut self, text: &str) -> Span {
        let start = self.original.len();
        self.original.push_str(text);
        span(start, self.original.len())
    }

    fn push_entry(&mut self, field: Field, text: &str) {
        let start = self.folded.len();
        let map = fold_into(text, Folding::LOOSE, &mut self.folded).map(Vec::into_boxed_slice);
        let folded = span(start, self.folded.len());
        let original = match &map {
            None if text.is_ascii() && folded.range().len() == text.len() => self
                .push_capitals(text)
                .unwrap_or_else(|| Original::Stored(self.push_text(text))),
            _ => Original::Stored(self.push_text(text)),
        };
        self.entries.push(Entry {
            field,
            text: original,
            folded,
            map,
        });
    }

    /// Keeps where the capitals of `text` are, for an ASCII text whose folding is itself in
    /// lower case; None when that takes more room than the text (a title in capitals).
    fn push_capitals(&mut self, text: &str) -> Option<Original> {
        let start = self.capitals.len();
        let most = text.len() / size_of::<u32>();
        for (offset, _) in text
            .bytes()
            .enumerate()
            .filter(|(_, b)| b.is_ascii_uppercase())
        {
            if self.capitals.len() - start >= most {
                self.capitals.truncate(start);
                return None;
            }
            self.capitals.push(to_u32(offset));
        }
        Some(Original::Capitals(span(start, self.capitals.len())))
    }

    fn push_record(
        &mut self,
        item: ItemRef,
        id: &str,
        fields: &[(Field, &str)],
        (actors, themes): (&[String], &[String]),
        linker: &Linker<'_>,
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
        let actors = self.push_links(actors, &linker.actors);
        let themes = self.push_links(themes, &linker.themes);
        self.records.push(Record {
            item,
            id: id_text,
            id_folded,
            entries: span(first_entry, self.entries.len()),
            actors,
            themes,
            own,
            mask: char_mask(&self.folded[own.range()]),
        });
    }

    /// Appends the positions of the ids that `index` knows, in the order given.
    fn push_links(&mut self, ids: &[String], index: &HashMap<&str, u32>) -> Span {
        let start = self.links.len();
        self.links
            .extend(ids.iter().filter_map(|id| index.get(id.as_str()).copied()));
        span(start, self.links.len())
    }

    /// Appends the records of a later part (built without names), moving its spans past
    /// what these buffers hold.
    fn append(&mut self, part: Records) {
        let shift = |span: Span, by: usize| Span {
            start: span.start + to_u32(by),
            end: span.end + to_u32(by),
        };
        let (original, folded) = (self.original.len(), self.folded.len());
        let (entries, links) = (self.entries.len(), self.links.len());
        let capitals = self.capitals.len();
        self.original.push_str(&part.original);
        self.capitals.extend(part.capitals);
        self.folded.push_str(&part.folded);
        self.links.extend(part.links);
        self.entries
            .extend(part.entries.into_iter().map(|entry| Entry {
                text: match entry.text {
                    Original::Stored(text) => Original::Stored(shift(text, original)),
                    Original::Capitals(at) => Original::Capitals(shift(at, capitals)),
                },
                folded: shift(entry.folded, folded),
                ..entry
            }));
        self.records
            .extend(part.records.into_iter().map(|record| Record {
                id: shift(record.id, original),
                id_folded: shift(record.id_folded, folded),
                entries: shift(record.entries, entries),
                actors: shift(record.actors, links),
                themes: shift(record.themes, links),
                own: shift(record.own, folded),
                ..record
            }));
    }
}

/// The position of each actor and theme id in the brief's lists.
struct Linker<'a> {
    actors: HashMap<&'a str, u32>,
    themes: HashMap<&'a str, u32>,
}

impl Linker<'_> {
    fn of(brief: &Brief) -> Linker<'_> {
        Linker {
            actors: index_by(brief.actors.iter().map(|a| a.id.as_str())),
            themes: index_by(brief.themes.iter().map(|t| t.id.as_str())),
        }
    }
}

/// Position of each id in its list.
fn index_by<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.enumerate()
        .map(|(index, id)| (id, to_u32(index)))
        .collect()
}

#[cfg(test)]
mod tests;
