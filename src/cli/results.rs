//! `briefing search`: the results, one a line or as JSON, from one brief (fuzzy, the
//! explorer's own search) or from several (through the library's index, `cli/across.rs`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use super::across::{self, LibraryHit};
use super::lookup::{ItemData, SearchArgs, not_found, usage_error, write_json};
use super::scope::{Scope, Shelf};
use super::text::{Output, Style, Styled};
use super::{ColorChoice, GlobalArgs};
use crate::brief::{Brief, ItemRef, Section};
use crate::search::{Field, Hit, Query, SearchIndex};

/// One result of `search --json`.
#[derive(Debug, Serialize)]
struct SearchResult<'a> {
    /// As `get` takes it: `BRIEF/ITEM` when several briefs are searched.
    id: Cow<'a, str>,
    /// The brief's id in the library; absent with `--file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    brief: Option<&'a str>,
    section: Section,
    /// Higher is better; only the order within one query means anything.
    score: i64,
    /// The field the query matched best, its text, and the matched characters' indices.
    field: &'static str,
    text: &'a str,
    positions: &'a [usize],
    item: ItemData<'a>,
}

/// What a result line shows, from either kind of search.
struct Line<'a> {
    id: Cow<'a, str>,
    section: Section,
    title: Cow<'a, str>,
    field: Field,
    text: &'a str,
    positions: &'a [usize],
}

/// `briefing search QUERY`: exit 0 with the results, 1 when nothing matches, 2 for an empty
/// query (or, across several briefs, one of only exclusions).
pub fn search(args: &SearchArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        return usage_error("search: the query is empty; give a word to look for");
    }
    let scope = Scope::open(global.file.as_deref(), args.brief.as_deref())?;
    let section = args.section.map(Section::from);
    let limit = if args.limit == 0 {
        usize::MAX
    } else {
        args.limit
    };
    let tally = match &scope {
        Scope::One { brief, id } => one_brief(
            brief,
            id.as_deref(),
            &query,
            section,
            limit,
            args.json,
            global.color,
        )?,
        Scope::Many(shelf) => {
            let parsed = Query::parse(&query);
            if !parsed.has_positive() {
                return usage_error(
                    "search: across the library a query needs a word to look for, not only !exclusions; --brief ID searches one brief",
                );
            }
            let found = across::search(shelf, &parsed, section, limit)?;
            many_briefs(shelf, &found.hits, args.json, global.color)?;
            Tally {
                shown: found.hits.len(),
                ranked: found.ranked,
                complete: found.complete,
            }
        }
    };
    if tally.shown == 0 {
        let within = section.map_or_else(String::new, |s| format!(" in {}", s.name()));
        return not_found(&format!("no matches for {query:?}{within}"));
    }
    if let Some(note) = tally.more() {
        // On stderr, after the results: stdout stays the results alone (and JSON unchanged).
        let _ = writeln!(io::stderr().lock(), "{note}");
    }
    Ok(ExitCode::SUCCESS)
}

/// How many results a search printed, of how many it ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tally {
    shown: usize,
    /// Every match ranked; `shown` are the first of them.
    ranked: usize,
    /// `ranked` is every item that matches (across the library, a word in too many items
    /// lets only the index's best be ranked).
    complete: bool,
}

impl Tally {
    /// The line saying what `--limit` left out: `… 34 more; --limit 0 to see all 44`, or,
    /// when not every match was ranked, how many more at least (`… at least 990 more; --limit
    /// 0 to see 1,000 of them`). `None` when nothing was left out.
    fn more(self) -> Option<String> {
        let count =
            |n: usize| crate::brief::format_number(f64::from(u32::try_from(n).unwrap_or(u32::MAX)));
        let more = self.ranked.saturating_sub(self.shown);
        match (self.complete, more) {
            (true, 0) => None,
            (true, more) => Some(format!(
                "… {} more; --limit 0 to see all {}",
                count(more),
                count(self.ranked)
            )),
            (false, 0) => Some(
                "… and more, not ranked (a word in too many items); narrow the query to see them"
                    .to_string(),
            ),
            (false, more) => Some(format!(
                "… at least {} more; --limit 0 to see {} of them",
                count(more),
                count(self.ranked)
            )),
        }
    }
}

