//! The library commands: `add`, `list`, `remove` and `diff`, each a thin layer that opens the
//! library (`crate::library`) and prints what it did, as plain text or JSON.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::table::{Column, table};
use super::text::{Output, Style, Styled};
use super::{EXIT_USAGE, GlobalArgs};
use crate::brief::{self, Brief};
use crate::library::{
    Added, Change, ChangeKind, Diff, Entry, Library, LibraryError, Summary, base_id, newest_first,
};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Brief files (TOML, JSON) to copy into the library, or reports to import
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON: the library folder, every entry with its summary or problems, and the built-in brief
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The brief's id, as `briefing list` shows it
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older version: a brief id from `briefing list`, or a brief file
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The newer version: a brief id from `briefing list`, or a brief file
    #[arg(value_name = "NEW")]
    pub new: String,
    /// Print JSON: both briefs, changed facts and every change with both quotes
    #[arg(long)]
    pub json: bool,
}

/// `briefing add FILE...`: adds each file (a folder: each brief and report in it, as
/// `library::files_to_add` lists them), says what became of it, and goes on after a file
/// that fails. Exit 0 when none failed (a duplicate is a note, not a failure), else 2.
pub fn add(args: &AddArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    let mut library = Library::open_default()?;
    let mut out = io::stdout().lock();
    let mut failed = false;
    let mut files = Vec::new();
    for path in &args.files {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        match crate::library::files_to_add(path) {
            Ok(found) => files.extend(found),
            Err(error) => {
                failed = true;
                super::failure::report(&error.into(), false, EXIT_USAGE);
            }
        }
    }
    for file in &files {
        match library.add(file) {
            Ok(Added::New(entry)) => {
                let title = entry.summary.as_ref().map_or("", |s| s.title.as_str());
                writeln!(
                    out,
                    "added {}: {title} ({})",
                    entry.id,
                    entry.file.display()
                )?;
            }
            Ok(Added::Duplicate { existing }) => eprintln!(
                "briefing: note: {}: the same brief is already in the library as {existing}; not added",
                file.display()
            ),
            Err(error) => {
                failed = true;
                super::failure::report(&error.into(), false, EXIT_USAGE);
            }
        }
    }
    Ok(if failed {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    })
}

