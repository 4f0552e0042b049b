//! Measuring the importer: compare an imported brief with a hand-built one of the same text
//! and give precision and recall per section, the way §4 of the import issue scores it.
//!
//! - actors match when any of their names or aliases agree (case and a leading `the`
//!   ignored);
//! - events match when their quotes overlap in the source and their dates are equal (so at
//!   the annotated precision);
//! - figures match when their quotes overlap and their values (with scale) are within 0.5%;
//! - positions match when their quotes overlap and they share an actor (through the actor
//!   match above).
//!
//! [`plain_document`] is a stand-in reader for plain text used by the evaluation until the
//! importer's own reader lands; it is the only reader this module calls.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use crate::brief::{Actor, Brief};

use super::{Block, Document};

/// Matches of one section: how many items each side has and how many of them matched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Items in the hand-built brief.
    pub expected: usize,
    /// Items in the imported brief.
    pub found: usize,
    /// Hand-built items that some imported item matches (recall's numerator).
    pub recalled: usize,
    /// Imported items that match some hand-built item (precision's numerator).
    pub correct: usize,
}

impl Score {
    /// Correct over found; 1 when nothing was found and nothing expected, else 0 if none found.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found, self.expected == 0)
    }

    /// Recalled over expected; 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.recalled, self.expected, true)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another text's counts, for a total over several texts.
    pub fn add(&mut self, other: Score) {
        self.expected += other.expected;
        self.found += other.found;
        self.recalled += other.recalled;
        self.correct += other.correct;
    }
}

#[allow(clippy::cast_precision_loss, reason = "item counts are far below 2^52")]
fn ratio(part: usize, whole: usize, empty_is_perfect: bool) -> f64 {
    if whole == 0 {
        return if empty_is_perfect { 1.0 } else { 0.0 };
    }
    part as f64 / whole as f64
}

/// Scores per section, and the imported quotes that are not in the imported source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub actors: Score,
    pub timeline: Score,
    pub figures: Score,
    pub positions: Score,
    pub missing_quotes: Vec<String>,
}

impl Report {
    /// Adds another text's counts.
    pub fn add(&mut self, other: &Report) {
        self.actors.add(other.actors);
        self.timeline.add(other.timeline);
        self.figures.add(other.figures);
        self.positions.add(other.positions);
        self.missing_quotes
            .extend(other.missing_quotes.iter().cloned());
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "section    expected found  precision recall  f1")?;
        for (name, score) in [
            ("actors", self.actors),
            ("timeline", self.timeline),
            ("figures", self.figures),
            ("positions", self.positions),
        ] {
            writeln!(
                f,
                "{name:<10} {:>8} {:>5}  {:>9.2} {:>6.2} {:>5.2}",
                score.expected,
                score.found,
                score.precision(),
                score.recall(),
                score.f1()
            )?;
        }
        write!(
            f,
            "quotes missing from the source: {}",
            self.missing_quotes.len()
        )
    }
}

/// Compares `found` (imported) with `expected` (hand-built from the same text).
pub fn compare(found: &Brief, expected: &Brief) -> Report {
    let source = found.meta.source.as_str();
    let locate =
        |quote: &str| -> Option<Range<usize>> { source.find(quote).map(|at| at..at + quote.len()) };
    let overlap = |a: &str, b: &str| match (locate(a), locate(b)) {
        (Some(a), Some(b)) => a.start < b.end && b.start < a.end,
        _ => false,
    };
    let actor_match = |f: &Actor, e: &Actor| {
        let ef = forms(e);
        forms(f).iter().any(|x| ef.contains(x))
    };
    let actors = score(&found.actors, &expected.actors, |f, e| actor_match(f, e));
    let timeline = score(&found.timeline, &expected.timeline, |f, e| {
        f.date == e.date && overlap(&f.quote, &e.quote)
    });
    let figures = score(&found.figures, &expected.figures, |f, e| {
        let (a, b) = (f.absolute_value(), e.absolute_value());
        (a - b).abs() <= 0.005 * b.abs() && overlap(&f.quote, &e.quote)
    });
    let same_actor = |f_ids: &[String], e_ids: &[String]| {
        f_ids.iter().filter_map(|id| found.actor(id)).any(|fa| {
            e_ids
                .iter()
                .filter_map(|id| expected.actor(id))
                .any(|ea| actor_match(fa, ea))
        })
    };
    let positions = score(&found.positions, &expected.positions, |f, e| {
        overlap(&f.quote, &e.quote) && same_actor(&f.actors, &e.actors)
    });
    let missing_quotes = found
        .timeline
        .iter()
        .map(|e| &e.quote)
        .chain(found.figures.iter().map(|f| &f.quote))
        .chain(found.positions.iter().map(|p| &p.quote))
        .filter(|q| !source.contains(q.as_str()))
        .cloned()
        .collect();
    Report {
        actors,
        timeline,
        figures,
        positions,
        missing_quotes,
    }
}

fn score<F, E>(found: &[F], expected: &[E], matches: impl Fn(&F, &E) -> bool) -> Score {
    Score {
        expected: expected.len(),
        found: found.len(),
        recalled: expected
            .iter()
            .filter(|e| found.iter().any(|f| matches(f, e)))
            .count(),
        correct: found
            .iter()
            .filter(|f| expected.iter().any(|e| matches(f, e)))
            .count(),
    }
}

