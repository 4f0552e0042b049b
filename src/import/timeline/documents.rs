//! Years that name a document or a law rather than date an event: `its 2019 report`, `a
//! 2025 DIA statement`, `the FY2026 budget request`, `the 1931 Statute of Westminster`, `the
//! 1998 Act`.
//!
//! A document's year is never an event on its own. A law's year marks its enactment once:
//! at the law's first mention, when its sentence dates nothing else (`review requirements
//! under the 2015 Iran Nuclear Agreement Review Act`); not where the sentence has its own
//! date (`in 1942, it adopted the 1931 Statute of Westminster`), nor when the law is named
//! again (`the 2018 Common Rule defines …`, `… applies to …`). A date the sentence gives
//! besides stays an event (`Congress passed the 2024 act in 2024`).

use std::ops::Range;

use crate::brief::{BriefDate, Point};
use crate::import::dates::{self, DateMention};

/// Nouns naming a law or another instrument with force (a final `s` is also taken).
#[rustfmt::skip]
const LAWS: &[&str] = &[
    "act", "law", "statute", "treaty", "agreement", "accord", "convention", "charter",
    "constitution", "protocol", "declaration", "bill", "amendment", "resolution", "regulation",
    "rule", "order", "directive", "code", "compact", "pact",
];

/// Nouns naming a document: what it says is not an event of its year.
#[rustfmt::skip]
const DOCUMENTS: &[&str] = &[
    "statement", "communiqué", "communique", "memorandum", "report", "study", "review",
    "strategy", "plan", "budget", "framework", "doctrine", "paper", "assessment", "survey",
    "request", "proposal", "edition", "letter", "opinion", "guidance", "guidelines", "estimates",
];

/// Words that end the noun phrase after the year before a document noun is reached.
#[rustfmt::skip]
const PHRASE_ENDS: &[&str] = &[
    "in", "on", "at", "by", "for", "to", "from", "with", "of", "that", "which", "who", "and",
    "or", "was", "were", "is", "are", "has", "have", "had", "will", "would", "the", "a", "an",
    "its", "their", "as", "than",
];

/// What a year after a determiner names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// A report, statement, request…
    Document,
    /// A law, by the words from the year to its noun, lower-cased (`2018 common rule`).
    Law(String),
}

/// The laws already named in the text.
#[derive(Debug, Default)]
pub struct Seen(Vec<String>);

impl Seen {
    /// True the first time a law is named; documents are never recorded.
    pub fn first_mention(&mut self, named: &Named) -> bool {
        match named {
            Named::Document => true,
            Named::Law(name) if self.0.contains(name) => false,
            Named::Law(name) => {
                self.0.push(name.clone());
                true
            }
        }
    }
}

/// What the year of `mention` names, when it is a year after a determiner or a possessive
/// (`the`, `its`, `China's`) modifying a noun that names a document or a law, at most seven
/// words on, past names and bracketed acronyms (`the 1951 Australia-New Zealand-United States
/// (ANZUS) Treaty`). `the 2016 elections` and `the 2025 Quad Meeting` name events: `None`.
pub fn named_by_year(text: &str, mention: &DateMention) -> Option<Named> {
    if !matches!(mention.date, BriefDate::Point(Point::Year(_))) {
        return None;
    }
    let before = dates::window_before(text, mention.span.start, 40);
    let previous = before.split_whitespace().next_back()?.to_lowercase();
    let determiner = matches!(
        previous.as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "whose"
    ) || previous.ends_with("'s")
        || previous.ends_with("’s")
        || previous.ends_with("s'");
    if !determiner || !text[mention.span.end..].starts_with(' ') {
        return None;
    }
    let after = dates::window_after(text, mention.span.end, 120);
    let mut name: Vec<String> = vec![text[mention.span.clone()].to_lowercase()];
    for word in after.split_whitespace().take(7) {
        if word.starts_with('(') && word.ends_with(')') {
            continue; // an acronym in brackets
        }
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’']);
        let lower = bare.to_lowercase();
        let singular = lower.strip_suffix('s').unwrap_or(&lower).to_string();
        let is =
            |nouns: &[&str]| nouns.contains(&lower.as_str()) || nouns.contains(&singular.as_str());
        if is(DOCUMENTS) {
            return Some(Named::Document);
        }
        name.push(singular.clone());
        if is(LAWS) {
            return Some(Named::Law(name.join(" ")));
        }
        if bare.len() != word.len() || PHRASE_ENDS.contains(&lower.as_str()) {
            return None;
        }
    }
    None
}

/// Whether `sentence` dates something besides `mention`: another date mention in it that
/// names no document or law (`in 1942` beside `the 1931 Statute`).
pub fn dates_something_else(
    text: &str,
    sentence: &Range<usize>,
    mention: &DateMention,
    mentions: &[DateMention],
) -> bool {
    mentions.iter().any(|other| {
        other.span != mention.span
            && sentence.start <= other.span.start
            && other.span.end <= sentence.end
            && named_by_year(text, other).is_none()
    })
}