/// One brief, searched as the explorer does; ids unqualified. Returns what it printed of
/// how many matched.
fn one_brief(
    brief: &Brief,
    brief_id: Option<&str>,
    query: &str,
    section: Option<Section>,
    limit: usize,
    json: bool,
    color: ColorChoice,
) -> Result<Tally> {
    let index = SearchIndex::new(brief);
    let outcome = index.search_in(query, section, limit);
    let tally = Tally {
        shown: outcome.hits.len(),
        ranked: outcome.matched.len(),
        complete: true,
    };
    let hits: Vec<Hit> = outcome.hits;
    let mut out = io::stdout().lock();
    if json {
        let results: Vec<SearchResult<'_>> = hits
            .iter()
            .filter_map(|hit| {
                Some(SearchResult {
                    id: Cow::Borrowed(brief.id_of(hit.item)?),
                    brief: brief_id,
                    section: hit.item.section,
                    score: hit.score,
                    field: hit.field.name(),
                    text: &hit.text,
                    positions: &hit.positions,
                    item: ItemData::of(brief, hit.item)?,
                })
            })
            .collect();
        write_json(&mut out, &results)?;
    } else {
        let lines: Vec<Line<'_>> = hits
            .iter()
            .map(|hit| Line {
                id: Cow::Borrowed(brief.id_of(hit.item).unwrap_or_default()),
                section: hit.item.section,
                title: Cow::Owned(brief.title_of(hit.item)),
                field: hit.field,
                text: &hit.text,
                positions: &hit.positions,
            })
            .collect();
        let output = Output::detect(color);
        output.write(&mut out, &search_lines(&lines, output.width, false))?;
    }
    out.flush()?;
    // The process ends after this answer: freeing a large index item by item would only
    // delay the exit (about a tenth of the whole run on 100,000 items).
    std::mem::forget(hits);
    std::mem::forget(outcome.matched);
    std::mem::forget(index);
    Ok(tally)
}

/// Results from several briefs, ids qualified `BRIEF/ITEM`. JSON reads each brief a result
/// comes from, for the item as export writes it; text needs only the index.
fn many_briefs(shelf: &Shelf, hits: &[LibraryHit], json: bool, color: ColorChoice) -> Result<()> {
    let mut out = io::stdout().lock();
    if json {
        let mut briefs: HashMap<&str, Cow<'_, Brief>> = HashMap::new();
        for hit in hits {
            if !briefs.contains_key(hit.brief.as_str())
                && let Some(listed) = shelf.find(&hit.brief)
            {
                briefs.insert(hit.brief.as_str(), shelf.load(listed)?);
            }
        }
        let results: Vec<SearchResult<'_>> = hits
            .iter()
            .filter_map(|hit| {
                let brief = briefs.get(hit.brief.as_str())?;
                let item = ItemRef {
                    section: hit.section,
                    index: hit.position,
                };
                Some(SearchResult {
                    id: Cow::Owned(format!("{}/{}", hit.brief, hit.item)),
                    brief: Some(&hit.brief),
                    section: hit.section,
                    score: hit.score,
                    field: hit.field.name(),
                    text: &hit.text,
                    positions: &hit.positions,
                    item: ItemData::of(brief, item)?,
                })
            })
            .collect();
        write_json(&mut out, &results)?;
    } else {
        let lines: Vec<Line<'_>> = hits
            .iter()
            .map(|hit| Line {
                id: Cow::Owned(format!("{}/{}", hit.brief, hit.item)),
                section: hit.section,
                title: Cow::Borrowed(&hit.title),
                field: hit.field,
                text: &hit.text,
                positions: &hit.positions,
            })
            .collect();
        let output = Output::detect(color);
        output.write(&mut out, &search_lines(&lines, output.width, true))?;
    }
    out.flush()?;
    Ok(())
}

