//! `briefing search` across several briefs. The library's index finds every item holding
//! the query's words (FTS5, no parsing of brief files); the embedded brief's items come from
//! memory in the same form; all are then ranked together by the rules one brief's search
//! uses for literal matches (`search::rank`): a whole word above the start of one, a title
//! above a passage above a quote, a short field above a long one, an item's own words above
//! the name of an actor it involves. Ties go to the newer brief, then document order.
//!
//! Across briefs every term matches whole words or the start of one (case and accents
//! ignored, British and American spellings alike); scattered letters match only within one
//! brief (`--brief`, `--file`). `'exact` matches anywhere in a word the index found,
//! `^start` and `end$` the start and end of a field, `!term` excludes, `a | b` either.

use std::cmp::Reverse;
use std::collections::HashMap;

use anyhow::Result;
use memchr::memmem::Finder;

use super::scope::Shelf;
use crate::brief::Section;
use crate::library::{ItemRow, Part, TextQuery, TextTerm, item_rows, parts};
use crate::search::fold::{Folding, fold, fold_str, original_positions};
use crate::search::matching::classify;
use crate::search::query::{Group, Kind};
use crate::search::rank::{ItemScore, Tier, WordClass, literal_score, term_score};
use crate::search::{Field, Query};

/// Up to this many items found in the index, every one is ranked here: reading them costs
/// about 15 ms (3 µs each, a page of the index each).
const RANK_ALL_UP_TO: usize = 5_000;
/// Beyond that (a word in half the library's items), the index's bm25 picks this many and
/// only those are ranked here: "trade" over 1,000 briefs (50,000 items) takes about 50 ms so,
/// 150 ms reading every one.
const RANK_BEST: usize = 1_000;

/// One item found across the library, ranked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryHit {
    /// The brief's id in the library.
    pub brief: String,
    /// The item's id in its brief.
    pub item: String,
    pub section: Section,
    /// Index within its section of its brief.
    pub position: usize,
    /// One line naming the item, as `Brief::title_of` gives.
    pub title: String,
    /// Higher is better; only the order within one query means anything (the scale of
    /// `search::rank`, as one brief's search scores).
    pub score: i64,
    /// The field shown: where the best-scoring term matched.
    pub field: Field,
    /// That field's text, as in the brief.
    pub text: String,
    /// Indices of the matched characters (chars, not bytes) in `text`, ascending.
    pub positions: Vec<usize>,
}

/// What a search across the library found: the best hits, and how many items were ranked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The best `limit`, best first.
    pub hits: Vec<LibraryHit>,
    /// How many items matched and were ranked; `hits` are the first of them.
    pub ranked: usize,
    /// `ranked` counts every item that matches; false when a word in too many items let
    /// only the index's best [`RANK_BEST`] be ranked, so more may match.
    pub complete: bool,
}

/// The best `limit` items of the library for `query` (only in `section` when given), best
/// first; every section is searched, themes (by name) included. A query with no positive
/// term finds nothing.
///
/// # Errors
/// The index failing to answer (`LibraryError::Index`).
pub fn search(
    shelf: &Shelf,
    query: &Query,
    section: Option<Section>,
    limit: usize,
) -> Result<Found> {
    if !query.has_positive() {
        return Ok(Found {
            complete: true,
            ..Found::default()
        });
    }
    let matches = shelf
        .library
        .matching(&text_query(query), section, RANK_ALL_UP_TO, RANK_BEST)?;
    let complete = matches.complete;
    let mut rows = matches.rows;
    if let Some((id, brief)) = &shelf.embedded {
        rows.extend(
            item_rows(brief)
                .into_iter()
                .filter(|row| section.is_none_or(|wanted| row.section == wanted))
                .map(|row| (id.clone(), row)),
        );
    }
    let terms = Terms::of(query);
    let order: HashMap<&str, usize> = shelf
        .briefs
        .iter()
        .enumerate()
        .map(|(index, listed)| (listed.id.as_str(), index))
        .collect();
    let mut scored: Vec<(i64, usize, &str, &ItemRow)> = rows
        .iter()
        .filter_map(|(brief, row)| {
            let (score, part) = score(&terms, row)?;
            Some((score, part, brief.as_str(), row))
        })
        .collect();
    let key = |(score, _, brief, row): &(i64, usize, &str, &ItemRow)| {
        let brief_order = order.get(brief).copied().unwrap_or(usize::MAX);
        let tie = crate::search::rank::tie_rank(row.section);
        (Reverse(*score), tie, brief_order, row.section, row.position)
    };
    let ranked = scored.len();
    if scored.len() > limit {
        scored.select_nth_unstable_by_key(limit, key);
        scored.truncate(limit);
    }
    scored.sort_unstable_by_key(key);
    let hits = scored
        .into_iter()
        .map(|(score, part, brief, row)| hit(&terms, brief, row, score, part))
        .collect();
    Ok(Found {
        hits,
        ranked,
        complete,
    })
}

/// What the index must find for `query`: each positive group's spellings as prefix terms
/// (the index knows words, so every kind of term asks for a word starting with it; the
/// ranking then checks the kind), each excluded spelling as a prefix term to leave out.
fn text_query(query: &Query) -> TextQuery {
    let terms = |group: &Group| -> Vec<TextTerm> {
        group
            .patterns
            .iter()
            .map(|pattern| TextTerm {
                text: pattern.loose.clone(),
                prefix: true,
            })
            .collect()
    };
    TextQuery {
        required: query
            .groups
            .iter()
            .filter(|group| !group.negated)
            .map(terms)
            .collect(),
        excluded: query
            .groups
            .iter()
            .filter(|group| group.negated)
            .flat_map(terms)
            .collect(),
    }
}

