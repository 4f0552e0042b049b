//! Fuzzy search over every item of a brief, with the query syntax fzf users know.
//!
//! The index is built once per brief; a query scores each item's fields with skim's
//! algorithm and returns one hit per item, best first. Nothing here knows about the screen.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::brief::{Brief, ItemRef, Section};

/// Which part of an item a hit matched, so a result can say why it is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// An event's title, a figure's label and value, a position's summary, an actor's name.
    Title,
    /// A paragraph's text, an event's or figure's detail.
    Text,
    Quote,
    Date,
    Issue,
    /// The name of an actor the item involves.
    Actor,
    /// Another name of an actor ("Beijing" for China).
    Alias,
    Theme,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Quote => "quote",
            Field::Date => "date",
            Field::Issue => "issue",
            Field::Actor => "actor",
            Field::Alias => "alias",
            Field::Theme => "theme",
        }
    }

    /// Matches in naming fields rank above matches buried in long text.
    fn bonus(self) -> i64 {
        match self {
            Field::Title => 40,
            Field::Actor | Field::Alias | Field::Issue => 20,
            Field::Date | Field::Theme => 10,
            Field::Text | Field::Quote => 0,
        }
    }
}

/// One searchable text of an item, with the forms a query compares against precomputed.
#[derive(Debug, Clone)]
struct Entry {
    field: Field,
    text: String,
    chars: Vec<char>,
    /// Lower-cased, one char per char so indices line up with `chars`.
    folded: Vec<char>,
    /// Byte offset of each char in `text`, and the text's length at the end.
    byte_offsets: Vec<usize>,
}

impl Entry {
    /// The characters a term compares against: exact case, or folded for smart case.
    fn haystack(&self, term: &Term) -> &[char] {
        if term.case_sensitive {
            &self.chars
        } else {
            &self.folded
        }
    }

    /// The text of characters `start..end`.
    fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_offsets[start]..self.byte_offsets[end]]
    }
}

#[derive(Debug, Clone)]
struct Record {
    item: ItemRef,
    entries: Vec<Entry>,
}

/// A ranked result: the item, its score, and the field text with the matched characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: ItemRef,
    pub score: i64,
    /// The field shown for this hit: where the best-scoring term matched.
    pub field: Field,
    pub text: String,
    /// Indices of matched characters (not bytes) in `text`, ascending.
    pub positions: Vec<usize>,
}

/// How one term of a query must match.
#[derive(Debug, Clone, PartialEq, Eq)]
enum TermKind {
    Fuzzy,
    /// `'term`: the exact characters, anywhere.
    Exact,
    /// `^term`: the exact characters at the start of a field.
    Prefix,
    /// `term$`: the exact characters at the end of a field.
    Suffix,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    kind: TermKind,
    /// `!term`: items where the term matches are left out.
    negated: bool,
    text: String,
    /// Smart case: a term with an upper-case letter matches case exactly.
    case_sensitive: bool,
    /// The term's characters (lower-case unless case-sensitive).
    chars: Vec<char>,
}