/// One line a hit: id, section, and the matched text with the matched characters marked.
/// With `stack` and ids too long to leave the excerpt [`MIN_EXCERPT`] columns (qualified
/// ids of imported reports run to 60), the excerpt goes on a line of its own beneath, indented.
fn search_lines(hits: &[Line<'_>], width: usize, stack: bool) -> Vec<Styled> {
    let id_width = hits
        .iter()
        .map(|hit| Styled::plain(&hit.id).width())
        .max()
        .unwrap_or(0);
    let section_width = hits
        .iter()
        .map(|hit| hit.section.name().len())
        .max()
        .unwrap_or(0);
    let room = width.saturating_sub(id_width + section_width + 4);
    if stack && room < MIN_EXCERPT {
        return hits
            .iter()
            .flat_map(|hit| {
                let mut head = Styled::with(&hit.id, Style::Id);
                head.push("  ", Style::Plain)
                    .push(hit.section.name(), Style::Dim);
                let mut body = Styled::plain(STACK_INDENT);
                body.append(&excerpt(hit, width.saturating_sub(STACK_INDENT.len())));
                [head, body]
            })
            .collect();
    }
    let excerpt_width = room.max(20);
    hits.iter()
        .map(|hit| {
            let mut line = Styled::with(&hit.id, Style::Id);
            line.pad(id_width + 2);
            line.push(hit.section.name(), Style::Dim);
            line.pad(id_width + 2 + section_width + 2);
            line.append(&excerpt(hit, excerpt_width));
            line
        })
        .collect()
}

/// The fewest columns an excerpt beside its id gets before results across briefs stack.
const MIN_EXCERPT: usize = 30;
/// Where a stacked excerpt starts.
const STACK_INDENT: &str = "    ";

/// What a result line shows of its item, at most `width` columns: the item's title with the
/// matches marked when the match lies in it, else the matched passage of prose, else the
/// title followed by the field that matched ("· alias: Beijing").
fn excerpt(hit: &Line<'_>, width: usize) -> Styled {
    let title = hit.title.as_ref();
    if let Some(offset) = char_offset(title, hit.text) {
        let positions: Vec<usize> = hit.positions.iter().map(|p| p + offset).collect();
        return around_first_match(&Styled::highlighted(title, &positions), &positions, width);
    }
    if matches!(hit.field, Field::Text | Field::Quote) {
        let text = Styled::highlighted(hit.text, hit.positions);
        return around_first_match(&text, hit.positions, width);
    }
    let mut tag = Styled::with(&format!(" · {}: ", hit.field.name()), Style::Dim);
    tag.append(&Styled::highlighted(hit.text, hit.positions));
    let tag = tag.truncate(width / 2);
    let mut line = Styled::plain(title).truncate(width.saturating_sub(tag.width()));
    line.append(&tag);
    line
}

/// The char index at which `needle` starts in `haystack`.
fn char_offset(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .find(needle)
        .map(|byte| haystack[..byte].chars().count())
}

/// Cuts `text` to `width`, starting a little before the first match when it would otherwise
/// fall off the end.
fn around_first_match(text: &Styled, positions: &[usize], width: usize) -> Styled {
    let start = crate::search::excerpt_start(&text.text(), positions, width);
    text.skip(start).truncate(width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line<'a>(id: &'a str, title: &'a str) -> Line<'a> {
        Line {
            id: Cow::Borrowed(id),
            section: Section::Timeline,
            title: Cow::Borrowed(title),
            field: Field::Title,
            text: title,
            positions: &[],
        }
    }

    #[test]
    fn the_note_says_how_many_more_and_how_to_see_them() {
        let tally = |shown, ranked, complete| {
            Tally {
                shown,
                ranked,
                complete,
            }
            .more()
        };
        assert_eq!(tally(10, 10, true), None);
        assert_eq!(tally(0, 0, true), None);
        assert_eq!(
            tally(10, 1_044, true).as_deref(),
            Some("… 1,034 more; --limit 0 to see all 1,044")
        );
        assert_eq!(
            tally(10, 1_000, false).as_deref(),
            Some("… at least 990 more; --limit 0 to see 1,000 of them")
        );
        assert!(
            tally(1_000, 1_000, false).is_some_and(|note| note.contains("narrow the query")),
            "with every ranked item shown, more may still match"
        );
    }

    #[test]
    fn long_ids_across_briefs_put_the_excerpt_beneath() {
        let long = "crs-in-focus-if10753-2/ev-pl-119-4-provided-fy2025-appropriations";
        let hits = [line(long, "P.L. 119-4 provided FY2025 appropriations")];
        let stacked = search_lines(&hits, 80, true);
        assert_eq!(stacked.len(), 2);
        assert_eq!(stacked[0].text(), format!("{long}  timeline"));
        assert_eq!(
            stacked[1].text(),
            "    P.L. 119-4 provided FY2025 appropriations"
        );
        // One brief's results keep one line each, as they always have.
        assert_eq!(search_lines(&hits, 80, false).len(), 1);
        let short = [line("taiwan-v1/e-approval", "Howitzer sale approved")];
        let beside = search_lines(&short, 80, true);
        assert_eq!(
            beside.iter().map(Styled::text).collect::<Vec<_>>(),
            ["taiwan-v1/e-approval  timeline  Howitzer sale approved"]
        );
    }
}
