//! Quick lookups that print and exit: search, show, get and cite.
//!
//! Each prints plain text (or JSON with `--json`) to stdout and exits 0 when it found
//! something, 1 with a short message on stderr when it found nothing, and 2 on a usage or
//! input error. Output goes through a locked stdout and every write error propagates, so a
//! reader closing the pipe early ends the program quietly. The JSON shapes are documented in
//! docs/lookups.md.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde::Serialize;

use super::item::{citation, item_lines};
use super::show::{section_len, section_lines};
use super::suggest::nearest;
use super::text::{Output, Style, Styled};
use super::{EXIT_NOT_FOUND, GlobalArgs, load_brief};
use crate::brief::{
    Actor, Brief, Figure, ItemRef, Paragraph, Position, Section, Theme, TimelineEvent,
};
use crate::search::{Field, Hit, SearchIndex};

#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// What to look for; several words must all match
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Only items of this section
    #[arg(long = "in", value_parser = super::section::Prefixed::<SearchSection>::new(), value_name = "SECTION")]
    pub section: Option<SearchSection>,
    /// At most this many results (0 for all)
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// The section to print
    #[arg(value_parser = super::section::Prefixed::<SectionName>::new(), value_name = "SECTION")]
    pub section: SectionName,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct GetArgs {
    /// The item's id, as `briefing search` prints it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct CiteArgs {
    /// The item's id, as `briefing search` prints it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// A section as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SectionName {
    /// The paragraphs of the source
    Summary,
    /// Events by date
    Timeline,
    /// Numbers the text states
    Figures,
    /// Who stands where on which issue
    Positions,
    /// Countries, leaders, organisations
    Actors,
    /// Subjects the items are grouped by
    Themes,
}

/// A section search can be narrowed to: those the search index covers (all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchSection {
    Summary,
    Timeline,
    Figures,
    Positions,
    Actors,
    Themes,
}

impl From<SearchSection> for Section {
    fn from(name: SearchSection) -> Section {
        match name {
            SearchSection::Summary => Section::Summary,
            SearchSection::Timeline => Section::Timeline,
            SearchSection::Figures => Section::Figures,
            SearchSection::Positions => Section::Positions,
            SearchSection::Actors => Section::Actors,
            SearchSection::Themes => Section::Themes,
        }
    }
}

impl From<SectionName> for Section {
    fn from(name: SectionName) -> Section {
        match name {
            SectionName::Summary => Section::Summary,
            SectionName::Timeline => Section::Timeline,
            SectionName::Figures => Section::Figures,
            SectionName::Positions => Section::Positions,
            SectionName::Actors => Section::Actors,
            SectionName::Themes => Section::Themes,
        }
    }
}