/// The searchable form of a brief. Build it once, query it on every keystroke.
pub struct SearchIndex {
    records: Vec<Record>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.records.len())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    pub fn new(brief: &Brief) -> SearchIndex {
        SearchIndex {
            records: records_of(brief),
            matcher: SkimMatcherV2::default().smart_case(),
        }
    }

    /// Number of searchable items.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every matching item, best first, ties in document order. An empty query, or one of
    /// only exclusions, matches nothing: there is nothing to rank by.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_top(query, usize::MAX)
    }

    /// Like `search`, but only the best `limit` hits; cheaper for a screenful.
    pub fn search_top(&self, query: &str, limit: usize) -> Vec<Hit> {
        let terms = parse_query(query);
        if !terms.iter().any(|term| !term.negated) {
            return Vec::new();
        }
        let mut scored: Vec<(i64, usize, usize)> = self
            .records
            .iter()
            .enumerate()
            .filter_map(|(record_index, record)| {
                self.score_record(record, &terms)
                    .map(|(score, entry_index)| (score, record_index, entry_index))
            })
            .collect();
        // Records are built in document order, so the index breaks ties by position.
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(limit);
        scored
            .into_iter()
            .map(|(score, record_index, entry_index)| {
                let record = &self.records[record_index];
                let entry = &record.entries[entry_index];
                Hit {
                    item: record.item,
                    score,
                    field: entry.field,
                    text: entry.text.clone(),
                    positions: self.positions_in(entry, &terms),
                }
            })
            .collect()
    }

    /// The item's total score and the entry to show, or None when a term fails.
    fn score_record(&self, record: &Record, terms: &[Term]) -> Option<(i64, usize)> {
        let mut total = 0;
        let mut best_entry = (i64::MIN, 0);
        for term in terms {
            let best = record
                .entries
                .iter()
                .enumerate()
                .filter_map(|(index, entry)| {
                    self.score_term(entry, term)
                        .map(|score| (score + entry.field.bonus(), index))
                })
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            match (best, term.negated) {
                (Some(_), true) | (None, false) => return None,
                (None, true) => {}
                (Some((score, index)), false) => {
                    total += score;
                    if score > best_entry.0 {
                        best_entry = (score, index);
                    }
                }
            }
        }
        Some((total, best_entry.1))
    }

    fn score_term(&self, entry: &Entry, term: &Term) -> Option<i64> {
        match term.kind {
            TermKind::Fuzzy => {
                let (start, end) = scoring_window(entry, term)?;
                self.matcher
                    .fuzzy_match(entry.slice(start, end), &term.text)
            }
            TermKind::Exact | TermKind::Prefix | TermKind::Suffix => {
                exact_match(entry, term).map(|start| exact_score(entry, term, start))
            }
        }
    }

    /// Matched character positions of every positive term within one entry.
    fn positions_in(&self, entry: &Entry, terms: &[Term]) -> Vec<usize> {
        let mut positions: Vec<usize> = Vec::new();
        for term in terms.iter().filter(|term| !term.negated) {
            match term.kind {
                TermKind::Fuzzy => {
                    if let Some((start, end)) = scoring_window(entry, term)
                        && let Some((_, indices)) = self
                            .matcher
                            .fuzzy_indices(entry.slice(start, end), &term.text)
                    {
                        positions.extend(indices.into_iter().map(|index| index + start));
                    }
                }
                _ => {
                    if let Some(start) = exact_match(entry, term) {
                        positions.extend(start..start + term.chars.len());
                    }
                }
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// Where to begin showing a hit's text in `room` cells so its matches show with a little
/// context before them: 0 when they fit from the start, else a word start shortly before the
/// first match. The explorer's results and `briefing search` both cut their excerpts here.
pub fn excerpt_start(text: &str, positions: &[usize], room: usize) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let (Some(&first), Some(&last)) = (positions.first(), positions.last()) else {
        return 0;
    };
    if chars.len() <= room || last + 1 < room {
        return 0;
    }
    // A quarter of the room for context, but never so much that the excerpt ends short.
    let mut start = first
        .saturating_sub(room / 4)
        .min(chars.len().saturating_sub(room.saturating_sub(2)));
    // Begin at a word rather than mid-word, when one starts before the match.
    if let Some(space) = chars
        .get(start..first.max(start))
        .and_then(|before| before.iter().position(|c| c.is_whitespace()))
    {
        start += space + 1;
    }
    start.min(first)
}

/// Splits a query into terms: `'exact`, `^prefix`, `suffix$`, `!exclude`, else fuzzy.
fn parse_query(query: &str) -> Vec<Term> {
    query
        .split_whitespace()
        .filter_map(|raw| {
            let (negated, rest) = match raw.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, raw),
            };
            let (kind, text) = if let Some(rest) = rest.strip_prefix('\'') {
                (TermKind::Exact, rest)
            } else if let Some(rest) = rest.strip_prefix('^') {
                (TermKind::Prefix, rest)
            } else if let Some(rest) = rest.strip_suffix('$').filter(|r| !r.is_empty()) {
                (TermKind::Suffix, rest)
            } else if negated {
                // As in fzf, an exclusion matches exact characters, not a fuzzy pattern.
                (TermKind::Exact, rest)
            } else {
                (TermKind::Fuzzy, rest)
            };
            if text.is_empty() {
                return None;
            }
            let case_sensitive = text.chars().any(char::is_uppercase);
            Some(Term {
                kind,
                negated,
                text: text.to_string(),
                case_sensitive,
                chars: if case_sensitive {
                    text.chars().collect()
                } else {
                    fold(text)
                },
            })
        })
        .collect()
}

