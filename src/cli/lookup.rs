//! Quick lookups that print and exit: search, show, get and cite; their arguments, and
//! show, get and cite themselves (search lives in `cli/results.rs`).
//!
//! Each reads the library (the embedded brief and every brief of `$BRIEFING_LIBRARY`, see
//! `cli/scope.rs`), one brief of it with `--brief ID`, or the brief `--file` names.
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
use super::scope::{Scope, Shelf};
use super::show::{section_len, section_lines};
use super::text::Output;
use super::{EXIT_NOT_FOUND, GlobalArgs};
use crate::brief::{
    Actor, Brief, Figure, ItemRef, Paragraph, Position, Section, Theme, TimelineEvent,
};

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
    /// Only this brief of the library (an id from `briefing list`); every brief when omitted
    #[arg(long = "brief", value_name = "ID")]
    pub brief: Option<String>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// The section to print
    #[arg(value_parser = super::section::Prefixed::<SectionName>::new(), value_name = "SECTION")]
    pub section: SectionName,
    /// Only this brief of the library (an id from `briefing list`); all of them merged when omitted
    #[arg(long = "brief", value_name = "ID")]
    pub brief: Option<String>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct GetArgs {
    /// The item's id, as `briefing search` prints it: `BRIEF/ITEM`, or `ITEM` when one brief has it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Only this brief of the library (an id from `briefing list`); every brief when omitted
    #[arg(long = "brief", value_name = "ID")]
    pub brief: Option<String>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct CiteArgs {
    /// The item's id, as `briefing search` prints it: `BRIEF/ITEM`, or `ITEM` when one brief has it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Only this brief of the library (an id from `briefing list`); every brief when omitted
    #[arg(long = "brief", value_name = "ID")]
    pub brief: Option<String>,
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

/// What `get --json` prints: the item with its id, brief and section.
#[derive(Debug, Serialize)]
struct Found<'a> {
    id: &'a str,
    /// The brief's id in the library; absent with `--file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    brief: Option<&'a str>,
    section: Section,
    item: ItemData<'a>,
}

/// `briefing show SECTION`: the section of the one brief in scope, or of every brief of the
/// library merged as the explorer's All-briefs scope merges them (`library::merge`: the
/// timeline by date, actors across briefs, ids `BRIEF/ITEM`, rows naming their brief). The
/// merge reads every brief, so it costs what the naive `list` costs; `--brief` reads one.
pub fn show(args: &ShowArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let scope = Scope::open(global.file.as_deref(), args.brief.as_deref())?;
    let brief = match scope {
        Scope::One { brief, .. } => brief,
        Scope::Many(shelf) => merged(&shelf),
    };
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

/// Every brief of the shelf merged into one, in list order; a file that no longer loads is
/// left out with a note.
fn merged(shelf: &Shelf) -> Brief {
    let mut briefs = Vec::with_capacity(shelf.briefs.len());
    for listed in &shelf.briefs {
        match shelf.load(listed) {
            Ok(brief) => briefs.push((listed.id.clone(), brief.into_owned())),
            Err(error) => {
                let message = crate::brief::escape::visible_lines(&format!("{error:#}"));
                let _ = writeln!(
                    io::stderr().lock(),
                    "briefing: note: skipped {}: {message}",
                    listed.id
                );
            }
        }
    }
    crate::library::merge::merge(briefs).brief
}

/// `briefing get ID`: the item in full; across several briefs its id is qualified and the
/// brief it comes from is named.
pub fn get(args: &GetArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let scope = Scope::open(global.file.as_deref(), args.brief.as_deref())?;
    let located = scope.locate(&args.id)?;
    let brief = located.brief.as_ref();
    let id = located.id();
    let mut out = io::stdout().lock();
    if args.json {
        let data = ItemData::of(brief, located.item).context("the item found has vanished")?;
        let found = Found {
            id: &id,
            brief: located.brief_id.as_deref(),
            section: located.item.section,
            item: data,
        };
        write_json(&mut out, &found)?;
    } else {
        let output = Output::detect(global.color);
        let within = located
            .qualified
            .then_some(located.brief_id.as_deref())
            .flatten();
        output.write(
            &mut out,
            &item_lines(brief, located.item, output.width, within),
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `briefing cite ID`: the citation of the brief the item comes from, with its paragraphs.
pub fn cite(args: &CiteArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let scope = Scope::open(global.file.as_deref(), args.brief.as_deref())?;
    let located = scope.locate(&args.id)?;
    let mut cited = citation(located.brief.as_ref(), located.item);
    cited.id = located.id();
    cited.brief.clone_from(&located.brief_id);
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

/// Pretty-printed JSON and a newline.
pub(super) fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

/// Reports that nothing was found and returns exit status 1.
pub(super) fn not_found(message: &str) -> Result<ExitCode> {
    let mut err = io::stderr().lock();
    for line in message.lines() {
        writeln!(err, "briefing: {line}")?;
    }
    Ok(ExitCode::from(EXIT_NOT_FOUND))
}

pub(super) fn usage_error(message: &str) -> Result<ExitCode> {
    // An error, not a note: with --json, `main` prints it as JSON on stdout too.
    Err(anyhow::anyhow!("{message}"))
}

/// `briefing search --help`'s closing text: examples, then the query syntax from the one
/// table the explorer's help also shows (`search::SYNTAX`).
pub fn search_help() -> String {
    use std::fmt::Write;
    let mut text = "Examples:\n  briefing search pipeline\n  briefing search 'trade 2006' --in figures\n  briefing search veto --json --limit 3\n  briefing search pipelines --brief eai-background-brief-346\n\nQuery syntax (as in fzf):".to_string();
    for (form, meaning) in crate::search::SYNTAX {
        let _ = write!(text, "\n  {form:<13}{meaning}");
    }
    text.push_str(
        "\n\nThe library is the embedded brief and every brief in $BRIEFING_LIBRARY. Across\nseveral briefs ids print as BRIEF/ITEM and each term matches a whole word or the\nstart of one; within one brief (--brief ID, --file FILE, or a library holding no\nother) scattered letters match too, as in the explorer.\n\nThe best 10 are printed (--limit N, 0 for all); a last line on stderr says how many\nmore there are.",
    );
    text
}
