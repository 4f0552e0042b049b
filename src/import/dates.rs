//! Date expressions in report text: every `8 August 2007`, `April-June 2025`, `FY2026`,
//! `the 1990s`, `since 2021` or `In March` in a range of the text, with the date it stands
//! for at the precision the text gives, and the year a yearless date takes from its
//! sentence, paragraph or a nearby stated date.
//!
//! The rules (one per kind of expression) live in `dates/rules.rs`, the words around them
//! (joins, bounds, exclusions) in `dates/context.rs`; their example tables in
//! `dates/tests.rs`.

mod context;
mod rules;
#[cfg(test)]
mod tests;

use std::ops::Range;

use regex::Regex;

use crate::brief::{BriefDate, Point};

use super::Document;
use crate::brief::sentences;

/// One date expression in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Byte span of the whole expression in the text (`since early March 2026`), on `char`
    /// boundaries.
    pub span: Range<usize>,
    /// The date at the text's own precision: a day, month or year point; a span for
    /// `from 1992 to 2006`, `April-June 2025`, `the 1990s`, a quarter; `Before`/`After` for
    /// `before X`, `by X`, `until X` / `after X`, `since X`. `Undated` while a yearless
    /// `In March` has no year the text ties it to, or an offset (`in less than three
    /// months`) has no date to count from.
    pub date: BriefDate,
    /// True when the text dates it only relative to something (before/after, an offset) or
    /// gives no year; such a date needs its `note`.
    pub relative: bool,
    /// Why the date is inexact or where its year comes from, in plain words
    /// (`the text says "early March"`, `fiscal year 2026`); `None` for a plain date.
    pub note: Option<String>,
    parts: rules::Parts,
}

/// Every date expression in `text[range]`, in text order, without overlaps.
///
/// `range` is a byte range on `char` boundaries (usually one paragraph). Two dates the text
/// joins (`from 1992 to 2006`, `between 1999 and 2024`, `April-June 2025`) come back as one
/// span. A month or day without a year takes the year of another date in its own sentence,
/// else of the nearest stated date earlier in `range`; otherwise it stays `Undated` and
/// [`DateMention::needs_year`] says so (see [`in_document`] for the paragraphs before).
/// Not dates: `may` the verb, `March` without a date word before it, ordinals (`15th`),
/// `60%`, law, section and page numbers (`P.L. 117-58`, `Section 232`, `H.R. 2012`).
pub fn find(text: &str, range: Range<usize>) -> Vec<DateMention> {
    let mut mentions: Vec<DateMention> = rules::scan(text, range.clone())
        .into_iter()
        .map(DateMention::from_raw)
        .collect();
    tie_within(text, range, &mut mentions);
    mentions
}

/// The date mentions of every paragraph of `doc`, one list per paragraph in order.
///
/// Beyond [`find`], a month or day still without a year takes the year of the nearest date
/// stated with a year in an earlier paragraph (its note says so); an offset (`in less than
/// three months`) counts back or forward from the nearest exact date before it. Whatever
/// the text leaves unanchored stays `Undated` and relative.
pub fn in_document(doc: &Document) -> Vec<Vec<DateMention>> {
    let mut last_stated: Option<(i32, String)> = None;
    let mut last_point: Option<(Point, String)> = None;
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    for block in &doc.paragraphs {
        let mut mentions = find(&doc.text, block.span.clone());
        for mention in &mut mentions {
            if mention.needs_year()
                && let Some((year, source)) = &last_stated
            {
                mention.tie_year(
                    *year,
                    Some(&format!("year from the nearest stated date, {source}")),
                );
            }
            if mention.needs_anchor()
                && let Some((point, source)) = &last_point
            {
                mention.anchor_to(*point, source);
            }
            if mention.stated_year().is_some() {
                let source = doc.text[mention.span.clone()].to_string();
                last_stated = mention.stated_year().map(|year| (year, source.clone()));
            }
            if let (BriefDate::Point(point), false) = (&mention.date, mention.relative) {
                last_point = Some((*point, doc.text[mention.span.clone()].to_string()));
            }
        }
        out.push(mentions);
    }
    out
}

impl DateMention {
    fn from_raw(raw: rules::Raw) -> DateMention {
        let mut mention = DateMention {
            span: raw.span,
            date: BriefDate::Undated,
            relative: true,
            note: None,
            parts: raw.parts,
        };
        mention.resolve();
        mention
    }

    /// True for a month or day the text gives without a year, not yet tied to one.
    pub fn needs_year(&self) -> bool {
        !self.parts.offset && self.parts.start.year.is_none()
    }