/// Where a fuzzy term may be scored: the first short stretch of the field holding the term's
/// characters in order, widened a little so skim still sees the word boundaries around it.
/// Scoring only that stretch keeps a keystroke cheap on long paragraphs.
fn scoring_window(entry: &Entry, term: &Term) -> Option<(usize, usize)> {
    const CONTEXT: usize = 2;
    let haystack = entry.haystack(term);
    let (start, end) = compact_window(
        &term.chars,
        haystack,
        max_span(entry.field, term.chars.len()),
    )?;
    Some((
        start.saturating_sub(CONTEXT),
        (end + CONTEXT).min(haystack.len()),
    ))
}

/// The first stretch `start..end`, at most `allowed` characters long, holding the wanted
/// characters in order. Without the bound, any long paragraph matches any short word letter by
/// letter ("pipeline" in "President Vladimir Putin at the sidelines"), and such hits drown
/// real ones.
fn compact_window(wanted: &[char], haystack: &[char], allowed: usize) -> Option<(usize, usize)> {
    let (&first, rest) = wanted.split_first()?;
    let mut from = 0;
    while let Some(offset) = haystack.get(from..)?.iter().position(|&c| c == first) {
        let begin = from + offset;
        let limit = (begin + allowed).min(haystack.len());
        // A greedy forward match gives the shortest match that begins here.
        let mut needed = rest.iter().peekable();
        let mut end = begin + 1;
        for (index, &c) in haystack[begin + 1..limit].iter().enumerate() {
            let Some(&&next) = needed.peek() else { break };
            if c == next {
                needed.next();
                end = begin + index + 2;
            }
        }
        if needed.peek().is_none() {
            return Some((begin, end));
        }
        from = begin + 1;
    }
    None
}

/// The widest stretch of a field a fuzzy term of this many characters may match across. Names
/// and titles are short, so an abbreviation across words matches there as in fzf ("mdef" for
/// "missile defence"); in prose, a term matches a word with a letter or two missing or wrong,
/// not letters strewn over a sentence ("veto" in "believed that outstanding").
fn max_span(field: Field, term_length: usize) -> usize {
    match field {
        Field::Text | Field::Quote => term_length + (term_length / 3).max(2),
        _ => term_length + term_length.max(8),
    }
}

/// The character index where an exact, prefix or suffix term matches, if it does.
fn exact_match(entry: &Entry, term: &Term) -> Option<usize> {
    let needle = term.chars.as_slice();
    let haystack = entry.haystack(term);
    if needle.len() > haystack.len() {
        return None;
    }
    match term.kind {
        TermKind::Prefix => haystack.starts_with(needle).then_some(0),
        TermKind::Suffix => haystack
            .ends_with(needle)
            .then_some(haystack.len() - needle.len()),
        _ => haystack
            .windows(needle.len())
            .position(|window| window == needle),
    }
}

