//! Quotes and paragraphs against the source: each paragraph verbatim and in order, each
//! quote inside a paragraph, whose id the loader fills in.
//!
//! Linear in the brief: paragraphs are found once, giving their byte spans in the source; a
//! quote is looked for in the paragraph it names first, then all remaining quotes at once in
//! a few passes over the source, so no quote rescans the whole source (issue 12 §5).

use foldhash::{HashMap, HashMapExt};

use super::{Finding, id_anchor, tag};
use crate::brief::{Brief, Section};

/// Each paragraph must appear verbatim in the source, after the one before it. Returns each
/// paragraph's byte span in the source (`None` when it is not there).
pub(super) fn check_summary(
    brief: &Brief,
    findings: &mut Vec<Finding>,
) -> Vec<Option<(usize, usize)>> {
    let source = brief.meta.source.as_str();
    let mut search_from = 0;
    let mut spans = Vec::with_capacity(brief.summary.len());
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let from = findings.len();
        let anchor = id_anchor(&paragraph.id);
        let id = &paragraph.id;
        if paragraph.text.trim().is_empty() {
            findings.push(
                Finding::new(anchor, format!("paragraph {id:?} has no text")).in_field("text"),
            );
            spans.push(None);
        } else if let Some(at) = source[search_from..].find(&paragraph.text) {
            let start = search_from + at;
            search_from = start + paragraph.text.len();
            spans.push(Some((start, search_from)));
        } else {
            let message = if source.contains(&paragraph.text) {
                format!(
                    "paragraph {id:?} is out of order: the source has it before the paragraph listed ahead of it"
                )
            } else {
                format!(
                    "paragraph {id:?} is not in the source text verbatim: {}",
                    excerpt(&paragraph.text)
                )
            };
            findings.push(Finding::new(anchor, message).in_field("text"));
            spans.push(None);
        }
        tag(findings, from, Section::Summary, index);
    }
    spans
}

/// Every quote must be an exact substring of the source, inside one of the paragraphs; an
/// item without `paragraph` gets the id of the first paragraph holding its quote, and one
/// with it must name a paragraph that holds the quote.
///
/// Quotes not settled by the paragraph they name are found together, in a few passes over
/// the source ([`find_all`]).
pub(super) fn assign_paragraphs(
    brief: &mut Brief,
    spans: &[Option<(usize, usize)>],
    findings: &mut Vec<Finding>,
) {
    let items = quoted(brief);
    // Paragraph texts by id (the first of a duplicated id, as `Brief::paragraph` finds it).
    let mut texts: HashMap<&str, &str> = HashMap::with_capacity(brief.summary.len());
    for paragraph in &brief.summary {
        texts.entry(&paragraph.id).or_insert(&paragraph.text);
    }
    // Quotes to look for, each once, and each item's index among them.
    let mut patterns: Vec<&str> = Vec::new();
    let mut pattern_of: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    let mut wanted: Vec<Option<usize>> = Vec::with_capacity(items.len());
    for item in &items {
        let settled = item.quote.trim().is_empty()
            || item
                .given
                .and_then(|given| texts.get(given))
                .is_some_and(|text| text.contains(item.quote));
        wanted.push((!settled).then(|| {
            *pattern_of.entry(item.quote).or_insert_with(|| {
                patterns.push(item.quote);
                patterns.len() - 1
            })
        }));
    }
    let ordered: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(number, span)| span.map(|(start, end)| (start, end, number)))
        .collect();
    let places = find_all(&brief.meta.source, &patterns, &ordered);
    let mut assigned = Vec::new();
    for (item, pattern) in items.iter().zip(wanted) {
        let from = findings.len();
        match resolve(brief, item, pattern.map(|p| places[p])) {
            Ok(Some(found)) => assigned.push((item.section, item.index, found)),
            Ok(None) => {}
            Err(finding) => {
                findings.push(finding);
                tag(findings, from, item.section, item.index);
            }
        }
    }
    for (section, index, found) in assigned {
        let slot = match section {
            Section::Timeline => &mut brief.timeline[index].paragraph,
            Section::Figures => &mut brief.figures[index].paragraph,
            _ => &mut brief.positions[index].paragraph,
        };
        *slot = Some(found);
    }
}

/// An event, figure or position as far as its quote is concerned.
struct Quoted<'a> {
    section: Section,
    index: usize,
    kind: &'static str,
    id: &'a str,
    quote: &'a str,
    given: Option<&'a str>,
}