/// An item exactly as `briefing export` writes it.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(untagged)]
pub enum ItemData<'a> {
    Paragraph(&'a Paragraph),
    Event(&'a TimelineEvent),
    Figure(&'a Figure),
    Position(&'a Position),
    Actor(&'a Actor),
    Theme(&'a Theme),
}

impl<'a> ItemData<'a> {
    pub fn of(brief: &'a Brief, item: ItemRef) -> Option<ItemData<'a>> {
        let ItemRef { section, index } = item;
        match section {
            Section::Summary => brief.summary.get(index).map(ItemData::Paragraph),
            Section::Timeline => brief.timeline.get(index).map(ItemData::Event),
            Section::Figures => brief.figures.get(index).map(ItemData::Figure),
            Section::Positions => brief.positions.get(index).map(ItemData::Position),
            Section::Actors => brief.actors.get(index).map(ItemData::Actor),
            Section::Themes => brief.themes.get(index).map(ItemData::Theme),
        }
    }
}

/// What `get --json` prints: the item with its id and section.
#[derive(Debug, Serialize)]
struct Found<'a> {
    id: &'a str,
    section: Section,
    item: ItemData<'a>,
}

/// One result of `search --json`.
#[derive(Debug, Serialize)]
struct SearchResult<'a> {
    id: &'a str,
    section: Section,
    /// Higher is better; only the order within one query means anything.
    score: i64,
    /// The field the query matched best, its text, and the matched characters' indices.
    field: &'static str,
    text: &'a str,
    positions: &'a [usize],
    item: ItemData<'a>,
}

pub fn search(args: &SearchArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        return usage_error("search: the query is empty; give a word to look for");
    }
    let brief = load_brief(global.file.as_deref())?;
    let index = SearchIndex::new(&brief);
    let section = args.section.map(Section::from);
    let limit = if args.limit == 0 {
        usize::MAX
    } else {
        args.limit
    };
    let hits: Vec<Hit> = index.search_in(&query, section, limit);

    let mut out = io::stdout().lock();
    if args.json {
        let results: Vec<SearchResult<'_>> = hits
            .iter()
            .filter_map(|hit| {
                Some(SearchResult {
                    id: brief.id_of(hit.item)?,
                    section: hit.item.section,
                    score: hit.score,
                    field: hit.field.name(),
                    text: &hit.text,
                    positions: &hit.positions,
                    item: ItemData::of(&brief, hit.item)?,
                })
            })
            .collect();
        write_json(&mut out, &results)?;
    } else {
        let output = Output::detect(global.color);
        output.write(&mut out, &search_lines(&brief, &hits, output.width))?;
    }
    out.flush()?;
    if hits.is_empty() {
        let within = section.map_or_else(String::new, |s| format!(" in {}", s.name()));
        return not_found(&format!("no matches for {query:?}{within}"));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line a hit: id, section, and the matched text with the matched characters marked.
fn search_lines(brief: &Brief, hits: &[Hit], width: usize) -> Vec<Styled> {
    let id_width = hits
        .iter()
        .filter_map(|hit| brief.id_of(hit.item))
        .map(|id| Styled::plain(id).width())
        .max()
        .unwrap_or(0);
    let section_width = hits
        .iter()
        .map(|hit| hit.item.section.name().len())
        .max()
        .unwrap_or(0);
    let excerpt_width = width.saturating_sub(id_width + section_width + 4).max(20);
    hits.iter()
        .map(|hit| {
            let id = brief.id_of(hit.item).unwrap_or_default();
            let mut line = Styled::with(id, Style::Id);
            line.pad(id_width + 2);
            line.push(hit.item.section.name(), Style::Dim);
            line.pad(id_width + 2 + section_width + 2);
            line.append(&excerpt(brief, hit, excerpt_width));
            line
        })
        .collect()
}

/// What a result line shows of its item, at most `width` columns: the item's title with the
/// matches marked when the match lies in it, else the matched passage of prose, else the
/// title followed by the field that matched ("· alias: Beijing").
fn excerpt(brief: &Brief, hit: &Hit, width: usize) -> Styled {
    let title = brief.title_of(hit.item);
    if let Some(offset) = char_offset(&title, &hit.text) {
        let positions: Vec<usize> = hit.positions.iter().map(|p| p + offset).collect();
        return around_first_match(&Styled::highlighted(&title, &positions), &positions, width);
    }
    if matches!(hit.field, Field::Text | Field::Quote) {
        let text = Styled::highlighted(&hit.text, &hit.positions);
        return around_first_match(&text, &hit.positions, width);
    }
    let mut tag = Styled::with(&format!(" · {}: ", hit.field.name()), Style::Dim);
    tag.append(&Styled::highlighted(&hit.text, &hit.positions));
    let tag = tag.truncate(width / 2);
    let mut line = Styled::plain(&title).truncate(width.saturating_sub(tag.width()));
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

pub fn show(args: &ShowArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let brief = load_brief(global.file.as_deref())?;
    let section = Section::from(args.section);
    let mut out = io::stdout().lock();
    if args.json {
        match section {
            Section::Summary => write_json(&mut out, &brief.summary),
            Section::Timeline => write_json(&mut out, &brief.timeline),
            Section::Figures => write_json(&mut out, &brief.figures),
            Section::Positions => write_json(&mut out, &brief.positions),
            Section::Actors => write_json(&mut out, &brief.actors),
            Section::Themes => write_json(&mut out, &brief.themes),
        }?;
    } else {
        let output = Output::detect(global.color);
        output.write(&mut out, &section_lines(&brief, section, output.width))?;
    }
    out.flush()?;
    if section_len(&brief, section) == 0 {
        return not_found(&format!("the brief has no {}", section.name()));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn get(args: &GetArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let brief = load_brief(global.file.as_deref())?;
    let Some(item) = crate::search::resolve_id(&brief, &args.id) else {
        return unknown_id(&brief, &args.id);
    };
    let mut out = io::stdout().lock();
    if args.json {
        let data = ItemData::of(&brief, item).context("the item found has vanished")?;
        let found = Found {
            id: brief.id_of(item).unwrap_or(&args.id),
            section: item.section,
            item: data,
        };
        write_json(&mut out, &found)?;
    } else {
        let output = Output::detect(global.color);
        output.write(&mut out, &item_lines(&brief, item, output.width))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn cite(args: &CiteArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let brief = load_brief(global.file.as_deref())?;
    let Some(item) = crate::search::resolve_id(&brief, &args.id) else {
        return unknown_id(&brief, &args.id);
    };
    let cited = citation(&brief, item);
    let mut out = io::stdout().lock();
    if args.json {
        write_json(&mut out, &cited)?;
    } else {
        // One line, never wrapped: it is meant to be pasted whole.
        writeln!(out, "{}", cited.citation)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

/// "no item with id …", the nearest ids as suggestions, and exit status 1.
fn unknown_id(brief: &Brief, id: &str) -> Result<ExitCode> {
    let suggestions = nearest(id, &brief.ids());
    let hint = match suggestions.as_slice() {
        [] => format!("hint: `briefing search {id}` finds items by their text"),
        [one] => format!("did you mean {one}?"),
        many => format!("did you mean one of: {}?", many.join(", ")),
    };
    let message = format!("no item with id {id:?}\n{hint}");
    // An error, not a note: with --json, `main` prints it as JSON on stdout too.
    Err(super::failure::NotFound(message).into())
}

/// Reports that nothing was found and returns exit status 1.
fn not_found(message: &str) -> Result<ExitCode> {
    let mut err = io::stderr().lock();
    for line in message.lines() {
        writeln!(err, "briefing: {line}")?;
    }
    Ok(ExitCode::from(EXIT_NOT_FOUND))
}

fn usage_error(message: &str) -> Result<ExitCode> {
    Err(anyhow::anyhow!("{message}"))
}