/// `briefing list`: every brief of the library, newest first, broken files last with their
/// problems; the embedded brief among them unless the library holds a brief of its id.
pub fn list(args: &ListArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let library = Library::open_default()?;
    let mut entries = library.entries()?;
    entries.sort_by(newest_first);
    let embedded = brief::load_embedded()?;
    let built_in = Some(base_id(&embedded.meta))
        .filter(|id| !entries.iter().any(|entry| &entry.id == id))
        .map(|id| Entry {
            id,
            file: PathBuf::from("(embedded)"),
            summary: Some(Summary::of(&embedded)),
            problems: Vec::new(),
        });
    let mut out = io::stdout().lock();
    if args.json {
        let value = serde_json::json!({
            "library": library.root(),
            "index": library.index_location().to_string(),
            "briefs": entries,
            "embedded": built_in.as_ref().map(|entry| serde_json::json!({
                "id": entry.id,
                "summary": entry.summary,
            })),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        writeln!(
            out,
            "The library ({}) is empty; add briefs with `briefing add FILE`.",
            library.root().display()
        )?;
        if let Some(entry) = &built_in {
            let title = entry.summary.as_ref().map_or("", |s| s.title.as_str());
            writeln!(
                out,
                "The built-in brief is always there: {} ({title}).",
                entry.id
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows: Vec<(&Entry, bool)> = entries.iter().map(|entry| (entry, false)).collect();
    rows.extend(built_in.iter().map(|entry| (entry, true)));
    rows.sort_by(|(a, _), (b, _)| newest_first(a, b));
    let output = Output::detect(global.color);
    output.write(&mut out, &list_lines(&rows, output.width))?;
    Ok(ExitCode::SUCCESS)
}

/// The table: ID (never wrapped; one over a third of the width on a line of its own), PUBLISHED, and the brief's
/// title over its series, number and counts; a broken file's problems instead.
/// Each row is an entry and whether it is the brief built into the program.
fn list_lines(rows: &[(&Entry, bool)], width: usize) -> Vec<Styled> {
    let columns = [
        Column::id("ID"),
        Column::fixed("PUBLISHED"),
        Column::wrapping("BRIEF"),
    ];
    let rows = rows
        .iter()
        .map(|&(entry, built_in)| {
            let Some(summary) = &entry.summary else {
                return broken_row(entry);
            };
            let published = brief::BriefDate::parse(&summary.published)
                .map_or_else(|_| summary.published.clone(), |date| date.short());
            let series: Vec<&str> = [summary.series.as_deref(), summary.number.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let counts = summary.counts;
            let counted = crate::content::counted;
            let counts = format!(
                "{}, {}, {}, {}",
                counted(counts.events, "event", "events"),
                counted(counts.figures, "figure", "figures"),
                counted(counts.positions, "position", "positions"),
                counted(counts.actors, "actor", "actors")
            );
            let mut facts: Vec<String> = Vec::new();
            if built_in {
                facts.push("built in".to_string());
            }
            if !series.is_empty() {
                facts.push(series.join(" "));
            }
            facts.push(counts);
            let mut cell = Styled::plain(&summary.title);
            cell.push(&format!("\n{}", facts.join(" · ")), Style::Dim);
            vec![
                Styled::with(&entry.id, Style::Id),
                Styled::plain(&published),
                cell,
            ]
        })
        .collect();
    table(&columns, rows, 0, width)
}

/// A file that does not load: its id and each located problem, the file named by its name
/// alone to keep the lines short.
fn broken_row(entry: &Entry) -> Vec<Styled> {
    let file = entry.file.display().to_string();
    let name = entry
        .file
        .file_name()
        .map_or_else(|| file.clone(), |name| name.to_string_lossy().into_owned());
    let mut cell = Styled::with("broken:", Style::Label);
    for problem in &entry.problems {
        cell.push("\n", Style::Plain)
            .push(&problem.replace(&file, &name), Style::Plain);
    }
    vec![Styled::with(&entry.id, Style::Id), Styled::new(), cell]
}

/// `briefing remove ID`: removes the brief's file, asking nothing, and says what went.
pub fn remove(args: &RemoveArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    let mut library = Library::open_default()?;
    let entry = match library.remove(&args.id) {
        Err(LibraryError::UnknownBrief { .. }) if is_built_in(&args.id)? => anyhow::bail!(
            "{}: the built-in brief is part of the program and cannot be removed; \
             `briefing list` shows it among the library's briefs, but it has no file there",
            args.id
        ),
        removed => removed?,
    };
    let title = entry
        .summary
        .as_ref()
        .map_or_else(|| "a broken file".to_string(), |s| s.title.clone());
    writeln!(
        io::stdout().lock(),
        "removed {}: {title} ({})",
        entry.id,
        entry.file.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `briefing diff OLD NEW`: what changed between two versions, quotes side by side.
pub fn diff(args: &DiffArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let (old_name, old) = version(&args.old)?;
    let (new_name, new) = version(&args.new)?;
    let diff = crate::library::diff(&old, &new);
    let mut out = io::stdout().lock();
    if args.json {
        let side = |name: &str, brief: &Brief| {
            serde_json::json!({
                "id": name,
                "title": brief.meta.title,
                "published": brief.meta.published.iso(),
            })
        };
        let value = serde_json::json!({
            "old": side(&old_name, &old),
            "new": side(&new_name, &new),
            "meta": diff.meta,
            "changes": diff.changes,
            "typographic": diff.typographic,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let output = Output::detect(global.color);
    let heading = |label: &str, name: &str, brief: &Brief| {
        let mut line = Styled::with(label, Style::Label);
        line.push(name, Style::Id).push(
            &format!("  {} ({})", brief.meta.title, brief.meta.published.short()),
            Style::Plain,
        );
        line
    };
    let mut lines = heading("old: ", &old_name, &old).wrap(output.width);
    lines.extend(heading("new: ", &new_name, &new).wrap(output.width));
    lines.extend(diff_lines(&diff, output.width));
    output.write(&mut out, &lines)?;
    Ok(ExitCode::SUCCESS)
}

/// A brief named on the command line: a file when something exists at that path (a brief,
/// or a report imported as `briefing import` would; a folder or a FIFO is refused by the
/// loader, naming it), else an id in the library or the built-in brief's. Returns the name to show and the brief.
fn version(name: &str) -> Result<(String, Brief)> {
    let path = Path::new(name);
    if path.exists() {
        return Ok((name.to_string(), crate::import::load_path(path)?));
    }
    let library = Library::open_default()?;
    match library.load(name) {
        Err(LibraryError::UnknownBrief { .. }) if is_built_in(name)? => {
            Ok((name.to_string(), brief::load_embedded()?))
        }
        Err(LibraryError::UnknownBrief { root, .. }) => anyhow::bail!(
            "{name}: neither a file nor a brief id in the library ({}); `briefing list` shows the ids",
            root.display()
        ),
        loaded => Ok((name.to_string(), loaded?)),
    }
}

/// Whether `id` is the id `briefing list` shows for the brief built into the program (a
/// library brief of the same id comes first: callers ask only when the library has none).
fn is_built_in(id: &str) -> Result<bool> {
    Ok(base_id(&brief::load_embedded()?.meta) == id)
}

fn diff_lines(diff: &Diff, width: usize) -> Vec<Styled> {
    let mut lines = Vec::new();
    for field in &diff.meta {
        lines.push(Styled::plain(&format!(
            "{}: {} → {}",
            field.field, field.old, field.new
        )));
    }
    let count = |kind: ChangeKind| diff.changes.iter().filter(|c| c.kind == kind).count();
    let total = if diff.changes.is_empty() {
        "no changes to events, figures, positions or actors".to_string()
    } else {
        format!(
            "{}: {} added, {} removed, {} changed",
            crate::content::counted(diff.changes.len(), "change", "changes"),
            count(ChangeKind::Added),
            count(ChangeKind::Removed),
            count(ChangeKind::Changed)
        )
    };
    lines.push(Styled::with(&total, Style::Heading));
    if diff.typographic > 0 {
        lines.push(Styled::with(
            &format!(
                "{} only in typography (quotes, dashes, spaces, ligatures, case); not listed",
                crate::content::counted(
                    diff.typographic,
                    "item or fact differs",
                    "items or facts differ"
                )
            ),
            Style::Dim,
        ));
    }
    for change in &diff.changes {
        lines.push(Styled::new());
        lines.extend(change_lines(change, width));
    }
    lines
}

fn change_lines(change: &Change, width: usize) -> Vec<Styled> {
    let side = change.new.as_ref().or(change.old.as_ref());
    let mut head = Styled::with(&format!("{} ", change.kind.name()), Style::Label);
    head.push(&format!("{} ", change.section.item_word()), Style::Plain);
    let id = match (&change.old, &change.new) {
        (Some(old), Some(new)) if old.id != new.id => format!("{} → {}", old.id, new.id),
        _ => side.map(|s| s.id.clone()).unwrap_or_default(),
    };
    head.push(&id, Style::Id);
    head.push(
        &format!(": {}", side.map(|s| s.title.as_str()).unwrap_or_default()),
        Style::Plain,
    );
    let mut lines = head.wrap(width);
    for field in &change.fields {
        lines.extend(
            Styled::plain(&format!(
                "    {}: {} → {}",
                field.field, field.old, field.new
            ))
            .wrap(width),
        );
    }
    let quote = |side: &Option<crate::library::ItemSide>| {
        side.as_ref()
            .map_or_else(Styled::new, |s| Styled::plain(&s.quote))
    };
    let rows = vec![vec![quote(&change.old), quote(&change.new)]];
    let columns = [Column::wrapping("OLD"), Column::wrapping("NEW")];
    if change.kind == ChangeKind::Changed {
        lines.extend(table(&columns, rows, 4, width));
    } else {
        let label = if change.kind == ChangeKind::Added {
            "new"
        } else {
            "old"
        };
        let text = quote(if change.kind == ChangeKind::Added {
            &change.new
        } else {
            &change.old
        });
        lines.extend(super::text::hanging(
            &Styled::with(&format!("    {label}: "), Style::Dim),
            9,
            &text,
            width,
        ));
    }
    lines
}