fn quoted(brief: &Brief) -> Vec<Quoted<'_>> {
    let events = brief.timeline.iter().enumerate().map(|(index, e)| Quoted {
        section: Section::Timeline,
        index,
        kind: "timeline event",
        id: &e.id,
        quote: &e.quote,
        given: e.paragraph.as_deref(),
    });
    let figures = brief.figures.iter().enumerate().map(|(index, f)| Quoted {
        section: Section::Figures,
        index,
        kind: "figure",
        id: &f.id,
        quote: &f.quote,
        given: f.paragraph.as_deref(),
    });
    let positions = brief.positions.iter().enumerate().map(|(index, p)| Quoted {
        section: Section::Positions,
        index,
        kind: "position",
        id: &p.id,
        quote: &p.quote,
        given: p.paragraph.as_deref(),
    });
    events.chain(figures).chain(positions).collect()
}

/// Where a quote was found: anywhere in the source, and the first paragraph (by number)
/// holding it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Place {
    in_source: bool,
    paragraph: Option<usize>,
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
fn find_all(source: &str, patterns: &[&str], spans: &Spans) -> Vec<Place> {
    let mut places = vec![Place::default(); patterns.len()];
    let bytes = source.as_bytes();
    let mut groups: Vec<Group> = (0..=KEY).map(|_| Group::default()).collect();
    // Patterns sharing a key are chained: `next[pattern]` is the next with the same key.
    let mut next = vec![NONE; patterns.len()];
    for (index, pattern) in patterns.iter().enumerate() {
        let pattern = pattern.as_bytes();
        if pattern.is_empty() {
            continue;
        }
        let group = &mut groups[pattern.len().min(KEY)];
        group
            .openings
            .insert(opening(pattern, pattern.len().min(KEY)));
        let head = group
            .heads
            .entry(key(pattern, pattern.len().min(KEY)))
            .or_insert(NONE);
        next[index] = *head;
        *head = u32::try_from(index).unwrap_or(NONE);
    }
    for (length, group) in groups.iter().enumerate() {
        if group.heads.is_empty() || length > bytes.len() {
            continue;
        }
        for start in 0..=bytes.len() - length {
            let here = &bytes[start..];
            if !group.openings.contains(opening(here, length)) {
                continue;
            }
            let Some(&head) = group.heads.get(&key(here, length)) else {
                continue;
            };
            // Chained newest first; the order of recording does not matter (each pattern
            // keeps its first paragraph by position, and positions rise).
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
                pattern = next[index];
            }
        }
    }
    places
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
type Spans = [(usize, usize, usize)];

/// The paragraph whose span holds `start..end` whole.
fn paragraph_at(spans: &Spans, start: usize, end: usize) -> Option<usize> {
    let after = spans.partition_point(|&(span_start, _, _)| span_start <= start);
    let &(_, span_end, number) = spans.get(after.checked_sub(1)?)?;
    (end <= span_end).then_some(number)
}

/// The verdict on one item's quote: `Ok(None)` when its own `paragraph` holds it (or it is
/// empty and already refused), `Ok(Some(id))` for the paragraph to fill in.
fn resolve(
    brief: &Brief,
    item: &Quoted<'_>,
    place: Option<Place>,
) -> Result<Option<String>, Finding> {
    let Quoted {
        kind,
        id,
        quote,
        given,
        ..
    } = *item;
    let anchor = || id_anchor(id);
    if quote.trim().is_empty() {
        return Err(Finding::new(
            anchor(),
            format!("{kind} {id:?}: quote is empty; give the exact sentence from the source"),
        )
        .in_field("quote"));
    }
    let Some(place) = place else {
        return Ok(None);
    };
    if !place.in_source {
        return Err(Finding::new(
            anchor(),
            format!(
                "{kind} {id:?}: quote not found in the source text: {}",
                excerpt(quote)
            ),
        )
        .in_field("quote"));
    }
    let holder = place
        .paragraph
        .map(|number| brief.summary[number].id.as_str());
    match (holder, given) {
        (None, _) => Err(Finding::new(
            anchor(),
            format!(
                "{kind} {id:?}: the quote is in the source but in no [[summary]] paragraph; add its paragraph: {}",
                excerpt(quote)
            ),
        )
        .in_field("quote")),
        (Some(found), Some(given)) => Err(Finding::new(
            anchor(),
            format!("{kind} {id:?}: paragraph is {given:?} but the quote is in {found:?}"),
        )
        .in_field("paragraph")),
        (Some(found), None) => Ok(Some(found.to_string())),
    }
}

/// A quote shortened for an error line, with any control characters made visible.
pub(super) fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    let shown: String = text.chars().take(MAX).collect();
    let ellipsis = if text.chars().count() > MAX {
        "…"
    } else {
        ""
    };
    format!("{:?}", format!("{shown}{ellipsis}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_quote_is_placed_in_the_first_paragraph_holding_it_whole() {
        let source = "One two three. Four five.\n\nSix one two. Seven.\n\nEight";
        let spans = [(0, 25, 0), (27, 46, 1)];
        let places = find_all(
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
        let places = find_all(source, &patterns, &spans);
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
        let places = find_all(source, &["aba"], &[(2, 5, 7)]);
        assert_eq!(places[0].paragraph, Some(7));
    }
}
