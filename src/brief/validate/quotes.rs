//! Quotes and paragraphs against the source: each paragraph verbatim and in order, each
//! quote inside a paragraph, whose id the loader fills in.
//!
//! Linear in the brief: paragraphs are found once, giving their byte spans in the source; a
//! quote is looked for in the paragraph it names first, then through an index of the source's
//! 8-byte grams, so no quote rescans the whole source (issue 12 §5).

use super::{Finding, id_anchor, tag};
use crate::brief::{Brief, Section};

/// Bytes in each indexed gram, and the stride between indexed positions: a quote of at least
/// `GRAM + STRIDE - 1` bytes holds the gram of some indexed position of each occurrence.
const GRAM: usize = 8;
const STRIDE: usize = 16;
/// Grams this common (long runs of one character) are not worth following.
const COMMON: usize = 256;

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

/// Where the source's text can be found fast: sampled grams, sorted, for bisection.
struct SourceIndex<'a> {
    source: &'a str,
    grams: Vec<(u64, u32)>,
}

impl<'a> SourceIndex<'a> {
    fn new(source: &'a str) -> SourceIndex<'a> {
        let bytes = source.as_bytes();
        let mut grams: Vec<(u64, u32)> = (0..bytes.len().saturating_sub(GRAM - 1))
            .step_by(STRIDE)
            .filter_map(|at| Some((gram(bytes, at)?, u32::try_from(at).ok()?)))
            .collect();
        grams.sort_unstable();
        SourceIndex { source, grams }
    }

    /// Byte offsets where `quote` starts in the source, ascending.
    fn occurrences(&self, quote: &str) -> Vec<usize> {
        let bytes = quote.as_bytes();
        if bytes.len() < GRAM + STRIDE - 1 {
            return self.source.match_indices(quote).map(|(at, _)| at).collect();
        }
        let mut found = Vec::new();
        for shift in 0..STRIDE {
            let Some(key) = gram(bytes, shift) else {
                continue;
            };
            let first = self.grams.partition_point(|&(g, _)| g < key);
            let last = self.grams.partition_point(|&(g, _)| g <= key);
            if last - first > COMMON {
                return self.source.match_indices(quote).map(|(at, _)| at).collect();
            }
            for &(_, at) in &self.grams[first..last] {
                let Some(start) = (at as usize).checked_sub(shift) else {
                    continue;
                };
                if self.source.as_bytes()[start..].starts_with(bytes) {
                    found.push(start);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

fn gram(bytes: &[u8], at: usize) -> Option<u64> {
    let window: [u8; GRAM] = bytes.get(at..at + GRAM)?.try_into().ok()?;
    Some(u64::from_le_bytes(window))
}

/// Every quote must be an exact substring of the source, inside one of the paragraphs; an
/// item without `paragraph` gets the id of the first paragraph holding its quote, and one
/// with it must name a paragraph that holds the quote.
pub(super) fn assign_paragraphs(
    brief: &mut Brief,
    spans: &[Option<(usize, usize)>],
    findings: &mut Vec<Finding>,
) {
    let source = std::mem::take(&mut brief.meta.source);
    let mut index: Option<SourceIndex<'_>> = None;
    let paragraphs: Vec<(&str, &str)> = brief
        .summary
        .iter()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .collect();
    // Paragraph spans in source order, for finding which paragraph an offset falls in.
    let mut ordered: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(number, span)| span.map(|(start, end)| (start, end, number)))
        .collect();
    ordered.sort_unstable();
    let mut results: Vec<(Section, usize, Result<Option<String>, Finding>)> = Vec::new();
    let mut resolve = |kind: &str, id: &str, quote: &str, given: Option<&str>| {
        let anchor = id_anchor(id);
        if quote.trim().is_empty() {
            return Err(Finding::new(
                anchor,
                format!("{kind} {id:?}: quote is empty; give the exact sentence from the source"),
            )
            .in_field("quote"));
        }
        if let Some(given) = given
            && paragraphs
                .iter()
                .any(|(pid, text)| *pid == given && text.contains(quote))
        {
            return Ok(None);
        }
        let occurrences = index
            .get_or_insert_with(|| SourceIndex::new(&source))
            .occurrences(quote);
        if occurrences.is_empty() {
            return Err(Finding::new(
                anchor,
                format!(
                    "{kind} {id:?}: quote not found in the source text: {}",
                    excerpt(quote)
                ),
            )
            .in_field("quote"));
        }
        let holder = occurrences.iter().find_map(|&start| {
            let after = ordered.partition_point(|&(s, _, _)| s <= start);
            let (_, end, number) = *ordered.get(after.checked_sub(1)?)?;
            (start + quote.len() <= end).then_some(number)
        });
        match (holder, given) {
            (None, _) => Err(Finding::new(
                anchor,
                format!(
                    "{kind} {id:?}: the quote is in the source but in no [[summary]] paragraph; add its paragraph: {}",
                    excerpt(quote)
                ),
            )
            .in_field("quote")),
            (Some(found), Some(given)) => Err(Finding::new(
                anchor,
                format!("{kind} {id:?}: paragraph is {given:?} but the quote is in {:?}", paragraphs[found].0),
            )
            .in_field("paragraph")),
            (Some(found), None) => Ok(Some(paragraphs[found].0.to_string())),
        }
    };
    for (i, e) in brief.timeline.iter().enumerate() {
        let result = resolve("timeline event", &e.id, &e.quote, e.paragraph.as_deref());
        results.push((Section::Timeline, i, result));
    }
    for (i, f) in brief.figures.iter().enumerate() {
        let result = resolve("figure", &f.id, &f.quote, f.paragraph.as_deref());
        results.push((Section::Figures, i, result));
    }
    for (i, p) in brief.positions.iter().enumerate() {
        let result = resolve("position", &p.id, &p.quote, p.paragraph.as_deref());
        results.push((Section::Positions, i, result));
    }
    for (section, item, result) in results {
        match result {
            Ok(None) => {}
            Ok(Some(found)) => {
                let slot = match section {
                    Section::Timeline => &mut brief.timeline[item].paragraph,
                    Section::Figures => &mut brief.figures[item].paragraph,
                    _ => &mut brief.positions[item].paragraph,
                };
                *slot = Some(found);
            }
            Err(finding) => {
                let from = findings.len();
                findings.push(finding);
                tag(findings, from, section, item);
            }
        }
    }
    brief.meta.source = source;
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
    fn the_index_finds_every_occurrence_long_or_short() {
        let source = "The pipeline was agreed. Later, the pipeline was agreed again. x".repeat(40);
        let index = SourceIndex::new(&source);
        let quote = "the pipeline was agreed again.";
        let expected: Vec<usize> = source.match_indices(quote).map(|(at, _)| at).collect();
        assert_eq!(expected.len(), 40);
        assert_eq!(index.occurrences(quote), expected);
        assert_eq!(
            index.occurrences("agreed"),
            source
                .match_indices("agreed")
                .map(|(a, _)| a)
                .collect::<Vec<_>>()
        );
        assert!(
            index
                .occurrences("the pipeline was never agreed at all")
                .is_empty()
        );
    }

    #[test]
    fn a_run_of_one_character_is_still_searched() {
        let source = format!("{}needle in the haystack here", "a".repeat(10_000));
        let index = SourceIndex::new(&source);
        assert_eq!(index.occurrences(&"a".repeat(40))[..2], [0, 40]);
        assert_eq!(
            index.occurrences("aaneedle in the haystack here"),
            vec![9_998]
        );
    }
}