/// An exact match scores like a strong fuzzy one, more so at a word's start.
fn exact_score(entry: &Entry, term: &Term, start: usize) -> i64 {
    let length = i64::try_from(term.chars.len()).unwrap_or(i64::MAX / 32);
    let at_word_start = start == 0
        || entry
            .folded
            .get(start - 1)
            .is_some_and(|c| !c.is_alphanumeric());
    length * 20 + if at_word_start { 30 } else { 0 }
}

fn entry(field: Field, text: &str) -> Entry {
    let mut byte_offsets: Vec<usize> = text.char_indices().map(|(offset, _)| offset).collect();
    byte_offsets.push(text.len());
    Entry {
        field,
        text: text.to_string(),
        chars: text.chars().collect(),
        folded: fold(text),
        byte_offsets,
    }
}

/// Lower-cases character by character, keeping one char per char so indices line up.
fn fold(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

fn actor_entries(brief: &Brief, actor_ids: &[String], entries: &mut Vec<Entry>) {
    for id in actor_ids {
        if let Some(actor) = brief.actor(id) {
            entries.push(entry(Field::Actor, &actor.name));
            for alias in &actor.aliases {
                entries.push(entry(Field::Alias, alias));
            }
        }
    }
}

fn theme_entries(brief: &Brief, theme_ids: &[String], entries: &mut Vec<Entry>) {
    for id in theme_ids {
        entries.push(entry(Field::Theme, brief.theme_name(id)));
    }
}

/// One record per item, in document order: paragraphs, events, figures, positions, actors.
fn records_of(brief: &Brief) -> Vec<Record> {
    let mut records = Vec::new();
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let mut entries = vec![entry(Field::Text, &paragraph.text)];
        if let Some(section) = &paragraph.section {
            entries.push(entry(Field::Title, section));
        }
        records.push(Record {
            item: ItemRef {
                section: Section::Summary,
                index,
            },
            entries,
        });
    }
    for (index, event) in brief.timeline.iter().enumerate() {
        let mut entries = vec![
            entry(Field::Title, &event.title),
            entry(Field::Date, &event.date.long()),
            entry(Field::Text, &event.detail),
            entry(Field::Quote, &event.quote),
        ];
        actor_entries(brief, &event.actors, &mut entries);
        theme_entries(brief, &event.themes, &mut entries);
        records.push(Record {
            item: ItemRef {
                section: Section::Timeline,
                index,
            },
            entries,
        });
    }
    for (index, figure) in brief.figures.iter().enumerate() {
        let mut entries = vec![
            entry(Field::Title, &figure.label),
            entry(Field::Title, &figure.display_value()),
            entry(Field::Quote, &figure.quote),
        ];
        if let Some(period) = &figure.period {
            entries.push(entry(Field::Date, &period.long()));
        }
        if let Some(detail) = &figure.detail {
            entries.push(entry(Field::Text, detail));
        }
        actor_entries(brief, &figure.actors, &mut entries);
        theme_entries(brief, &figure.themes, &mut entries);
        records.push(Record {
            item: ItemRef {
                section: Section::Figures,
                index,
            },
            entries,
        });
    }
    for (index, position) in brief.positions.iter().enumerate() {
        let mut entries = vec![
            entry(Field::Title, &position.summary),
            entry(Field::Issue, &position.issue),
            entry(Field::Quote, &position.quote),
        ];
        actor_entries(brief, &position.actors, &mut entries);
        theme_entries(brief, &position.themes, &mut entries);
        records.push(Record {
            item: ItemRef {
                section: Section::Positions,
                index,
            },
            entries,
        });
    }
    for (index, actor) in brief.actors.iter().enumerate() {
        let mut entries = vec![entry(Field::Title, &actor.name)];
        for alias in &actor.aliases {
            entries.push(entry(Field::Alias, alias));
        }
        if let Some(role) = &actor.role {
            entries.push(entry(Field::Text, role));
        }
        records.push(Record {
            item: ItemRef {
                section: Section::Actors,
                index,
            },
            entries,
        });
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    fn index() -> (Brief, SearchIndex) {
        let brief = load_embedded().unwrap();
        let index = SearchIndex::new(&brief);
        (brief, index)
    }

    fn ids(brief: &Brief, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|hit| brief.id_of(hit.item).unwrap().to_string())
            .collect()
    }

    #[test]
    fn empty_and_blank_queries_match_nothing() {
        let (_, index) = index();
        assert!(index.search("").is_empty());
        assert!(index.search("   ").is_empty());
        assert!(index.search("!china").is_empty());
    }

    #[test]
    fn no_match_returns_no_hits() {
        let (_, index) = index();
        assert!(index.search("zzzqqq").is_empty());
    }

    #[test]
    fn pipeline_finds_the_pipeline_position_first() {
        let (brief, index) = index();
        let hits = index.search("pipeline");
        assert_eq!(
            ids(&brief, &hits).first().map(String::as_str),
            Some("pos-pipelines")
        );
        let found = ids(&brief, &hits);
        assert!(found.contains(&"p6".to_string()), "{found:?}");
        // One hit per item.
        let mut unique = found.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), found.len());
    }

    #[test]
    fn hits_are_ranked_best_first_with_ties_in_document_order() {
        let (_, index) = index();
        let hits = index.search("trade");
        assert!(hits.len() > 3);
        for pair in hits.windows(2) {
            assert!(pair[0].score >= pair[1].score);
            if pair[0].score == pair[1].score {
                assert!(pair[0].item < pair[1].item, "{pair:?}");
            }
        }
    }

    #[test]
    fn positions_point_at_the_matched_characters() {
        let (_, index) = index();
        for hit in index.search("putin") {
            let chars: Vec<char> = hit.text.chars().collect();
            let matched: String = hit.positions.iter().map(|&i| chars[i]).collect();
            assert_eq!(matched.to_lowercase(), "putin", "{hit:?}");
        }
    }

    #[test]
    fn aliases_find_their_actor() {
        let (brief, index) = index();
        let hits = index.search("'Washington");
        let found = ids(&brief, &hits);
        assert!(found.contains(&"us".to_string()), "{found:?}");
        let us = hits
            .iter()
            .find(|hit| brief.id_of(hit.item) == Some("us"))
            .unwrap();
        assert_eq!(us.field, Field::Alias);
    }

    #[test]
    fn all_terms_must_match() {
        let (brief, index) = index();
        let both = ids(&brief, &index.search("trade 2006"));
        assert!(both.contains(&"f-trade-2006".to_string()), "{both:?}");
        assert!(!both.contains(&"f-trade-1992".to_string()), "{both:?}");
    }

    #[test]
    fn exclusion_removes_items() {
        let (brief, index) = index();
        let with = ids(&brief, &index.search("'trade"));
        let without = ids(&brief, &index.search("'trade !1992"));
        assert!(with.contains(&"f-trade-1992".to_string()));
        assert!(!without.contains(&"f-trade-1992".to_string()));
        assert!(without.contains(&"f-trade-2006".to_string()));
    }

    #[test]
    fn exact_prefix_and_suffix_terms() {
        let (brief, index) = index();
        // Fuzzy "vto" matches "veto" loosely; exact does not.
        assert!(!index.search("vto").is_empty());
        assert!(index.search("'vto").is_empty());
        let prefix = ids(&brief, &index.search("^Nonetheless"));
        assert_eq!(prefix, ["p6", "pos-energy-cooperation"]);
        let suffix = ids(&brief, &index.search("peaceful means.$"));
        assert!(suffix.contains(&"p9".to_string()), "{suffix:?}");
        assert!(!suffix.contains(&"p1".to_string()));
    }

    #[test]
    fn smart_case_is_exact_only_with_capitals() {
        let (_, index) = index();
        assert!(!index.search("'beijing").is_empty());
        assert!(index.search("'BEIJING").is_empty());
    }

    #[test]
    fn search_top_returns_the_head_of_search() {
        let (_, index) = index();
        let all = index.search("china");
        let top = index.search_top("china", 3);
        assert_eq!(top, all[..3]);
    }

    #[test]
    fn letters_strewn_across_a_sentence_do_not_match() {
        let (brief, index) = index();
        let pipeline = ids(&brief, &index.search("pipeline"));
        // p1 holds p-i-p-e-l-i-n-e only spread over "President Vladimir Putin at the sidelines".
        assert!(!pipeline.contains(&"p1".to_string()), "{pipeline:?}");
        let putin = ids(&brief, &index.search("putin"));
        assert!(!putin.contains(&"cnpc".to_string()), "{putin:?}");
        let veto = ids(&brief, &index.search("veto"));
        assert!(!veto.contains(&"pos-dialogue".to_string()), "{veto:?}");
        // The bound holds for case-sensitive terms too.
        let capital = ids(&brief, &index.search("Putin"));
        assert!(capital.contains(&"putin".to_string()), "{capital:?}");
        assert!(!capital.contains(&"cnpc".to_string()), "{capital:?}");
        // Abbreviations and typos within a short stretch still match.
        let abbreviated = ids(&brief, &index.search("mdef"));
        assert!(
            abbreviated.contains(&"pos-missile-defence".to_string()),
            "{abbreviated:?}"
        );
        let typo = ids(&brief, &index.search("pipline"));
        assert!(typo.contains(&"pos-pipelines".to_string()), "{typo:?}");
    }

    #[test]
    fn compact_match_bounds_the_span() {
        let chars = |text: &str| text.chars().collect::<Vec<char>>();
        let folded = chars("xa-b-c-d");
        assert_eq!(compact_window(&chars("abcd"), &folded, 7), Some((1, 8)));
        assert_eq!(compact_window(&chars("abcd"), &folded, 6), None);
        let spread = chars(&format!("a{}bcd", " ".repeat(20)));
        assert_eq!(compact_window(&chars("abcd"), &spread, 12), None);
        assert_eq!(compact_window(&chars("dcba"), &folded, 12), None);
        // A later start may fit where the first does not.
        let later = chars("a      xabc");
        assert_eq!(compact_window(&chars("abc"), &later, 4), Some((8, 11)));
        assert_eq!(max_span(Field::Quote, 4), 6);
        assert_eq!(max_span(Field::Title, 4), 12);
    }

    #[test]
    fn excerpts_start_at_a_word_shortly_before_the_first_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        // Fits from the start: no cut.
        assert_eq!(excerpt_start(text, &[0, 1, 2], 80), 0);
        assert_eq!(excerpt_start(text, &[4, 5, 6], 20), 0);
        // "twelve" starts at char 56: begin at a word before it, keeping it in view.
        let start = excerpt_start(text, &[56, 57], 20);
        assert!(start > 0 && start <= 56, "{start}");
        assert!(text[start..].starts_with(|c: char| c.is_alphanumeric()));
        assert_eq!(text[..start].chars().last(), Some(' '));
        assert!(
            text.len() - start <= 20 + 6,
            "the excerpt does not end short: {start}"
        );
        assert_eq!(excerpt_start(text, &[], 10), 0);
    }

    #[test]
    fn query_parsing_recognises_each_form() {
        let terms = parse_query("a 'b ^c d$ !e !^f");
        let kinds: Vec<(TermKind, bool, &str)> = terms
            .iter()
            .map(|t| (t.kind.clone(), t.negated, t.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (TermKind::Fuzzy, false, "a"),
                (TermKind::Exact, false, "b"),
                (TermKind::Prefix, false, "c"),
                (TermKind::Suffix, false, "d"),
                (TermKind::Exact, true, "e"),
                (TermKind::Prefix, true, "f"),
            ]
        );
        assert!(parse_query("' ^ !").is_empty());
    }
}
