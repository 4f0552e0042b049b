//! Finding many quotes in a source at once: each quote's first paragraph, in a few passes
//! over the source whatever the number of quotes, the source shared between the cores when
//! it is large.

use std::ops::Range;
use std::sync::OnceLock;
use std::thread;

use foldhash::HashMap;

/// Where a quote was found: anywhere in the source, and the first paragraph (by number)
/// holding it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Place {
    pub(super) in_source: bool,
    pub(super) paragraph: Option<usize>,
}

/// Bytes of a quote's opening used to spot where it may start: quotes are grouped by the
/// length of their key (their whole text when shorter), and each group finds its quotes in one
/// pass over the source.
const KEY: usize = 16;

/// Finds every pattern in the source with the first paragraph (by its span) that holds it
/// whole. `Place::default()` for an empty pattern.
///
/// Patterns are grouped by key length (`min(len, KEY)`, so at most [`KEY`] groups); each
/// group makes one pass over the source, trying each position against the patterns whose key
/// is the `k` bytes there: a bit table of opening byte pairs first, then a hash lookup of the
/// key held inline (no pointer to follow), then the whole pattern. The work is linear in the
/// source times the number of groups, plus the matches verified: no pattern is searched for
/// on its own, so 100,000 quotes missing from a large source cost no more than found ones
/// (issue 12 §5).
pub(super) fn find_all(source: &str, patterns: &[&str], spans: &Spans) -> Vec<Place> {
    let threads = cores().min(source.len() / MIN_SHARE).max(1);
    find_all_in(source, patterns, spans, threads)
}

/// [`find_all`] with the source's positions divided between `threads` threads (at least
/// one), each keeping its own places; joined, a pattern is in the source if any share saw
/// it, and in the paragraph the earliest share found (shares are in source order, and so
/// are paragraphs).
fn find_all_in(source: &str, patterns: &[&str], spans: &Spans, threads: usize) -> Vec<Place> {
    let table = Table::of(patterns);
    let bytes = source.as_bytes();
    let share = |n: usize| bytes.len() * n / threads..bytes.len() * (n + 1) / threads;
    let shares: Vec<Vec<Place>> = thread::scope(|scope| {
        let table = &table;
        let workers: Vec<_> = (1..threads)
            .map(|n| {
                let starts = share(n);
                scope.spawn(move || table.scan(bytes, starts, patterns, spans))
            })
            .collect();
        let first = table.scan(bytes, share(0), patterns, spans);
        std::iter::once(first)
            .chain(workers.into_iter().map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }))
            .collect()
    });
    let mut shares = shares.into_iter();
    let mut places = shares.next().unwrap_or_default();
    for share in shares {
        for (place, later) in places.iter_mut().zip(share) {
            place.in_source |= later.in_source;
            place.paragraph = place.paragraph.or(later.paragraph);
        }
    }
    places
}

/// Below this many bytes of source per thread, one thread scans it all.
const MIN_SHARE: usize = 1 << 20;

/// The cores to scan on, asked once: the answer takes system calls (cgroup files).
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, usize::from))
}

/// The patterns grouped by key length, for [`Table::scan`].
struct Table {
    /// By key length, 0 to [`KEY`].
    groups: Vec<Group>,
    /// Patterns sharing a key are chained: `next[pattern]` is the next with the same key.
    next: Vec<u32>,
}

impl Table {
    fn of(patterns: &[&str]) -> Table {
        let mut groups: Vec<Group> = (0..=KEY).map(|_| Group::default()).collect();
        let mut next = vec![NONE; patterns.len()];
        for (index, pattern) in patterns.iter().enumerate() {
            let pattern = pattern.as_bytes();
            if pattern.is_empty() {
                continue;
            }
            let length = pattern.len().min(KEY);
            let group = &mut groups[length];
            group.openings.insert(opening(pattern, length));
            let head = group.heads.entry(key(pattern, length)).or_insert(NONE);
            next[index] = *head;
            *head = u32::try_from(index).unwrap_or(NONE);
        }
        Table { groups, next }
    }

    /// The places of the patterns that start at a position in `starts`.
    fn scan(
        &self,
        bytes: &[u8],
        starts: Range<usize>,
        patterns: &[&str],
        spans: &Spans,
    ) -> Vec<Place> {
        let mut places = vec![Place::default(); patterns.len()];
        for (length, group) in self.groups.iter().enumerate() {
            if group.heads.is_empty() || length > bytes.len() {
                continue;
            }
            for start in starts.start..starts.end.min(bytes.len() + 1 - length) {
                let here = &bytes[start..];
                if !group.openings.contains(opening(here, length)) {
                    continue;
                }
                let Some(&head) = group.heads.get(&key(here, length)) else {
                    continue;
                };
                // Chained newest first; the order of recording does not matter (each
                // pattern keeps its first paragraph by position, and positions rise).
                let mut pattern = head;
                while pattern != NONE {
                    let index = pattern as usize;
                    let text = patterns[index];
                    if here.starts_with(text.as_bytes()) {
                        let place = &mut places[index];
                        place.in_source = true;
                        if place.paragraph.is_none() {
                            place.paragraph = paragraph_at(spans, start, start + text.len());
                        }
                    }
                    pattern = self.next[index];
                }
            }
        }
        places
    }
}

/// End of a chain of patterns sharing a key.
const NONE: u32 = u32::MAX;

