//! The commands that read one brief and report on it: `check` (its counts, or every
//! problem) and `export` (the normalised brief as TOML or JSON), and the loading they share
//! with the lookups and the slides (`--file`, a report imported on the way).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::ExportFormat;
use crate::brief::{self, Brief};
use crate::import::ImportError;

/// A command's own FILE argument or the global `--file`, but not two different ones.
pub(crate) fn either_file(
    positional: Option<PathBuf>,
    flag: Option<PathBuf>,
) -> Result<Option<PathBuf>> {
    match (positional, flag) {
        (Some(a), Some(b)) if a != b => anyhow::bail!(
            "two briefs given: {} and --file {}; give one",
            a.display(),
            b.display()
        ),
        (Some(file), _) | (None, Some(file)) => Ok(Some(file)),
        (None, None) => Ok(None),
    }
}

/// The brief in `file` (a report is imported, with its one stderr line), or the embedded one.
pub fn load_brief(file: Option<&Path>) -> Result<Brief, ImportError> {
    match file {
        Some(path) if crate::import::is_report(path) => {
            let started = std::time::Instant::now();
            let brief = crate::import::import_file(path)?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let _ = writeln!(
                io::stderr().lock(),
                "{}",
                crate::import::imported_line(&name, &brief, started.elapsed())
            );
            Ok(brief)
        }
        Some(path) => crate::import::load_path(path),
        None => Ok(brief::load_embedded()?),
    }
}

/// `briefing check [FILE]`: "ok: NAME: counts" on stdout and exit 0, or every problem of the
/// brief (the embedded one when `file` is `None`) on stderr, one a line, and exit 1.
pub(super) fn check(file: Option<&Path>) -> Result<ExitCode> {
    let name = file.map_or_else(|| "embedded brief".to_string(), |p| p.display().to_string());
    match load_brief(file) {
        Ok(brief) => {
            let mut out = io::stdout().lock();
            let name = crate::brief::escape::visible(&name);
            writeln!(out, "ok: {name}: {}", counts(&brief))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            let lines = error.lines();
            // Buffered: a file with 100,000 problems is one write, not 100,000.
            let mut err = io::BufWriter::new(io::stderr().lock());
            for line in &lines {
                writeln!(err, "{line}")?;
            }
            let plural = if lines.len() == 1 { "" } else { "s" };
            let name = crate::brief::escape::visible(&name);
            writeln!(err, "{name}: {} problem{plural} found", lines.len())?;
            err.flush()?;
            Ok(ExitCode::from(1))
        }
    }
}

/// "9 paragraphs, 14 actors, …": the size of each section.
pub fn counts(brief: &Brief) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(brief.summary.len(), "paragraph", "paragraphs"),
        count(brief.actors.len(), "actor", "actors"),
        count(brief.themes.len(), "theme", "themes"),
        count(brief.timeline.len(), "event", "events"),
        count(brief.figures.len(), "figure", "figures"),
        count(brief.positions.len(), "position", "positions"),
    ]
    .join(", ")
}

/// The brief as text in the chosen format; loading it again gives an equal brief.
pub fn export_string(brief: &Brief, format: ExportFormat) -> Result<String> {
    match format {
        ExportFormat::Toml => {
            toml::to_string_pretty(brief).context("cannot write the brief as TOML")
        }
        ExportFormat::Json => {
            serde_json::to_string_pretty(brief).context("cannot write the brief as JSON")
        }
    }
}

/// `briefing export`: the brief as [`export_string`] writes it, on stdout, ending in a
/// newline.
pub(super) fn export(brief: &Brief, format: ExportFormat) -> Result<()> {
    let text = export_string(brief, format)?;
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