/// One spelling of a term as the ranking compares it: loosely folded, as the text is, with
/// its substring searcher built once per query rather than once per field.
struct Term {
    kind: Kind,
    text: String,
    /// `text`'s length in chars.
    chars: usize,
    finder: Finder<'static>,
}

/// The query's terms: each positive group's spellings, and every excluded spelling.
struct Terms {
    required: Vec<Vec<Term>>,
    excluded: Vec<Term>,
}

impl Terms {
    fn of(query: &Query) -> Terms {
        let spellings = |group: &Group| -> Vec<Term> {
            group
                .patterns
                .iter()
                .filter(|pattern| !pattern.loose.is_empty())
                .map(|pattern| Term {
                    kind: pattern.kind,
                    text: pattern.loose.clone(),
                    chars: pattern.loose.chars().count(),
                    finder: Finder::new(pattern.loose.as_bytes()).into_owned(),
                })
                .collect()
        };
        Terms {
            required: query
                .groups
                .iter()
                .filter(|group| !group.negated)
                .map(spellings)
                .collect(),
            excluded: query
                .groups
                .iter()
                .filter(|group| group.negated)
                .flat_map(spellings)
                .collect(),
        }
    }
}

/// The field of `search` a part of the index's text counts as.
fn field_of(part: Part) -> Field {
    match part {
        Part::Title => Field::Title,
        Part::Text => Field::Text,
        Part::Quote => Field::Quote,
        Part::Date => Field::Date,
        Part::Issue => Field::Issue,
        Part::Alias | Part::LinkedAlias => Field::Alias,
        Part::LinkedActor => Field::Actor,
        Part::LinkedTheme => Field::Theme,
    }
}

fn tier_of(part: Part) -> Tier {
    if part.is_linked() {
        Tier::Linked
    } else {
        Tier::Own
    }
}

/// The item's score and the part (index among its parts) where its best term matched;
/// `None` when a positive group matches nowhere or an excluded term occurs.
fn score(terms: &Terms, row: &ItemRow) -> Option<(i64, usize)> {
    // Folded whole, once: the part markers are control characters, which folding keeps and
    // no term holds, so a term found in the whole is found in one part.
    let folded = fold_str(&row.text, Folding::LOOSE);
    let holds = |term: &Term| term.finder.find(folded.as_bytes()).is_some();
    if terms.excluded.iter().any(holds) {
        return None;
    }
    let found: Vec<(Part, &str)> = parts(&folded).collect();
    let mut total = ItemScore::default();
    let mut best: Option<(i64, usize)> = None;
    for group in &terms.required {
        let mut group_best: Option<(i64, usize)> = None;
        for term in group.iter().filter(|term| holds(term)) {
            for (index, &(part, text)) in found.iter().enumerate() {
                let Some((class, _)) = occurrence(text, term) else {
                    continue;
                };
                let within = literal_score(class, field_of(part), text.chars().count(), term.chars);
                let score = term_score(tier_of(part), within);
                if group_best.is_none_or(|(best, _)| score > best) {
                    group_best = Some((score, index));
                }
            }
        }
        let (score, index) = group_best?;
        total.add(score);
        if best.is_none_or(|(seen, _)| score > seen) {
            best = Some((score, index));
        }
    }
    best.map(|(_, part)| (total.total(), part))
}

/// Where `term` occurs in the folded `text` as its kind requires, the best-placed
/// occurrence first: its word class and byte offset.
fn occurrence(text: &str, term: &Term) -> Option<(WordClass, usize)> {
    let needle = term.text.as_str();
    let at = |start: usize| (classify(text, start, needle.len()), start);
    match term.kind {
        Kind::Prefix => text.starts_with(needle).then(|| at(0)),
        Kind::Suffix => text
            .ends_with(needle)
            .then(|| at(text.len() - needle.len())),
        Kind::Fuzzy | Kind::Exact => {
            let mut best: Option<(WordClass, usize)> = None;
            for start in term.finder.find_iter(text.as_bytes()) {
                let (class, start) = at(start);
                if term.kind == Kind::Fuzzy && class < WordClass::WordStart {
                    continue;
                }
                if best.is_none_or(|(seen, _)| class > seen) {
                    best = Some((class, start));
                }
                if class == WordClass::WholeWord {
                    break;
                }
            }
            best
        }
    }
}

/// The hit as printed: the part where the best term matched, with every positive term's
/// best occurrence in it marked.
fn hit(terms: &Terms, brief: &str, row: &ItemRow, score: i64, part: usize) -> LibraryHit {
    let (kind, original) = parts(&row.text).nth(part).unwrap_or((Part::Title, ""));
    let folded = fold(original, Folding::LOOSE);
    let mut marked: Vec<usize> = Vec::new();
    for group in &terms.required {
        let best = group
            .iter()
            .filter_map(|term| {
                occurrence(&folded.text, term).map(|(class, start)| (class, start, term))
            })
            .max_by_key(|(class, start, _)| (*class, Reverse(*start)));
        if let Some((_, start, term)) = best {
            let first = folded.text[..start].chars().count();
            marked.extend(first..first + term.chars);
        }
    }
    LibraryHit {
        brief: brief.to_string(),
        item: row.item.clone(),
        section: row.section,
        position: row.position,
        title: row.title.clone(),
        score,
        field: field_of(kind),
        text: original.to_string(),
        positions: original_positions(original, folded.view(), &marked),
    }
}

#[cfg(test)]
mod tests;