    /// True for an offset (`in less than three months`) not yet counted from a date.
    pub fn needs_anchor(&self) -> bool {
        self.parts.offset && self.date == BriefDate::Undated
    }

    /// The year written in the expression itself (`8 August 2007` → 2007; `April 9` → none).
    pub fn stated_year(&self) -> Option<i32> {
        if self.parts.year_stated {
            self.parts
                .end
                .and_then(|end| end.year)
                .or(self.parts.start.year)
        } else {
            None
        }
    }

    /// Gives a yearless month or day the year `year`; `why` (where the year comes from, when
    /// not from the mention's own sentence or paragraph) goes into the note. Does nothing to
    /// a mention that has its year.
    pub fn tie_year(&mut self, year: i32, why: Option<&str>) {
        if !self.needs_year() {
            return;
        }
        self.parts.start.year = Some(year);
        if let Some(end) = &mut self.parts.end
            && end.year.is_none()
        {
            end.year = Some(year);
        }
        self.date = self.parts.date().unwrap_or(BriefDate::Undated);
        self.relative = self.parts.relation != rules::Relation::At;
        self.note = match (&self.parts.note, why) {
            (Some(note), Some(why)) => Some(format!("{note}; {why}")),
            (None, Some(why)) => Some(format!("the text says \"{}\"; {why}", self.parts.said)),
            (note, None) => note.clone(),
        };
    }

    /// Counts an offset (`in less than three months`) from `anchor`, the date the text
    /// counts from; `source` is that date as the text writes it, for the note.
    pub fn anchor_to(&mut self, anchor: Point, source: &str) {
        if !self.needs_anchor() {
            return;
        }
        self.date = match self.parts.relation {
            rules::Relation::After => BriefDate::After(anchor),
            _ => BriefDate::Before(anchor),
        };
        let direction = if self.parts.relation == rules::Relation::After {
            "after"
        } else {
            "before"
        };
        self.note = Some(format!("\"{}\" {direction} {source}", self.parts.said));
        self.relative = true;
    }

    fn resolve(&mut self) {
        if let Some(date) = self.parts.date() {
            self.relative = self.parts.relation != rules::Relation::At;
            self.date = date;
            self.note.clone_from(&self.parts.note);
        } else {
            self.relative = true;
            self.date = BriefDate::Undated;
            self.note = self
                .needs_year()
                .then(|| format!("\"{}\": the text gives no year", self.parts.said));
        }
    }
}

/// Ties yearless mentions to a year in their own sentence, else to the nearest stated year
/// before them in `range`.
fn tie_within(text: &str, range: Range<usize>, mentions: &mut [DateMention]) {
    if !mentions.iter().any(DateMention::needs_year) {
        return;
    }
    let sentences = sentences::split_lines(text, range);
    let sentence_of = |at: usize| sentences.iter().position(|s| s.contains(&at));
    for i in 0..mentions.len() {
        if !mentions[i].needs_year() {
            continue;
        }
        let here = sentence_of(mentions[i].span.start);
        let same_sentence = mentions
            .iter()
            .enumerate()
            .filter(|(j, m)| *j != i && sentence_of(m.span.start) == here)
            .filter_map(|(j, m)| m.stated_year().map(|y| (j.abs_diff(i), y)))
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, year)| year);
        let earlier = || {
            mentions[..i]
                .iter()
                .rev()
                .find_map(DateMention::stated_year)
        };
        if let Some(year) = same_sentence.or_else(earlier) {
            mentions[i].tie_year(year, None);
        }
    }
}

/// Compiles one of the extractors' constant patterns with ASCII digits, white space and word
/// boundaries (`\d`, `\s`, `\w`, `\b`): report numbers and dates are ASCII, and the Unicode
/// classes would make each pattern several times slower to build on first use.
///
/// Panics on a malformed pattern: the patterns are constants, and the example tables of
/// every extractor compile them all.
pub(crate) fn compile(pattern: &str) -> Regex {
    let ascii = pattern
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t\n\r ]")
        .replace(r"\w", "[A-Za-z0-9_]")
        .replace(r"\b", r"(?-u:\b)");
    Regex::new(&ascii).unwrap_or_else(|e| panic!("extractor pattern {pattern:?}: {e}"))
}

/// At most `bytes` bytes of `text` ending at byte `at` (fewer, to start on a `char`
/// boundary): the words just before an expression, without copying the whole text before it.
pub(crate) fn window_before(text: &str, at: usize, bytes: usize) -> &str {
    let mut start = at.saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// At most `bytes` bytes of `text` starting at byte `at` (fewer, to end on a `char`
/// boundary).
pub(crate) fn window_after(text: &str, at: usize, bytes: usize) -> &str {
    let mut end = (at + bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}