/// An actor's names for matching: name and aliases, lower-case, without a leading `the `.
fn forms(actor: &Actor) -> HashSet<String> {
    std::iter::once(&actor.name)
        .chain(actor.aliases.iter())
        .map(|name| {
            let lower = name.trim().to_lowercase();
            lower
                .strip_prefix("the ")
                .map(str::to_string)
                .unwrap_or(lower)
        })
        .collect()
}

/// Plain text as a document: paragraphs are blocks between blank lines. A block of one short
/// line (at most 8 words, no closing stop) followed by a body block is a heading that sets
/// the section of the blocks after it; the leading blocks before the first body block or
/// heading (title, byline, date lines) are front matter. A body block has at least 10 words
/// and ends with a sentence stop. Each list item (a line starting `- `, `• ` or `* `) is a
/// paragraph of its own. A stand-in for the importer's text reader, kept here in
/// one place.
pub fn plain_document(text: &str) -> Document {
    let text = text.replace("\r\n", "\n");
    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    for part in text.split("\n\n") {
        let lead = part.len() - part.trim_start().len();
        let body = part.trim();
        if !body.is_empty() {
            blocks.extend(list_items(body, at + lead));
        }
        at += part.len() + 2;
    }
    let heading = |i: usize| {
        is_heading(&text[blocks[i].clone()])
            && blocks
                .get(i + 1)
                .is_some_and(|next| !is_heading(&text[next.clone()]))
    };
    let mut paragraphs = Vec::new();
    let mut front = Vec::new();
    let mut section: Option<String> = None;
    let mut in_front = true;
    for (index, span) in blocks.iter().enumerate() {
        let block = &text[span.clone()];
        if in_front && !heading(index) && !is_body(block) {
            front.push(span.clone());
            continue;
        }
        in_front = false;
        if heading(index) {
            section = Some(block.to_string());
        } else {
            paragraphs.push(Block {
                span: span.clone(),
                section: section.clone(),
            });
        }
    }
    if paragraphs.is_empty() {
        // Nothing looked like a body: every block is a paragraph after all.
        front.clear();
        paragraphs = blocks
            .into_iter()
            .map(|span| Block {
                span,
                section: None,
            })
            .collect();
    }
    Document {
        text,
        paragraphs,
        front,
    }
}

/// A block cut before each line that starts a list item (`- `, `• `, `* `): each item is a
/// paragraph of its own. Spans are offset by `start`.
fn list_items(block: &str, start: usize) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    let mut at = 0;
    for line in block.split_inclusive('\n') {
        if at > 0 && ["- ", "• ", "* "].iter().any(|m| line.starts_with(m)) {
            cuts.push(at);
        }
        at += line.len();
    }
    cuts.push(block.len());
    cuts.windows(2)
        .filter_map(|w| {
            let piece = &block[w[0]..w[1]];
            let trimmed = piece.trim_end();
            (!trimmed.is_empty()).then(|| start + w[0]..start + w[0] + trimmed.len())
        })
        .collect()
}

fn is_heading(block: &str) -> bool {
    !block.contains('\n')
        && block.split_whitespace().count() <= 8
        && !block.ends_with(['.', '!', '?', ',', ';', ':', '"', '”'])
        && block.chars().next().is_some_and(char::is_uppercase)
}

fn is_body(block: &str) -> bool {
    block.split_whitespace().count() >= 10 && block.ends_with(['.', '!', '?', '"', '”', ')', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_splits_on_blank_lines_and_finds_headings() {
        let text = "Title Line\n\nBy Someone\n\nSummary\n\nFirst paragraph.\n\nBackground\n\nSecond one.\nStill second.";
        let doc = plain_document(text);
        assert_eq!(doc.front.len(), 2);
        let paragraphs: Vec<(&str, Option<&str>)> = doc
            .paragraphs
            .iter()
            .map(|b| (&doc.text[b.span.clone()], b.section.as_deref()))
            .collect();
        assert_eq!(
            paragraphs,
            [
                ("First paragraph.", Some("Summary")),
                ("Second one.\nStill second.", Some("Background"))
            ]
        );
    }

    #[test]
    fn list_items_are_paragraphs_of_their_own() {
        let text = "Issues include these two:\n- Trade. It grew.\n- Energy.\nMore on energy.";
        let doc = plain_document(text);
        let paragraphs: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|b| &doc.text[b.span.clone()])
            .collect();
        assert_eq!(
            paragraphs,
            [
                "Issues include these two:",
                "- Trade. It grew.",
                "- Energy.\nMore on energy."
            ]
        );
    }

    #[test]
    fn a_text_without_headings_is_all_paragraphs() {
        let doc = plain_document("One.\n\nTwo.");
        assert_eq!(doc.paragraphs.len(), 2);
        let doc =
            plain_document("A first paragraph of the body that is long enough to count.\n\nTwo.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc.front.is_empty());
    }

    #[test]
    fn scores_count_matches_both_ways() {
        let score = Score {
            expected: 4,
            found: 2,
            recalled: 2,
            correct: 1,
        };
        assert!((score.recall() - 0.5).abs() < 1e-9);
        assert!((score.precision() - 0.5).abs() < 1e-9);
        assert!((Score::default().recall() - 1.0).abs() < 1e-9);
    }
}