/// The patterns whose key has one length: which opening byte pairs they have, and the first
/// pattern of each key's chain.
#[derive(Default)]
struct Group {
    openings: Openings,
    heads: HashMap<u128, u32>,
}

/// A set of opening byte pairs (the first byte alone for a one-byte pattern), as bits.
struct Openings(Vec<u64>);

impl Default for Openings {
    fn default() -> Openings {
        Openings(vec![0; (1 << 16) / 64])
    }
}

impl Openings {
    fn insert(&mut self, opening: u16) {
        self.0[usize::from(opening / 64)] |= 1 << (opening % 64);
    }

    fn contains(&self, opening: u16) -> bool {
        self.0[usize::from(opening / 64)] & (1 << (opening % 64)) != 0
    }
}

/// The first two bytes of a text, or the first alone for a key of one byte.
fn opening(text: &[u8], length: usize) -> u16 {
    if length == 1 {
        u16::from(text[0])
    } else {
        u16::from_le_bytes([text[0], text[1]])
    }
}

/// The first `length` (at most [`KEY`]) bytes of a text of at least that length, as one
/// number.
fn key(text: &[u8], length: usize) -> u128 {
    let mut key = [0; KEY];
    key[..length].copy_from_slice(&text[..length]);
    u128::from_le_bytes(key)
}

/// Paragraph spans in source order, with each paragraph's number: `(start, end, number)`.
/// The order of the summary is the order in the source (each paragraph is searched after
/// the one before it), so spans never overlap and bisection finds the only candidate.
pub(super) type Spans = [(usize, usize, usize)];

/// The paragraph whose span holds `start..end` whole.
fn paragraph_at(spans: &Spans, start: usize, end: usize) -> Option<usize> {
    let after = spans.partition_point(|&(span_start, _, _)| span_start <= start);
    let &(_, span_end, number) = spans.get(after.checked_sub(1)?)?;
    (end <= span_end).then_some(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_quote_is_placed_in_the_first_paragraph_holding_it_whole() {
        let source = "One two three. Four five.\n\nSix one two. Seven.\n\nEight";
        let spans = [(0, 25, 0), (27, 46, 1)];
        let places = find_all_in(
            source,
            &[
                "one two",
                "One two",
                "five.\n\nSix",
                "Eight",
                "nine",
                "Six one two. Se",
                "Six one two. Seven.",
                "One two three. Four five.",
                "One two three. Four five.\n",
                "Six one two. Seven and more",
            ],
            &spans,
            1,
        );
        let paragraph = |place: &Place| (place.in_source, place.paragraph);
        assert_eq!(paragraph(&places[0]), (true, Some(1)));
        assert_eq!(paragraph(&places[1]), (true, Some(0)));
        // Across two paragraphs, and outside every paragraph: in the source, in none.
        assert_eq!(paragraph(&places[2]), (true, None));
        assert_eq!(paragraph(&places[3]), (true, None));
        assert_eq!(paragraph(&places[4]), (false, None));
        // Quotes of at least KEY bytes go through the one pass.
        assert_eq!(paragraph(&places[5]), (true, Some(1)));
        assert_eq!(paragraph(&places[6]), (true, Some(1)));
        assert_eq!(paragraph(&places[7]), (true, Some(0)));
        assert_eq!(paragraph(&places[8]), (true, None));
        assert_eq!(paragraph(&places[9]), (false, None));
    }

    #[test]
    fn quotes_of_every_length_are_found_and_overlaps_count() {
        let source = "ababa x. Tiny.\n\nZ aba y";
        // Paragraph 0 is "ababa x. Tiny.", paragraph 1 is "Z aba y".
        let spans = [(0, 14, 0), (16, 23, 1)];
        let patterns = ["x", "Z", "aba", "y", "q", "Tiny.", "ba x. Tiny.", "abab"];
        let places = find_all_in(source, &patterns, &spans, 1);
        let found: Vec<_> = places.iter().map(|p| (p.in_source, p.paragraph)).collect();
        assert_eq!(
            found,
            [
                (true, Some(0)),
                (true, Some(1)),
                (true, Some(0)),
                // "y" is in both ("Tiny."): the first paragraph holding it.
                (true, Some(0)),
                (false, None),
                (true, Some(0)),
                (true, Some(0)),
                (true, Some(0)),
            ]
        );
        // An occurrence overlapping an earlier one still counts: "aba" at 2 is in a span
        // that starts there.
        let places = find_all_in(source, &["aba"], &[(2, 5, 7)], 1);
        assert_eq!(places[0].paragraph, Some(7));
    }

    #[test]
    fn a_source_shared_between_threads_gives_the_same_places() {
        let source = "ab ab. cd ab xy.\n\nxy ab zz cd.\n\nab";
        let spans = [(0, 16, 0), (18, 31, 1)];
        let patterns = ["ab", "xy", "zz cd.", "cd", "ab zz", "q", "b", "y.\n\nxy"];
        let one = find_all_in(source, &patterns, &spans, 1);
        for threads in 2..=8 {
            assert_eq!(
                find_all_in(source, &patterns, &spans, threads),
                one,
                "{threads}"
            );
        }
        assert_eq!(one[4].paragraph, Some(1));
        assert_eq!((one[7].in_source, one[7].paragraph), (true, None));
    }
}
